"""Telling the user why the workspace could not be opened, and asking before moving a file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import BrokenDatabaseError, DamagedDatabaseError, TabayunError
from app.paths import AppPaths
from ui.tasks import error_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def startup_error_box(
    error: BaseException, parent: QWidget | None = None, *, restorable: bool = False
) -> QMessageBox:
    """A message box for ``error``; for a broken database it offers "Move Aside and Start
    Fresh", and for a damaged one with a backup (``restorable``) "Put Back the Newest Good
    Backup" first."""
    box = QMessageBox(parent)
    box.setObjectName("StartupErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    title = (
        translate("StartupError", "Your database is damaged")
        if isinstance(error, DamagedDatabaseError)
        else translate("StartupError", "Tabayun cannot open your data")
    )
    box.setWindowTitle(title)
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
        if restorable and isinstance(error, DamagedDatabaseError):
            back = box.addButton(
                translate("StartupError", "Put Back the Newest Good Backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            back.setObjectName("RestoreBackupButton")
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


def wants_restore(box: QMessageBox) -> bool:
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "RestoreBackupButton"


def choose_way_out(error: BaseException, paths: AppPaths, parent: QWidget | None = None) -> str:
    """Show ``error`` and ask what to do: "restore" (a damaged database, with a backup), "fresh"
    (move the file aside, start a new database) or "" (leave it)."""
    from app.backups import list_backups

    restorable = isinstance(error, DamagedDatabaseError) and bool(list_backups(paths))
    box = startup_error_box(error, parent, restorable=restorable)
    box.exec()
    return "restore" if wants_restore(box) else "fresh" if wants_move_aside(box) else ""


def take_way_out(choice: str, paths: AppPaths) -> None:
    """Do what ``choose_way_out`` chose (the database must be closed): put the newest good
    backup back (the damaged file kept aside), or, when none passes its check, move the file
    aside so that a new database starts."""
    from app.damage import restore_newest_good
    from app.workspace import move_aside

    if choice == "restore" and restore_newest_good(paths) is not None:
        return
    if choice and paths.database.exists():
        move_aside(paths.database)
