from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """As the application does (ui/gc_guard.py): worker threads must never finalise Qt objects."""
    from ui import gc_guard

    gc_guard.install(qapp)


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):  # type: ignore[no-untyped-def]
    """The interface in English, as the application starts it (its counts' plural forms come
    from a translation file): a dialog tested before any window reads the same strings."""
    from ui.translations import apply_language

    apply_language("en")


@pytest.fixture
def open_window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    """Factory: a real main window on ``paths``, shown, with its workspace open."""
    windows: list[MainWindow] = []

    def make(
        paths: AppPaths, size: tuple[int, int] | None = (1920, 1080), reviewer: str = "Tester"
    ) -> MainWindow:
        """``reviewer`` "" opens the window as on a first run, which asks who is reviewing."""
        from app.settings import load_settings, save_settings

        if reviewer and not paths.settings_file.exists():
            settings = load_settings(paths.settings_file)
            settings.reviewer_name = reviewer
            save_settings(paths.settings_file, settings)
        window = MainWindow(paths)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        with qtbot.waitSignal(window.sig_ready, timeout=20000):
            window.open_workspace_in_background()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(open_window, paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield open_window(paths)


@pytest.fixture
def first_run_window(open_window, paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A window on a new data folder with no reviewer name yet."""
    yield open_window(paths, reviewer="")
