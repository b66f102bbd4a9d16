"""A file is read as one snapshot; stray NULs are located; a broken reader fails one file."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.ingest.reader import ReadError, read_file, read_snapshot

TEXT = "أطلقت بيونغ يانغ صاروخين باليستيين وفق خفر السواحل اليابانيين.\n" * 200


def _eager() -> None:
    """The writer ahead of a busy machine's other work where allowed (root may raise it)."""
    with contextlib.suppress(OSError):
        os.nice(-10)


def test_a_file_that_keeps_growing_is_reported_not_half_read(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(TEXT.encode() * 200)  # ~2.4 MB: a read takes long enough to be overtaken
    # another process appends all the time (a thread of this one shared the interpreter's lock
    # with the reader, and on a busy machine let whole reads pass untouched)
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\nwith open(sys.argv[1], 'ab', buffering=0) as f:\n"
         "    while True: f.write('ا'.encode())", str(path)],
        preexec_fn=_eager if os.name == "posix" else None,
    )  # fmt: skip
    try:
        size = path.stat().st_size
        deadline = time.monotonic() + 10
        while path.stat().st_size == size and time.monotonic() < deadline:
            time.sleep(0.01)  # on a busy machine the writer may start late
        assert path.stat().st_size > size
        # a read the writer happened not to overtake is a true snapshot (a starved writer may
        # sleep through many on a loaded machine): within five seconds, one is overtaken
        caught = []
        until = time.monotonic() + 5
        while time.monotonic() < until:
            try:
                read_snapshot(path)
            except ReadError as error:
                caught.append(str(error))
                break
        assert caught and "changed while it was being read" in caught[0]
    finally:
        writer.kill()
        writer.wait()
    assert read_snapshot(path) == path.read_bytes()  # once still, it reads at once


def test_one_stray_nul_says_where(tmp_path: Path) -> None:
    data = TEXT.encode()
    at = data.index(b"\n", 250) + 1  # the start of a line
    line = data[:at].count(b"\n") + 1
    path = tmp_path / "nul.txt"
    path.write_bytes(data[:at] + b"\x00" + data[at:])
    where = rf"NUL bytes.*1 in all.*position {at}, line {line}"
    with pytest.raises(ReadError, match=where) as info:
        read_file(path)
    assert info.value.problem is not None and info.value.problem.replaceable
    (draft,) = read_file(path, encoding="utf-8:replace")
    assert draft.text == data[:at].decode() + "\ufffd" + data[at:].decode()
    assert draft.encoding == "utf-8:replace"


def test_a_deeply_nested_json_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(ReadError, match="nested too deeply"):
        read_file(path)


def test_cancel_takes_effect_inside_one_long_file(tmp_path: Path) -> None:
    from app.ingest.plan import plan_files
    from app.tasks import Cancelled, TaskControl

    path = tmp_path / "long.txt"
    path.write_text("سطر قصير\nوآخر مثله\n" * 300_000, "utf-8")  # 600,000 lines: seconds of work
    # how long the whole file takes on this machine, from a twentieth of it (a fixed bound
    # failed on a loaded machine: 1.55 s against 1.5, for a file of about 13 s there)
    sample = tmp_path / "sample.txt"
    sample.write_text("سطر قصير\nوآخر مثله\n" * 15_000, "utf-8")
    started = time.monotonic()
    plan_files([sample])
    whole = (time.monotonic() - started) * 20
    control = TaskControl()
    threading.Timer(0.5, control.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        plan_files([path], control=control)
    waited = time.monotonic() - started - 0.5
    assert waited < max(1.0, whole / 4)  # long before the file's end
