"""A process killed in the middle of review writes leaves a consistent database.

A real child process tags spans, writes notes and undoes as fast as it can; it is killed
(SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs) at a moment it does not
choose. The database must then open, pass SQLite's checks, and hold exactly the changes the
change log records: each change and its log entry are one transaction, so neither can be
there without the other.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from app.paths import resolve_paths
from app.workspace import open_workspace
from tests.conftest import PROJECT_ROOT

WRITER = r"""
import sys
from pathlib import Path
from app.paths import resolve_paths
from app.review.annotations import tag_span
from app.review.history import History
from app.review.notes import add_note
from app.workspace import open_workspace

workspace = open_workspace(resolve_paths(Path(sys.argv[1])), seed_demo=False)
history = History(workspace.sessions, reviewer="writer")
n = 0
while True:
    tag_span(history, 1, n % 300, n % 300 + 12, 1 + n % 3)
    add_note(history, "article", 1, f"ملاحظة رقم {n}")
    if n % 5 == 4:
        history.undo()
    n += 1
    print(n, flush=True)
"""


def _counts(folder: Path) -> dict[str, int]:
    workspace = open_workspace(resolve_paths(folder), seed_demo=False)
    try:
        with workspace.engine.connect() as c:
            assert c.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert c.execute(text("PRAGMA foreign_key_check")).all() == []

            def one(sql: str) -> int:
                return int(c.execute(text(sql)).scalar_one())

            return {
                "annotations": one("SELECT count(*) FROM annotations"),
                "untagged": one(
                    "SELECT count(*) FROM annotations a WHERE NOT EXISTS "
                    "(SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id)"
                ),
                "notes": one("SELECT count(*) FROM notes"),
                "logged_notes": one("SELECT count(*) FROM change_log WHERE action = 'note.create'"),
                "logged_undos": one("SELECT count(*) FROM change_log WHERE action LIKE 'undo:%'"),
                "logged_tags": one(
                    "SELECT count(*) FROM change_log WHERE action = 'annotation.tag'"
                ),
            }
    finally:
        workspace.close()


def test_killing_a_writer_mid_change_leaves_a_consistent_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_workspace(resolve_paths(folder)).close()  # the demo articles and the codebook
    rng = random.Random(20261127)
    logged = 0
    for _round in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder)],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # it is writing
        assert first.strip(), child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.05, 0.4))
        child.kill()  # SIGKILL: no rollback, no clean-up, maybe mid-transaction
        child.wait(timeout=10)

        counts = _counts(folder)
        # every stored annotation still has its tag: none was half-written
        assert counts["untagged"] == 0
        # a note is stored exactly when its creation is logged (one transaction for both);
        # each undo took one note back, and is logged as well
        assert counts["notes"] == counts["logged_notes"] - counts["logged_undos"]
        assert counts["annotations"] <= counts["logged_tags"]
        assert counts["logged_notes"] > logged + 5  # this round wrote (and was cut off)
        logged = counts["logged_notes"]
