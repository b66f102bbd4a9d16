"""Report speed (``uv run python -m tests.benchmarks.bench_report``).

Targets (issue 7): the seeds as HTML <= 1 s and as PDF <= 3 s; 200 articles in any format
<= 20 s. Each figure is the whole export, every section the format holds: reading, comparing
(HTML and PDF), formatting and writing the file. Baseline from the same run: Python's
difflib.HtmlDiff, the usual way to make an HTML difference report, every article against the
first.
"""

from __future__ import annotations

import difflib
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FORMATS = ("html", "pdf", "csv", "json", "qdpx")


def _export(sessions, collection: int, fmt: str, out: Path) -> float:  # type: ignore[no-untyped-def]
    from app.report.export import write_report
    from app.report.formats import SECTIONS, ReportOptions, sections_for
    from app.report.model import build_report
    from ui.report_pdf import write_pdf

    started = time.perf_counter()
    report = build_report(sessions, collection, ReportOptions(sections_for(fmt, SECTIONS)))
    write_report(report, fmt, out, force=True, pdf=write_pdf)
    return time.perf_counter() - started


def _difflib(sessions, collection: int) -> float:  # type: ignore[no-untyped-def]
    from app.library.queries import list_articles, load_articles

    started = time.perf_counter()
    documents = load_articles(sessions, [a.id for a in list_articles(sessions, collection)])
    first = documents[0].text.split("\n")
    differ = difflib.HtmlDiff(wrapcolumn=80)
    pages = [differ.make_file(first, d.text.split("\n")) for d in documents[1:]]
    assert pages
    return time.perf_counter() - started


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from app.ingest.service import import_paths, list_importable
    from app.library.queries import collection_id_by_name
    from app.paths import resolve_paths
    from app.review.annotations import tag_span
    from app.review.codebook import list_tags
    from app.review.history import History
    from app.workspace import DEMO_COLLECTION_NAME, open_workspace
    from tests.benchmarks.corpus import write_corpus

    app = QGuiApplication([])  # fonts for the PDF, as the window has
    folder = Path(tempfile.mkdtemp())
    workspace = open_workspace(resolve_paths(folder / "data"))
    sessions = workspace.sessions
    demo = collection_id_by_name(sessions, DEMO_COLLECTION_NAME)
    assert demo is not None
    print("seeds (5 articles), median of 3 runs, whole export:")
    for fmt in FORMATS:
        times = sorted(_export(sessions, demo, fmt, folder / f"seeds.{fmt}") for _ in range(3))
        print(f"  {fmt:<5} {times[1]:.2f} s")
    print(f"  difflib.HtmlDiff, 4 pairs: {_difflib(sessions, demo):.2f} s")

    files = write_corpus(folder / "corpus", 200)
    import_paths(sessions, list_importable(folder / "corpus"), "Two hundred")
    big = collection_id_by_name(sessions, "Two hundred")
    assert big is not None
    history = History(sessions, reviewer="bench")
    tags = [t.id for t in list_tags(sessions)]
    rng = random.Random(3)
    from app.library.queries import list_articles

    for article in list_articles(sessions, big)[:100]:
        tag_span(history, article.id, 0, 30, rng.choice(tags))
    print(f"{len(files)} articles, 100 tagged passages, one run each, whole export:")
    for fmt in FORMATS:
        print(f"  {fmt:<5} {_export(sessions, big, fmt, folder / f'big.{fmt}'):.2f} s")
    print(f"  difflib.HtmlDiff, 199 pairs: {_difflib(sessions, big):.2f} s")
    workspace.close()
    del app


if __name__ == "__main__":
    main()
