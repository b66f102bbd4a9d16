"""Import workers end with the process that started them, however it ends (kill -9)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.ingest.plan import CHUNK
from tests.conftest import PROJECT_ROOT

IMPORT = """
import sys
from pathlib import Path
from app.ingest.plan import _plan_parallel, _ReadSettings
from app.tasks import TaskControl

if __name__ == "__main__":
    files = sorted(Path(sys.argv[1]).iterdir())
    print("reading", flush=True)
    _plan_parallel(files, _ReadSettings({}, 50_000_000, None), TaskControl(), 2)
"""


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_end_when_the_import_is_killed(tmp_path: Path) -> None:
    """Two workers each read a chunk that starts with two long pages (seconds of work); the
    importing process is killed with SIGKILL; the workers end at once, not when done."""
    folder = tmp_path / "pages"
    folder.mkdir()
    paragraph = "<p>" + "قال المتحدث إن القمة ناقشت التعاون في مجالات عدة. " * 20 + "</p>\n"
    long_page = f"<html><body><article>{paragraph * 6000}</article></body></html>"
    for n in range(CHUNK + 2):  # two chunks: one per worker
        long = n in (0, 1, CHUNK, CHUNK + 1)
        text = long_page if long else f"<html><body><p>{paragraph}</p></body></html>"
        (folder / f"{n:03}.html").write_text(text, encoding="utf-8")
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(folder)],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert importer.stdout is not None and importer.stdout.readline().strip() == "reading"
        deadline = time.monotonic() + 30
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(importer.pid) - {importer.pid}
        assert len(workers) >= 2, "the workers did not start"
        time.sleep(1.5)  # each is reading its first long page
        importer.send_signal(signal.SIGKILL)
        importer.wait(10)
        deadline = time.monotonic() + 3
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
    finally:
        importer.kill()
