"""Tagging spans and whole articles.

A span is anchored twice, as the W3C Web Annotation model does: by code-point offsets into the
stored text (TextPositionSelector) and by its exact quote with up to 32 characters before and
after (TextQuoteSelector), so it can be found again if the article comes back with changed text.
Tagging the same span again adds the tag to the annotation already there.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from functools import partial

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from app.review.codebook import ANNOTATIONS, LINKS, drop_bare_annotations
from app.review.history import History, Recorder, table_of
from app.review.records import AnnotationRecord, shorten
from db.models import Annotation, Article, Note, Reviewer, Tag
from db.models import utc_now as now

CONTEXT = 32  # characters of prefix and suffix kept with each quote
NOTES = table_of(Note)


class AnnotationError(TabayunError):
    """A tagging request that cannot be carried out (the message says why)."""


def quote_selector(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[str, str, str]:
    """(exact, prefix, suffix) of ``start``..``end`` in ``text`` (code points)."""
    return text[start:end], text[max(0, start - context) : start], text[end : end + context]


def _article_text(session: Session, article_id: int) -> str:
    text = session.scalar(select(Article.text).where(Article.id == article_id))
    if text is None:
        raise AnnotationError(Message(T("core", "That article is no longer in the library.")))
    return text


def _check_tag(session: Session, tag_id: int) -> str:
    name = session.scalar(select(Tag.name).where(Tag.id == tag_id))
    if name is None:
        raise AnnotationError(Message(T("core", "That tag no longer exists.")))
    return name


def _link(rec: Recorder, annotation_id: int, tag_id: int) -> dict[str, object]:
    """A span's link to a tag, with who applied it and when."""
    return {
        "annotation_id": annotation_id, "tag_id": tag_id, "reviewer_id": rec.reviewer,
        "created_at": now(),
    }  # fmt: skip


def _tag(rec: Recorder, found: int | None, new_row: dict[str, object], tag_id: int) -> int:
    """Add ``tag_id`` to the annotation ``found``, or to a new one made of ``new_row``;
    returns the annotation's id."""
    if found is None:
        found = int(rec.insert(ANNOTATIONS, {**new_row, "reviewer_id": rec.reviewer})["id"])
        rec.insert(LINKS, _link(rec, found, tag_id))
        return found
    present = rec.session.scalar(
        select(func.count())
        .select_from(LINKS)
        .where(LINKS.c.annotation_id == found, LINKS.c.tag_id == tag_id)
    )
    if not present:
        rec.insert(LINKS, _link(rec, found, tag_id))
        rec.update(ANNOTATIONS, {"id": found}, {"updated_at": now()})
    return found


def tag_span(history: History, article_id: int, start: int, end: int, tag_id: int) -> int:
    """Tag ``start``..``end`` (code points into the stored text); returns the annotation id."""
    with history.change("annotation.tag", Message(T("core", "Tag a passage"))) as rec:
        session = rec.session
        text = _article_text(session, article_id)
        if not 0 <= start < end <= len(text):
            raise AnnotationError(
                Message(
                    T("core", "The selection {start}..{end} is outside the article (0..{length})."),
                    start=start, end=end, length=len(text),
                )
            )  # fmt: skip
        if not text[start:end].strip():
            raise AnnotationError(Message(T("core", "Select some text to tag, not only spaces.")))
        tag_name = _check_tag(session, tag_id)
        exact, prefix, suffix = quote_selector(text, start, end)
        rec.label = Message(T("core", "Tag «{quote}» as {tag}"), quote=shorten(exact), tag=tag_name)
        found = session.scalar(
            select(Annotation.id).where(
                Annotation.article_id == article_id,
                Annotation.start == start,
                Annotation.end == end,
            )
        )
        rec.result = _tag(rec, found, {
            "article_id": article_id, "start": start, "end": end, "exact": exact,
            "prefix": prefix, "suffix": suffix,
        }, tag_id)  # fmt: skip
    return int(rec.result)


