"""The main window: library sidebar on one side, articles side by side in the middle.

It opens at once; the workspace (database, migrations, first-run demo import) is opened in the
background and the window fills in when it is ready (``sig_ready``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.paths import AppPaths
from app.settings import Settings, load_settings, save_settings
from ui.icons import icon
from ui.menus import build_menus
from ui.models.library_model import LibraryModel
from ui.notes import NotesController
from ui.outlets import OutletController
from ui.review import ReviewController
from ui.tagging import TaggingController
from ui.tasks import TaskRunner, error_text
from ui.views.demo_banner import DISMISSED, DemoBanner
from ui.views.search_panel import SearchPanel
from ui.views.side_by_side import SideBySideView
from ui.views.sidebar import LibraryTree

if TYPE_CHECKING:
    from app.ingest.service import ImportReport
    from app.records import ArticleSummary, CollectionSummary
    from app.workspace import Workspace
    from ui.dialogs.article_details import ArticleDetailsDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.preferences import PreferencesDialog

MAX_OPEN_AFTER_IMPORT = 8  # more articles than fit comfortably side by side stay in the sidebar

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    sig_ready = Signal()  # the workspace is open and the first articles are shown
    sig_workspace_failed = Signal(object)  # the TabayunError (or other exception) on opening
    sig_furniture_changed = Signal(int)  # article id, after its furniture marks were saved
    sig_article_edited = Signal()  # an article's details were saved and the views refreshed
    sig_search_done = Signal()  # search results are in the search panel
    sig_library_refreshed = Signal()  # the sidebar shows newly imported articles

    def __init__(self, paths: AppPaths, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.settings: Settings = load_settings(paths.settings_file)
        from ui.translations import apply_language

        self.language = apply_language(self.settings.language)  # before any widget's text
        # Keyboard users see where they are: lists, trees and texts (the article panes too) get
        # a frame in the selection colour while they have focus; buttons and fields show it in
        # every style already. Dialogs opened from the window inherit it.
        self.setStyleSheet(
            "QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus "
            "{ border: 2px solid palette(highlight); }"
        )
        self.runner = runner or TaskRunner(self)
        self.workspace: Workspace | None = None
        self.setWindowTitle("Tabayun")
        self.setWindowIcon(icon("app"))
        self.setObjectName("MainWindow")

        self.library = LibraryModel(self)
        self.tree = LibraryTree(self.library)
        self.tree.sig_open_requested.connect(self.open_articles)
        self.open_button = QPushButton(icon("open_side_by_side"), self.tr("Open side by side"))
        self.open_button.setToolTip(
            self.tr("Open the selected articles next to each other (Enter)")
        )
        self.open_button.clicked.connect(self.open_selected)

        sidebar = QWidget()
        sidebar.setObjectName("Sidebar")
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.addWidget(QLabel(self.tr("Collections")))
        side_layout.addWidget(self.tree, 1)
        side_layout.addWidget(self.open_button)
        self.sidebar = sidebar

        self.side_by_side = SideBySideView()
        self.side_by_side.font_family = self.settings.article_font_family
        self.side_by_side.sig_articles_changed.connect(self._on_open_articles_changed)
        self.side_by_side.sig_furniture_requested.connect(self.change_furniture)
        self.side_by_side.sig_import_requested.connect(self.import_folder)

        self.review = ReviewController(self.side_by_side, self.runner, self)
        self.tagging = TaggingController(self.side_by_side, self.runner, self)
        self.notes = NotesController(
            self.side_by_side, self.runner, self.tagging, self.review, self
        )
        self.outlets = OutletController(self)
        self.outlets.sig_refreshed.connect(self.sig_article_edited)
        self.side_by_side.sig_edit_requested.connect(self.edit_article)
        self.tree.sig_edit_requested.connect(self.edit_article)
        self.side_by_side.sig_name_outlet_requested.connect(
            lambda article_id: self.outlets.name_outlet([article_id])
        )
        self.tree.sig_name_outlet_requested.connect(self.outlets.name_outlet)
        self.sig_furniture_changed.connect(lambda _id: self.review.recompare())
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        self.demo_banner = DemoBanner()
        self.demo_banner.sig_import.connect(lambda: self.import_folder())
        self.demo_banner.sig_dismissed.connect(
            lambda: self.settings.ui_state.__setitem__(DISMISSED, "1")
        )
        reading_layout.addWidget(self.demo_banner)
        reading_layout.addWidget(self.side_by_side, 1)
        reading_layout.addWidget(self.review.legend)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 1280])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)

        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.addDockWidget(bottom, self.review.panel)
        self.addDockWidget(bottom, self.review.grid)
        self.tabifyDockWidget(self.review.panel, self.review.grid)
        # the codebook, the tagged spans and the history share the bottom's width, so the
        # articles keep the whole width of the window
        previous: QDockWidget = self.review.grid
        for dock in (
            self.tagging.panel,
            self.tagging.tagged,
            self.notes.panel,
            self.tagging.history_panel,
        ):
            self.tabifyDockWidget(previous, dock)
            previous = dock
        self.review.panel.raise_()

        self.search_panel = SearchPanel(self)
        self.search_panel.sig_hit_activated.connect(self.show_match)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_panel)
        self.search_panel.hide()

        self._build_actions()
        if self.settings.theme != "system":
            self.set_theme(self.settings.theme)
        self._restore_layout()
        self.side_by_side.set_sync_scroll(self.settings.sync_scroll)
        self.side_by_side.set_zoom(self.settings.zoom_steps)

    # ------------------------------------------------------------------ actions
    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icon(name), text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.setToolTip(tip or text.replace("&", ""))
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.act_open = self._action(
            "open_side_by_side",
            self.tr("&Open Side by Side"),
            self.open_selected,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
            self.tr("Open the selected articles next to each other"),
        )
        self.act_sync = self._action(
            "sync_scroll",
            self.tr("&Synchronised Scrolling"),
            self._toggle_sync,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S),
            self.tr("Scroll all articles together"),
        )
        self.act_sync.setCheckable(True)
        self.act_sync.setChecked(self.settings.sync_scroll)
        self.act_zoom_in = self._action(
            "zoom_in",
            self.tr("Zoom &In"),
            lambda: self.zoom(+1),
            [QKeySequence(standard.ZoomIn), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal)],
        )
        self.act_zoom_out = self._action(
            "zoom_out", self.tr("Zoom &Out"), lambda: self.zoom(-1), QKeySequence(standard.ZoomOut)
        )
        self.act_zoom_reset = self._action(
            "zoom_reset",
            self.tr("&Reset Zoom"),
            lambda: self.zoom(None),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0),
        )
        self.act_sidebar = self._action(
            "sidebar",
            self.tr("Show &Sidebar"),
            self._toggle_sidebar,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B),
        )
        self.act_sidebar.setCheckable(True)
        self.act_sidebar.setChecked(True)
        self.act_import = self._action(
            "import",
            self.tr("&Import Folder…"),
            lambda: self.import_folder(),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I),
            self.tr(
                "Import a folder of articles: text, web pages, Word, OpenDocument, PDF, e-books, "
                "e-mails, RTF, JSON, shortcuts and feeds"
            ),
        )
        self.act_import_web = self._action(
            "web",
            self.tr("Import &Web Addresses…"),
            lambda: self.import_folder(web=True),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I),
            self.tr("Fetch articles or RSS/Atom feeds from the web and import them"),
        )
        self.act_export = self._action(
            "export", self.tr("&Export Report…"), self.export_report,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
            self.tr("Write a review report: HTML, PDF, CSV, W3C annotations or REFI-QDA"),
        )  # fmt: skip
        self.act_preferences = self._action(
            "preferences", self.tr("&Preferences…"), self.open_preferences,
            # the system's key where it has one (Cmd+, on macOS), else Ctrl+,
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)],
            self.tr("Your name, the interface language, theme, article font, data folder"),
        )  # fmt: skip
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_quit = self._action(
            "quit", self.tr("&Quit"), self.close, QKeySequence(standard.Quit)
        )
        self.act_about = self._action("about", self.tr("&About Tabayun"), self._about)

        self.act_reviewer = self._action(
            "reviewer", self.tr("Reviewer &Name…"), self.change_reviewer,
            tip=self.tr("The name that stands beside your tags, notes and verdicts"),
        )  # fmt: skip
        self.search_box: QLineEdit
        self.theme_group: QActionGroup
        build_menus(self)  # menus, toolbar, search box (ui/menus.py)

    # ------------------------------------------------------------------ workspace
    def open_workspace_in_background(self) -> None:
        from app.workspace import open_workspace

        self.statusBar().showMessage(self.tr("Opening your articles…"))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        handle = self.runner.run(
            lambda control: open_workspace(self.paths, backup=True, control=control),
            label="open workspace",
            writes=True,
        )
        handle.sig_progress.connect(self._on_progress)
        handle.sig_finished.connect(self.set_workspace)
        handle.sig_failed.connect(self._on_workspace_failed)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if message:
            self.statusBar().showMessage(message)

    def _on_workspace_failed(self, error: object) -> None:
        self.progress.setVisible(False)
        self.statusBar().clearMessage()
        self.sig_workspace_failed.emit(error)

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.review.warm_up()
        self.tagging.set_workspace(workspace.sessions, self.settings.reviewer_name)
        if not self.settings.reviewer_name:
            self.change_reviewer()
        self.progress.setVisible(False)
        self.refresh_library(then=self._open_initial_articles)

    def _open_initial_articles(self) -> None:
        ids = self._initial_articles()
        if ids:
            self.tree.select_articles(ids)
            self.open_articles(ids)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.sig_ready.emit()

    def refresh_library(self, then: Callable[[], None] | None = None) -> None:
        """Reload the sidebar in the background (10,000 articles take 0.2 s to list), then
        call ``then`` on the GUI thread."""
        from app.library import list_articles, list_collections

        assert self.workspace is not None
        sessions = self.workspace.sessions

        def load(
            _control: object,
        ) -> tuple[list[CollectionSummary], dict[int, list[ArticleSummary]]]:
            collections = list_collections(sessions)
            return collections, {c.id: list_articles(sessions, c.id) for c in collections}

        def apply(result: tuple[list[CollectionSummary], dict[int, list[ArticleSummary]]]) -> None:
            self.library.set_library(*result)
            self.tree.expandToDepth(0)  # the collections; their articles are the leaves
            if then is not None:
                then()

        handle = self.runner.run(load, label="library")
        handle.sig_finished.connect(apply)
        handle.sig_failed.connect(self._show_task_error)

    def _initial_articles(self) -> list[int]:
        """The articles open at the last exit; on first run, the whole demo collection."""
        saved = self.settings.ui_state.get("open_articles", "")
        ids = [int(x) for x in saved.split(",") if x.isdigit()]
        if ids or self.settings.ui_state.get("opened_once"):
            return ids
        library = self.library
        if not library.collections:
            return []
        last = self.settings.last_collection_id
        row = next((r for r, c in enumerate(library.collections) if c.id == last), 0)
        return [a.id for a in library.articles[row]]

    # ------------------------------------------------------------------ reading
    def open_selected(self) -> None:
        ids = self.tree.selected_article_ids()
        if ids:
            self.open_articles(ids)
        else:
            self.statusBar().showMessage(self.tr("Select one or more articles first."), 4000)

    def open_articles(self, ids: list[int]) -> None:
        from app.library import load_articles

        if self.workspace is None:
            return
        articles = load_articles(self.workspace.sessions, ids)
        self.side_by_side.show_articles(articles)
        if articles:
            self.settings.last_collection_id = articles[0].summary.collection_id
            words = sum(a.summary.word_count for a in articles)
            self.statusBar().showMessage(
                self.tr("%n article(s) open", "", len(articles))
                + f" · {words:,} "
                + self.tr("words")
            )

    def import_folder(self, folder: Path | None = None, web: bool = False) -> ImportDialog | None:
        """Choose a folder (unless given, or ``web``: addresses only), then preview and import
        it in the import dialog."""
        from app.library import list_collections
        from ui.dialogs.import_dialog import ImportDialog

        if self.workspace is None:
            return None
        if folder is None and not web:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Import Folder"))
            if not chosen:
                return None
            folder = Path(chosen)
        dialog = ImportDialog(
            folder,
            self.workspace.sessions,
            list_collections(self.workspace.sessions),
            self.runner,
            self,
            outlets_file=self.workspace.paths.outlets_file,
            outlet_names=self.outlets.known_names(),
        )
        dialog.sig_imported.connect(self._on_imported)
        dialog.open()
        return dialog

    def _on_imported(self, report: ImportReport) -> None:
        new = [o.article_id for o in report.outcomes if o.article_id is not None]

        def show_new() -> None:
            if new:
                self.tree.select_articles(new)
                self.open_articles(new[:MAX_OPEN_AFTER_IMPORT])
            self.sig_library_refreshed.emit()

        self.refresh_library(then=show_new)

    def open_preferences(self) -> PreferencesDialog:
        from ui.dialogs.preferences import open_preferences

        return open_preferences(self)

    def export_report(self) -> ExportDialog | None:
        from ui.dialogs.export_dialog import open_export

        return open_export(self)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def search(self, query: str) -> None:
        """Search the corpus in the background; results go to the search panel."""
        from app.search import search

        if self.workspace is None or not query.strip():
            return
        sessions = self.workspace.sessions
        handle = self.runner.run(lambda _control: search(sessions, query), label="search")
        handle.sig_finished.connect(self.search_panel.show_results)
        handle.sig_finished.connect(lambda _results: self.sig_search_done.emit())
        handle.sig_failed.connect(self._show_task_error)

    def show_match(self, article_id: int, start: int, end: int) -> None:
        """Show a search match: in its pane if open, else with the article added to the panes."""
        if article_id not in self.side_by_side.article_ids:
            self.open_articles([*self.side_by_side.article_ids, article_id])
        pane = next(p for p in self.side_by_side.panes if p.article.summary.id == article_id)
        pane.text_view.select_range(start, end)
        pane.text_view.setFocus()

    def edit_article(self, article_id: int) -> ArticleDetailsDialog | None:
        """Edit an article's title, outlet, date and URL (its text stays as imported)."""
        return self.outlets.edit_article(article_id)

    def change_furniture(self, article_id: int, start: int, end: int, mark: bool) -> None:
        """Mark or unmark page furniture through the review database (one writer at a time)."""
        from app.furniture_marks import mark_furniture, unmark_furniture

        if self.workspace is None:
            return
        sessions = self.workspace.sessions
        change = mark_furniture if mark else unmark_furniture
        handle = self.runner.run(
            lambda _control: change(sessions, article_id, start, end),
            label="furniture",
            writes=True,
        )
        handle.sig_finished.connect(
            lambda marks: self.side_by_side.update_furniture(article_id, marks)
        )
        handle.sig_finished.connect(lambda _marks: self.sig_furniture_changed.emit(article_id))
        handle.sig_failed.connect(self._show_task_error)

    def select_passage(self, text: str) -> bool:
        """Focus the passage containing ``text`` in the first open article that has it."""
        for pane in self.side_by_side.panes:
            at = pane.article.text.find(text)
            if at >= 0:
                pane.text_view.select_range(at, at)
                return True
        return False

    def change_reviewer(self) -> QInputDialog:
        def remember(name: str) -> None:
            self.settings.reviewer_name = name
            save_settings(self.paths.settings_file, self.settings)
            self.notes.reload_verdicts()  # "your verdict" is now this reviewer's

        return self.tagging.ask_reviewer(self.settings.reviewer_name, remember)

    def _show_task_error(self, error: object) -> None:
        QMessageBox.warning(self, self.tr("Tabayun"), error_text(error))

    def _on_open_articles_changed(self, ids: list[int]) -> None:
        self.settings.ui_state["open_articles"] = ",".join(map(str, ids))
        self.settings.ui_state["opened_once"] = "1"
        collections = {p.article.summary.collection_id for p in self.side_by_side.panes}
        names = [self.library.collection_names.get(c, "") for c in sorted(collections)]
        self.setWindowTitle(" — ".join(["Tabayun", *filter(None, names)]))
        demo = {c.id for c in self.library.collections if c.is_demo}
        self.demo_banner.update_for(collections, demo, DISMISSED in self.settings.ui_state)

    def _toggle_sync(self, checked: bool) -> None:
        self.settings.sync_scroll = checked
        self.side_by_side.set_sync_scroll(checked)

    def set_theme(self, name: str) -> None:
        """System, light or dark; the highlights are drawn again in the new palette."""
        from PySide6.QtWidgets import QApplication

        from ui.theme import apply_theme

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.settings.theme = apply_theme(app, name)
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self.settings.theme)
        for pane in self.side_by_side.panes:
            pane.text_view.set_furniture(pane.text_view.furniture)
        self.review.recompare()

    def _toggle_sidebar(self, checked: bool) -> None:
        self.sidebar.setVisible(checked)

    def zoom(self, delta: int | None) -> None:
        steps = 0 if delta is None else self.side_by_side.zoom_steps + delta
        self.settings.zoom_steps = self.side_by_side.set_zoom(steps)

    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(
            self,
            self.tr("About Tabayun"),
            self.tr("Tabayun {version}\nReview news coverage across outlets.").format(
                version=__version__
            ),
        )

    # ------------------------------------------------------------------ layout persistence
    def _restore_layout(self) -> None:
        state = self.settings.ui_state
        if geometry := state.get("geometry"):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:  # first start: most of the screen, so that five articles fit side by side
            available = self.screen().availableGeometry()
            self.resize(min(1920, int(available.width() * 0.92)), int(available.height() * 0.9))
        if window_state := state.get("window_state"):
            self.restoreState(QByteArray.fromBase64(window_state.encode()))
        if splitter := state.get("splitter"):
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode()))

    def save_layout(self) -> None:
        state = self.settings.ui_state
        state["geometry"] = bytes(self.saveGeometry().toBase64().data()).decode()
        state["window_state"] = bytes(self.saveState().toBase64().data()).decode()
        state["splitter"] = bytes(self.splitter.saveState().toBase64().data()).decode()
        try:
            save_settings(self.paths.settings_file, self.settings)
        except OSError:
            log.exception("could not save settings")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.runner.wait(10000)
        if self.workspace is not None:
            self.workspace.close()
        super().closeEvent(event)
