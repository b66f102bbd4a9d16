"""The window on a shared PostgreSQL server: it opens there (the demo made on a new database),
and another reviewer's change (made by another process, the command line) shows within two
seconds, with their name, without reloading."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from app.workspace import DEMO_COLLECTION_NAME
from tests.conftest import run_tabayun


def test_another_reviewers_change_shows_within_two_seconds(
    qtbot: QtBot, open_window, paths: AppPaths, pg_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(dataclasses.replace(paths, database_url=pg_url))
    assert window.live.listener is not None
    qtbot.waitUntil(lambda: window.live.listener.ready.is_set(), timeout=5000)
    assert window.live.listener.error is None
    stories = window.stories
    qtbot.waitUntil(lambda: stories.collection_box.count() == 2, timeout=10000)
    other = ("--data-dir", str(tmp_path / "other"), "--database-url", pg_url)
    found = run_tabayun(*other, "stories", "--collection", DEMO_COLLECTION_NAME, "--find", "--json")
    assert found.returncode == 0, found.stderr
    story = __import__("json").loads(found.stdout)["stories"][0]["id"]
    started = time.monotonic()
    renamed = run_tabayun(*other, "stories", "--all", "--rename", str(story), "قمة الشرق",
                          "--reviewer", "سارة")  # fmt: skip
    assert renamed.returncode == 0, renamed.stderr
    sent = time.monotonic()
    qtbot.waitUntil(lambda: [s.name for s in stories.model.stories] == ["قمة الشرق"], timeout=5000)
    assert time.monotonic() - sent < 2.0, time.monotonic() - started
    assert "سارة" in window.statusBar().currentMessage()
