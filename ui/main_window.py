"""The main window: it assembles. The library sidebar on one side, the articles side by side in
the middle, the panels below; each part is a controller of its own (``ui/library.py``,
``comparison.py``, ``tagging.py``, ``notes.py``, ``outlets.py``, ``search.py``,
``furniture.py``) that talks through signals and gets the collaborators it needs (the
``WindowContext``), not the window.

The window opens at once; the workspace (database, migrations, first-run demo import) is opened in
the background and the window fills in when it is ready (``sig_ready``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.paths import AppPaths
from app.settings import Settings, load_settings, save_settings
from ui.appearance import Appearance
from ui.comparison import ComparisonController
from ui.context import WindowContext
from ui.facts import FactsController
from ui.furniture import FurnitureController
from ui.icons import icon
from ui.library import LibraryController
from ui.live import LiveUpdates
from ui.menus import MenuSources, build_menus
from ui.notes import NotesController
from ui.operations import Operations
from ui.outlets import OutletController
from ui.passage_edits import PassageEditsController
from ui.search import SearchController
from ui.stories import StoriesController
from ui.tagging import TaggingController
from ui.tasks import TaskRunner
from ui.views.side_by_side import SideBySideView
from ui.window_actions import make_actions, show_about
from ui.window_state import restore_layout, save_layout

if TYPE_CHECKING:
    from app.compare.corrections import Correction
    from app.workspace import Workspace
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.preferences import PreferencesDialog

FOCUS_FRAME = (  # keyboard users see where they are (dialogs opened from here inherit it)
    "QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus "
    "{ border: 2px solid palette(highlight); }"
)


class MainWindow(QMainWindow):
    sig_ready = Signal()  # the workspace is open and the first articles are shown
    sig_workspace_failed = Signal(object)  # the TabayunError (or other exception) on opening

    def __init__(self, paths: AppPaths, runner: TaskRunner | None = None) -> None:
        super().__init__()
        from ui.fonts import register_shipped_fonts
        from ui.translations import apply_language

        register_shipped_fonts()  # the shipped Arabic faces, before any widget lays out text
        settings: Settings = load_settings(paths.settings_file)
        # before any widget's text
        language = apply_language(settings.language, settings.digits)
        self.setStyleSheet(FOCUS_FRAME)
        self.setWindowTitle("Tabayun")
        self.setWindowIcon(icon("app"))
        self.setObjectName("MainWindow")
        self.runner = runner or TaskRunner(self)
        self.context = WindowContext(paths, settings, self.runner, self, self.statusBar(), language)
        self.ops = Operations(self.runner, self, self)
        self.backup_result: object = None  # the copy made after start-up, or why none was
        self.damage_shown = False  # the damaged-database question is asked once a session
        self.runner.sig_damaged.connect(self.database_damaged)

        self.side_by_side = view = SideBySideView()
        view.font_family = settings.article_font_family
        self.library = LibraryController(self.context, view)
        self.comparison = ComparisonController(view, self.runner, self)
        self.tagging = TaggingController(view, self.runner, self)
        self.notes = NotesController(view, self.runner, self.tagging, self.comparison, self)
        self.facts = FactsController(self.runner, self.comparison, self.tagging, self)
        self.passage_edits = PassageEditsController(self.comparison, self.tagging, self)
        self.stories = StoriesController(self.context, self.library, self.tagging)
        self.live = LiveUpdates(self.context)
        self.live.sig_changed.connect(self._on_live_change)
        self.library.add_tab(
            self.stories.panel, self.tr("Stories"), "story", self.stories.tree.selected_article_ids
        )
        self.comparison.corrections_of = self._corrections_of
        self.comparison.data_dir = self.paths.data_dir
        self.outlets = OutletController(
            self.context, self.library, view, self.tagging, self.comparison
        )
        self.furniture = FurnitureController(self.context, view)
        self.furniture.sig_changed.connect(lambda _id: self.comparison.recompare())
        self.search = SearchController(self.context, self.library, view, self)
        self.appearance = Appearance(self.context, view, self.comparison)
        view.sig_import_requested.connect(self.library.import_folder)
        view.sig_edit_requested.connect(self.outlets.edit_article)
        self.library.tree.sig_edit_requested.connect(self.outlets.edit_article)

        self.library.sig_title.connect(self.setWindowTitle)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        for widget, stretch in (
            (self.library.demo_banner, 0),
            (view, 1),
            (self.comparison.legend, 0),
        ):
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
        view.overlay.sig_focused.connect(self._open_docks)

        self.window_actions = make_actions(self, self._handlers(), settings.sync_scroll)
        self.appearance.theme_group = build_menus(
            self,
            MenuSources(
                self.window_actions, self.comparison, self.tagging, self.notes, self.facts,
                self.outlets,
                self.search, settings.theme, self.appearance.set_theme,
            ),
        )  # fmt: skip
        self.appearance.restore()
        restore_layout(self, self.splitter, settings, self.comparison.panel)

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
            self.facts.panel,
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
            "sync_scroll": self.appearance.set_sync_scroll,
            "zoom_in": lambda: self.appearance.zoom(+1),
            "zoom_out": lambda: self.appearance.zoom(-1),
            "zoom_reset": lambda: self.appearance.zoom(None),
            "sidebar": lambda checked: self.library.sidebar.setVisible(checked),
            "import": lambda: self.library.import_folder(),
            "web": lambda: self.library.import_folder(web=True),
            "export": self.export_report,
            "preferences": self.open_preferences,
            "quit": self.close,
            "about": lambda: show_about(self),
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
            lambda control: open_workspace(paths, control=control),
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
        if not self.settings.reviewer_name:  # asked at the first tag, note or verdict
            self.tagging.reviewer_then(self.change_reviewer)
        self.progress.setVisible(False)
        self.library.refresh(then=self._open_initial_articles)
        if self.paths.database_url:  # a shared server: the others' changes as they happen
            self.live.start(self.paths.database_url)

    def _on_live_change(self, change: dict[str, object]) -> None:
        """Another reviewer's change on the server: show it, and show the library and the open
        articles' review as they now are (a fresh comparison follows corrections)."""
        self.statusBar().showMessage(self.live.describe(change), 8000)
        self.library.refresh()
        self.tagging.reload()
        self.comparison.corrections_changed()

    def _open_initial_articles(self) -> None:
        ids = self.library.initial_articles()
        if ids:
            self.library.tree.select_articles(ids)
            self.library.open_articles(ids)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.sig_ready.emit()
        self.back_up_in_background()

    def back_up_in_background(self) -> None:
        """Copy the database if it changed since the last copy, once the window is ready (a
        copy of a large database takes seconds; see ``app.backups``)."""
        from app.backups import backup_if_changed

        workspace = self.context.workspace
        if workspace is None or workspace.created:  # a new database: nothing to keep yet
            return
        paths = self.context.paths
        self.ops.run(
            "backup",
            lambda _control: backup_if_changed(paths),
            on_done=self._backed_up,
            on_failed=self._backup_failed,
        )

    def _backed_up(self, path: object) -> None:
        self.backup_result = path

    def _backup_failed(self, error: object) -> None:
        from app.errors import DamagedDatabaseError
        from ui.tasks import error_text

        self.backup_result = error
        if isinstance(error, DamagedDatabaseError):  # the check before the copy found it
            self.database_damaged(error)
            return
        self.statusBar().showMessage(error_text(error), 15000)

    def database_damaged(self, error: object) -> None:
        """A read found the database damaged: say so (once) and offer the way out: the newest
        good backup put back, or a new database; either way the damaged file is kept aside."""
        from app.damage import damaged_or_none
        from app.errors import DamagedDatabaseError
        from ui.dialogs.startup_error import choose_way_out

        if self.damage_shown or self.workspace is None or not isinstance(error, BaseException):
            return  # (opening failed: the start-up dialog asks, ui.application)
        self.damage_shown = True
        paths = self.context.paths
        damaged = (
            error if isinstance(error, DamagedDatabaseError) else damaged_or_none(paths, error)
        )
        if damaged is None:
            return
        self.statusBar().showMessage(self.tr("The database is damaged."))
        choice = choose_way_out(damaged, paths, self)
        if not choice:
            return
        self.runner.wait(10000)  # the reads still under way end (they fail fast on it)
        if self.workspace is not None:
            self.workspace.close()
        self.damage_shown = False
        self.recover(choice)

    def recover(self, choice: str) -> None:
        """Do what the reviewer chose about a broken or damaged database (``choose_way_out``:
        put the newest good backup back, or move the file aside) in the background, since a
        backup is checked and copied whole, then open the workspace again."""
        from ui.dialogs.startup_error import take_way_out

        paths = self.context.paths
        self.statusBar().showMessage(
            self.tr("Putting back the newest good backup…")
            if choice == "restore"
            else self.tr("Moving the damaged file aside…")
        )
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.ops.run(
            "way out",
            lambda _control: take_way_out(choice, paths),
            on_done=lambda _result: self.open_workspace_in_background(),
            on_failed=self._on_workspace_failed,
            writes=True,
        )

    # ------------------------------------------------------------------ dialogs
    def open_preferences(self) -> PreferencesDialog:
        from ui.dialogs.preferences import open_preferences

        return open_preferences(self.context, self._apply_settings)

    def _apply_settings(self, new: Settings, old: Settings) -> None:
        self.context.settings = new
        if new.reviewer_name and new.reviewer_name != old.reviewer_name:
            self.tagging.set_reviewer(new.reviewer_name)
            self.notes.reload_verdicts()
        self.appearance.apply(new, old)

    def export_report(self) -> ExportDialog | None:
        from ui.dialogs.export_dialog import open_export

        dialog = open_export(self.context, self.library, self.side_by_side, self.tagging)
        if dialog is not None:
            dialog.data_dir = self.paths.data_dir
        return dialog

    def change_reviewer(self) -> QInputDialog:
        def remember(name: str) -> None:
            self.settings.reviewer_name = name
            save_settings(self.context.paths.settings_file, self.settings)
            self.notes.reload_verdicts()  # "your verdict" is now this reviewer's

        return self.tagging.ask_reviewer(self.settings.reviewer_name, remember)

    # ------------------------------------------------------------------ closing
    def save_layout(self) -> None:
        save_layout(self, self.splitter, self.settings, self.context.paths)

    def _corrections_of(self, collections: set[int]) -> list[Correction]:
        """The reviewer's corrections to these collections' passages (from a worker)."""
        from app.review.passage_edits import list_passage_edits

        workspace = self.context.workspace
        if workspace is None:
            return []
        return [
            e.correction
            for c in sorted(collections)
            for e in list_passage_edits(workspace.sessions, c)
        ]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        from ui.window_state import first_docks

        QTimer.singleShot(0, lambda: first_docks(self, self.comparison.panel))

    def _open_docks(self, segment: int) -> None:
        """Choosing a passage opens the panels that wait on a first start (``window_state``)."""
        from ui.window_state import open_docks

        if segment >= 0 and open_docks(self, self.comparison.panel):
            # the panes are shorter once the panels have their room: level the passages again
            QTimer.singleShot(0, self.side_by_side.overlay.realign)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.live.stop()
        self.runner.wait(10000)
        if self.workspace is not None:
            self.workspace.close()
        super().closeEvent(event)
