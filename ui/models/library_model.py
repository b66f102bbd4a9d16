"""Collections and their articles as a Qt tree model, built from the core's plain records.

One column: a collection row shows its name; an article row shows its title, with the outlet,
date and word count on a second line (drawn by ``LibraryDelegate``), so a narrow sidebar still
shows what matters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from app.records import ArticleSummary, CollectionSummary
from app.text.direction import dominant_direction
from ui.icons import icon

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLLECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # second line: outlet · date · words


def format_date(value: dt.date | None) -> str:
    return (
        QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy") if value else ""
    )


def article_details(article: ArticleSummary) -> list[str]:
    """Outlet, date and word count, as shown under a title and in a pane header."""
    parts = [article.label]
    if article.published_on:
        parts.append(format_date(article.published_on))
    parts.append(QLocale().toString(article.word_count) + " " + LibraryModel.tr_words())
    return parts


class LibraryModel(QStandardItemModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Collections")])
        self.collection_names: dict[int, str] = {}

    @staticmethod
    def tr_words() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("LibraryModel", "words")

    def set_library(
        self, collections: Sequence[CollectionSummary], articles: dict[int, list[ArticleSummary]]
    ) -> None:
        self.removeRows(0, self.rowCount())
        self.collection_names = {c.id: c.name for c in collections}
        for collection in collections:
            self.appendRow(self._collection_item(collection, articles.get(collection.id, [])))

    def _collection_item(
        self, collection: CollectionSummary, articles: Sequence[ArticleSummary]
    ) -> QStandardItem:
        item = QStandardItem(icon("collection"), collection.name)
        item.setEditable(False)
        item.setData(collection.id, COLLECTION_ID_ROLE)
        item.setData(dominant_direction(collection.name), DIRECTION_ROLE)
        item.setData(self.tr("%n article(s)", "", collection.article_count), DETAIL_ROLE)
        item.setToolTip(collection.name)
        for article in articles:
            item.appendRow(self._article_item(article))
        return item

    def _article_item(self, article: ArticleSummary) -> QStandardItem:
        item = QStandardItem(icon("article"), article.title)
        item.setEditable(False)
        item.setData(article.id, ARTICLE_ID_ROLE)
        item.setData(article.direction, DIRECTION_ROLE)
        details = article_details(article)
        item.setData("  ·  ".join(f"\u2068{part}\u2069" for part in details), DETAIL_ROLE)
        item.setToolTip(
            f"{article.title}\n{' · '.join(details)}\n{article.original_filename or ''}"
        )
        return item
