"""Search speed over a large corpus: ``uv run python -m tests.benchmarks.bench_search [N]``.

Builds N articles (default 100,000) with the real import, ten thousand per collection, then
times ``app.library.search.search`` (index lookup, ranking, loading the hits, snippets from the
original text) over a fixed set of queries, beside a naive baseline: LIKE '%word%' over the
stored text (which also misses every variant spelling the real search finds).
Target (issue 3): median <= 30 ms per query over 100,000 articles.

With ``TABAYUN_BENCH_DATABASE_URL`` set to an empty PostgreSQL database the same is measured on
the server (issue 20: median <= 50 ms over 100,000 articles).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

QUERIES = [
    "بوتين", "فوستوشني", "الأقمار الصناعية", "صاروخين", "كيم جونغ أون", "قاعدة الفضاء",
    "الكرملين", "وزير الدفاع", "تعهد", "بيونغ يانغ", "الإمبريالية", "مساعدات عسكرية",
    "اليابان", "التعاون العسكري", "الولايات المتحدة", "سجادة حمراء", "بندقية", "شويغو",
    "حرب أوكرانيا", "كلمة-نادرة-لا-توجد",
]  # fmt: skip


def main() -> None:
    from sqlalchemy import text

    from app.ingest.plan import classify, plan_files
    from app.ingest.scan import scan_folder
    from app.ingest.service import import_rows
    from app.library.search import search
    from app.paths import resolve_paths
    from app.workspace import open_workspace
    from tests.benchmarks.corpus import write_corpus

    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    per = min(total, 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        server = os.environ.get("TABAYUN_BENCH_DATABASE_URL")
        paths = resolve_paths(Path(tmp) / "data", server)
        workspace = open_workspace(paths, seed_demo=False)
        built = time.perf_counter()
        for part in range(total // per):
            folder = Path(tmp) / f"part{part}"
            write_corpus(folder, per, seed=part)
            rows = classify(plan_files(scan_folder(folder).files), {})
            import_rows(workspace.sessions, rows, collection_name=f"part {part}")
            for path in folder.iterdir():
                path.unlink()
            print(f"  built {(part + 1) * per:,} articles", file=sys.stderr)
        build_s = time.perf_counter() - built

        search(workspace.sessions, "تسخين")  # warm the caches once
        ours, hit_counts = [], []
        for query in QUERIES:
            started = time.perf_counter()
            results = search(workspace.sessions, query, limit=20)
            ours.append(time.perf_counter() - started)
            hit_counts.append(results.total)
        naive = []
        with workspace.engine.connect() as conn:
            for query in QUERIES:
                started = time.perf_counter()
                conn.execute(
                    text("SELECT id FROM articles WHERE text LIKE :q LIMIT 20"),
                    {"q": f"%{query}%"},
                ).all()
                naive.append(time.perf_counter() - started)
        workspace.close()

    where = "PostgreSQL" if server else "SQLite"
    print(f"articles: {total:,} on {where} (built in {build_s:.0f} s with the real import)")
    print(f"{'measure':<40} {'Tabayun':>10} {'naive LIKE':>12}")
    print(
        f"{'median per query':<40} {statistics.median(ours) * 1000:>8.1f}ms "
        f"{statistics.median(naive) * 1000:>10.1f}ms"
    )
    print(f"{'slowest query':<40} {max(ours) * 1000:>8.1f}ms {max(naive) * 1000:>10.1f}ms")
    print(
        f"(Tabayun: {len(QUERIES)} queries, 20 hits each with snippets; "
        f"matching articles: {hit_counts}; naive: the same queries, ids only)"
    )


if __name__ == "__main__":
    main()
