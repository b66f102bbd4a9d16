"""Outlets and article details from the window: name the outlet of the chosen articles, rename
and merge outlets, edit an article's details. Every change goes through the review history (one
undoable change each); after any of them, or its undo, the sidebar, the pane headers and the
comparison's labels are refreshed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from ui.comparison import ComparisonController
from ui.context import WindowContext
from ui.dialogs.outlet_dialogs import NameOutletDialog, OutletsDialog
from ui.icons import icon
from ui.library import LibraryController
from ui.operations import Operations
from ui.tagging import TaggingController
from ui.views.side_by_side import SideBySideView

if TYPE_CHECKING:
    from app.library.editing import ArticleDetails
    from ui.dialogs.article_details import ArticleDetailsDialog


class OutletController(QObject):
    sig_refreshed = Signal()  # the sidebar, headers and labels show the articles' new details

    def __init__(
        self,
        context: WindowContext,
        library: LibraryController,
        view: SideBySideView,
        tagging: TaggingController,
        comparison: ComparisonController,
    ) -> None:
        super().__init__(context.window)
        self.context = context
        self.library = library
        self.view = view
        self.tagging = tagging
        self.comparison = comparison
        self.ops = Operations(context.runner, self, context.window)
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
        tagging.sig_articles_touched.connect(self.refresh)
        library.outlet_names = self.known_names
        view.sig_name_outlet_requested.connect(lambda article_id: self.name_outlet([article_id]))
        library.tree.sig_name_outlet_requested.connect(self.name_outlet)

    def _action(self, text: str, tip: str, slot, key: QKeySequence | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon("outlet"), text, self.context.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if key is not None:
            action.setShortcut(key)
        action.triggered.connect(slot)
        return action

    # ------------------------------------------------------------------ names
    def known_names(self) -> list[str]:
        """Outlets in the database first, then the outlet table's (so spellings stay one)."""
        from app.library.editing import outlet_names
        from app.outlets.table import load_table

        workspace = self.context.workspace
        if workspace is None:
            return []
        table = load_table(workspace.paths.outlets_file)
        return list(
            dict.fromkeys([*outlet_names(workspace.sessions), *(o.name for o in table.outlets)])
        )

    def _chosen_articles(self) -> list[int]:
        return self.library.tree.selected_article_ids() or list(self.view.article_ids)

    def name_outlet(self, article_ids: list[int] | None = None) -> NameOutletDialog | None:
        """Ask for the outlet of ``article_ids`` (default: those chosen in the sidebar)."""
        ids = list(article_ids) if article_ids else self._chosen_articles()
        if not ids or not self.context.ready:
            return None
        summaries = self.library.articles
        current = {summaries[i].outlet or "" for i in ids if i in summaries}
        dialog = NameOutletDialog(
            len(ids), self.known_names(), next(iter(current)) if len(current) == 1 else "",
            self.context.window,
        )  # fmt: skip

        def save() -> None:  # the database layer is loaded by now: the workspace is open
            name = dialog.name()
            from app.outlets.service import set_outlet

            self.tagging.write(lambda history: set_outlet(history, ids, name))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ outlets
    def show_outlets(self) -> OutletsDialog | None:
        if not self.context.ready:
            return None
        if self.outlets_dialog is None:
            from app.outlets.service import merge_outlets, rename_outlet

            dialog = OutletsDialog(self.context.window)
            dialog.sig_rename_requested.connect(
                lambda source, name: self.tagging.write(
                    lambda history: rename_outlet(history, source, name)
                )
            )
            dialog.sig_merge_requested.connect(
                lambda sources, into: self.tagging.write(
                    lambda history: merge_outlets(history, sources, into)
                )
            )
            self.outlets_dialog = dialog
        self._load_outlets()
        self.outlets_dialog.show()
        self.outlets_dialog.raise_()
        return self.outlets_dialog

    def _load_outlets(self) -> None:
        from app.outlets.service import list_outlets

        dialog = self.outlets_dialog
        if dialog is None or not self.context.ready:
            return
        sessions = self.context.sessions
        self.ops.run("outlets", lambda _c: list_outlets(sessions), on_done=dialog.set_outlets)

    # ------------------------------------------------------------------ details
    def edit_article(self, article_id: int) -> ArticleDetailsDialog | None:
        """Edit an article's title, outlet, date and URL (its text stays as imported)."""
        from app.library.editing import details_of
        from ui.dialogs.article_details import ArticleDetailsDialog

        if not self.context.ready:
            return None
        details = details_of(self.context.sessions, article_id)
        dialog = ArticleDetailsDialog(details, self.known_names(), self.context.window)

        def save() -> None:  # the database layer is loaded by now: the workspace is open
            edited: ArticleDetails = dialog.details()
            from app.library.editing import update_details

            self.tagging.write(lambda history: update_details(history, article_id, edited))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ after a change
    def refresh(self) -> None:
        """Articles or outlets changed (or a change was undone): show them as they now are."""
        self.library.refresh(then=self._show_new_details)

    def _show_new_details(self) -> None:
        summaries = self.library.articles
        for article_id in self.view.article_ids:
            if article_id in summaries:
                self.view.update_summary(summaries[article_id])
        self.comparison.recompare()  # the passage panel and the grid name outlets anew
        if self.outlets_dialog is not None and self.outlets_dialog.isVisible():
            self._load_outlets()
        self.sig_refreshed.emit()
