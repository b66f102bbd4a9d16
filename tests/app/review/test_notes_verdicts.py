"""Notes and verdicts on a real database: targets, search, undo, and verdicts that outlive a
re-run of the comparison."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app.compare.collection import compare_collection
from app.library.queries import list_articles, list_collections
from app.review.annotations import delete_annotation, tag_span
from app.review.codebook import list_tags
from app.review.history import History
from app.review.notes import NoteError, add_note, delete_note, edit_note, list_notes
from app.review.records import Passage
from app.review.verdicts import VerdictError, list_verdicts, set_verdict
from app.workspace import Workspace


@pytest.fixture
def history(workspace: Workspace) -> History:
    return History(workspace.sessions, reviewer="Sara")


def _ids(workspace: Workspace) -> tuple[int, list[int]]:
    collection = list_collections(workspace.sessions)[0]
    return collection.id, [a.id for a in list_articles(workspace.sessions, collection.id)]


def test_notes_on_each_target_listed_by_collection_and_searched(
    workspace: Workspace, history: History
) -> None:
    collection, articles = _ids(workspace)
    tag = list_tags(workspace.sessions)[0]
    span = tag_span(history, articles[0], 0, 12, tag.id)
    on_collection = add_note(history, "collection", collection, "راجع أرقام الصواريخ")
    on_article = add_note(history, "article", articles[1], "The outlet is state-run.")
    on_span = add_note(history, "annotation", span, "تحقّق من التاريخ")
    notes = list_notes(workspace.sessions, collection)
    assert {n.id for n in notes} == {on_collection, on_article, on_span}
    by_id = {n.id: n for n in notes}
    assert by_id[on_span].target == "annotation" and by_id[on_span].article_id == articles[0]
    assert by_id[on_span].collection_id == collection and by_id[on_span].reviewer == "Sara"
    # diacritics, letter forms and prefixes do not matter; a half-typed word already finds
    assert [n.id for n in list_notes(workspace.sessions, query="التحقق")] == [on_span]
    assert [n.id for n in list_notes(workspace.sessions, query="الصواري")] == [on_collection]
    assert [n.id for n in list_notes(workspace.sessions, query="state")] == [on_article]
    assert list_notes(workspace.sessions, target=("article", articles[1]))[0].id == on_article
    assert list_notes(workspace.sessions, collection + 1) == []


def test_edit_delete_and_undo_notes(workspace: Workspace, history: History) -> None:
    collection, _articles = _ids(workspace)
    note = add_note(history, "collection", collection, "first")
    (new,) = list_notes(workspace.sessions, collection)
    assert not new.edited and new.updated_at == new.created_at  # one time for both
    with workspace.engine.begin() as connection:  # written a minute ago
        connection.execute(
            text("UPDATE notes SET created_at = :t, updated_at = :t WHERE id = :id"),
            {"t": new.created_at - dt.timedelta(minutes=1), "id": note},
        )
    edit_note(history, note, "second")
    (shown,) = list_notes(workspace.sessions, collection)
    assert shown.body == "second" and shown.edited
    delete_note(history, note)
    assert list_notes(workspace.sessions, collection) == []
    history.undo()
    assert list_notes(workspace.sessions, collection)[0].body == "second"
    history.undo()
    assert list_notes(workspace.sessions, collection)[0].body == "first"
    with pytest.raises(NoteError, match="text"):
        add_note(history, "collection", collection, "   ")
    with pytest.raises(NoteError, match="no longer"):
        add_note(history, "article", 999_999, "x")


def test_deleting_a_tagged_span_takes_its_notes_and_undo_returns_both(
    workspace: Workspace, history: History
) -> None:
    collection, articles = _ids(workspace)
    span = tag_span(history, articles[0], 0, 12, list_tags(workspace.sessions)[0].id)
    add_note(history, "annotation", span, "note on the span")
    delete_annotation(history, span)
    assert list_notes(workspace.sessions, collection) == []
    history.undo()
    assert [n.body for n in list_notes(workspace.sessions, collection)] == ["note on the span"]


def test_a_verdict_survives_a_fresh_comparison(workspace: Workspace, history: History) -> None:
    from app.compare.cache import ComparisonCache

    collection, _articles = _ids(workspace)
    first = compare_collection(workspace.sessions, collection, ComparisonCache())
    quote = next(s for s in first.segments if "هذا سبب قدومنا" in s.text)
    group = next(g for g in first.groups if quote.id in g)
    passages = [
        Passage(first.segments[i].article, first.segments[i].start, first.segments[i].end)
        for i in group
    ]
    group_id = set_verdict(history, collection, passages, "differ", "wording differs")
    again = set_verdict(history, collection, list(reversed(passages)), "contradict")
    assert again == group_id  # the same passages, in any order: the same group
    second = compare_collection(workspace.sessions, collection, ComparisonCache())  # a new run
    quote2 = next(s for s in second.segments if "هذا سبب قدومنا" in s.text)
    group2 = next(g for g in second.groups if quote2.id in g)
    passages2 = [
        Passage(second.segments[i].article, second.segments[i].start, second.segments[i].end)
        for i in group2
    ]
    (verdict,) = list_verdicts(workspace.sessions, collection, passages2)
    assert (verdict.value, verdict.comment, verdict.reviewer) == ("contradict", "", "Sara")
    assert any("هذا سبب قدومنا" in q for q in verdict.quotes)
    history.undo()
    assert list_verdicts(workspace.sessions, collection, passages2)[0].value == "differ"
    history.undo()
    assert list_verdicts(workspace.sessions, collection) == []
    with pytest.raises(VerdictError, match="not a verdict"):
        set_verdict(history, collection, passages, "maybe")
    with pytest.raises(VerdictError, match="not in the collection"):
        set_verdict(history, collection, [Passage(passages[0].article_id, 0, 10**7)], "agree")
