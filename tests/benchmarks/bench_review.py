"""The review workspace: how soon the highlights follow the panes, and frame times with them.

Run: ``uv run python -m tests.benchmarks.bench_review``.

- The five seeds: from opening the panes to the highlights drawn (the comparison runs in the
  background), with an empty result cache each run, and from the cache; beside the panes alone.
- Eight articles of about 5,000 words compared: the time of one scroll step and of one resize,
  each painted, with the highlights and without them (the baseline).
Targets (issue 5): highlights <= 300 ms after the panes appear; smooth scrolling and resizing.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from tests.benchmarks.bench_open_panes import synthetic_articles

RUNS = 7


def wait_for(app: QApplication, signal, timeout_ms: int = 30000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def frame_times(app: QApplication, window, steps: int = 40) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median and worst time of a scroll step, painted (ms)."""
    pane = window.side_by_side.panes[0]
    bar = pane.text_view.verticalScrollBar()
    times = []
    for step in range(steps):
        started = time.perf_counter()
        bar.setValue(bar.value() + (bar.pageStep() // 3) * (1 if step < steps // 2 else -1))
        window.side_by_side.repaint()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def resize_times(app: QApplication, window, steps: int = 12) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for step in range(steps):
        started = time.perf_counter()
        window.resize(1920 - (step % 2) * 240, 1080)
        app.processEvents()
        window.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    app = QApplication([])
    from app.compare.cache import ComparisonCache
    from app.ingest.service import import_paths
    from app.paths import resolve_paths
    from app.workspace import open_workspace
    from ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    paths = resolve_paths(tmp / "data")
    workspace = open_workspace(paths)
    report = import_paths(workspace.sessions, synthetic_articles(tmp), "long")
    window = MainWindow(paths)
    window.resize(1920, 1080)
    window.show()
    wait_for(app, window.sig_ready)
    window.set_workspace(workspace)
    wait_for(app, window.sig_ready)
    seeds = window.side_by_side.article_ids
    if window.review.result is None:
        wait_for(app, window.review.sig_compared)

    panes_only, fresh, cached = [], [], []
    for _run in range(RUNS):
        window.review.cache = ComparisonCache()
        started = time.perf_counter()
        window.open_articles(seeds)
        app.processEvents()
        panes_only.append(time.perf_counter() - started)
        wait_for(app, window.review.sig_compared)
        app.processEvents()
        fresh.append(time.perf_counter() - started - panes_only[-1])
        started = time.perf_counter()
        window.open_articles(seeds)
        app.processEvents()
        shown = time.perf_counter()
        wait_for(app, window.review.sig_compared)
        app.processEvents()
        cached.append(time.perf_counter() - shown)
    print(f"five seeds, median of {RUNS} (ms)")
    for label, values in (
        ("panes shown (the baseline: no comparison)", panes_only),
        ("highlights drawn after the panes, comparing", fresh),
        ("highlights drawn after the panes, from the cache", cached),
    ):
        print(f"  {label:<50} {statistics.median(values) * 1000:>8.0f}")

    long_ids = [o.article_id for o in report.outcomes if o.article_id is not None]
    window.open_articles(long_ids)
    started = time.perf_counter()
    wait_for(app, window.review.sig_compared)
    compared = time.perf_counter() - started
    with_highlights = frame_times(app, window)
    resize_with = resize_times(app, window)
    window.side_by_side.overlay.apply(None, window.side_by_side.panes)
    without = frame_times(app, window)
    resize_without = resize_times(app, window)
    words = sum(p.article.summary.word_count for p in window.side_by_side.panes)
    print(f"\n8 articles, {words:,} words: compared in {compared * 1000:.0f} ms (background)")
    print(f"{'':<30} {'with highlights':>18} {'without (baseline)':>20}")
    for label, ours, base in (
        ("scroll step, median / worst", with_highlights, without),
        ("resize, median / worst", resize_with, resize_without),
    ):
        print(
            f"{label:<30} {ours[0]:>8.1f} / {ours[1]:5.1f} ms {base[0]:>10.1f} / {base[1]:5.1f} ms"
        )
    window.close()
    workspace.close()


if __name__ == "__main__":
    main()
