"""Start-up failures in the window: a real dialog says what happened; nothing is deleted."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
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
