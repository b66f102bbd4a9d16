"""Writing a report file safely: to a temporary file beside it, then renamed into place.

A full disk, a cancelled export or a crash leave no half-written file under the final name, and
an existing file is replaced only when the caller says so.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.errors import TabayunError
from app.messages import Message, T


class ReportExistsError(TabayunError):
    """The file is there already, and replacing it was not asked for."""


class ReportWriteError(TabayunError):
    """The report file could not be written; nothing was left under its name."""


def write_atomically(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    force: bool,
    journal: Path | None = None,
) -> None:
    """Call ``write`` on a temporary file in ``path``'s folder, then rename it to ``path``.
    ``journal``: where the temporary file is recorded while it is written, so that the next
    start removes it if this process is killed (``app.report.leftovers``)."""
    from app.report.leftovers import ExportRecord

    path = Path(path)
    if path.is_dir():
        template = T("core", "{path} is a folder; give a file name for the report.")
        raise ReportWriteError(Message(template, path=path))
    if path.exists() and not force:
        template = T("core", "{path} already exists. Choose another name, or replace it (--force).")
        raise ReportExistsError(Message(template, path=path))
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise ReportWriteError(
            Message(T("core", "The folder {folder} does not exist."), folder=folder)
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ReportWriteError(_why(exc, folder)) from exc
    try:
        with ExportRecord(journal, Path(temporary)):
            with os.fdopen(handle, "wb") as out:
                write(out)
                out.flush()
                os.fsync(out.fileno())
            # mkstemp makes the file private (0600); a report is for others to read
            mode = path.stat().st_mode & 0o777 if path.exists() else _new_file_mode()
            Path(temporary).chmod(mode)
            Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ReportWriteError(_why(exc, folder)) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _new_file_mode() -> int:
    """What a new file gets here: 0666 less the process's umask (read without changing it
    where the system says it, else by the set-and-restore idiom)."""
    try:
        status = Path("/proc/self/status").read_text()
        umask = next(int(line.split()[1], 8) for line in status.splitlines() if "Umask" in line)
    except (OSError, StopIteration, ValueError):
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


def _why(exc: OSError, folder: Path) -> Message:
    if exc.errno == errno.ENOSPC:
        return Message(
            T(
                "core",
                "The disk is full, so the report was not written. Free some space and try again.",
            )
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        template = T("core", "Tabayun may not write in {folder}. Choose another folder.")
        return Message(template, folder=folder)
    template = T("core", "The report could not be written: {why}.")
    return Message(template, why=exc.strerror or exc)
