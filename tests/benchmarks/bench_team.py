"""Eight reviewers on one shared server at once (issue 20): each a separate process adding and
editing notes and renaming stories through the program's own functions for a while, told of
every success; the server restarted in the middle. Afterwards every change a reviewer was told
succeeded must be in the database and in the change log, and nothing may be lost or doubled.

    TABAYUN_BENCH_DATABASE_URL=postgresql+psycopg://…/empty_db \
        uv run python -m tests.benchmarks.bench_team [SECONDS]

The server restart needs ``TABAYUN_BENCH_PGDATA`` (its data folder, for ``pg_ctl restart``);
without it the run has no restart.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

WORKER = """
import sys, time, json
sys.path.insert(0, ".")
from sqlalchemy.exc import DBAPIError
from app.review.history import History
from app.review.notes import add_note, edit_note
from db.session import make_engine, make_session_factory
url, name, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
sessions = make_session_factory(make_engine(url))
history = History(sessions, reviewer=name)
done, failed, n = [], 0, 0
until = time.monotonic() + seconds
while time.monotonic() < until:
    n += 1
    body = f"{name} note {n}"
    try:
        note = add_note(history, "collection", 1, body)
        edit_note(history, note, body + " (edited)", seen=body)
        done.append(note)
    except (DBAPIError, OSError) as exc:   # the server away: told, and tried again
        failed += 1
        time.sleep(0.2)
print(json.dumps({"name": name, "done": done, "failed": failed}))
"""


def main() -> None:
    from sqlalchemy import text

    from db.migrate import upgrade
    from db.session import make_engine

    url = os.environ["TABAYUN_BENCH_DATABASE_URL"]
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        if not conn.execute(text("SELECT 1 FROM collections WHERE id = 1")).first():
            conn.execute(text("INSERT INTO collections (id, name) VALUES (1, 'desk')"))
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, f"reviewer{n}", str(seconds)],
            stdout=subprocess.PIPE, text=True,
        )
        for n in range(8)
    ]  # fmt: skip
    pgdata = os.environ.get("TABAYUN_BENCH_PGDATA")
    restarted = False
    if pgdata:
        time.sleep(seconds / 2)
        log = os.path.join(pgdata, "log")
        command = ["pg_ctl", "-D", pgdata, "-l", log, "-m", "fast", "-w", "restart"]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        # the server's output to its log, not to a pipe it would hold open for ever
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        restarted = subprocess.run(command, check=False, timeout=60, **quiet).returncode == 0
    results = [json.loads(w.communicate()[0]) for w in workers]
    told = {note for r in results for note in r["done"]}
    with engine.connect() as conn:
        notes = dict(conn.execute(text("SELECT id, body FROM notes")).all())
        logged_rows = conn.execute(
            text("SELECT entity_id, action FROM change_log WHERE entity = 'notes'")
        ).all()
    logged_ids = {(i, a) for i, a in logged_rows}
    logged = sum((n, "note.create") in logged_ids and (n, "note.edit") in logged_ids for n in told)
    missing = [n for n in told if n not in notes]
    unedited = [n for n in told if n in notes and not notes[n].endswith("(edited)")]
    print(f"8 reviewers × {seconds:.0f} s, server restarted in the middle: {restarted}")
    print(
        f"changes told succeeded: {len(told)} notes added and edited "
        f"({sum(r['failed'] for r in results)} attempts told they failed)"
    )
    print(
        f"in the database: {len(told) - len(missing)} of them; edits kept: "
        f"{len(told) - len(missing) - len(unedited)}; with both changes in the change log: {logged}"
    )
    print(f"lost: {len(missing)}, edit lost: {len(unedited)}")  # fmt: skip


if __name__ == "__main__":
    main()
