"""Opening the user's workspace: data folder, database, migrations and the first-run demo.

Each failure is turned into a TabayunError with a message for the user; nothing is deleted.
A file that is not a Tabayun database is moved aside only by ``move_aside``, which the window
and the CLI call only when the user agrees.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.backups import damaged_error
from app.damage import damaged_or_none
from app.errors import (
    BrokenDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    ServerUnreachableError,
    TabayunError,
)
from app.messages import Message, T
from app.paths import AppPaths, prepare_data_folder, private_file
from app.tasks import TaskControl
from db.migrate import SchemaState, looks_like_sqlite, schema_state, upgrade
from db.session import DEFAULT_BUSY_TIMEOUT_MS, make_engine, make_session_factory

log = logging.getLogger(__name__)

BUSY_TIMEOUT_ENV = "TABAYUN_BUSY_TIMEOUT_MS"
DEMO_COLLECTION_NAME = "قمة بوتين وكيم في فوستوشني (مثال)"


@dataclass
class Workspace:
    paths: AppPaths
    engine: Engine
    sessions: sessionmaker[Session]
    created: bool = False  # the database was new: this is the first run
    timings: dict[str, float] = field(default_factory=dict)

    def close(self) -> None:
        self.engine.dispose()


def _is_locked(exc: BaseException) -> bool:
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


def _locked_error(path: Path) -> DatabaseLockedError:
    template = T(
        "core",
        "The database {path} is locked by another program (perhaps another Tabayun). "
        "Close it and try again; nothing was changed.",
    )
    return DatabaseLockedError(Message(template, path=path))


def _broken_error(path: Path, why: str) -> BrokenDatabaseError:
    template = T(
        "core",
        "The file {path} is not a Tabayun database ({why}). Nothing was changed. "
        "Tabayun can move it aside and start a new, empty database.",
    )
    return BrokenDatabaseError(Message(template, path=path, why=Message(why)), path=path)


def open_database(paths: AppPaths) -> tuple[Engine, bool]:
    """Engine on an up-to-date database; True when the database was created just now."""
    if paths.database_url:
        return _open_server(paths)
    path = paths.database
    if not looks_like_sqlite(path):
        raise _broken_error(path, T("core", "it is not an SQLite file"))
    for own in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):  # SQLite gives its -wal and
        if own == path or own.exists():  # -shm files the database file's permissions
            private_file(own)
    timeout = int(os.environ.get(BUSY_TIMEOUT_ENV, DEFAULT_BUSY_TIMEOUT_MS))
    engine = make_engine(path, busy_timeout_ms=timeout)
    try:
        state, revision = schema_state(engine)
        if state is SchemaState.NEWER and not _plausible_revision(revision):
            raise damaged_error(paths, f"schema revision {revision!r}")
        if state is SchemaState.FOREIGN and _has_review_tables(engine):
            raise damaged_error(paths, "the schema's revision cannot be read")
        if state is SchemaState.NEWER:
            raise _too_new(str(path), revision)
        if state is SchemaState.FOREIGN:
            raise _broken_error(path, T("core", "it belongs to another program"))
        if state in (SchemaState.EMPTY, SchemaState.OLDER):
            if state is SchemaState.OLDER:
                backup_database(engine, paths)
            upgrade(engine)
    except TabayunError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if _is_locked(exc):
            raise _locked_error(path) from exc
        raise damaged_error(paths, str(exc.orig)) from exc
    except (DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as exc:
        # an SQLite file whose schema or pages no longer read: damaged (a file of another
        # program was recognised above)
        engine.dispose()
        raise damaged_error(paths, str(getattr(exc, "orig", exc))[:200]) from exc
    return engine, state is SchemaState.EMPTY


def _open_server(paths: AppPaths) -> tuple[Engine, bool]:
    """A shared PostgreSQL database: made or upgraded by the same migrations. The server keeps
    its own backups (its administrator's pg_dump); nothing here copies it."""
    where = paths.database_label
    assert paths.database_url
    engine = make_engine(paths.database_url)
    try:
        state, revision = schema_state(engine)
        if state is SchemaState.NEWER:
            raise _too_new(where, revision)
        if state is SchemaState.FOREIGN:
            raise _broken_error(Path(where), T("core", "it belongs to another program"))
        if state in (SchemaState.EMPTY, SchemaState.OLDER):
            upgrade(engine)
    except TabayunError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        from app.server import not_allowed, unreachable

        if not_allowed(exc) is not None:  # a reviewer's account on a database not set up yet
            template = T(
                "core",
                "The database {path} is not set up for Tabayun yet (or is older than this "
                "version), and your account may not do it. Ask your desk's administrator to run "
                "`tabayun server init`; nothing was changed.",
            )
            raise ServerUnreachableError(Message(template, path=where)) from exc
        raise unreachable(where, exc) from exc
    return engine, state is SchemaState.EMPTY


def _too_new(where: str, revision: str | None) -> DatabaseTooNewError:
    template = T(
        "core",
        "The database {path} was written by a newer version of Tabayun "
        "(schema {revision}). Update Tabayun to open it; nothing was changed.",
    )
    return DatabaseTooNewError(Message(template, path=where, revision=revision))


def _plausible_revision(revision: str | None) -> bool:
    """A revision a newer Tabayun could have written (four digits), not bytes a damaged page
    turned it into."""
    return revision is not None and len(revision) == 4 and revision.isascii() and revision.isdigit()


def _has_review_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    with engine.connect() as connection:
        return {"articles", "collections"} <= set(inspect(connection).get_table_names())


def backup_database(engine: Engine, paths: AppPaths) -> Path:
    """Copy the database now (before a schema upgrade; see ``app.backups`` for the copies the
    window makes in the background), then prune the copies as ``app.backups`` keeps them."""
    from app.backups import copy_database, prune

    raw = engine.raw_connection()
    try:
        target = copy_database(raw.driver_connection, paths)  # type: ignore[arg-type]
    finally:
        raw.close()
    prune(paths)
    return target


def move_aside(path: Path) -> Path:
    """Rename a broken database (and its WAL files) to ``name.broken-<time>``; nothing is lost."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.replace(Path(f"{target}{suffix}"))
    log.warning("moved %s aside to %s", path, target)
    return target


def open_workspace(
    paths: AppPaths,
    *,
    seed_demo: bool = True,
    control: TaskControl | None = None,
) -> Workspace:
    """Open (and on first run create and fill) the workspace. Raises TabayunError subclasses.
    No copy is made here (the window makes one in the background once it is ready:
    ``app.backups``), except before a schema upgrade."""
    started = time.perf_counter()
    control = control or TaskControl()
    control.report(0, 3, Message(T("core", "Opening the data folder")))
    prepare_data_folder(paths)
    from app.report.leftovers import JOURNAL, remove_leftovers

    remove_leftovers(paths.data_dir / JOURNAL)  # of exports a killed process left behind
    control.report(1, 3, Message(T("core", "Opening the database")))
    engine, created = open_database(paths)
    workspace = Workspace(paths, engine, make_session_factory(engine), created=created)
    workspace.timings["open_database"] = time.perf_counter() - started
    try:
        if not created:
            from app.library.search import ensure_index

            ensure_index(workspace.sessions, control)  # after an upgrade that added the index
        from app.review.codebook import seed_starter_codebook

        seed_starter_codebook(workspace.sessions)
    except Exception as exc:  # the first reads: damage shows here too
        workspace.close()
        damaged = damaged_or_none(paths, exc)
        if damaged is None:
            raise
        raise damaged from exc
    if created and seed_demo:
        control.report(2, 3, Message(T("core", "Importing the demo articles")))
        try:
            import_demo_corpus(workspace.sessions, control=control)
        except OperationalError as exc:
            workspace.close()
            raise (_locked_error(paths.database) if _is_locked(exc) else exc) from exc
        workspace.timings["seed_demo"] = time.perf_counter() - started
    control.report(3, 3, Message(T("core", "Ready")))
    return workspace


def import_demo_corpus(
    sessions: sessionmaker[Session], *, control: TaskControl | None = None
) -> int:
    """Import the seed articles as the demo collection; returns its id."""
    from app.ingest.service import import_paths, list_importable
    from app.resources import seeds_dir

    folder = seeds_dir()
    report = import_paths(
        sessions,
        list_importable(folder),
        DEMO_COLLECTION_NAME,
        control=control,
        is_demo=True,
        origin=str(folder),
    )
    return report.collection_id
