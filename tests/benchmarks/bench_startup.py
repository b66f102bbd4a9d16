"""Start-up benchmarks: run with ``uv run python -m tests.benchmarks.bench_startup``.

Each figure is printed beside a baseline measured in the same run:
- window shown / ready (warm) vs a bare PySide6 window in a fresh process (the floor);
- first run (database creation, migrations, demo import) vs a naive import of the same five
  files with the standard sqlite3 module into one plain table (no schema, no ORM);
- peak memory of the window with the five seeds open vs the bare PySide6 window;
- ``tabayun --version`` and ``--help`` vs ``python -c pass``;
- the window shown and drawn once (every icon painted, ``grab()``) vs a bare window drawn once.
Targets (issue 2): shown <= 2 s warm, first run <= 3 s, peak memory <= 250 MB.
- each read-only command (info, search, tags, notes, stories, passages) vs the same listing read
  through SQLAlchemy and the models, as every command was before issue 21.
Targets (issue 15): --version and --help <= 0.15 s; window shown <= 3x the bare window.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
DEMO = "قمة بوتين وكيم في فوستوشني (مثال)"

BARE_QT = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTextEdit()); w.resize(1920, 1080); w.show()
shown_at = time.time()
QTimer.singleShot(200, app.quit)
app.exec()
print(shown_at)
"""

BARE_QT_DRAWN = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTextEdit()); w.resize(1920, 1080); w.show()
w.grab()
print(time.time())
"""

TABAYUN_DRAWN = """
import sys, time
from app.paths import resolve_paths
from ui.qt_app import create_application
app = create_application()
from ui.main_window import MainWindow
w = MainWindow(resolve_paths(sys.argv[1])); w.resize(1920, 1080); w.show()
w.grab()
print(time.time())
"""

NAIVE_IMPORT = """
import sqlite3, sys, time, pathlib
t0 = time.perf_counter()
db = sqlite3.connect(sys.argv[1])
db.execute("CREATE TABLE articles (name TEXT, text TEXT)")
for p in sorted(pathlib.Path(sys.argv[2]).glob("*.txt")):
    db.execute("INSERT INTO articles VALUES (?, ?)", (p.name, p.read_text("utf-8")))
db.commit()
print(time.perf_counter() - t0)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TABAYUN_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _child_peak_mb(cmd: list[str]) -> tuple[str, float, float]:
    """Run ``cmd`` in a fresh process via a wrapper that reports the child's own peak RSS."""
    wrapper = (
        "import resource, subprocess, sys; "
        "out = subprocess.run(sys.argv[1:], capture_output=True, text=True).stdout; "
        "print(out.strip()); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
    )
    launched = time.time()
    result = subprocess.run(
        [sys.executable, "-c", wrapper, *cmd],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        check=True,
    )
    *out, peak = result.stdout.strip().splitlines()
    return "\n".join(out), float(peak), launched


def tabayun_screenshot(data_dir: Path) -> tuple[dict[str, float], float]:
    """Timings measured from the moment the process was launched (wall clock), and peak MB."""
    out, peak, launched = _child_peak_mb(
        [
            sys.executable,
            "-m",
            "ui.launch",
            "--data-dir",
            str(data_dir),
            "screenshot",
            str(data_dir / "shot.png"),
            "--size",
            "1920x1080",
            "--timings",
        ]
    )
    timings = json.loads(out)
    return {
        "window_shown_s": timings["window_shown_at"] - launched,
        "ready_s": timings["ready_at"] - launched,
    }, peak


def first_run_seconds(data_dir: Path) -> float:
    code = (
        "import time; t0 = time.perf_counter(); "
        "from app.paths import resolve_paths; from app.workspace import open_workspace; "
        f"w = open_workspace(resolve_paths({str(data_dir)!r})); w.close(); "
        "print(time.perf_counter() - t0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        check=True,
    )
    return float(result.stdout)


def _wall(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, capture_output=True, env=_env(), cwd=ROOT, check=True)
    return time.perf_counter() - started


def _drawn(code: str, *args: str) -> float:
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1]) - launched


def command_rows() -> list[tuple[str, str, str, str]]:
    tabayun = [sys.executable, "-m", "ui.launch"]
    bare = statistics.median(_wall([sys.executable, "-c", "pass"]) for _ in range(10))
    rows = []
    for flag in ("--version", "--help"):
        ours = statistics.median(_wall([*tabayun, flag]) for _ in range(10))
        rows.append((f"tabayun {flag}", f"{ours:.3f} s", f"{bare:.3f} s", "python -c pass"))
    return rows


