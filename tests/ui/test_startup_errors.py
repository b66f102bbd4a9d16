"""Start-up failures in the window: a real dialog says what happened; nothing is deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from tests.damaged import damaged_copy
from ui.application import GuiSession


def answer_dialog(button_name: str | None, seen: list[str]) -> None:
    """When the modal box appears, note its text and press a button (by object name or Close)."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, attempt)
            return
        seen.append(box.text())
        if button_name:
            box.findChild(QPushButton, button_name).click()
        else:
            box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(20, attempt)


def test_broken_database_moved_aside_only_when_the_user_agrees(
    paths: AppPaths, qtbot: QtBot
) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database.write_text("not a database", encoding="utf-8")

    seen: list[str] = []
    session = GuiSession(paths)
    qtbot.addWidget(session.window)
    answer_dialog(None, seen)  # first time: the user closes the box
    with qtbot.waitSignal(session.window.sig_workspace_failed, timeout=20000):
        session.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "is not a Tabayun database" in seen[0]
    assert paths.database.read_text(encoding="utf-8") == "not a database"
    assert session.exit_code == 2

    seen.clear()
    session = GuiSession(paths)
    qtbot.addWidget(session.window)
    answer_dialog("MoveAsideButton", seen)
    with qtbot.waitSignal(session.window.sig_ready, timeout=20000):
        session.start()
    assert "is not a Tabayun database" in seen[0]
    (moved,) = paths.data_dir.glob("tabayun.sqlite3.broken-*")
    assert moved.read_text(encoding="utf-8") == "not a database"
    assert len(session.window.side_by_side.panes) == 5
    session.window.close()


def test_newer_database_is_explained_and_kept(paths: AppPaths, qtbot: QtBot) -> None:
    from app.workspace import open_workspace

    open_workspace(paths, seed_demo=False).close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    seen: list[str] = []
    session = GuiSession(paths)
    qtbot.addWidget(session.window)
    answer_dialog(None, seen)
    session.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert "newer version of Tabayun" in seen[0]
    assert not list(paths.data_dir.glob("*.broken-*"))
    qtbot.waitUntil(lambda: session.exit_code != 0)


def test_second_window_on_the_same_folder_is_refused_with_a_dialog(
    paths: AppPaths, qtbot: QtBot
) -> None:
    from app.instance import InstanceLock
    from ui.application import run_gui

    paths.data_dir.mkdir(parents=True)
    seen: list[str] = []
    with InstanceLock(paths.instance_lock):
        answer_dialog(None, seen)
        assert run_gui(paths) == 3
    assert "already running with this data folder" in seen[0]


def _damage(database: Path) -> None:
    data = bytearray(database.read_bytes())
    for at in range(4096, len(data), 4096):  # every page's start
        data[at : at + 8] = b"\xde\xad\xbe\xef" * 2
    database.write_bytes(bytes(data))


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    paths: AppPaths, qtbot: QtBot
) -> None:
    from app.backups import backup_if_changed
    from app.workspace import open_workspace

    open_workspace(paths).close()
    assert backup_if_changed(paths) is not None
    _damage(paths.database)
    seen: list[str] = []
    session = GuiSession(paths)
    qtbot.addWidget(session.window)
    answer_dialog("RestoreBackupButton", seen)
    with qtbot.waitSignal(session.window.sig_ready, timeout=20000):
        session.start()
    assert "is damaged" in seen[0] and "newest good backup" in seen[0]
    assert len(list(paths.data_dir.glob("tabayun.sqlite3.before-restore-*"))) == 1
    assert len(session.window.side_by_side.panes) == 5  # the backup's articles
    session.window.close()


def test_damage_found_after_start_offers_the_way_out(
    open_window,
    paths: AppPaths,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    """The window opened; then a read finds the database damaged (the check before the
    background copy): the same question, and a new database when chosen."""
    open_window(paths).close()  # the first run
    window = open_window(paths)
    qtbot.waitUntil(lambda: not window.ops.running("backup"), timeout=20000)
    window.runner.wait(10000)
    window.workspace.close()  # type: ignore[union-attr]
    _damage(paths.database)
    seen: list[str] = []
    answer_dialog("MoveAsideButton", seen)
    with qtbot.waitSignal(window.sig_ready, timeout=20000):
        window.back_up_in_background()  # its check finds the damage
    assert "is damaged" in seen[0]
    moved = paths.data_dir.glob("tabayun.sqlite3.broken-*")
    (kept,) = (p for p in moved if not p.name.endswith(("-wal", "-shm")))
    assert kept.stat().st_size > 0  # the damaged file, kept aside
    assert window.workspace is not None and window.workspace.created  # a new database


def test_the_window_starts_or_says_the_database_is_damaged(
    pristine_database: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    """The window's start over damaged copies of a real database (the command line's cases,
    tests/app/test_damaged_database.py): ready, or the damaged-database message."""
    from app.damage import looks_damaged
    from app.errors import DamagedDatabaseError
    from app.paths import resolve_paths
    from ui.main_window import MainWindow

    outcomes: list[str] = []
    for seed in range(12):
        folder = tmp_path / f"case{seed}"
        damaged_copy(pristine_database, folder, seed)
        window = MainWindow(resolve_paths(folder))
        qtbot.addWidget(window)
        failures: list[object] = []
        window.sig_workspace_failed.connect(failures.append)
        with qtbot.capture_exceptions() as unhandled:  # in the window: CrashHandler's
            window.open_workspace_in_background()
            qtbot.waitUntil(
                lambda w=window, f=failures: bool(f) or w.workspace is not None, timeout=20000
            )
            window.runner.wait(10000)
            qtbot.wait(50)
        # what escaped to the event loop is damage, which the crash handler hands to the window
        assert all(looks_damaged(error) for _kind, error, _trace in unhandled), unhandled
        if failures:
            assert isinstance(failures[0], DamagedDatabaseError), failures[0]
            outcomes.append("damaged")
        else:
            outcomes.append("ready")
        window.runner.wait(10000)
        window.close()
    assert "damaged" in outcomes
