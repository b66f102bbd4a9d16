"""Where a listing command reads from: the local file opened read-only with the standard library
when it is at this version's schema (no SQLAlchemy loaded: about 0.15 s a command instead of
0.55 s), otherwise (a server, a first start, an older or damaged file) the workspace, which
sets up, upgrades or says what is wrong. The same SQL runs either way (``db.rows``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.paths import AppPaths
from db.quick import open_read_only
from db.rows import Rows, session_rows, sqlite_rows


@contextmanager
def reading(paths: AppPaths, open_workspace: Any) -> Iterator[Rows]:
    conn = None if paths.database_url else open_read_only(paths.database)
    if conn is not None:
        try:
            yield sqlite_rows(conn)
        finally:
            conn.close()
        return
    workspace = open_workspace(paths)
    try:
        with workspace.sessions() as session:
            yield session_rows(session)
    finally:
        workspace.close()
