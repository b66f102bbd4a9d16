"""Report files are written whole or not at all, and never replace a file unasked."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import BinaryIO

import pytest

from app.report.output import ReportExistsError, ReportWriteError, write_atomically
from app.tasks import Cancelled
from tests.conftest import PROJECT_ROOT


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_full_disk_mid_write_leaves_neither_file_nor_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.html"

    def fills_the_disk(out: BinaryIO) -> None:
        out.write(b"<html>" * 1000)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ReportWriteError, match="disk is full"):
        write_atomically(target, fills_the_disk, force=False)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_a_failed_rewrite_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"old")

    def cancelled(out: BinaryIO) -> None:
        out.write(b"half")
        raise Cancelled

    with pytest.raises(Cancelled):
        write_atomically(target, cancelled, force=True)
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "تقرير.json"
    target.write_bytes(b"old")
    with pytest.raises(ReportExistsError, match="already exists"):
        write_atomically(target, lambda out: out.write(b"new"), force=False)
    assert target.read_bytes() == b"old"
    write_atomically(target, lambda out: out.write(b"new"), force=True)
    assert target.read_bytes() == b"new" and _leftovers(tmp_path) == []


def test_a_folder_or_a_missing_folder_is_named_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError, match="is a folder"):
        write_atomically(tmp_path, lambda out: out.write(b"x"), force=True)
    with pytest.raises(ReportWriteError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "r.pdf", lambda out: out.write(b"x"), force=False)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_report_is_readable_by_others_as_new_files_are(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_atomically(target, lambda out: out.write(b"x"), force=False)
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"x")
    assert target.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777  # not mkstemp's 0600
    target.chmod(0o640)
    write_atomically(target, lambda out: out.write(b"y"), force=True)
    assert target.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its mode


KILLED_EXPORT = """
import sys, time
from pathlib import Path
from app.report.output import write_atomically

def write(out):
    out.write(b"half a report")
    out.flush()
    print("writing", flush=True)
    time.sleep(60)

write_atomically(Path(sys.argv[1]), write, force=False, journal=Path(sys.argv[2]))
"""


def _start_export(target: Path, journal: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(target), str(journal)],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    return process


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")
def test_a_killed_exports_temporary_file_is_removed_at_the_next_start(tmp_path: Path) -> None:
    """kill -9 in the middle of writing leaves a hidden .part file beside the report; the next
    start removes it, and leaves alone the one an export still running is writing."""
    from app.paths import resolve_paths
    from app.report.leftovers import JOURNAL
    from app.workspace import open_workspace

    paths = resolve_paths(tmp_path / "data")
    journal = paths.data_dir / JOURNAL
    killed = _start_export(tmp_path / "killed.html", journal)
    running = _start_export(tmp_path / "running.html", journal)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(10)
        assert len(list(tmp_path.glob(".killed.html.*.part"))) == 1
        open_workspace(paths, seed_demo=False).close()  # the next start
        assert list(tmp_path.glob(".killed.html.*.part")) == []
        assert len(list(tmp_path.glob(".running.html.*.part"))) == 1  # still being written
        assert len(list(journal.glob("*.txt"))) == 1
    finally:
        running.kill()
        running.wait(10)
    assert not (tmp_path / "killed.html").exists()
