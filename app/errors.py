"""Errors the user must understand: each carries a plain message and what was left unchanged."""

from __future__ import annotations

from pathlib import Path


class TabayunError(Exception):
    """A failure with a message written for the user, not the developer."""

    exit_code = 2

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DataFolderError(TabayunError):
    """The data folder cannot be created or written."""


class BrokenDatabaseError(TabayunError):
    """The database file exists but is not a Tabayun database. It can be moved aside."""

    def __init__(self, message: str, *, path: Path, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.path = path


class DatabaseTooNewError(TabayunError):
    """The database was written by a newer Tabayun; it is left alone."""


class DatabaseLockedError(TabayunError):
    """Another program holds the database, or another Tabayun uses the same data folder."""

    exit_code = 3
