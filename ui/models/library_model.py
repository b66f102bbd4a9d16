"""Collections and their articles as a Qt tree model over the core's plain records.

One column: a collection row shows its name; an article row shows its title, with the outlet,
date and word count on a second line (drawn by ``LibraryDelegate``), so a narrow sidebar still
shows what matters. The tree and the article rows are ``TwoLevelModel``'s (a QStandardItem per
article took 0.7 s on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.library.records import ArticleSummary, CollectionSummary
from app.text.direction import dominant_direction
from ui.icons import icon
from ui.models.two_level import COLLECTION_ID_ROLE, DETAIL_ROLE, DIRECTION_ROLE, TwoLevelModel


class LibraryModel(TwoLevelModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self._collection_data, parent)
        self.collections: list[CollectionSummary] = []
        self.collection_names: dict[int, str] = {}

    def set_library(
        self, collections: Sequence[CollectionSummary], articles: dict[int, list[ArticleSummary]]
    ) -> None:
        self.beginResetModel()
        self.collections = list(collections)
        self.set_articles([list(articles.get(c.id, [])) for c in self.collections])
        self.collection_names = {c.id: c.name for c in self.collections}
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("Collections")
        return None

    def _collection_data(self, row: int, role: int) -> Any:
        collection = self.collections[row]
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
