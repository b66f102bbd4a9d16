"""Web addresses, shortcut files and feeds, served from 127.0.0.1 (no test touches the
internet): pages fetched and extracted, feeds item by item, time-outs and Cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.ingest import web
from app.ingest.plan import RowStatus, plan_addresses, plan_files
from app.tasks import Cancelled, TaskControl
from tests.app.ingest.fixtures import PARAGRAPHS
from tests.local_site import PAGES


def test_a_pasted_address_is_fetched_decoded_and_extracted(site: str) -> None:
    (row,) = plan_addresses([f"{site}/moved"])
    assert row.status is RowStatus.NEW
    assert all(p in row.text for p in PARAGRAPHS)  # cp1256 page, declared in the header
    assert "الرئيسية" not in row.text  # menus stay behind
    assert (row.url, row.label, row.title) == (f"{site}/article", f"{site}/moved", "انهيار الجسر")


def test_a_feed_gives_an_article_per_item_and_says_which_failed(site: str) -> None:
    rows = plan_addresses([f"{site}/feed"])
    assert [(r.status, r.title) for r in rows[:2]] == [
        (RowStatus.NEW, "انهيار الجسر"),
        (RowStatus.NEW, "الثاني"),
    ]
    assert rows[0].outlet == "عنب بلدي" and str(rows[0].published_on) == "2024-03-05"
    gone = rows[2]  # the page is gone: the feed's own text stands in
    assert gone.status is RowStatus.NEW and PARAGRAPHS[0] in gone.text


def test_shortcut_files_and_saved_feeds(site: str, tmp_path: Path) -> None:
    (tmp_path / "a.url").write_text(f"[InternetShortcut]\nURL={site}/second\n", "utf-8")
    (tmp_path / "b.webloc").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>URL</key>'
        f"<string>{site}/article</string></dict></plist>",
        "utf-8",
    )
    (tmp_path / "c.rss").write_bytes(PAGES["/feed"][1])
    (tmp_path / "d.url").write_text("[InternetShortcut]\nURL=file:///etc/passwd\n", "utf-8")
    rows = plan_files(sorted(tmp_path.iterdir()))
    labels = {r.label: r for r in rows}
    assert PARAGRAPHS[2] in labels[f"a.url → {site}/second"].text
    assert labels[f"b.webloc → {site}/article"].title == "انهيار الجسر"
    assert {f"c.rss #{n}" for n in (1, 2, 3)} <= labels.keys()
    assert labels["d.url"].status is RowStatus.ERROR  # only http and https are fetched
    assert "no web address" in str(labels["d.url"].reason)


def test_an_address_that_does_not_answer_times_out_with_a_reason(
    site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web, "TIMEOUT", 0.5)
    (row,) = plan_addresses([f"{site}/slow", f"{site}/nothing-here"])[:1]
    assert row.status is RowStatus.ERROR and "did not answer within" in str(row.reason)
    (missing,) = plan_addresses([f"{site}/nothing-here"])
    assert "404" in str(missing.reason)


def test_cancel_stops_a_download_within_a_second(site: str) -> None:
    control = TaskControl()
    threading.Timer(0.3, control.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        plan_addresses([f"{site}/endless"], control=control)
    assert time.monotonic() - started < 1.3


def test_the_command_line_imports_addresses(site: str, tmp_path: Path) -> None:
    import json

    from tests.conftest import run_tabayun

    data = tmp_path / "d"
    done = run_tabayun(
        "--data-dir", str(data), "import", "--address", f"{site}/second",
        "--address", f"{site}/feed", "--collection", "ويب", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["collection"] == "ويب"
    statuses = [f["status"] for f in report["files"]]
    assert statuses.count("imported") == 3 and statuses.count("duplicate") == 1
    bad = run_tabayun("--data-dir", str(data), "import", "--address", "ftp://x")
    assert bad.returncode != 0 and "is not a web address" in bad.stderr
