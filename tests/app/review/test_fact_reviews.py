"""Decisions on rows of the Facts table: stored with reviewer and time, undoable, and kept
across a fresh comparison by the facts' offsets and quotes."""

from __future__ import annotations

import pytest

from app.compare.engine import compare
from app.library.queries import list_articles, load_articles
from app.review.fact_reviews import (
    FactReviewError,
    clear_fact_review,
    list_fact_reviews,
    match_reviews,
    review_facts,
)
from app.review.history import History
from app.review.records import FactRef
from app.workspace import Workspace


def _missiles(workspace: Workspace) -> tuple[int, list[tuple[str, list[FactRef]]], str]:
    sessions = workspace.sessions
    ids = [a.id for a in list_articles(sessions, 1)]
    result = compare(load_articles(sessions, ids))
    sheet = result.facts
    rows = [
        (q.id, [FactRef(sheet.fact(i).article, sheet.fact(i).start, sheet.fact(i).end)
                for i in q.facts])
        for q in sheet.questions
    ]  # fmt: skip
    missiles = next(q.id for q in sheet.questions if q.kind == "count" and q.status == "conflict")
    return 1, rows, missiles


def test_a_decision_is_stored_undone_and_meets_its_row_again(workspace: Workspace) -> None:
    collection, rows, missiles = _missiles(workspace)
    facts = dict(rows)[missiles]
    history = History(workspace.sessions, reviewer="سارة")
    review_id = review_facts(
        history, collection, missiles, "Number of · صواريخ", facts, "confirmed", comment="تحقق"
    )
    (stored,) = list_fact_reviews(workspace.sessions, collection)
    assert (stored.id, stored.decision, stored.reviewer) == (review_id, "confirmed", "سارة")
    assert stored.comment == "تحقق" and len(stored.facts) == len(facts)
    assert all("صاروخ" in quote for quote in stored.quotes)
    # the same row again: the decision changes, it is not doubled
    review_facts(history, collection, missiles, "", facts, "reclassified", "update")
    (changed,) = list_fact_reviews(workspace.sessions, collection)
    assert (changed.id, changed.decision, changed.status) == (review_id, "reclassified", "update")
    # a fresh comparison names its rows afresh; the decision meets the row holding its facts
    _c, fresh_rows, _m = _missiles(workspace)
    found = match_reviews(fresh_rows, list_fact_reviews(workspace.sessions, collection))
    assert found[missiles].id == review_id
    history.undo()
    assert list_fact_reviews(workspace.sessions, collection)[0].decision == "confirmed"
    history.undo()
    assert list_fact_reviews(workspace.sessions, collection) == []
    history.redo()
    assert len(list_fact_reviews(workspace.sessions, collection)) == 1
    clear_fact_review(history, review_id)
    assert list_fact_reviews(workspace.sessions, collection) == []
    history.undo()
    assert len(list_fact_reviews(workspace.sessions, collection)) == 1


def test_a_decision_must_make_sense(workspace: Workspace) -> None:
    collection, rows, missiles = _missiles(workspace)
    history = History(workspace.sessions, reviewer="سارة")
    with pytest.raises(FactReviewError):
        review_facts(history, collection, missiles, "", dict(rows)[missiles], "maybe")
    with pytest.raises(FactReviewError):  # reclassified, but as what?
        review_facts(history, collection, missiles, "", dict(rows)[missiles], "reclassified")
    with pytest.raises(FactReviewError):
        review_facts(history, collection, missiles, "", [], "dismissed")
    with pytest.raises(FactReviewError):  # a fact outside the collection's texts
        review_facts(history, collection, missiles, "", [FactRef(1, 0, 10**7)], "dismissed")
    assert list_fact_reviews(workspace.sessions, collection) == []  # nothing half-written


def test_reports_carry_the_reviewers_decisions(workspace: Workspace) -> None:
    from app.report.model import build_report

    collection, rows, missiles = _missiles(workspace)
    facts = dict(rows)[missiles]

    def titles() -> list[str]:
        return [row.text for row in build_report(workspace.sessions, collection).flags]

    before = titles()
    assert any(t.startswith("Number of") and t.endswith("Conflict") for t in before)
    history = History(workspace.sessions, reviewer="سارة")
    review_facts(history, collection, missiles, "", facts, "confirmed")
    assert any(t.startswith("Number of") and "(confirmed by سارة)" in t for t in titles())
    review_facts(history, collection, missiles, "", facts, "reclassified", "update")
    assert any(t.startswith("Number of") and "Update (reclassified by" in t for t in titles())
    review_facts(history, collection, missiles, "", facts, "dismissed")
    after = titles()
    assert len(after) == len(before) - 1 and not any(t.startswith("Number of") for t in after)
