"""The main window: it assembles. The library sidebar on one side, the articles side by side in
the middle, the panels below; each part is a controller of its own (``ui/library.py``,
``comparison.py``, ``tagging.py``, ``notes.py``, ``outlets.py``, ``search.py``,
``furniture.py``) that talks through signals and gets the collaborators it needs (the
``WindowContext``), not the window.

The window opens at once; the workspace (database, migrations, first-run demo import) is opened in
the background and the window fills in when it is ready (``sig_ready``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.paths import AppPaths
from app.settings import Settings, load_settings, save_settings
from ui.comparison import ComparisonController
from ui.context import WindowContext
from ui.furniture import FurnitureController
from ui.icons import icon
from ui.library import LibraryController
from ui.menus import MenuSources, build_menus
from ui.notes import NotesController
from ui.operations import Operations
from ui.outlets import OutletController
from ui.search import SearchController
from ui.tagging import TaggingController
from ui.tasks import TaskRunner
from ui.views.demo_banner import DISMISSED, DemoBanner
from ui.views.side_by_side import SideBySideView
from ui.window_actions import make_actions

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.preferences import PreferencesDialog

log = logging.getLogger(__name__)
FOCUS_FRAME = (  # keyboard users see where they are (dialogs opened from here inherit it)
    "QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus "
    "{ border: 2px solid palette(highlight); }"
)


class MainWindow(QMainWindow):
    sig_ready = Signal()  # the workspace is open and the first articles are shown
    sig_workspace_failed = Signal(object)  # the TabayunError (or other exception) on opening

    def __init__(self, paths: AppPaths, runner: TaskRunner | None = None) -> None:
        super().__init__()
        from ui.translations import apply_language

        settings: Settings = load_settings(paths.settings_file)
        language = apply_language(settings.language)  # before any widget's text
        self.setStyleSheet(FOCUS_FRAME)
        self.setWindowTitle("Tabayun")
        self.setWindowIcon(icon("app"))
        self.setObjectName("MainWindow")
        self.runner = runner or TaskRunner(self)
        self.context = WindowContext(paths, settings, self.runner, self, self.statusBar(), language)
        self.ops = Operations(self.runner, self, self)

        self.side_by_side = view = SideBySideView()
        view.font_family = settings.article_font_family
        view.sig_articles_changed.connect(self._on_open_articles_changed)
        self.library = LibraryController(self.context, view)
        self.comparison = ComparisonController(view, self.runner, self)
        self.tagging = TaggingController(view, self.runner, self)
        self.notes = NotesController(view, self.runner, self.tagging, self.comparison, self)
        self.outlets = OutletController(
            self.context, self.library, view, self.tagging, self.comparison
        )
        self.furniture = FurnitureController(self.context, view)
        self.furniture.sig_changed.connect(lambda _id: self.comparison.recompare())
        self.search = SearchController(self.context, self.library, view, self)
        view.sig_import_requested.connect(self.library.import_folder)
        view.sig_edit_requested.connect(self.outlets.edit_article)
        self.library.tree.sig_edit_requested.connect(self.outlets.edit_article)

        self.demo_banner = DemoBanner()
        self.demo_banner.sig_import.connect(lambda: self.library.import_folder())
        self.demo_banner.sig_dismissed.connect(
            lambda: settings.ui_state.__setitem__(DISMISSED, "1")
        )
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        for widget, stretch in ((self.demo_banner, 0), (view, 1), (self.comparison.legend, 0)):
            reading_layout.addWidget(widget, stretch)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library.sidebar)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 1280])
        self.setCentralWidget(self.splitter)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self._dock_panels()

        self.window_actions = make_actions(self, self._handlers(), settings.sync_scroll)
        self.theme_group = build_menus(
            self,
            MenuSources(
                self.window_actions, self.comparison, self.tagging, self.notes, self.outlets,
                self.search, settings.theme, self.set_theme,
            ),
        )  # fmt: skip
        if settings.theme != "system":
            self.set_theme(settings.theme)
        self._restore_layout()
        view.set_sync_scroll(settings.sync_scroll)
        view.set_zoom(settings.zoom_steps)

    @property
    def settings(self) -> Settings:
        return self.context.settings

    @property
    def paths(self) -> AppPaths:
        return self.context.paths

    @property
    def workspace(self) -> Workspace | None:
        return self.context.workspace

    def _dock_panels(self) -> None:
        """The passage panel, coverage, codebook, tagged spans, notes and history share the
        bottom, tabbed, so the articles keep the window's whole width."""
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.addDockWidget(bottom, self.comparison.panel)
        previous: QDockWidget = self.comparison.panel
        for dock in (
            self.comparison.grid,
            self.tagging.panel,
            self.tagging.tagged,
            self.notes.panel,
            self.tagging.history_panel,
        ):
            self.tabifyDockWidget(previous, dock)
            previous = dock
        self.comparison.panel.raise_()

    def _handlers(self) -> dict[str, Callable[..., object]]:
        return {
            "open_side_by_side": self.library.open_selected,
            "sync_scroll": self._toggle_sync,
            "zoom_in": lambda: self.zoom(+1),
            "zoom_out": lambda: self.zoom(-1),
            "zoom_reset": lambda: self.zoom(None),
            "sidebar": lambda checked: self.library.sidebar.setVisible(checked),
            "import": lambda: self.library.import_folder(),
            "web": lambda: self.library.import_folder(web=True),
            "export": self.export_report,
            "preferences": self.open_preferences,
            "quit": self.close,
            "about": self._about,
            "reviewer": self.change_reviewer,
            "search": self.search.focus,
        }

    # ------------------------------------------------------------------ workspace
    def open_workspace_in_background(self) -> None:
        from app.workspace import open_workspace

        paths = self.context.paths
        self.statusBar().showMessage(self.tr("Opening your articles…"))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.ops.run(
            "open workspace",
            lambda control: open_workspace(paths, backup=True, control=control),
            on_done=self.set_workspace,
            on_failed=self._on_workspace_failed,
            on_progress=self._on_progress,
            writes=True,
        )

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
        self.context.workspace = workspace
        self.comparison.warm_up()
        self.tagging.set_workspace(workspace.sessions, self.settings.reviewer_name)
        if not self.settings.reviewer_name:
            self.change_reviewer()
        self.progress.setVisible(False)
        self.library.refresh(then=self._open_initial_articles)

    def _open_initial_articles(self) -> None:
        ids = self.library.initial_articles()
        if ids:
            self.library.tree.select_articles(ids)
            self.library.open_articles(ids)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.sig_ready.emit()

    # ------------------------------------------------------------------ dialogs
    def open_preferences(self) -> PreferencesDialog:
        from ui.dialogs.preferences import open_preferences

        return open_preferences(self.context, self._apply_settings)

    def _apply_settings(self, new: Settings, old: Settings) -> None:
        self.context.settings = new
        if new.reviewer_name and new.reviewer_name != old.reviewer_name:
            self.tagging.set_reviewer(new.reviewer_name)
            self.notes.reload_verdicts()
        if new.theme != old.theme:
            self.set_theme(new.theme)
        view = self.side_by_side
        if (new.article_font_family, new.zoom_steps) != (view.font_family, view.zoom_steps):
            view.font_family = new.article_font_family
            new.zoom_steps = view.set_zoom(new.zoom_steps)

    def export_report(self) -> ExportDialog | None:
        from ui.dialogs.export_dialog import open_export

        return open_export(self.context, self.library, self.side_by_side, self.tagging)

    def change_reviewer(self) -> QInputDialog:
        def remember(name: str) -> None:
            self.settings.reviewer_name = name
            save_settings(self.context.paths.settings_file, self.settings)
            self.notes.reload_verdicts()  # "your verdict" is now this reviewer's

        return self.tagging.ask_reviewer(self.settings.reviewer_name, remember)

    def _about(self) -> None:
        from app import __version__

        text = self.tr("Tabayun {version}\nReview news coverage across outlets.")
        QMessageBox.about(self, self.tr("About Tabayun"), text.format(version=__version__))

    # ------------------------------------------------------------------ view
    def select_passage(self, text: str) -> bool:
        """Focus the passage containing ``text`` in the first open article that has it."""
        for pane in self.side_by_side.panes:
            at = pane.article.text.find(text)
            if at >= 0:
                pane.text_view.select_range(at, at)
                return True
        return False

    def _on_open_articles_changed(self, ids: list[int]) -> None:
        state = self.settings.ui_state
        state["open_articles"] = ",".join(map(str, ids))
        state["opened_once"] = "1"
        collections = {p.article.summary.collection_id for p in self.side_by_side.panes}
        names = [self.library.model.collection_names.get(c, "") for c in sorted(collections)]
        self.setWindowTitle(" — ".join(["Tabayun", *filter(None, names)]))
        demo = {c.id for c in self.library.model.collections if c.is_demo}
        self.demo_banner.update_for(collections, demo, DISMISSED in state)

    def _toggle_sync(self, checked: bool) -> None:
        self.settings.sync_scroll = checked
        self.side_by_side.set_sync_scroll(checked)

    def set_theme(self, name: str) -> None:
        """System, light or dark; the highlights are drawn again in the new palette."""
        from ui.theme import apply_theme

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.settings.theme = apply_theme(app, name)
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self.settings.theme)
        for pane in self.side_by_side.panes:
            pane.text_view.set_furniture(pane.text_view.furniture)
        self.comparison.recompare()

    def zoom(self, delta: int | None) -> None:
        steps = 0 if delta is None else self.side_by_side.zoom_steps + delta
        self.settings.zoom_steps = self.side_by_side.set_zoom(steps)

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
            save_settings(self.context.paths.settings_file, self.settings)
        except OSError:
            log.exception("could not save settings")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.runner.wait(10000)
        if self.workspace is not None:
            self.workspace.close()
        super().closeEvent(event)
