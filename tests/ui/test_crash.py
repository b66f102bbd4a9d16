"""An unhandled error: logged with its traceback, shown once in a dialog with a copyable report."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ui.dialogs.crash import CrashHandler


def _raise() -> None:
    raise ValueError("a value nobody expected")


def test_an_unhandled_error_is_logged_and_shown_with_a_copyable_report(
    qtbot: QtBot,
    qapp,
    tmp_path: Path,
    caplog,  # type: ignore[no-untyped-def]
) -> None:
    handler = CrashHandler(tmp_path)
    try:
        _raise()
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="tabayun.crash"):
            handler(type(exc), exc, exc.__traceback__)
            handler(type(exc), exc, exc.__traceback__)  # again while the dialog is open
    assert len(caplog.records) == 2  # both logged, with the traceback
    assert "ValueError: a value nobody expected" in caplog.records[0].getMessage()
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    report = dialog.report.toPlainText()
    assert "Tabayun" in report and "ValueError: a value nobody expected" in report
    assert "_raise" in report  # where it happened
    dialog.copy_report()
    assert QGuiApplication.clipboard().text() == report
    dialog.reject()
    assert handler.dialog is None  # the next error may show a dialog again


def test_a_damaged_database_is_no_crash_the_window_asks_instead(
    window,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A read on the GUI thread that finds the database damaged reaches the crash handler: no
    traceback dialog, the window's damaged-database question instead."""
    import sqlite3

    from tests.ui.test_startup_errors import answer_dialog

    handler = CrashHandler(tmp_path)
    seen: list[str] = []
    answer_dialog(None, seen)  # Close: leave things as they are
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as error:
        handler(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert handler.dialog is None
    assert "is damaged" in seen[0]
    assert window.damage_shown
