"""Opening articles side by side, on the GUI thread.

Run: ``uv run python -m tests.benchmarks.bench_open_panes``.

Measures MainWindow.open_articles plus the layout pass that follows, for the five seeds and for
eight synthetic 5,000-word Arabic articles, beside a naive baseline: the same texts put into plain
QTextEdits in the same font (no headers, no per-paragraph direction) and laid out once.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTextEdit, QWidget

RUNS = 7
ROOT = Path(__file__).resolve().parents[2]


def synthetic_articles(folder: Path, count: int = 8, paragraphs: int = 85) -> list[Path]:
    words = (ROOT / "seeds" / "001_d5ff6441db812a29.txt").read_text(encoding="utf-8").split()
    files = []
    for i in range(count):
        path = folder / f"long{i}.txt"
        body = [
            " ".join(words[(j * 37 + i) % 300 : (j * 37 + i) % 300 + 60]) + "."
            for j in range(paragraphs)
        ]
        path.write_text("\n".join(body), encoding="utf-8")
        files.append(path)
    return files


def main() -> None:
    app = QApplication([])
    from app.ingest.service import import_paths
    from app.library.queries import load_articles
    from app.paths import resolve_paths
    from app.workspace import open_workspace
    from ui.fonts import article_font
    from ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    paths = resolve_paths(tmp / "data")
    workspace = open_workspace(paths)
    report = import_paths(workspace.sessions, synthetic_articles(tmp), "long")
    window = MainWindow(paths)
    window.resize(1920, 1080)
    window.show()
    loop = QEventLoop()
    window.sig_ready.connect(loop.quit)
    window.set_workspace(workspace)  # the library loads in the background
    loop.exec()
    cases = {
        "5 seeds": window.side_by_side.article_ids,
        "8 articles x 5,170 words": [o.article_id for o in report.outcomes],
    }

    baseline_host = QWidget()
    row = QHBoxLayout(baseline_host)
    baseline_host.resize(1600, 1000)
    baseline_host.show()

    print(f"{'case':<28} {'Tabayun open':>13} {'naive QTextEdits':>17}")
    for name, ids in cases.items():
        ours, naive = [], []
        texts = [d.text for d in load_articles(workspace.sessions, ids)]
        for _ in range(RUNS):
            started = time.perf_counter()
            window.library.open_articles(ids)
            app.processEvents()
            ours.append(time.perf_counter() - started)

            while row.count():
                row.takeAt(0).widget().deleteLater()
            started = time.perf_counter()
            for text in texts:
                edit = QTextEdit()
                edit.setFont(article_font("rtl"))  # same font: compare layout work, not fonts
                edit.setPlainText(text)
                row.addWidget(edit)
            app.processEvents()
            naive.append(time.perf_counter() - started)
        print(
            f"{name:<28} {statistics.median(ours) * 1000:>10.0f} ms"
            f" {statistics.median(naive) * 1000:>14.0f} ms"
        )
    print(f"(median of {RUNS} runs, offscreen, {os.cpu_count()} cores)")
    window.close()
    workspace.close()


if __name__ == "__main__":
    main()
