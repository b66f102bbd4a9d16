"""Searching the corpus from the window: the search box's query in the background, results in the
search panel, a match shown in its pane (the article opened beside the others if need be)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QMainWindow

from app.library.records import SearchResults
from ui.context import WindowContext
from ui.icons import icon
from ui.library import LibraryController
from ui.operations import Operations
from ui.views.search_panel import SearchPanel
from ui.views.side_by_side import SideBySideView


class SearchController(QObject):
    sig_done = Signal()  # results are in the search panel

    def __init__(
        self,
        context: WindowContext,
        library: LibraryController,
        view: SideBySideView,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.library = library
        self.view = view
        self.ops = Operations(context.runner, self, window)
        self.panel = SearchPanel(window)
        self.panel.sig_hit_activated.connect(self.show_match)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.box = QLineEdit()
        self.box.setObjectName("SearchBox")
        self.box.setPlaceholderText(self.tr("Search the articles (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.box.setMaximumWidth(360)
        self.box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.box.setAccessibleName(self.tr("Search"))
        self.box.returnPressed.connect(lambda: self.search(self.box.text()))

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def search(self, query: str) -> None:
        """Search the corpus in the background; results go to the search panel."""
        from app.library.search import search

        if not self.context.ready or not query.strip():
            return
        sessions = self.context.sessions
        self.ops.run("search", lambda _control: search(sessions, query), on_done=self._show)

    def _show(self, hits: SearchResults) -> None:
        self.panel.show_results(hits)
        self.sig_done.emit()

    def show_match(self, article_id: int, start: int, end: int) -> None:
        """Show a search match: in its pane if open, else with the article added to the panes."""
        if article_id not in self.view.article_ids:
            self.library.open_articles([*self.view.article_ids, article_id])
        pane = next(p for p in self.view.panes if p.article.summary.id == article_id)
        pane.text_view.select_range(start, end)
        pane.text_view.setFocus()
