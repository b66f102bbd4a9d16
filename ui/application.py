"""Starting the GUI: the QApplication, the single-instance lock, the window and its errors."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.cli.main import Screenshot
from app.errors import BrokenDatabaseError, TabayunError
from app.instance import InstanceLock
from app.paths import AppPaths, prepare_data_folder
from ui.qt_app import create_application, ensure_platform, no_display

__all__ = ["create_application", "ensure_platform", "no_display", "run_gui", "take_screenshot"]


def _show_error(error: BaseException, paths: AppPaths) -> str:
    """Show the error; what the user chose to do about a broken or damaged database ("restore",
    "fresh" or "")."""
    from ui.dialogs.startup_error import choose_way_out

    return choose_way_out(error, paths)


class GuiSession:
    """One window's life: lock, window, background open, and what to do when opening fails."""

    def __init__(self, paths: AppPaths, *, started: float | None = None) -> None:
        from ui.main_window import MainWindow

        self.paths = paths
        self.started = started if started is not None else time.perf_counter()
        self.timings: dict[str, float] = {}
        self.lock = InstanceLock(paths.instance_lock)
        self.window = MainWindow(paths)
        self.window.sig_workspace_failed.connect(self._on_failed)
        self.window.sig_ready.connect(self._on_ready)
        self.exit_code = 0

    def start(self) -> None:
        self.window.show()
        self.timings["window_shown_s"] = time.perf_counter() - self.started
        self.timings["window_shown_at"] = time.time()  # wall clock, for timing from outside
        self.window.open_workspace_in_background()

    def _on_ready(self) -> None:
        self.timings["ready_s"] = time.perf_counter() - self.started
        self.timings["ready_at"] = time.time()

    def _on_failed(self, error: BaseException) -> None:
        choice = _show_error(error, self.paths)
        if choice and isinstance(error, BrokenDatabaseError):
            self.window.recover(choice)  # in the background, then the workspace opens
            return
        self.exit_code = error.exit_code if isinstance(error, TabayunError) else 1
        self.window.close()


def _prepare(paths: AppPaths) -> InstanceLock:
    prepare_data_folder(paths)
    lock = InstanceLock(paths.instance_lock)
    lock.acquire()
    return lock


def run_gui(paths: AppPaths, *, started: float | None = None) -> int:
    if no_display() and QApplication.instance() is None:
        # An invisible window that runs until killed helps nobody.
        print(
            "tabayun: there is no display to open the window on. Run it in a desktop session, "
            "use `tabayun screenshot OUT.png` to render it, or set QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return 2
    app = create_application()
    from app.settings import load_settings
    from ui.translations import apply_language

    settings = load_settings(paths.settings_file)
    apply_language(settings.language, settings.digits)  # the start-up errors too
    try:
        lock = _prepare(paths)
    except TabayunError as exc:
        print(f"tabayun: {exc.message}", file=sys.stderr)
        _show_error(exc, paths)
        return exc.exit_code
    from ui.dialogs import crash

    crash.install(paths.log_dir)
    try:
        session = GuiSession(paths, started=started)
        session.start()
        app.exec()
        return session.exit_code
    finally:
        lock.release()


def take_screenshot(paths: AppPaths, shot: Screenshot) -> int:
    """Open the window as ``tabayun`` would, wait until it is ready, save it as a PNG, as
    ``shot`` asks (``app.cli.main.Screenshot``)."""
    started = time.perf_counter()
    width, _, height = shot.size.partition("x")
    app = create_application()
    lock = _prepare(paths)
    from ui.dialogs import crash

    crash.install(paths.log_dir)
    try:
        session = GuiSession(paths, started=started)
        session.window.resize(int(width), int(height))

        def capture() -> None:
            if shot.passage:
                session.window.side_by_side.select_passage(shot.passage)
                for _ in range(10):
                    app.processEvents()
            for _ in range(shot.check):
                session.window.comparison.step(True, "check")
                for _ in range(10):
                    app.processEvents()
            if shot.panel_at == "facts":  # the panels below opened, the Facts table in front
                from ui.window_state import open_docks

                open_docks(session.window, session.window.comparison.panel)
                facts = session.window.facts.panel
                facts.show()
                facts.raise_()
                window = session.window  # tall enough for its rows to read
                window.resizeDocks([facts], [int(height) * 2 // 5], Qt.Orientation.Vertical)
                for _ in range(10):
                    app.processEvents()
            elif shot.panel_at:
                session.window.comparison.panel.browser.scrollToAnchor(shot.panel_at)
                app.processEvents()
            shot.output.parent.mkdir(parents=True, exist_ok=True)
            if not session.window.grab().save(str(shot.output)):
                session.exit_code = 1
            session.window.close()

        done = False

        def capture_once() -> None:
            nonlocal done
            if not done:
                done = True
                capture()

        def when_ready() -> None:
            review = session.window.comparison
            if len(session.window.side_by_side.panes) >= 2 and review.result is None:
                # the comparison is running: wait for its highlights (at most 20 s)
                review.sig_compared.connect(lambda: QTimer.singleShot(150, capture_once))
                QTimer.singleShot(20000, capture_once)
            else:
                QTimer.singleShot(200, capture_once)

        session.window.sig_ready.connect(when_ready)
        session.start()
        app.exec()
        if shot.timings:
            print(json.dumps(session.timings))
        elif session.exit_code == 0:
            print(f"saved {shot.output}")
        return session.exit_code
    finally:
        lock.release()
