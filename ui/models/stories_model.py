"""The stories of the library as a Qt tree model: a story row shows its name (with its size and
collection on the second line), its article rows are drawn like the library's
(``TwoLevelModel``: same roles, same delegate)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.library.records import ArticleSummary, StorySummary, outlet_count
from app.text.bidi import joined
from app.text.direction import dominant_direction
from ui.icons import icon
from ui.models.two_level import DETAIL_ROLE, DIRECTION_ROLE, TwoLevelModel

STORY_ID_ROLE = Qt.ItemDataRole.UserRole + 5


class StoriesModel(TwoLevelModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self._story_data, parent)
        self.stories: list[StorySummary] = []
        self.collection_names: dict[int, str] = {}

    def set_stories(
        self,
        stories: Sequence[StorySummary],
        articles: dict[int, ArticleSummary],
        collection_names: dict[int, str],
    ) -> None:
        self.beginResetModel()
        self.stories = list(stories)
        self.set_articles([[articles[a] for a in s.article_ids if a in articles] for s in stories])
        self.collection_names = dict(collection_names)
        self.endResetModel()

    def row_of(self, story_id: int) -> int | None:
        return next((r for r, s in enumerate(self.stories) if s.id == story_id), None)

    def _story_data(self, row: int, role: int) -> Any:
        story = self.stories[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return story.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("story")
        if role == STORY_ID_ROLE:
            return story.id
        if role == DIRECTION_ROLE:
            return dominant_direction(story.name)
        if role == DETAIL_ROLE:
            return joined(self._detail(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            whose = (
                self.tr("Named or changed by the reviewer")
                if story.by_reviewer
                else self.tr("Found by Tabayun")
            )
            return f"{story.name}\n{' · '.join(self._detail(row))}\n{whose}"
        return None

    def _detail(self, row: int) -> list[str]:
        members = self.articles[row]
        parts = [
            self.tr("%n article(s)", "", len(members)),
            self.tr("%n outlet(s)", "", outlet_count(members)),
        ]
        name = self.collection_names.get(self.stories[row].collection_id)
        if name:
            parts.append(name)
        return parts
