"""``tabayun screenshot`` end to end: a real process opens the window offscreen and saves it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import run_tabayun


def _screenshot(tmp_path: Path, out: Path, size: str, *options: str):  # type: ignore[no-untyped-def]
    return run_tabayun(
        "--data-dir",
        str(tmp_path / "d"),
        "screenshot",
        str(out),
        "--size",
        size,
        *options,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )


def test_screenshot_of_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "shots" / "main.png"
    result = _screenshot(tmp_path, out, "1920x1080", "--timings")
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout)
    assert 0 < timings["window_shown_s"] <= timings["ready_s"]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    # Not a blank window: the five panes of text give many distinct colours across them.
    # Rows through the panes (the passage panel is below them); one row alone gave 19 colours
    # with some fonts, where a blank window gives two or three.
    rows = (image.height() // 4, image.height() // 3, image.height() * 2 // 5)
    colours = {image.pixel(x, row) for row in rows for x in range(0, image.width(), 3)}
    assert len(colours) > 20


def test_screenshot_of_the_compared_seeds_with_a_passage_selected(tmp_path: Path) -> None:
    out = tmp_path / "review.png"
    result = _screenshot(tmp_path, out, "1600x900", "--passage", "هذا سبب قدومنا إلى هنا")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 900)
    # the support tints: the Okabe–Ito sky blue, orange and purple appear as backgrounds
    tints = {image.pixelColor(x, y).name() for x in range(0, 1600, 4) for y in range(100, 600, 4)}
    assert len(tints) > 100


def test_screenshot_after_walking_to_a_sentence_to_check(tmp_path: Path) -> None:
    """``--check N`` takes N steps of Review → Next Sentence to Check before the picture (the
    README's walk pictures): a sentence is chosen, drawn as a selection in its pane, where the
    window as it opens chooses none."""
    from collections import Counter

    def colours(image: QImage) -> Counter[str]:
        return Counter(
            image.pixelColor(x, y).name()
            for x in range(250, image.width(), 2)
            for y in range(100, 460, 2)
        )

    plain, walked = tmp_path / "plain.png", tmp_path / "walked.png"
    for out, options in ((plain, ()), (walked, ("--check", "1"))):
        result = _screenshot(tmp_path, out, "1366x768", *options)
        assert result.returncode == 0, result.stderr
    before, after = colours(QImage(str(plain))), colours(QImage(str(walked)))
    total = sum(after.values())
    # the selection's colour: a large share of the panes after the walk, next to none before
    grown = [name for name, n in after.items() if n > 0.03 * total and before[name] < n // 20]
    assert grown, after.most_common(8)


def test_screenshot_with_the_passage_panel_at_the_parts_to_split_off(tmp_path: Path) -> None:
    """``--panel-at parts`` scrolls the Passage panel down to the parts (Putin's greeting, the
    walk's 44th sentence on the demo): the panel shows another stretch than without it."""
    plain, at_parts = tmp_path / "plain.png", tmp_path / "parts.png"
    for out, options in ((plain, ()), (at_parts, ("--panel-at", "parts"))):
        result = _screenshot(tmp_path, out, "1366x768", "--check", "44", *options)
        assert result.returncode == 0, result.stderr
    before, after = QImage(str(plain)), QImage(str(at_parts))
    panes = [(x, y) for x in range(300, 1366, 7) for y in range(130, 440, 7)]
    panel = [(x, y) for x in range(0, 1366, 3) for y in range(510, 690, 3)]
    assert all(before.pixel(x, y) == after.pixel(x, y) for x, y in panes)  # the same sentence
    assert sum(before.pixel(x, y) != after.pixel(x, y) for x, y in panel) > len(panel) // 20


def test_screenshot_with_the_facts_table_in_front(tmp_path: Path) -> None:
    """``--panel-at facts`` opens the panels below with the Facts table in front (the README's
    facts picture): its conflict rows, solid vermilion, are drawn, where the window as it first
    opens keeps the panels closed."""
    plain, facts = tmp_path / "plain.png", tmp_path / "facts.png"
    for out, options in ((plain, ()), (facts, ("--panel-at", "facts"))):
        result = _screenshot(tmp_path, out, "1366x768", *options)
        assert result.returncode == 0, result.stderr

    def vermilion(image: QImage) -> int:
        return sum(
            image.pixelColor(x, y).name() == "#d55e00"
            for x in range(0, 1366, 3)
            for y in range(430, 740, 3)
        )

    assert vermilion(QImage(str(facts))) > 200 > vermilion(QImage(str(plain)))
