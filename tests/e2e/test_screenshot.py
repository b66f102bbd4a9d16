"""``tabayun screenshot`` end to end: a real process opens the window offscreen and saves it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import run_tabayun


def test_screenshot_of_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "shots" / "main.png"
    result = run_tabayun(
        "--data-dir",
        str(tmp_path / "d"),
        "screenshot",
        str(out),
        "--size",
        "1920x1080",
        "--timings",
        env={"QT_QPA_PLATFORM": "offscreen"},
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
