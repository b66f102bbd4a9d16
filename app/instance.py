"""One running Tabayun per data folder: an OS-level lock on a file, freed when the process ends
(even when it is killed), so a stale lock can never keep the user out."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from app.errors import DatabaseLockedError
from app.messages import Message, T


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock, or raise DatabaseLockedError naming the process that has it."""
        from app.paths import private_file

        private_file(self.path)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            template = T(
                "core",
                "Tabayun is already running with this data folder (process {process}). "
                "Switch to that window, or close it first.",
            )
            raise DatabaseLockedError(
                Message(template, process=holder), detail=str(self.path)
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def lock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
