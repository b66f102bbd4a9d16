"""The review workspace: how soon the highlights follow the panes, and frame times with them.

Run: ``uv run python -m tests.benchmarks.bench_review``.

- The five seeds: from opening the panes to the highlights drawn (the comparison runs in the
  background), with an empty result cache each run, and from the cache; beside the panes alone.
- Eight articles of about 5,000 words compared: the time of one scroll step and of one resize,
  each painted, with the highlights and without them (the baseline), and the part of each spent
  painting the article texts.
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


TEXT_PAINTING = [0.0]  # seconds spent painting article texts (highlights included)


def count_text_painting() -> None:
    from ui.views.article_pane import ArticleText

    original = ArticleText.paintEvent

    def timed(self, event):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        original(self, event)
        TEXT_PAINTING[0] += time.perf_counter() - started

    ArticleText.paintEvent = timed  # type: ignore[method-assign]


def frame_times(app: QApplication, window, steps: int = 60) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Median and worst time of a scroll step, painted, and the median time of painting the
    article texts in a step (ms)."""
    pane = window.side_by_side.panes[0]
    bar = pane.text_view.verticalScrollBar()
    times, texts = [], []
    bar.setValue(bar.value() + 1)  # the first step after a change pays for it once: not counted
    window.side_by_side.repaint()
    app.processEvents()
    for step in range(steps):
        started = time.perf_counter()
        TEXT_PAINTING[0] = 0.0
        bar.setValue(bar.value() + (bar.pageStep() // 3) * (1 if step < steps // 2 else -1))
        window.side_by_side.repaint()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        texts.append(TEXT_PAINTING[0] * 1000)
    return statistics.median(times), max(times), statistics.median(texts)


def resize_times(app: QApplication, window, steps: int = 12) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    times, texts = [], []
    for step in range(steps):
        started = time.perf_counter()
        TEXT_PAINTING[0] = 0.0
        window.resize(1920 - (step % 2) * 240, 1080)
        app.processEvents()
        window.repaint()
        times.append((time.perf_counter() - started) * 1000)
        texts.append(TEXT_PAINTING[0] * 1000)
    return statistics.median(times), max(times), statistics.median(texts)


def settle(app: QApplication, window) -> float:  # type: ignore[no-untyped-def]
    """Until every overview strip has measured its passages (ms)."""
    started = time.perf_counter()
    strips = [p.overview for p in window.side_by_side.panes]
    while any(len(s._geometry) != len(s.spans) for s in strips):
        app.processEvents()
    window.side_by_side.repaint()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    app = QApplication([])
    count_text_painting()
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
    if window.comparison.result is None:
        wait_for(app, window.comparison.sig_compared)

    panes_only, fresh, cached = [], [], []
    for _run in range(RUNS):
        window.comparison.cache = ComparisonCache()
        started = time.perf_counter()
        window.library.open_articles(seeds)
        app.processEvents()
        panes_only.append(time.perf_counter() - started)
        wait_for(app, window.comparison.sig_compared)
        app.processEvents()
        fresh.append(time.perf_counter() - started - panes_only[-1])
        started = time.perf_counter()
        window.library.open_articles(seeds)
        app.processEvents()
        shown = time.perf_counter()
        wait_for(app, window.comparison.sig_compared)
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
    window.library.open_articles(long_ids)
    started = time.perf_counter()
    wait_for(app, window.comparison.sig_compared)
    compared = time.perf_counter() - started
    settled = settle(app, window)
    scroll, resize = {}, {}
    scroll["with"], resize["with"] = frame_times(app, window), resize_times(app, window)
    window.side_by_side.overlay.apply(None, window.side_by_side.panes)
    scroll["none"], resize["none"] = frame_times(app, window), resize_times(app, window)
    words = sum(p.article.summary.word_count for p in window.side_by_side.panes)
    print(f"\n8 articles, {words:,} words: compared in {compared * 1000:.0f} ms (background);")
    print(f"overview strips measured {settled:.0f} ms after the highlights")
    heads = ("with highlights", "without (baseline)")
    print(f"{'(ms)':<34}" + "".join(f"{h:>20}" for h in heads))
    for label, figures in (("scroll step", scroll), ("resize", resize)):
        cells = "".join(f"{figures[k][0]:>20.1f}" for k in ("with", "none"))
        print(f"{label + ', median':<34}{cells}")
        cells = "".join(f"{figures[k][1]:>20.1f}" for k in ("with", "none"))
        print(f"{label + ', worst':<34}{cells}")
        cells = "".join(f"{figures[k][2]:>20.1f}" for k in ("with", "none"))
        print(f"{label + ', painting the texts':<34}{cells}")
    window.close()
    workspace.close()


if __name__ == "__main__":
    main()
