"""Engine and session factory: SQLite with foreign keys, WAL and a busy timeout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def make_engine(
    url_or_path: str | Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Engine:
    """Create an engine; for SQLite, every connection gets the project's pragmas.

    A ``Path`` means an SQLite file. Connections may be used from worker threads (the pool hands
    each to one thread at a time), so ``check_same_thread`` is off.
    """
    url = sqlite_url(url_or_path) if isinstance(url_or_path, Path) else url_or_path
    is_sqlite = url.startswith("sqlite")
    connect_args: dict[str, Any] = {}
    if is_sqlite:
        connect_args = {"check_same_thread": False, "timeout": busy_timeout_ms / 1000}
    else:
        from db.passwords import stored_password

        password = stored_password(url)  # the keyring's, when the address has none
        if password:
            connect_args = {"password": password}
    # a server may restart or drop an idle connection: each checkout is tested first (one round
    # trip) and a dead one is replaced, rather than failing the reviewer's next change
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=not is_sqlite)
    if is_sqlite:
        _install_sqlite_pragmas(engine, busy_timeout_ms)
    return engine


def _install_sqlite_pragmas(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite opens transactions lazily on its own; let SQLAlchemy say when instead, so
        # that "BEGIN" really starts each unit of work (and pragmas run outside one).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back entirely on any error."""
    with factory() as session, session.begin():
        yield session
