"""Backups and start-up at scale: ``uv run python -m tests.benchmarks.bench_backup [N]``.

Builds N articles (default 100,000) with the real import, then times what a window start pays
for backups now (nothing before it is ready; afterwards, in the background, a signature check,
and when the database changed, ``PRAGMA quick_check`` and SQLite's online copy) beside what
every start paid before (the online copy before the window was ready) and a plain file copy
of the same database (the floor). Target (issue 19): the window ready without waiting for a
backup.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _median(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from sqlalchemy import text

    from app.backups import backup_if_changed, check
    from app.ingest.plan import classify, plan_files
    from app.ingest.scan import scan_folder
    from app.ingest.service import import_rows
    from app.paths import resolve_paths
    from app.workspace import backup_database, open_workspace
    from tests.benchmarks.corpus import write_corpus

    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    per = min(total, 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve_paths(Path(tmp) / "data")
        workspace = open_workspace(paths, seed_demo=False)
        for part in range(total // per):
            folder = Path(tmp) / f"part{part}"
            write_corpus(folder, per, seed=part)
            rows = classify(plan_files(scan_folder(folder).files), {})
            import_rows(workspace.sessions, rows, collection_name=f"part {part}")
            shutil.rmtree(folder)
            print(f"  built {(part + 1) * per:,} articles", file=sys.stderr)
        workspace.close()
        size = paths.database.stat().st_size

        def old_start() -> None:  # what every start did before the window was ready
            opened = open_workspace(paths)
            backup_database(opened.engine, paths)
            opened.close()

        opened_s = _median(lambda: open_workspace(paths).close())
        old_s = _median(old_start)
        backup_if_changed(paths, force=True)
        unchanged_s = _median(lambda: backup_if_changed(paths))
        check_s = _median(lambda: check(paths.database), runs=1)

        def changed() -> None:
            opened = open_workspace(paths)
            with opened.engine.begin() as connection:
                connection.execute(text("UPDATE articles SET title = title WHERE id = 1"))
            opened.close()
            started = time.perf_counter()
            backup_if_changed(paths)
            times.append(time.perf_counter() - started)

        times: list[float] = []
        for _ in range(3):
            changed()
        plain_s = _median(lambda: shutil.copyfile(paths.database, Path(tmp) / "plain.sqlite3"))
        copies = sorted(paths.backup_dir.glob("tabayun-*.sqlite3"))
        kept = sum(p.stat().st_size for p in copies)

    print(f"articles: {total:,}, database {size / 1e6:,.0f} MB")
    print(f"{'measure':<58} {'seconds':>8}")
    print(f"{'opening the workspace (now: all a start waits for)':<58} {opened_s:>8.2f}")
    print(f"{'opening + copy before ready (every start, before)':<58} {old_s:>8.2f}")
    print(f"{'background, database unchanged (signature only)':<58} {unchanged_s:>8.3f}")
    print(f"{'background, database changed (check + copy)':<58} {statistics.median(times):>8.2f}")
    print(f"{'  of which PRAGMA quick_check':<58} {check_s:>8.2f}")
    print(f"{'baseline: plain file copy of the database':<58} {plain_s:>8.2f}")
    print(f"copies kept: {len(copies)}, {kept / 1e6:,.0f} MB (budget: twice the database)")


if __name__ == "__main__":
    main()
