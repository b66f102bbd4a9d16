"""``tabayun screenshot`` end to end: a real process opens the window offscreen and saves it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import PROJECT_ROOT


def test_screenshot_of_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "shots" / "main.png"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TABAYUN_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "--data-dir",
            str(tmp_path / "d"),
            "screenshot",
            str(out),
            "--size",
            "1920x1080",
            "--timings",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout)
    assert 0 < timings["window_shown_s"] <= timings["ready_s"]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    # Not a blank window: the five panes of text give many distinct colours across the middle.
    row = image.height() // 2
    colours = {image.pixel(x, row) for x in range(0, image.width(), 3)}
    assert len(colours) > 20
