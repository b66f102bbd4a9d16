"""Report files are written whole or not at all, and never replace a file unasked."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from app.report.output import ReportExistsError, ReportWriteError, write_atomically
from app.tasks import Cancelled


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
