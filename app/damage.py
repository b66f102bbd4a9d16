"""A damaged database, recognised wherever it shows: at open, in any later read, in the check
before a backup. Each gives one message (``DamagedDatabaseError``) with the way out: move the
file aside and put back the newest good backup, or start a new, empty database.

SQLite reports damage as "database disk image is malformed", "file is not a database", or text
it "could not decode to UTF-8" (Tabayun only ever writes valid text). Damage in a value's bytes
can also surface in Python (a time that no longer parses); for an error the program did not
expect, ``damaged_or_none`` asks SQLite's quick check before calling it a bug.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import DamagedDatabaseError
from app.paths import AppPaths

_SIGNS = ("malformed", "not a database", "could not decode", "disk image", "corrupt")


def looks_damaged(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it) is SQLite reporting a damaged file."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DamagedDatabaseError):
            return True
        # SQLite's own words only: a bare UnicodeDecodeError may come from a file being read
        # for import (at open, ``app.workspace`` counts one as damage itself)
        if isinstance(current, sqlite3.DatabaseError) and any(
            sign in str(current).lower() for sign in _SIGNS
        ):
            return True
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapper
        current = (
            orig if isinstance(orig, BaseException) else current.__cause__ or current.__context__
        )
    return False


def damaged_or_none(paths: AppPaths, error: BaseException) -> DamagedDatabaseError | None:
    """``error`` as the damaged-database message if the database is damaged: SQLite said so,
    or its quick check finds fault now. None: not the database's fault."""
    from app.backups import check, damaged_error

    if looks_damaged(error):
        return damaged_error(paths, _reason(error))
    if not Path(paths.database).is_file():
        return None
    found = check(paths.database)
    return None if found == "ok" else damaged_error(paths, found)


def restore_newest_good(paths: AppPaths) -> Path | None:
    """Move the damaged database aside and put back the newest backup that passes its check;
    None (and nothing changed) if no backup does. Returns where the damaged file went."""
    from app.backups import BackupError, list_backups, restore

    for backup in list_backups(paths):
        try:
            return restore(paths, backup)
        except BackupError:
            continue  # that copy fails its own check: the next older one
    return None


def _reason(error: BaseException) -> str:
    current: BaseException = error
    orig = getattr(current, "orig", None)
    if isinstance(orig, BaseException):
        current = orig
    return str(current).splitlines()[0][:200] if str(current) else type(current).__name__
