"""Unhandled errors: written to the rotating log in the user's log folder, and shown in a dialog
with a report the user can copy into an e-mail or an issue.

The review data is not at risk: every change is its own committed transaction (or none), so an
error in the interface cannot leave half a change behind. The dialog says so, in plain words.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__

log = logging.getLogger("tabayun.crash")
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_report(error: BaseException, trace: TracebackType | None) -> str:
    """What a developer needs: versions, system, the error and where it happened."""
    from PySide6 import __version__ as pyside_version

    lines = [
        f"Tabayun {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
        *traceback.format_exception(type(error), error, trace),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Something Went Wrong"))
        self.log_dir = log_dir
        message = QLabel(
            self.tr(
                "Tabayun met an error it did not expect. Your articles, tags, notes and verdicts "
                "are safe: each change is saved whole as you make it, or not at all.\n\n"
                "If it happens again, please send the report below to the developers."
            )
        )
        message.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setObjectName("CrashReport")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # code reads left to right
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy Report"))
        copy.setObjectName("CopyReport")
        copy.clicked.connect(self.copy_report)
        folder = QPushButton(self.tr("Open Log Folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))
        )
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


class CrashHandler:
    """``sys.excepthook`` for the window: log, then show one dialog at a time."""

    def __init__(self, log_dir: Path, previous: ExceptHook | None = None) -> None:
        self.log_dir = log_dir
        self.previous = previous
        self.dialog: CrashDialog | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self.previous is not None:
                self.previous(kind, error, trace)
            return
        report = crash_report(error, trace)
        log.error("unhandled error\n%s", report)
        if self._damaged(error):
            return
        if QApplication.instance() is None or self.dialog is not None:
            return  # no window to show it in, or one dialog already open: the log has it
        self.dialog = CrashDialog(report, self.log_dir, QApplication.activeWindow())
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def _damaged(self, error: BaseException) -> bool:
        """A damaged database is not a bug: the window asks what to do about it
        (``MainWindow.database_damaged``) instead of showing a traceback."""
        from app.damage import looks_damaged

        if not looks_damaged(error) or QApplication.instance() is None:
            return False
        for widget in QApplication.topLevelWidgets():
            handle = getattr(widget, "database_damaged", None)
            if callable(handle):
                QTimer.singleShot(0, lambda handle=handle: handle(error))
                return True
        return False


def install(log_dir: Path) -> CrashHandler:
    handler = CrashHandler(log_dir, sys.excepthook)
    sys.excepthook = handler
    return handler
