"""A tree of two levels, groups and their articles, the structure the library's collections
and the stories share, and how an article row shows (title, then outlet · date · words on a
second line drawn by ``LibraryDelegate``). Rows carry their group's row + 1 as internal id
(``TOP`` for a group). What a row shows is computed only when the view asks for it, so a
library of ten thousand articles is ready as soon as the records are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.library.records import ArticleSummary
from app.text.bidi import joined
from ui.icons import icon
from ui.outlet_label import outlet_label, short_file

TOP = 0  # internal id of group rows; item rows carry their group's row + 1

Index = QModelIndex | QPersistentModelIndex

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


class TwoLevelModel(QAbstractItemModel):
    """Groups (``group_data`` says what a group row shows) and their articles (``articles``, a
    list per group row, set between ``beginResetModel`` and ``endResetModel``)."""

    def __init__(
        self, group_data: Callable[[int, int], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.articles: list[list[ArticleSummary]] = []  # per group row
        self._group_data = group_data
        self._details: dict[int, str] = {}  # article id → second line, made once when shown

    def set_articles(self, articles: list[list[ArticleSummary]]) -> None:
        """The groups' articles (inside a model reset); second lines are made afresh."""
        self.articles = articles
        self._details = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._group_data(index.row(), role)
        article = self.articles[index.internalId() - 1][index.row()]
        return article_data(article, role, self._details)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP) if row < len(self.articles) else QModelIndex()
        if parent.internalId() != TOP or row >= len(self.articles[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.articles)
        if parent.internalId() == TOP:
            return len(self.articles[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
