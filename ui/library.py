"""The library: the sidebar of collections and articles, opening articles side by side, and
importing. Reads go through the operation helper; the sidebar is listed in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.context import WindowContext
from ui.icons import icon
from ui.models.library_model import LibraryModel
from ui.operations import Operations
from ui.views.demo_banner import DISMISSED, DemoBanner
from ui.views.side_by_side import SideBySideView
from ui.views.sidebar import LibraryTree

if TYPE_CHECKING:
    from app.ingest.service import ImportReport
    from app.library.records import ArticleSummary, CollectionSummary
    from ui.dialogs.import_dialog import ImportDialog

MAX_OPEN_AFTER_IMPORT = 8  # more articles than fit comfortably side by side stay in the sidebar
Listing = tuple[list["CollectionSummary"], dict[int, list["ArticleSummary"]]]


class LibraryController(QObject):
    sig_refreshed = Signal()  # the sidebar shows the library as it now is
    sig_imported = Signal()  # the sidebar shows newly imported articles, and they are open
    sig_title = Signal(str)  # the open articles' collections, for the window title

    def __init__(self, context: WindowContext, view: SideBySideView) -> None:
        super().__init__(context.window)
        self.context = context
        self.view = view
        self.ops = Operations(context.runner, self, context.window)
        self.outlet_names: Callable[[], list[str]] = list  # set by the outlet controller
        self.model = LibraryModel(context.window)
        self.tree = LibraryTree(self.model)
        self.tree.sig_open_requested.connect(self.open_articles)
        self.open_button = QPushButton(icon("open_side_by_side"), self.tr("Open side by side"))
        self.open_button.setToolTip(
            self.tr("Open the selected articles next to each other (Enter)")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.sidebar = QWidget()
        self.sidebar.setObjectName("Sidebar")
        layout = QVBoxLayout(self.sidebar)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget()  # Collections; Stories (added by the stories controller)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.tree, icon("collection"), self.tr("Collections"))
        self._selections: dict[int, Callable[[], list[int]]] = {}  # per tab: what it opens
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.open_button)
        self.demo_banner = DemoBanner()  # above the articles while the demo corpus is open
        self.demo_banner.sig_import.connect(lambda: self.import_folder())
        self.demo_banner.sig_dismissed.connect(
            lambda: context.settings.ui_state.__setitem__(DISMISSED, "1")
        )
        view.sig_articles_changed.connect(self._on_open_articles_changed)

    def _on_open_articles_changed(self, ids: list[int]) -> None:
        """Remember what is open (the next start opens it again), retitle, and show the demo
        banner while only the demo corpus is open."""
        state = self.context.settings.ui_state
        state["open_articles"] = ",".join(map(str, ids))
        state["opened_once"] = "1"
        collections = {p.article.summary.collection_id for p in self.view.panes}
        names = [self.model.collection_names.get(c, "") for c in sorted(collections)]
        self.sig_title.emit(" — ".join(["Tabayun", *filter(None, names)]))
        demo = {c.id for c in self.model.collections if c.is_demo}
        self.demo_banner.update_for(collections, demo, DISMISSED in state)

    @property
    def articles(self) -> dict[int, ArticleSummary]:
        """Every listed article by id."""
        return {a.id: a for group in self.model.articles for a in group}

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """List the library again (10,000 articles take 0.2 s), then call ``then``."""
        from app.library.queries import list_articles, list_collections

        sessions = self.context.sessions

        def load(_control: object) -> Listing:
            collections = list_collections(sessions)
            return collections, {c.id: list_articles(sessions, c.id) for c in collections}

        def show(result: Listing) -> None:
            self.model.set_library(*result)
            self.tree.expandToDepth(0)  # the collections; their articles are the leaves
            self.sig_refreshed.emit()
            if then is not None:
                then()

        self.ops.run("library", load, on_done=show)

    def initial_articles(self) -> list[int]:
        """The articles open at the last exit; on the first run, the whole demo collection."""
        state = self.context.settings.ui_state
        ids = [int(x) for x in state.get("open_articles", "").split(",") if x.isdigit()]
        if ids or state.get("opened_once") or not self.model.collections:
            return ids
        last = self.context.settings.last_collection_id
        row = next((r for r, c in enumerate(self.model.collections) if c.id == last), 0)
        articles = self.model.articles[row]
        if not self.model.collections[row].is_demo and len(articles) > MAX_OPEN_AFTER_IMPORT:
            return []  # a library of thousands is not opened side by side unasked
        return [a.id for a in articles]

    def add_tab(
        self, widget: QWidget, name: str, icon_name: str, selection: Callable[[], list[int]]
    ) -> None:
        """Another view of the library in the sidebar, whose ``selection`` Open Side by Side
        opens when it is in front."""
        index = self.tabs.addTab(widget, icon(icon_name), name)
        self._selections[index] = selection

    def open_selected(self) -> None:
        """Open what is selected in the sidebar's tab in front (collections or stories)."""
        selection = self._selections.get(self.tabs.currentIndex(), self.tree.selected_article_ids)
        ids = selection()
        if ids:
            self.open_articles(ids)
        else:
            self.context.say(self.tr("Select one or more articles first."))

    def open_articles(self, ids: list[int]) -> None:
        from app.library.queries import load_articles

        if not self.context.ready:
            return
        articles = load_articles(self.context.sessions, ids)
        self.view.show_articles(articles)
        if articles:
            self.context.settings.last_collection_id = articles[0].summary.collection_id
            words = sum(a.summary.word_count for a in articles)
            self.context.say(
                self.tr("%n article(s) open", "", len(articles))
                + f" · {QLocale().toString(words)}\u00a0"  # the count stays with its word
                + self.tr("words"),
                0,
            )

    def import_folder(self, folder: Path | None = None, web: bool = False) -> ImportDialog | None:
        """Choose a folder (unless given, or ``web``: addresses only), then preview and import
        it in the import dialog."""
        from app.library.queries import list_collections
        from ui.dialogs.import_dialog import ImportDialog

        workspace = self.context.workspace
        if workspace is None:
            return None
        if folder is None and not web:
            chosen = QFileDialog.getExistingDirectory(self.context.window, self.tr("Import Folder"))
            if not chosen:
                return None
            folder = Path(chosen)
        dialog = ImportDialog(
            folder,
            workspace.sessions,
            list_collections(workspace.sessions),
            self.context.runner,
            self.context.window,
            outlets_file=workspace.paths.outlets_file,
            outlet_names=self.outlet_names(),
        )
        dialog.sig_imported.connect(self._imported)
        dialog.open()
        return dialog

    def _imported(self, report: ImportReport) -> None:
        new = [o.article_id for o in report.outcomes if o.article_id is not None]

        def show_new() -> None:
            if new:
                self.tree.select_articles(new)
                self.open_articles(new[:MAX_OPEN_AFTER_IMPORT])
            self.sig_imported.emit()

        self.refresh(then=show_new)
