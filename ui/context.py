"""What a window's controllers and dialogs share, handed to them instead of the window itself:
the data folder's paths, the settings, the task runner, the workspace once it is open, and a
status line to speak through. Nothing here knows the window's widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from app.paths import AppPaths
from app.settings import Settings
from ui.tasks import TaskRunner, error_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.workspace import Workspace


@dataclass
class WindowContext:
    paths: AppPaths
    settings: Settings
    runner: TaskRunner
    window: QWidget  # the parent of dialogs and messages
    status: QStatusBar
    language: str = "en"
    workspace: Workspace | None = field(default=None)

    @property
    def sessions(self) -> sessionmaker[Session]:
        assert self.workspace is not None, "the workspace is not open yet"
        return self.workspace.sessions

    @property
    def ready(self) -> bool:
        return self.workspace is not None

    def say(self, text: str, msecs: int = 4000) -> None:
        self.status.showMessage(text, msecs)

    def show_error(self, error: object) -> None:
        QMessageBox.warning(self.window, "Tabayun", error_text(error))
