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
