"""Temporary report files that an interrupted export left behind, removed at the next start.

An export writes ``.NAME.XXXX.part`` beside the report and renames it when it is done; a killed
process or a power cut leaves it there, hidden, in the user's folder. While an export writes, a
record in the data folder names its temporary file and is held locked; the next start (of the
window or any command) removes the temporary file of every record whose lock is free, that is,
whose export is not running any more.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path
from types import TracebackType
from typing import IO

from app.instance import lock_file
from app.paths import private_dir, private_file

JOURNAL = "exports-under-way"  # the folder of records, in the data folder

log = logging.getLogger(__name__)


class ExportRecord:
    """Names ``temporary`` in ``journal`` while the block runs (nothing when ``journal`` is
    None: an export with no data folder)."""

    def __init__(self, journal: Path | None, temporary: Path) -> None:
        self.journal, self.temporary = journal, temporary
        self.record: Path | None = None
        self.handle: IO[str] | None = None

    def __enter__(self) -> ExportRecord:
        if self.journal is None:
            return self
        try:
            private_dir(self.journal)
            record = self.journal / f"{uuid.uuid4().hex}.txt"
            private_file(record)
            handle = record.open("r+", encoding="utf-8")
            lock_file(handle)
            handle.write(os.fspath(self.temporary.resolve()))
            handle.flush()
        except OSError as exc:  # no record: the export still runs, only the cleanup is lost
            log.warning("could not record the export under way: %s", exc)
            return self
        self.record, self.handle = record, handle
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.handle is not None:
            self.handle.close()  # drops the lock
        if self.record is not None:
            self.record.unlink(missing_ok=True)


def remove_leftovers(journal: Path) -> list[Path]:
    """Remove the temporary files of exports that are no longer running; returns them."""
    removed: list[Path] = []
    if not journal.is_dir():
        return removed
    for record in sorted(journal.glob("*.txt")):
        try:
            handle = record.open("r+", encoding="utf-8")
        except OSError:
            continue
        try:
            lock_file(handle)
        except OSError:  # its export is writing now
            handle.close()
            continue
        try:
            temporary = Path(handle.read().strip())
        finally:
            handle.close()
        if temporary.name.startswith(".") and temporary.name.endswith(".part"):
            try:
                if temporary.exists():
                    temporary.unlink()
                    removed.append(temporary)
            except OSError as exc:
                log.warning("could not remove %s: %s", temporary, exc)
                continue  # the record stays: the next start tries again
        record.unlink(missing_ok=True)
    if removed:
        log.info("removed %d temporary file(s) of interrupted exports", len(removed))
    return removed
