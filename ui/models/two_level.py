"""A tree of two levels (groups and their items), the structure the library's collections and
the stories share: subclasses say how many groups and items there are; rows carry their group's
row + 1 as internal id (``TOP`` for a group)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

TOP = 0  # internal id of group rows; item rows carry their group's row + 1

Index = QModelIndex | QPersistentModelIndex


class TwoLevelModel(QAbstractItemModel):
    def group_count(self) -> int:
        raise NotImplementedError

    def item_count(self, group: int) -> int:
        raise NotImplementedError

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP) if row < self.group_count() else QModelIndex()
        if parent.internalId() != TOP or row >= self.item_count(parent.row()):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self.group_count()
        if parent.internalId() == TOP:
            return self.item_count(parent.row())
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
