"""The codebook and tagging services on a real database, with undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.review.annotations import (
    AnnotationError,
    annotations_for,
    delete_annotation,
    tag_article,
    tag_span,
    untag,
)
from app.review.codebook import (
    CodebookError,
    assign_shortcuts_by_use,
    create_tag,
    delete_tag,
    list_tags,
    merge_tags,
    move_tag,
    seed_starter_codebook,
    tag_usage,
    update_tag,
)
from app.review.history import History, UndoConflictError
from app.review.records import TagRecord, tag_tree_order
from app.workspace import Workspace
from db.models import ChangeLogEntry, Reviewer, Tag


@pytest.fixture
def history(workspace: Workspace) -> History:
    return History(workspace.sessions, reviewer="سارة")


def _article(workspace: Workspace) -> tuple[int, str]:
    from app.library.queries import list_articles, list_collections, load_articles

    collection = list_collections(workspace.sessions)[0]
    summary = list_articles(workspace.sessions, collection.id)[0]
    (document,) = load_articles(workspace.sessions, [summary.id])
    return summary.id, document.text


def _names(history: History) -> list[str]:
    return [t.name for t in list_tags(history.sessions)]


def test_the_starter_codebook_is_bilingual_and_written_once(workspace: Workspace) -> None:
    tags = list_tags(workspace.sessions)
    by_name = {t.name: t for t in tags}
    assert by_name["ادعاء"].name_alt == "Claim" and by_name["ادعاء"].shortcut == 1
    assert {"اقتباس", "رقم", "تناقض", "بحاجة إلى تحقق"} <= set(by_name)
    kid = by_name["عدد الضحايا"]
    assert kid.parent_id == by_name["رقم"].id
    order = [t.name for _depth, t in tag_tree_order(tags)]
    assert order.index("عدد الضحايا") == order.index("رقم") + 1
    assert not seed_starter_codebook(workspace.sessions)  # never twice


def test_create_rename_recolour_and_undo_redo(history: History) -> None:
    tag_id = create_tag(history, "  تضليل ", name_alt="Misleading", description="why")
    assert "تضليل" in _names(history)
    update_tag(history, tag_id, name="تضليل متعمد", color="#112233")
    tag = next(t for t in list_tags(history.sessions) if t.id == tag_id)
    assert (tag.name, tag.color, tag.name_alt) == ("تضليل متعمد", "#112233", "Misleading")
    assert history.undo() is not None
    assert "تضليل" in _names(history) and "تضليل متعمد" not in _names(history)
    history.undo()
    assert "تضليل" not in _names(history)
    history.redo()
    history.redo()
    assert "تضليل متعمد" in _names(history)
    assert not history.can_redo()


def test_bad_codebook_requests_say_why_and_change_nothing(history: History) -> None:
    before = list_tags(history.sessions)
    with pytest.raises(CodebookError, match="already"):
        create_tag(history, "ادعاء")
    with pytest.raises(CodebookError, match="name"):
        create_tag(history, "   ")
    with pytest.raises(CodebookError, match="colour"):
        create_tag(history, "x", color="red")
    parent = next(t for t in before if t.name == "رقم")
    kid = next(t for t in before if t.parent_id == parent.id)
    with pytest.raises(CodebookError, match="itself"):
        move_tag(history, parent.id, kid.id)
    assert list_tags(history.sessions) == before
    assert not history.can_undo()


def test_a_shortcut_key_moves_from_the_tag_that_had_it(history: History) -> None:
    tag_id = create_tag(history, "جديد", shortcut=1)
    keys = {t.name: t.shortcut for t in list_tags(history.sessions)}
    assert keys["جديد"] == 1 and keys["ادعاء"] is None
    history.undo()
    keys = {t.name: t.shortcut for t in list_tags(history.sessions)}
    assert keys["ادعاء"] == 1 and "جديد" not in keys
    assert tag_id


def test_tagging_spans_keeps_quotes_and_tags_the_same_span_once(
    workspace: Workspace, history: History
) -> None:
    article_id, text = _article(workspace)
    claim = next(t for t in list_tags(history.sessions) if t.name_alt == "Claim")
    quote = next(t for t in list_tags(history.sessions) if t.name_alt == "Quote")
    start = text.index("بوتين")
    first = tag_span(history, article_id, start, start + 5, claim.id)
    again = tag_span(history, article_id, start, start + 5, quote.id)
    assert first == again
    overlapping = tag_span(history, article_id, start + 2, start + 20, claim.id)
    assert overlapping != first
    (a, b) = annotations_for(workspace.sessions, [article_id])
    assert (a.exact, a.tag_ids) == ("بوتين", tuple(sorted((claim.id, quote.id))))
    assert a.prefix == text[max(0, start - 32) : start] and a.suffix == text[start + 5 : start + 37]
    assert a.reviewer == "سارة" and b.start == start + 2
    assert tag_usage(workspace.sessions, claim.id) == (2, 0)
    with pytest.raises(AnnotationError, match="outside"):
        tag_span(history, article_id, 0, len(text) + 1, claim.id)
    with pytest.raises(AnnotationError, match="spaces"):
        tag_span(history, article_id, text.index(" "), text.index(" ") + 1, claim.id)


def test_untag_drops_an_empty_annotation_and_undo_brings_it_back_whole(
    workspace: Workspace, history: History
) -> None:
    article_id, _text = _article(workspace)
    claim = next(t for t in list_tags(history.sessions) if t.name_alt == "Claim")
    annotation = tag_span(history, article_id, 10, 30, claim.id)
    untag(history, annotation, claim.id)
    assert annotations_for(workspace.sessions, [article_id]) == []
    history.undo()
    (back,) = annotations_for(workspace.sessions, [article_id])
    assert (back.id, back.start, back.end, back.tag_ids) == (annotation, 10, 30, (claim.id,))
    whole = tag_article(history, article_id, claim.id)
    assert annotations_for(workspace.sessions, [article_id])[0].id == whole  # whole first
    delete_annotation(history, annotation)
    history.undo()
    assert len(annotations_for(workspace.sessions, [article_id])) == 2


def test_delete_merge_and_move_are_one_undoable_change_each(
    workspace: Workspace, history: History
) -> None:
    article_id, _text = _article(workspace)
    tags = {t.name_alt: t for t in list_tags(history.sessions)}
    figure, casualty = tags["Figure"], tags["Casualty count"]
    tag_span(history, article_id, 0, 10, figure.id)
    tag_span(history, article_id, 20, 30, casualty.id)
    tag_span(history, article_id, 40, 50, tags["Claim"].id)
    tag_span(history, article_id, 40, 50, figure.id)
    assert tag_usage(workspace.sessions, figure.id) == (2, 1)
    before = (list_tags(history.sessions), annotations_for(workspace.sessions, [article_id]))

    delete_tag(history, figure.id)
    after = list_tags(history.sessions)
    assert figure.id not in {t.id for t in after}
    assert next(t for t in after if t.id == casualty.id).parent_id is None  # moved up
    left = annotations_for(workspace.sessions, [article_id])
    assert [a.start for a in left] == [20, 40]  # the figure-only span went; the other kept
    history.undo()
    assert (
        list_tags(history.sessions),
        annotations_for(workspace.sessions, [article_id]),
    ) == before

    merge_tags(history, tags["Claim"].id, figure.id)
    merged = {t.id: t for t in list_tags(history.sessions)}
    assert tags["Claim"].id not in merged and merged[figure.id].uses == 2  # 0..10 and 40..50
    history.undo()
    assert list_tags(history.sessions) == before[0]

    move_tag(history, tags["Quote"].id, tags["Claim"].id)
    assert (
        next(t for t in list_tags(history.sessions) if t.id == tags["Quote"].id).parent_id
        == tags["Claim"].id
    )
    history.undo()
    assert list_tags(history.sessions) == before[0]


def test_shortcuts_by_use(workspace: Workspace, history: History) -> None:
    article_id, _text = _article(workspace)
    tags = {t.name_alt: t for t in list_tags(history.sessions)}
    for at in range(0, 30, 10):
        tag_span(history, article_id, at, at + 5, tags["Loaded wording"].id)
    assign_shortcuts_by_use(history)
    keys = {t.name_alt: t.shortcut for t in list_tags(history.sessions)}
    assert keys["Loaded wording"] == 1
    assert sorted(k for k in keys.values() if k is not None) == list(range(1, 9))  # 8 tags


def test_every_change_is_logged_with_reviewer_and_undo_refuses_stale_rows(
    workspace: Workspace, history: History
) -> None:
    tag_id = create_tag(history, "مؤقت")
    other = History(workspace.sessions, reviewer="علي")  # another window on the same data
    update_tag(other, tag_id, name="مؤقت ٢")
    with pytest.raises(UndoConflictError):
        history.undo()
    assert "مؤقت ٢" in _names(history)  # nothing was overwritten
    with workspace.sessions() as session:
        actions = session.scalars(select(ChangeLogEntry.action).order_by(ChangeLogEntry.id)).all()
        assert actions[-2:] == ["tag.create", "tag.update"]
        names = set(session.scalars(select(Reviewer.name)))
        assert {"سارة", "علي"} <= names
        entry = session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc())).first()
        assert entry is not None and entry.payload["rows"][0]["before"]["name"] == "مؤقت"
    other.undo()
    history.undo()
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Tag).where(Tag.id == tag_id)) == 0


def test_two_reviewers_editing_one_tag_lose_neither_change(
    workspace: Workspace, history: History
) -> None:
    """Sara opens the tag; meanwhile Ali recolours it. Sara renames it from what she opened:
    her name is saved and Ali's colour stays. Then both rename it from one view: the second
    is told what it is now, and nothing of hers is saved."""
    from app.review.codebook import TagChangedError

    tag_id = create_tag(history, "مؤقت", color="#112233")
    opened = next(t for t in list_tags(history.sessions) if t.id == tag_id)
    other = History(workspace.sessions, reviewer="علي")
    update_tag(other, tag_id, color="#445566", seen=opened)
    # the dialog sends every field; the colour is the one Sara saw, so Ali's stays
    update_tag(history, tag_id, name="ادعاء مضلل", color="#112233", description="", seen=opened)
    now = next(t for t in list_tags(history.sessions) if t.id == tag_id)
    assert (now.name, now.color) == ("ادعاء مضلل", "#445566")
    update_tag(other, tag_id, name="رواية رسمية", seen=now)
    with pytest.raises(TagChangedError, match="رواية رسمية"):
        update_tag(history, tag_id, name="ادعاء", color="#778899", seen=now)
    after = next(t for t in list_tags(history.sessions) if t.id == tag_id)
    assert (after.name, after.color) == ("رواية رسمية", "#445566")  # nothing of hers written


def test_the_command_lines_quick_read_gives_the_same_codebook(
    workspace: Workspace, history: History
) -> None:
    """``tabayun tags list`` reads the file with sqlite3 (no SQLAlchemy to load): the same tags,
    order and uses as the ordinary way."""
    from app.review.tag_list import read_tags
    from db.quick import open_read_only
    from db.rows import sqlite_rows

    def quick_tags(database: Path) -> list[TagRecord]:
        conn = open_read_only(database)
        assert conn is not None
        try:
            return read_tags(sqlite_rows(conn))
        finally:
            conn.close()

    seed_starter_codebook(workspace.sessions)
    article_id, _ = _article(workspace)
    claim = next(t for t in list_tags(history.sessions) if t.name_alt == "Claim")
    tag_span(history, article_id, 0, 10, claim.id)
    create_tag(history, "فرعي", parent_id=claim.id)
    workspace.close()
    assert quick_tags(workspace.paths.database) == list_tags(history.sessions)
    assert any(t.uses == 1 for t in quick_tags(workspace.paths.database) or [])
