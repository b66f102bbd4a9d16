"""Backups: made when the database changed, never of a damaged file, kept within bounds,
restored with the current database kept aside."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.backups import (
    Backup,
    BackupError,
    backup_if_changed,
    keep,
    list_backups,
    restore,
)
from app.errors import DamagedDatabaseError
from app.instance import InstanceLock
from app.paths import AppPaths
from app.workspace import open_workspace
from tests.conftest import run_tabayun


def _write(paths: AppPaths) -> None:
    workspace = open_workspace(paths)
    with workspace.engine.begin() as connection:
        connection.execute(text("UPDATE articles SET title = title || '.' WHERE id = 1"))
    workspace.close()


def test_a_copy_only_when_the_database_changed(paths: AppPaths) -> None:
    open_workspace(paths).close()
    first = backup_if_changed(paths)
    assert first is not None and first.is_file()
    open_workspace(paths).close()  # opened and closed: nothing changed
    assert backup_if_changed(paths) is None
    _write(paths)
    second = backup_if_changed(paths)
    assert second is not None and second != first
    assert [b.path for b in list_backups(paths)] == [second, first]
    with sqlite3.connect(second) as copy:
        title = copy.execute("SELECT title FROM articles WHERE id = 1").fetchone()[0]
    assert title.endswith(".")


def test_a_damaged_database_is_never_copied_and_removes_no_copy(paths: AppPaths) -> None:
    open_workspace(paths).close()
    good = backup_if_changed(paths)
    assert good is not None
    data = bytearray(paths.database.read_bytes())
    for at in range(4096, len(data), 4096):  # every page's start: tables and indexes broken
        data[at : at + 8] = b"\xde\xad\xbe\xef" * 2
    paths.database.write_bytes(bytes(data))
    for _ in range(3):
        with pytest.raises(DamagedDatabaseError) as raised:
            backup_if_changed(paths, force=True)
        assert "is damaged" in str(raised.value.message)
    assert [b.path for b in list_backups(paths)] == [good]


def _backup(made: dt.datetime, size: int = 100) -> Backup:
    return Backup(Path(f"tabayun-{made:%Y%m%d-%H%M%S-%f}.sqlite3"), made, size)


def test_kept_the_newest_three_and_one_a_day_for_a_week_within_twice_the_size() -> None:
    now = dt.datetime(2026, 12, 2, 12, 0)
    today = [_backup(now - dt.timedelta(minutes=m)) for m in (1, 2, 3, 4, 5)]
    earlier = [_backup(now - dt.timedelta(days=d, hours=h)) for d in range(1, 10) for h in (1, 2)]
    backups = sorted(today + earlier, key=lambda b: b.made, reverse=True)
    kept = keep(backups, budget=10_000, now=now)
    assert set(today[:3]) <= kept and not {today[3], today[4]} & kept
    days = sorted({b.made.date() for b in kept}, reverse=True)
    assert len(days) == 7 and days[0] == now.date()
    assert all(max(b.made for b in backups if b.made.date() == d) in
               {k.made for k in kept} for d in days)  # fmt: skip
    assert len(kept) == 3 + 6
    small = keep(backups, budget=250, now=now)  # twice a 125-byte database: two copies
    assert small == set(today[:2])
    assert keep(backups, budget=10, now=now) == {today[0]}  # the newest, whatever its size


def test_restore_keeps_the_current_database_aside(paths: AppPaths) -> None:
    open_workspace(paths).close()
    before = backup_if_changed(paths)
    assert before is not None
    _write(paths)
    aside = restore(paths, list_backups(paths)[0])
    assert aside.is_file()
    with sqlite3.connect(paths.database) as restored, sqlite3.connect(aside) as kept:
        restored_title = restored.execute("SELECT title FROM articles WHERE id = 1").fetchone()[0]
        kept_title = kept.execute("SELECT title FROM articles WHERE id = 1").fetchone()[0]
    assert kept_title == restored_title + "."
    open_workspace(paths).close()  # the restored database opens


def test_backup_commands(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    assert run_tabayun("--data-dir", data, "info").returncode == 0
    assert "no backups" in run_tabayun("--data-dir", data, "backup", "list").stdout
    made = run_tabayun("--data-dir", data, "backup", "make")
    assert made.returncode == 0, made.stderr
    listed = run_tabayun("--data-dir", data, "backup", "list")
    assert listed.stdout.lstrip().startswith("1  ")
    with InstanceLock(Path(data) / "tabayun.lock"):  # a window has the database open
        refused = run_tabayun("--data-dir", data, "backup", "restore", "1")
    assert refused.returncode != 0 and "already running" in refused.stderr
    restored = run_tabayun("--data-dir", data, "backup", "restore", "1")
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    unknown = run_tabayun("--data-dir", data, "backup", "restore", "7")
    assert unknown.returncode != 0 and "backup list" in unknown.stderr


def test_a_damaged_backup_is_not_put_back(paths: AppPaths) -> None:
    open_workspace(paths).close()
    good = backup_if_changed(paths)
    assert good is not None
    data = bytearray(good.read_bytes())
    for at in range(4096, len(data), 4096):
        data[at : at + 8] = b"\xde\xad\xbe\xef" * 2
    good.write_bytes(bytes(data))
    before = paths.database.read_bytes()
    with pytest.raises(BackupError, match="failed its check"):
        restore(paths, list_backups(paths)[0])
    assert paths.database.read_bytes() == before  # nothing changed
    assert not list(paths.data_dir.glob("*.before-restore-*"))
