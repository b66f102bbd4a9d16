"""Start-up against real files: first run, re-open, and every kind of bad data folder."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import (
    BrokenDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DataFolderError,
)
from app.instance import InstanceLock
from app.library.queries import counts, list_articles, list_collections
from app.paths import AppPaths, resolve_paths
from app.workspace import DEMO_COLLECTION_NAME, backup_database, move_aside, open_workspace


def test_first_run_creates_database_and_imports_demo(paths: AppPaths) -> None:
    assert not paths.database.exists()
    ws = open_workspace(paths)
    try:
        assert ws.created
        (collection,) = list_collections(ws.sessions)
        assert collection.name == DEMO_COLLECTION_NAME and collection.is_demo
        articles = list_articles(ws.sessions, collection.id)
        assert len(articles) == 5
        assert all(a.direction == "rtl" and a.word_count > 300 for a in articles)
    finally:
        ws.close()

    again = open_workspace(paths)
    try:
        assert not again.created
        assert counts(again.sessions).articles == 5  # no second demo import
    finally:
        again.close()


def test_not_a_database_is_reported_and_left_alone(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database.write_text("ملاحظات شخصية، ليست قاعدة بيانات", encoding="utf-8")
    before = paths.database.read_bytes()
    with pytest.raises(BrokenDatabaseError, match="not a Tabayun database") as info:
        open_workspace(paths)
    assert paths.database.read_bytes() == before
    assert info.value.path == paths.database

    moved = move_aside(paths.database)
    assert moved.read_bytes() == before
    ws = open_workspace(paths)
    assert ws.created and counts(ws.sessions).articles == 5
    ws.close()


def test_corrupt_sqlite_file_is_broken_not_fatal(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    with pytest.raises(BrokenDatabaseError):
        open_workspace(paths)
    assert paths.database.read_bytes().startswith(b"SQLite format 3\x00\xff")


def test_another_programs_database_is_not_touched(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(BrokenDatabaseError, match="another program"):
        open_workspace(paths)
    with sqlite3.connect(paths.database) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"recipes"}


def test_database_from_a_newer_version_is_refused(paths: AppPaths) -> None:
    open_workspace(paths, seed_demo=False).close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_workspace(paths)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_data_folder_blocked_by_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DataFolderError, match="cannot write to its data folder"):
        open_workspace(resolve_paths(blocker / "data"))
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataFolderError):
            open_workspace(resolve_paths(folder))
    finally:
        folder.chmod(0o700)


def test_database_locked_by_another_program(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_workspace(paths, seed_demo=False).close()
    monkeypatch.setenv("TABAYUN_BUSY_TIMEOUT_MS", "200")
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO reviewers (name) VALUES ('someone')")
    try:
        with pytest.raises(DatabaseLockedError, match="locked by another program"):
            open_workspace(paths)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    ws = open_workspace(paths)  # free again: opens normally
    ws.close()


def test_second_instance_on_the_same_folder_is_refused(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    with (
        InstanceLock(paths.instance_lock),
        pytest.raises(DatabaseLockedError, match=f"already running.*{os.getpid()}"),
    ):
        InstanceLock(paths.instance_lock).acquire()
    with InstanceLock(paths.instance_lock):  # released: can be taken again
        pass


def test_backup_is_a_consistent_copy(workspace) -> None:  # type: ignore[no-untyped-def]
    target = backup_database(workspace.engine, workspace.paths)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (5,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
    with workspace.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_opening_makes_no_copy(paths) -> None:  # type: ignore[no-untyped-def]
    open_workspace(paths).close()
    open_workspace(paths).close()
    assert not list(paths.backup_dir.glob("tabayun-*.sqlite3"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_and_its_files_are_for_the_user_alone(paths: AppPaths) -> None:
    """Notes and verdicts are unpublished work: the folder is 0700, the database, its WAL, the
    settings, the log and every backup 0600, whatever the umask."""
    import logging

    from app.logs import PrivateRotatingFileHandler
    from app.settings import Settings, save_settings

    old = os.umask(0o022)  # the usual umask: files readable by everyone
    try:
        lock = InstanceLock(paths.instance_lock)
        workspace = open_workspace(paths)
        lock.acquire()
        try:
            backup = backup_database(workspace.engine, paths)
            with workspace.engine.begin() as connection:  # the WAL file exists while open
                connection.execute(text("CREATE TABLE IF NOT EXISTS probe (x)"))
            save_settings(paths.settings_file, Settings(reviewer_name="سارة"))
            logs = paths.data_dir / "private-logs"
            logs.mkdir()
            handler = PrivateRotatingFileHandler(logs / "tabayun.log", backupCount=2)
            handler.emit(logging.makeLogRecord({"msg": "a line of the log"}))
            handler.doRollover()  # rotated: the new file is private too
            handler.emit(logging.makeLogRecord({"msg": "a line of the new log"}))
            handler.close()
            modes = {
                path.name: path.stat().st_mode & 0o777
                for path in (
                    paths.data_dir, paths.database, Path(f"{paths.database}-wal"),
                    paths.backup_dir, backup, paths.settings_file, logs / "tabayun.log",
                    logs / "tabayun.log.1",
                    paths.instance_lock,
                )
            }  # fmt: skip
        finally:
            workspace.close()
            lock.release()
    finally:
        os.umask(old)
    assert modes == {
        paths.data_dir.name: 0o700, paths.database.name: 0o600,
        f"{paths.database.name}-wal": 0o600, "backups": 0o700, backup.name: 0o600,
        "settings.json": 0o600, "tabayun.log": 0o600, "tabayun.log.1": 0o600,
        "tabayun.lock": 0o600,
    }  # fmt: skip


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_database_made_readable_by_an_older_version_is_made_private(paths: AppPaths) -> None:
    open_workspace(paths).close()
    paths.database.chmod(0o644)
    open_workspace(paths).close()
    assert paths.database.stat().st_mode & 0o777 == 0o600
