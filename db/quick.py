"""The local SQLite file opened read-only with the standard library, for the command line's
quick paths (issue 21: loading SQLAlchemy cost about 0.4 s of every command, for reads of a few
milliseconds). Only a file at this version's schema is opened; anything else (no file, an older
or damaged one) answers None and the command takes the ordinary way, which says what is wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.revision import HEAD_REVISION

QUICK_WAIT_S = 0.25  # how long a quick read waits for a writer's lock


def open_read_only(database: Path) -> sqlite3.Connection | None:
    if not database.is_file():
        return None
    try:
        # a writer holding the file for longer than a moment sends the command the ordinary
        # way, which waits its busy timeout and says the database is locked
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=QUICK_WAIT_S)
    except sqlite3.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        conn.close()
        return None
    if revision is None or revision[0] != HEAD_REVISION:
        conn.close()
        return None
    return conn
