"""Errors the user must understand: each carries a plain message and what was left unchanged."""

from __future__ import annotations

from pathlib import Path

from app.messages import Message


class TabayunError(Exception):
    """A failure with a message written for the user, not the developer."""

    exit_code = 2

    def __init__(self, message: str | Message, *, detail: str = "") -> None:
        super().__init__(str(message))
        self.message = str(message)  # English: the command line and the logs
        # the template and its fields, for the window to translate
        self.template = message if isinstance(message, Message) else Message(str(message))
        self.detail = detail


class DataFolderError(TabayunError):
    """The data folder cannot be created or written."""


class BrokenDatabaseError(TabayunError):
    """The database file exists but is not a Tabayun database. It can be moved aside."""

    def __init__(self, message: str | Message, *, path: Path, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.path = path


class DamagedDatabaseError(BrokenDatabaseError):
    """The database is a Tabayun database, but damaged (a disk fault, a bad copy). It can be
    moved aside and a good backup put back, or a new database started."""


class DatabaseTooNewError(TabayunError):
    """The database was written by a newer Tabayun; it is left alone."""


class DatabaseLockedError(TabayunError):
    """Another program holds the database, or another Tabayun uses the same data folder."""

    exit_code = 3


class ServerUnreachableError(TabayunError):
    """The shared database server cannot be reached, or refuses the connection."""
