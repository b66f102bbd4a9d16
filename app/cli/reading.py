"""Where a listing command reads from: the local file opened read-only with the standard library
when it is at this version's schema (no SQLAlchemy loaded: about 0.11 s a command instead of
0.55 s), otherwise (a server, a first start, an older or damaged file) the workspace, which
sets up, upgrades or says what is wrong. The same SQL runs either way (``db.rows``); if the
file cannot answer directly (locked by a writer, damaged), the workspace's way is taken and
says so in the user's words."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from app.paths import AppPaths
from db.quick import open_read_only
from db.rows import Rows, session_rows, sqlite_rows

Found = TypeVar("Found")


def read_listing(paths: AppPaths, open_workspace: Any, use: Callable[[Rows], Found]) -> Found:
    """``use``'s answer, from the quickest reader that can give it."""
    conn = None if paths.database_url else open_read_only(paths.database)
    if conn is not None:
        try:
            return use(sqlite_rows(conn))
        except sqlite3.Error:
            pass  # the ordinary way below says what is wrong (a lock, damage)
        finally:
            conn.close()
    workspace = open_workspace(paths)
    try:
        with workspace.sessions() as session:
            return use(session_rows(session))
    finally:
        workspace.close()
