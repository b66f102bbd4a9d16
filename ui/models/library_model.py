"""Collections and their articles as a Qt tree model over the core's plain records.

One column: a collection row shows its name; an article row shows its title, with the outlet,
date and word count on a second line (drawn by ``LibraryDelegate``), so a narrow sidebar still
shows what matters. The model computes what a row shows only when the view asks for it, so a
library of ten thousand articles is ready as soon as the records are (a QStandardItem per
article took 0.7 s on the GUI thread).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
)
from PySide6.QtWidgets import QWidget

from app.library.records import ArticleSummary, CollectionSummary
from app.text.bidi import joined
from app.text.direction import dominant_direction
from ui.icons import icon
from ui.models.two_level import TOP, Index, TwoLevelModel
from ui.outlet_label import outlet_label, short_file

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLLECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # second line: outlet · date · words


def format_date(value: dt.date | None) -> str:
    if not value:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def article_details(article: ArticleSummary, *, outlet: bool = True) -> list[str]:
    """Outlet, date and word count, as shown under a title and in a pane header (where an
    unnamed outlet has a button of its own and only the short file name stands here)."""
    parts = [outlet_label(article) if outlet or article.named else short_file(article)]
    if article.published_on:
        parts.append(format_date(article.published_on))
    words = QCoreApplication.translate("LibraryModel", "words")
    parts.append(QLocale().toString(article.word_count) + "\u00a0" + words)  # never apart
    return parts


def article_data(article: ArticleSummary, role: int, details: dict[int, str]) -> Any:
    """What an article row shows, in the library and under a story; ``details`` keeps each
    second line once made."""
    if role == Qt.ItemDataRole.DisplayRole:
        return article.title
    if role == Qt.ItemDataRole.DecorationRole:
        return icon("article")
    if role == ARTICLE_ID_ROLE:
        return article.id
    if role == DIRECTION_ROLE:
        return article.direction
    if role == DETAIL_ROLE:
        if article.id not in details:
            details[article.id] = joined(article_details(article))
        return details[article.id]
    if role == Qt.ItemDataRole.ToolTipRole:
        shown = " · ".join(article_details(article))
        return f"{article.title}\n{shown}\n{article.original_filename or ''}"
    return None


class LibraryModel(TwoLevelModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collections: list[CollectionSummary] = []
        self.articles: list[list[ArticleSummary]] = []  # per collection row
        self.collection_names: dict[int, str] = {}
        self._details: dict[int, str] = {}  # article id → second line, made once when shown

    def set_library(
        self, collections: Sequence[CollectionSummary], articles: dict[int, list[ArticleSummary]]
    ) -> None:
        self.beginResetModel()
        self.collections = list(collections)
        self.articles = [list(articles.get(c.id, [])) for c in self.collections]
        self.collection_names = {c.id: c.name for c in self.collections}
        self._details = {}
        self.endResetModel()

    # ------------------------------------------------------------------ structure
    def group_count(self) -> int:
        return len(self.collections)

    def item_count(self, group: int) -> int:
        return len(self.articles[group])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("Collections")
        return None

    # ------------------------------------------------------------------ content
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._collection_data(self.collections[index.row()], role)
        article = self.articles[index.internalId() - 1][index.row()]
        return self._article_data(article, role)

    def _collection_data(self, collection: CollectionSummary, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return collection.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("collection")
        if role == COLLECTION_ID_ROLE:
            return collection.id
        if role == DIRECTION_ROLE:
            return dominant_direction(collection.name)
        if role == DETAIL_ROLE:
            return self.tr("%n article(s)", "", collection.article_count)
        return None

    def _article_data(self, article: ArticleSummary, role: int) -> Any:
        return article_data(article, role, self._details)
