"""Backups of the database: made in the background when it changed, never of a damaged file,
kept within a bounded size, listed and restored.

The window makes one after it is ready (never before: at 100,000 articles a copy took seconds of
start-up), and only when the database file changed since the last copy (its size and time, and
its write-ahead log's, are recorded beside the copies). Before copying, ``PRAGMA quick_check``
reads the database through: a damaged file never becomes a backup, so a damaged database opened
day after day cannot push the good copies out.

Kept: the newest three, and the newest of each of the last seven days, within twice the
database's size (the oldest go first; the newest is always kept). A copy made before a schema
upgrade is kept like the others.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.errors import DamagedDatabaseError, TabayunError
from app.messages import Message, T
from app.paths import AppPaths, private_dir, private_file

log = logging.getLogger(__name__)

PREFIX, SUFFIX = "tabayun-", ".sqlite3"
STAMP = "%Y%m%d-%H%M%S-%f"
RECORD = "last-backup.json"  # the database's signature when the newest copy was made
KEEP_NEWEST, KEEP_DAYS, SIZE_FACTOR = 3, 7, 2


class BackupError(TabayunError):
    """A backup could not be made or restored; the database is as it was."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime  # local time, from the file's name
    size: int


def list_backups(paths: AppPaths) -> list[Backup]:
    """The copies in the backup folder, newest first."""
    found = []
    for path in paths.backup_dir.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            made = dt.datetime.strptime(path.name[len(PREFIX) : -len(SUFFIX)], STAMP)
            found.append(Backup(path, made, path.stat().st_size))
        except (ValueError, OSError):
            continue  # not one of ours
    return sorted(found, key=lambda b: b.made, reverse=True)


def damaged_error(paths: AppPaths, why: str) -> DamagedDatabaseError:
    """The message for a damaged database at ``paths``, naming the newest backup if any."""
    backups = list_backups(paths)
    if backups:
        template = T(
            "core",
            "The database {path} is damaged ({why}). Nothing was changed. Tabayun can move it "
            "aside and put back the newest good backup (from {when}), or start a new, empty "
            "database.",
        )
        message = Message(
            template, path=paths.database, why=why, when=f"{backups[0].made:%Y-%m-%d %H:%M}"
        )
    else:
        template = T(
            "core",
            "The database {path} is damaged ({why}). Nothing was changed, and there is no "
            "backup to put back. Tabayun can move it aside and start a new, empty database.",
        )
        message = Message(template, path=paths.database, why=why)
    return DamagedDatabaseError(message, path=paths.database, detail=why)


def signature(database: Path) -> str:
    """What changes when the database does: the size and time of the file and of its log."""
    parts = []
    for path in (database, Path(f"{database}-wal")):
        try:
            info = path.stat()
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def check(database: Path, *, copy: bool = False) -> str:
    """``"ok"``, or what SQLite's quick check found wrong (read-only: nothing is written;
    ``copy``: a backup, which nothing else has open, so not even a lock file is made)."""
    options = "mode=ro&immutable=1" if copy else "mode=ro"
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?{options}", uri=True)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return str(exc)
    found = "; ".join(str(row[0]) for row in rows[:5])
    return "ok" if found == "ok" else found or "no answer"


