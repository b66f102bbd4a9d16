"""Telling the user why the workspace could not be opened, and asking before moving a file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import BrokenDatabaseError, TabayunError
from ui.tasks import error_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def startup_error_box(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """A message box for ``error``; for a broken database it offers "Move Aside and Start Fresh"."""
    box = QMessageBox(parent)
    box.setObjectName("StartupErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("StartupError", "Tabayun cannot open your data"))
    if isinstance(error, TabayunError):
        box.setText(error_text(error))
        if error.detail:
            box.setDetailedText(error.detail)
    else:
        box.setText(
            translate("StartupError", "Something unexpected went wrong while opening your data.")
        )
        box.setDetailedText(f"{type(error).__name__}: {error}")
    if isinstance(error, BrokenDatabaseError):
        box.setInformativeText(
            translate(
                "StartupError",
                "Moving it aside keeps the old file next to the new one; nothing is deleted.",
            )
        )
        move = box.addButton(
            translate("StartupError", "Move Aside and Start Fresh"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        move.setObjectName("MoveAsideButton")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
    else:
        box.addButton(QMessageBox.StandardButton.Close)
    return box


def wants_move_aside(box: QMessageBox) -> bool:
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "MoveAsideButton"
