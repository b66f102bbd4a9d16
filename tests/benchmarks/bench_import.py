"""Import speed: ``uv run python -m tests.benchmarks.bench_import [N]`` (default 10,000 articles).

Tabayun's import (read, decode, metadata, duplicates and near duplicates, furniture, search
index, one transaction) beside a naive baseline: the same already-read articles written one
transaction per article through the ORM, no index. Peak memory is the process's maximum RSS.
Target (issue 3): >= 1,000 articles/s, peak memory <= 300 MB.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    # Imported here, not at the top: the reading workers start by importing the main module,
    # and in the real program that module (ui.launch / the tabayun script) is light.
    from app.ingest.plan import classify, plan_files
    from app.ingest.scan import scan_folder
    from app.ingest.service import import_rows
    from app.paths import resolve_paths
    from app.workspace import open_workspace
    from db.models import Article, Collection, TextDirection
    from db.session import unit_of_work
    from tests.benchmarks.corpus import write_corpus

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, count)
        size = sum(p.stat().st_size for p in folder.iterdir()) / count

        workspace = open_workspace(resolve_paths(Path(tmp) / "data"), seed_demo=False)
        started = time.perf_counter()
        planned_rows = plan_files(scan_folder(folder).files)
        read = time.perf_counter()
        rows = classify(planned_rows, {})
        planned = time.perf_counter()
        report = import_rows(workspace.sessions, rows, collection_name="bench")
        done = time.perf_counter()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        assert report.imported == count, report.imported

        naive_n = min(count, 2000)
        naive_ws = open_workspace(resolve_paths(Path(tmp) / "naive"), seed_demo=False)
        with unit_of_work(naive_ws.sessions) as s:
            collection = Collection(name="naive")
            s.add(collection)
            s.flush()
            collection_id = collection.id
        naive_start = time.perf_counter()
        for row in rows[:naive_n]:
            with unit_of_work(naive_ws.sessions) as s:
                s.add(
                    Article(
                        collection_id=collection_id,
                        title=row.title,
                        text=row.text,
                        language="ar",
                        direction=TextDirection.RTL,
                        content_hash=row.content_hash,
                        word_count=0,
                    )
                )
        naive_rate = naive_n / (time.perf_counter() - naive_start)

    total = done - started
    print(f"articles: {count:,} of {size:,.0f} bytes on average")
    print(f"{'measure':<44} {'Tabayun':>12} {'naive':>12}")
    print(
        f"{'import rate, articles/s (all steps)':<44} {count / total:>12,.0f} {naive_rate:>12,.0f}"
    )
    print(f"{'  reading, decoding, metadata (all cores)':<44} {read - started:>11.2f}s")
    print(f"{'  duplicates and near duplicates':<44} {planned - read:>11.2f}s")
    print(f"{'  writing, furniture, search index':<44} {done - planned:>11.2f}s")
    print(f"{'peak memory':<44} {peak_mb:>10.0f}MB")
    print(f"{'peak memory of a reading worker process':<44} {worker_mb:>10.0f}MB")
    print(
        f"(naive: the same rows, one ORM transaction per article, no index, first {naive_n:,} rows)"
    )


if __name__ == "__main__":
    main()