def copy_database(source: sqlite3.Connection, paths: AppPaths) -> Path:
    """Copy with SQLite's online backup (consistent even while others write, and in WAL
    mode) to a new file of the backup folder, for the user alone."""
    private_dir(paths.backup_dir)
    target = paths.backup_dir / f"{PREFIX}{dt.datetime.now().strftime(STAMP)}{SUFFIX}"
    private_file(target)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal or -shm
        finally:
            destination.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def backup_if_changed(paths: AppPaths, *, force: bool = False) -> Path | None:
    """A new copy when the database changed since the last one (or ``force``); None when it
    did not. Raises DamagedDatabaseError when the database fails its check (no copy is made,
    none is removed), BackupError when the copy cannot be written. None on a shared server:
    its administrator keeps its backups (pg_dump), a reviewer's program never copies it."""
    if paths.on_server:
        return None
    database = paths.database
    before = signature(database)
    record = _read_record(paths)
    newest = list_backups(paths)
    if not force and newest and record.get("signature") == before:
        return None
    problem = check(database)
    if problem != "ok":  # no copy of a damaged file, and no good copy pruned for it
        raise damaged_error(paths, problem)
    try:
        with closing(sqlite3.connect(database)) as source:  # closed: not merely committed
            target = copy_database(source, paths)
    except (OSError, sqlite3.Error) as exc:
        template = T("core", "The backup could not be written: {why}.")
        raise BackupError(Message(template, why=str(exc))) from exc
    _write_record(paths, {"signature": before, "file": target.name})
    prune(paths)
    log.info("backed the database up to %s", target)
    return target


def prune(paths: AppPaths, now: dt.datetime | None = None) -> list[Path]:
    """Remove the copies the policy does not keep; returns them."""
    backups = list_backups(paths)
    if not backups:
        return []
    try:
        budget = SIZE_FACTOR * paths.database.stat().st_size
    except OSError:
        budget = SIZE_FACTOR * backups[0].size
    kept = keep(backups, budget, now or dt.datetime.now())
    removed = []
    for backup in backups:
        if backup not in kept:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def keep(backups: list[Backup], budget: int, now: dt.datetime) -> set[Backup]:
    """Which of ``backups`` (newest first) the policy keeps: the newest three and the newest of
    each of the last seven days, then, oldest first, as many as fit in ``budget`` bytes (the
    newest always)."""
    wanted = list(backups[:KEEP_NEWEST])
    days = set()
    for backup in backups:
        day = backup.made.date()
        if (now.date() - day).days < KEEP_DAYS and day not in days:
            days.add(day)
            if backup not in wanted:
                wanted.append(backup)
    wanted.sort(key=lambda b: b.made, reverse=True)
    kept: set[Backup] = set()
    total = 0
    for backup in wanted:
        if kept and total + backup.size > budget:
            break
        kept.add(backup)
        total += backup.size
    return kept


def restore(paths: AppPaths, backup: Backup) -> Path:
    """Put ``backup`` in the database's place; the current database (and its log) is moved
    aside to ``tabayun.sqlite3.before-restore-<time>``, not deleted. Returns where it went. The
    caller makes sure no Tabayun has the database open."""
    problem = check(backup.path, copy=True)
    if problem != "ok":
        template = T("core", "The backup {name} failed its check ({problem}); nothing was changed.")
        raise BackupError(Message(template, name=backup.path.name, problem=problem))
    database = paths.database
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.before-restore-{stamp}")
    incoming = database.with_name(f".{database.name}.restoring")
    try:
        private_file(incoming)
        shutil.copyfile(backup.path, incoming)
        if database.exists():
            database.replace(aside)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{database}{suffix}")
            if side.exists():
                side.replace(Path(f"{aside}{suffix}"))
        incoming.replace(database)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        template = T("core", "The backup could not be restored: {why}.")
        raise BackupError(Message(template, why=exc.strerror or str(exc))) from exc
    _write_record(paths, {"signature": signature(database), "file": backup.path.name})
    log.warning("restored %s; the database that was there is %s", backup.path, aside)
    return aside


def _read_record(paths: AppPaths) -> dict[str, str]:
    try:
        found = json.loads((paths.backup_dir / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _write_record(paths: AppPaths, record: dict[str, str]) -> None:
    private_dir(paths.backup_dir)
    path = paths.backup_dir / RECORD
    temporary = path.with_name(f".{RECORD}.tmp")
    private_file(temporary)
    temporary.write_text(json.dumps(record), encoding="utf-8")
    temporary.replace(path)
