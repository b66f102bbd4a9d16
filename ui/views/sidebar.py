"""The library sidebar: collections and their articles, with multi-selection to open."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from ui.models.library_model import LibraryModel
from ui.models.two_level import ARTICLE_ID_ROLE, COLLECTION_ID_ROLE
from ui.views.library_delegate import LibraryDelegate


class LibraryTree(QTreeView):
    sig_open_requested = Signal(list)  # article ids to open side by side
    sig_edit_requested = Signal(int)  # article id whose details to edit
    sig_name_outlet_requested = Signal(list)  # article ids whose outlet to name

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(LibraryDelegate(self))
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSortingEnabled(False)
        self.setAccessibleName(self.tr("Collections and articles"))
        self.doubleClicked.connect(self._on_double_clicked)

    def selected_article_ids(self) -> list[int]:
        """Selected articles in the order they are listed; a selected collection means all of it."""
        ids: list[int] = []
        rows = sorted(
            (i for i in self.selectionModel().selectedRows(0)),
            key=lambda i: (i.parent().row(), i.row()),
        )
        for index in rows:
            article_id = index.data(ARTICLE_ID_ROLE)
            if article_id is not None:
                ids.append(int(article_id))
            elif index.data(COLLECTION_ID_ROLE) is not None:
                ids.extend(self.article_ids_of(index))
        return list(dict.fromkeys(ids))

    def article_ids_of(self, collection_index: QModelIndex) -> list[int]:
        model = self.model()
        return [
            int(model.index(row, 0, collection_index).data(ARTICLE_ID_ROLE))
            for row in range(model.rowCount(collection_index))
        ]

    def select_articles(self, ids: list[int]) -> None:
        model = self.model()
        selection = self.selectionModel()
        selection.clearSelection()
        wanted = set(ids)
        for top in range(model.rowCount()):
            parent = model.index(top, 0)
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if index.data(ARTICLE_ID_ROLE) in wanted:
                    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                    selection.setCurrentIndex(index, flags)  # adds the row to the selection
                    self.expand(parent)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        article_id = index.data(ARTICLE_ID_ROLE) if index.isValid() else None
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open Side by Side"))
        open_action.setEnabled(bool(self.selected_article_ids()))
        open_action.triggered.connect(
            lambda: self.sig_open_requested.emit(self.selected_article_ids())
        )
        edit = menu.addAction(self.tr("Edit Details…"))
        edit.setEnabled(article_id is not None)
        if article_id is not None:
            chosen = int(article_id)
            edit.triggered.connect(lambda: self.sig_edit_requested.emit(chosen))
        selected = self.selected_article_ids()
        name = menu.addAction(self.tr("Name the Outlet of %n Article(s)…", "", len(selected)))
        name.setEnabled(bool(selected))
        name.triggered.connect(lambda: self.sig_name_outlet_requested.emit(selected))
        menu.exec(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = self.selected_article_ids()
            if ids:
                self.sig_open_requested.emit(ids)
                return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.data(ARTICLE_ID_ROLE) is not None:
            ids = self.selected_article_ids() or [int(index.data(ARTICLE_ID_ROLE))]
            self.sig_open_requested.emit(ids)
