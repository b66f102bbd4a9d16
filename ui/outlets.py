"""Outlets and article details from the window: name the outlet of the chosen articles, rename
and merge outlets, edit an article's details. Every change goes through the review history (one
undoable change each); after any of them, or its undo, the sidebar, the pane headers and the
comparison's labels are refreshed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from app.articles import update_details
from app.outlets.service import list_outlets, merge_outlets, rename_outlet, set_outlet
from ui.dialogs.outlet_dialogs import NameOutletDialog, OutletsDialog
from ui.icons import icon

if TYPE_CHECKING:
    from app.articles import ArticleDetails
    from ui.dialogs.article_details import ArticleDetailsDialog
    from ui.main_window import MainWindow


class OutletController(QObject):
    sig_refreshed = Signal()  # the sidebar, headers and labels show the articles' new details

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.outlets_dialog: OutletsDialog | None = None
        self.actions = {
            "name_outlet": self._action(
                self.tr("Name the &Outlet of the Chosen Articles…"),
                self.tr("Name the outlet of the articles chosen in the sidebar (or open)"),
                lambda: self.name_outlet(),
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O),
            ),
            "outlets": self._action(
                self.tr("Out&lets…"),
                self.tr("Every outlet: rename one, merge several that are one"),
                lambda: self.show_outlets(),
            ),
        }
        window.tagging.sig_articles_touched.connect(self.refresh)

    def _action(self, text: str, tip: str, slot, key: QKeySequence | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon("outlet"), text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if key is not None:
            action.setShortcut(key)
        action.triggered.connect(slot)
        return action

    # ------------------------------------------------------------------ names
    def known_names(self) -> list[str]:
        """Outlets in the database first, then the outlet table's (so spellings stay one)."""
        from app.articles import outlet_names
        from app.outlets.table import load_table

        workspace = self.window.workspace
        if workspace is None:
            return []
        table = load_table(workspace.paths.outlets_file)
        return list(
            dict.fromkeys([*outlet_names(workspace.sessions), *(o.name for o in table.outlets)])
        )

    def _chosen_articles(self) -> list[int]:
        return self.window.tree.selected_article_ids() or list(self.window.side_by_side.article_ids)

    def name_outlet(self, article_ids: list[int] | None = None) -> NameOutletDialog | None:
        """Ask for the outlet of ``article_ids`` (default: those chosen in the sidebar)."""
        ids = list(article_ids) if article_ids else self._chosen_articles()
        if not ids or self.window.workspace is None:
            return None
        summaries = {a.id: a for group in self.window.library.articles for a in group}
        current = {summaries[i].outlet or "" for i in ids if i in summaries}
        dialog = NameOutletDialog(
            len(ids), self.known_names(), next(iter(current)) if len(current) == 1 else "",
            self.window,
        )  # fmt: skip

        def save() -> None:
            name = dialog.name()
            self.window.tagging.write(lambda history: set_outlet(history, ids, name))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ outlets
    def show_outlets(self) -> OutletsDialog | None:
        if self.window.workspace is None:
            return None
        if self.outlets_dialog is None:
            dialog = OutletsDialog(self.window)
            dialog.sig_rename_requested.connect(
                lambda source, name: self.window.tagging.write(
                    lambda history: rename_outlet(history, source, name)
                )
            )
            dialog.sig_merge_requested.connect(
                lambda sources, into: self.window.tagging.write(
                    lambda history: merge_outlets(history, sources, into)
                )
            )
            self.outlets_dialog = dialog
        self._load_outlets()
        self.outlets_dialog.show()
        self.outlets_dialog.raise_()
        return self.outlets_dialog

    def _load_outlets(self) -> None:
        dialog, workspace = self.outlets_dialog, self.window.workspace
        if dialog is None or workspace is None:
            return
        sessions = workspace.sessions
        handle = self.window.runner.run(lambda _c: list_outlets(sessions), label="outlets")
        handle.sig_finished.connect(dialog.set_outlets)
        handle.sig_failed.connect(self.window._show_task_error)

    # ------------------------------------------------------------------ details
    def edit_article(self, article_id: int) -> ArticleDetailsDialog | None:
        """Edit an article's title, outlet, date and URL (its text stays as imported)."""
        from app.articles import details_of
        from ui.dialogs.article_details import ArticleDetailsDialog

        if self.window.workspace is None:
            return None
        sessions = self.window.workspace.sessions
        dialog = ArticleDetailsDialog(
            details_of(sessions, article_id), self.known_names(), self.window
        )

        def save() -> None:
            details: ArticleDetails = dialog.details()
            self.window.tagging.write(lambda history: update_details(history, article_id, details))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ after a change
    def refresh(self) -> None:
        """Articles or outlets changed (or a change was undone): show them as they now are."""
        self.window.refresh_library(then=self._show_new_details)

    def _show_new_details(self) -> None:
        summaries = {a.id: a for group in self.window.library.articles for a in group}
        for article_id in self.window.side_by_side.article_ids:
            if article_id in summaries:
                self.window.side_by_side.update_summary(summaries[article_id])
        self.window.review.recompare()  # the passage panel and the grid name outlets anew
        if self.outlets_dialog is not None and self.outlets_dialog.isVisible():
            self._load_outlets()
        self.sig_refreshed.emit()
