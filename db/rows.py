"""One read query, two drivers: the listings the command line prints (notes, stories, passage
corrections) are written once as plain SQL with ``:name`` parameters, which both the standard
library's sqlite3 and SQLAlchemy's ``text()`` take. The window and a server read them through a
SQLAlchemy session; ``tabayun … list`` on a local file reads them through ``db.quick`` without
loading SQLAlchemy at all (issue 21: loading it cost about 0.4 s of every command).

The drivers hand back what the column holds: a server gives dates and times, SQLite gives the
text SQLAlchemy wrote (``2026-12-02 15:59:47.332349``); ``when`` and ``day`` read either.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Rows = Callable[[str, Mapping[str, object]], list[Sequence[Any]]]


def sqlite_rows(conn: sqlite3.Connection) -> Rows:
    def run(sql: str, params: Mapping[str, object]) -> list[Sequence[Any]]:
        return list(conn.execute(sql, dict(params)).fetchall())

    return run


def session_rows(session: Any) -> Rows:
    """``session``: a SQLAlchemy Session or Connection."""
    from sqlalchemy import text

    def run(sql: str, params: Mapping[str, object]) -> list[Sequence[Any]]:
        return list(session.execute(text(sql), dict(params)).all())

    return run


def when(value: object) -> dt.datetime:
    """A stored time (naive UTC) as either driver gives it."""
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
