"""Alembic environment: runs on the connection the application hands over, or on a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from db.migrations.env_filters import include_name
from db.models import Base
from db.session import make_engine

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=include_name,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or "sqlite+pysqlite:///tabayun-dev.sqlite3"
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Tabayun migrations run online only (they need SQLite batch mode).")
run_migrations_online()