THROUGH_ORM = """
import sys
from app.paths import resolve_paths
from app.workspace import open_workspace
from app.review.notes import list_notes
from app.library.stories import list_stories
w = open_workspace(resolve_paths(sys.argv[1]))
print(len(list_notes(w.sessions)) + len(list_stories(w.sessions)))
w.close()
"""


def listing_rows(data_dir: Path) -> list[tuple[str, str, str, str]]:
    """The read-only commands on the demo library (issue 21), each as a whole process, beside
    the same listing read through SQLAlchemy and the models (what every command paid before)."""
    tabayun = [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir)]
    _wall([*tabayun, "info"])  # the first run builds the database
    _wall([*tabayun, "stories", "--collection", DEMO, "--find"])
    orm = statistics.median(
        _wall([sys.executable, "-c", THROUGH_ORM, str(data_dir)]) for _ in range(RUNS)
    )
    rows = []
    for args in (["info"], ["search", "بوتين"], ["tags", "list"], ["notes", "list"],
                 ["stories", "--all"], ["passages", "list", "--collection", DEMO]):  # fmt: skip
        ours = statistics.median(_wall(tabayun + args) for _ in range(RUNS))
        rows.append((f"tabayun {' '.join(args[:2])}", f"{ours:.3f} s", f"{orm:.3f} s",
                     "notes and stories listed through SQLAlchemy"))  # fmt: skip
    return rows


def main() -> None:
    rows: list[tuple[str, str, str, str]] = command_rows()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        rows += listing_rows(tmp_path / "listing")
        first = [first_run_seconds(tmp_path / f"first{i}") for i in range(RUNS)]
        naive = [
            float(
                subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        NAIVE_IMPORT,
                        str(tmp_path / f"n{i}.db"),
                        str(ROOT / "seeds"),
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            for i in range(RUNS)
        ]
        rows.append(
            (
                "first run: create DB + migrate + import 5 seeds (in-process)",
                f"{statistics.median(first):.2f} s",
                f"{statistics.median(naive) * 1000:.1f} ms",
                "naive sqlite3 insert",
            )
        )

        warm_dir = tmp_path / "warm"
        tabayun_screenshot(warm_dir)  # first run; the rest are warm
        shown, ready, peaks = [], [], []
        for _ in range(RUNS):
            timings, peak = tabayun_screenshot(warm_dir)
            shown.append(timings["window_shown_s"])
            ready.append(timings["ready_s"])
            peaks.append(peak)
        bare_shown, bare_peaks = [], []
        for _ in range(RUNS):
            out, peak, launched = _child_peak_mb([sys.executable, "-c", BARE_QT])
            bare_shown.append(float(out) - launched)
            bare_peaks.append(peak)
        fresh_dir = tmp_path / "fresh"
        first_timings, _ = tabayun_screenshot(fresh_dir)

        rows.append(
            (
                "window shown, warm (launch to show())",
                f"{statistics.median(shown):.2f} s",
                f"{statistics.median(bare_shown):.2f} s",
                "bare PySide6 window",
            )
        )
        drawn = [_drawn(TABAYUN_DRAWN, str(warm_dir)) for _ in range(RUNS)]
        bare_drawn = [_drawn(BARE_QT_DRAWN) for _ in range(RUNS)]
        ratio = statistics.median(shown) / statistics.median(bare_shown)
        rows.append(("window shown: times the bare window", f"{ratio:.1f}x", "", ""))
        rows.append(
            (
                "window shown and drawn once, icons included (launch to grab())",
                f"{statistics.median(drawn):.2f} s",
                f"{statistics.median(bare_drawn):.2f} s",
                "bare PySide6 window, drawn",
            )
        )
        rows.append(
            (
                "window ready with 5 seeds side by side, warm (from launch)",
                f"{statistics.median(ready):.2f} s",
                "",
                "",
            )
        )
        rows.append(
            (
                "first run: window ready on a new data folder (from launch)",
                f"{first_timings['ready_s']:.2f} s",
                "",
                "",
            )
        )
        rows.append(
            (
                "peak memory, 5 seeds open",
                f"{statistics.median(peaks):.0f} MB",
                f"{statistics.median(bare_peaks):.0f} MB",
                "bare PySide6 window",
            )
        )

    print(f"{'measure':<64} {'Tabayun':>9} {'baseline':>10}  baseline is")
    for name, ours, base, what in rows:
        print(f"{name:<64} {ours:>9} {base:>10}  {what}")
    print(f"(median of {RUNS} runs; {os.cpu_count()} cores; Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