def tag_article(history: History, article_id: int, tag_id: int) -> int:
    """Tag a whole article; returns the annotation id."""
    with history.change("annotation.tag_article", Message(T("core", "Tag an article"))) as rec:
        session = rec.session
        _article_text(session, article_id)
        rec.label = Message(T("core", "Tag the article as {tag}"), tag=_check_tag(session, tag_id))
        found = session.scalar(
            select(Annotation.id).where(
                Annotation.article_id == article_id, Annotation.start.is_(None)
            )
        )
        rec.result = _tag(rec, found, {"article_id": article_id}, tag_id)
    return int(rec.result)


def untag(history: History, annotation_id: int, tag_id: int) -> None:
    """Take one tag off an annotation; an annotation left with no tag and no note goes."""
    with history.change("annotation.untag", Message(T("core", "Remove a tag"))) as rec:
        exact = rec.session.scalar(select(Annotation.exact).where(Annotation.id == annotation_id))
        name = _check_tag(rec.session, tag_id)
        rec.label = Message(
            T("core", "Remove {tag} from «{quote}»"), tag=name, quote=shorten(exact or "")
        )
        rec.delete(LINKS, {"annotation_id": annotation_id, "tag_id": tag_id})
        drop_bare_annotations(rec, {annotation_id})


def delete_annotation(history: History, annotation_id: int) -> None:
    """Delete an annotation with all its tags and notes."""
    with history.change("annotation.delete", Message(T("core", "Delete a tagged passage"))) as rec:
        session = rec.session
        exact = session.scalar(select(Annotation.exact).where(Annotation.id == annotation_id))
        rec.label = Message(T("core", "Delete the tags of «{quote}»"), quote=shorten(exact or ""))
        for note_id in session.scalars(select(Note.id).where(Note.annotation_id == annotation_id)):
            rec.delete(NOTES, {"id": note_id})
        tags = session.scalars(select(LINKS.c.tag_id).where(LINKS.c.annotation_id == annotation_id))
        for tag_id in tags.all():
            rec.delete(LINKS, {"annotation_id": annotation_id, "tag_id": tag_id})
        rec.delete(ANNOTATIONS, {"id": annotation_id})


def annotations_for(
    sessions: sessionmaker[Session], article_ids: Iterable[int]
) -> list[AnnotationRecord]:
    """The annotations of these articles, whole-article ones first, then by position."""
    ids = list(article_ids)
    if not ids:
        return []
    a = Annotation
    text_of = partial(type_coerce, type_=String)  # raw text: parsed below, much faster
    columns = (
        a.id, a.article_id, a.start, a.end, a.exact, a.prefix, a.suffix, text_of(a.anchor_state),
        text_of(a.created_at), text_of(a.updated_at),
    )  # fmt: skip
    with sessions() as session:
        # Core rows of plain columns, not ORM objects or ORM rows: building 10,000 entities
        # cost most of the read, and the ORM's row handling and date parsing most of the rest
        connection = session.connection()
        rows = connection.execute(
            select(*columns, Reviewer.name)
            .outerjoin(Reviewer, Reviewer.id == a.reviewer_id)
            .where(a.article_id.in_(ids))
            .order_by(a.article_id, a.start.is_not(None), a.start)
        ).all()
        # the tags and note counts of the same annotations, each in one joined query
        mine = select(a.id).where(a.article_id.in_(ids)).scalar_subquery()
        tags: dict[int, list[int]] = defaultdict(list)
        by: dict[int, list[tuple[int, str]]] = defaultdict(list)
        links = (
            select(LINKS.c.annotation_id, LINKS.c.tag_id, Reviewer.name)
            .outerjoin(Reviewer, Reviewer.id == LINKS.c.reviewer_id)
            .where(LINKS.c.annotation_id.in_(mine))
        )
        for annotation_id, tag_id, name in connection.execute(links):
            tags[annotation_id].append(tag_id)
            by[annotation_id].append((tag_id, name or ""))
        counted = (
            select(Note.annotation_id, func.count())
            .where(Note.annotation_id.in_(mine))
            .group_by(Note.annotation_id)
        )
        notes: dict[int | None, int] = {row[0]: row[1] for row in connection.execute(counted)}
        when = dt.datetime.fromisoformat
        return [
            AnnotationRecord(
                *row[:8],
                tuple(sorted(tags[row[0]])),
                notes.get(row[0], 0),
                row[10] or "",
                when(row[8]),
                when(row[9]),
                tuple(sorted(by[row[0]])),
            )
            for row in rows
        ]
