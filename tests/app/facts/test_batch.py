"""A large collection's facts read by worker processes (app.facts.batch): the same facts, in the
same order, as one process reads them, and Cancel stops the reading."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.facts import batch, sheet
from app.facts.extract import article_facts
from app.facts.sources import shipped_bodies
from app.tasks import Cancelled, TaskControl, running
from tests.app.facts.helpers import doc

TEXTS = [
    "قال وزير الصحة إن 12 شخصا قتلوا وأصيب 40 آخرون في انفجار وقع صباح الإثنين في مدينة حلب.",
    "أعلنت الشرطة اعتقال 3 مشتبه بهم، وقالت إن الانفجار وقع الساعة 9:15 صباحا.",
    "ارتفعت حصيلة الانفجار إلى 15 قتيلا و52 جريحا، بحسب الدفاع المدني.",
    "وذكرت وكالة الأنباء الرسمية أن نحو أربعين جريحا نقلوا إلى المستشفيات.",
]


def test_workers_read_the_same_facts_in_the_same_order() -> None:
    documents = [doc(n, text) for n, text in enumerate(TEXTS * 3, start=1)]
    table = shipped_bodies()
    alone = [article_facts(document, table) for document in documents]
    assert batch._in_workers(documents, table, workers=2) == alone  # no fallback here
    assert sum(len(facts) for facts in alone) > 10  # something to compare


def test_a_sheet_built_by_workers_is_the_sheet_one_process_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = [doc(n, text) for n, text in enumerate(TEXTS * 2, start=1)]
    sheet.forget_extracted()
    serial = sheet.build_sheet(documents)
    sheet.forget_extracted()
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "CHUNK", 3)  # three chunks, read out of order
    monkeypatch.setenv(batch.WORKERS_VARIABLE, "2")
    assert batch.workers_for(len(documents)) == 2
    assert sheet.build_sheet(documents) == serial
    sheet.forget_extracted()


def test_cancel_stops_the_workers_reading() -> None:
    documents = [doc(n, text) for n, text in enumerate(TEXTS * 5, start=1)]
    control = TaskControl()
    control.cancel_event.set()
    with running(control), pytest.raises(Cancelled):
        batch.facts_of_many(documents, shipped_bodies(), workers=2)  # never read serially


def test_a_small_collection_starts_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(batch.WORKERS_VARIABLE, raising=False)
    assert batch.workers_for(batch.PARALLEL_FROM - 1) == 1
    monkeypatch.setenv(batch.WORKERS_VARIABLE, "1")
    assert batch.workers_for(10_000) == 1


def test_workers_that_cannot_start_leave_the_reading_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A program that starts workers before its main module is guarded, or a sandbox that
    allows no new process: the comparison reads the facts itself, slower but whole."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("An attempt has been made to start a new process before …")

    documents = [doc(n, text) for n, text in enumerate(TEXTS, start=1)]
    table = shipped_bodies()
    monkeypatch.setattr(batch, "_in_workers", refuse)
    assert batch.facts_of_many(documents, table, workers=2) == [
        article_facts(document, table) for document in documents
    ]


def test_facts_read_ahead_while_the_comparison_works(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison starts the workers before it cuts the sentences; the fact sheet then
    takes what they read, and this process reads none of it itself."""
    documents = [doc(n, text) for n, text in enumerate(TEXTS * 2, start=1)]
    sheet.forget_extracted()
    serial = sheet.build_sheet(documents)
    sheet.forget_extracted()
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setenv(batch.WORKERS_VARIABLE, "2")

    def not_here(*_args: object) -> None:
        raise AssertionError("read in this process, not by the workers")

    with sheet.reading_ahead(documents):
        monkeypatch.setattr(sheet, "article_facts", not_here)
        assert sheet.build_sheet(documents) == serial
    assert not sheet._AHEAD  # the workers end with the block
    sheet.forget_extracted()


def test_the_reviewers_alias_table_is_read_once_while_unchanged(tmp_path: Path) -> None:
    """The facts are remembered by the table they were read with: a table read anew for every
    comparison had every article's facts read again each time a reviewer with a bodies.json
    compared. An edit to the file is a new table."""
    user = tmp_path / "bodies.json"
    user.write_text('{"bodies": [{"name": "وزارة الصحة", "aliases": ["الصحة"]}]}', "utf-8")
    first = sheet.bodies_from(user)
    assert sheet.bodies_from(user) is first
    os.utime(user, (1_000_000_000, 1_000_000_000))
    assert sheet.bodies_from(user) is not first
    documents = [doc(1, TEXTS[0])]
    sheet.forget_extracted()
    sheet.build_sheet(documents, sheet.bodies_from(user))
    with_table = sheet._key(documents[0], sheet.bodies_from(user))
    assert with_table in sheet._EXTRACTED  # the next comparison finds them
    sheet.forget_extracted()
