"""Schema state checks and Alembic upgrades, applied automatically at start-up.

Alembic is imported only when a database actually needs upgrading, so a normal start stays fast:
the head revision is a constant here, and a test keeps it equal to the newest migration file.
Run ``python -m db.migrate revision "message"`` to autogenerate a new migration.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

from db.revision import HEAD_REVISION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


class SchemaState(enum.Enum):
    EMPTY = "empty"  # no tables: a new database
    CURRENT = "current"
    OLDER = "older"  # ours, from an earlier version: upgrade
    NEWER = "newer"  # written by a newer Tabayun: leave it alone
    FOREIGN = "foreign"  # tables, but none of ours


def looks_like_sqlite(path: Path) -> bool:
    """True when the file is absent, empty, or starts with SQLite's magic header."""
    if not path.exists():
        return True
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    return head in (b"", SQLITE_MAGIC)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # configparser escapes
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(engine: Engine) -> tuple[SchemaState, str | None]:
    """Classify the database without changing it."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    revision = current_revision(engine) if "alembic_version" in tables else None
    if revision is None:
        return (SchemaState.FOREIGN if tables - {"alembic_version"} else SchemaState.EMPTY), None
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT, revision
    if revision in known_revisions():
        return SchemaState.OLDER, revision
    return SchemaState.NEWER, revision


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply migrations up to ``target`` in one transaction per migration run."""
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def main(argv: list[str] | None = None) -> int:
    """Developer helper: ``python -m db.migrate revision "message"`` (autogenerate)."""
    from alembic import command

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] != "revision":
        print('usage: python -m db.migrate revision "message"', file=sys.stderr)
        return 2
    from db.session import make_engine

    scratch = Path.cwd() / "migration-scratch.sqlite3"
    scratch.unlink(missing_ok=True)
    engine = make_engine(scratch)
    try:
        upgrade(engine)
        cfg = alembic_config(engine)
        next_id = f"{int(HEAD_REVISION) + 1:04d}"  # sequential ids read better than hashes
        command.revision(cfg, message=args[1], autogenerate=True, rev_id=next_id)
    finally:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    print("Now set HEAD_REVISION in db/migrate.py to the new revision id.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
