"""Reviewer notes on a collection, an article, a tagged span or an aligned passage group.

Each note belongs to exactly one target (the database checks it). Adding, editing and deleting
are undoable changes. Search folds letters and ignores diacritics and prefixes, as the article
search does, so «التحقق» finds «تحقّق».
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from app.review.history import History, table_of
from app.review.records import NoteRecord, Passage, TargetKind, shorten
from app.review.verdicts import ensure_group, find_group
from app.text.normalize import match_keys
from db.models import Annotation, Article, Collection, Note, PassageGroup, PassageRef, Reviewer
from db.models import utc_now as now

NOTES = table_of(Note)
_COLUMN = {
    "collection": "collection_id",
    "article": "article_id",
    "annotation": "annotation_id",
    "group": "group_id",
}
_MODEL = {
    "collection": Collection,
    "article": Article,
    "annotation": Annotation,
    "group": PassageGroup,
}


class NoteError(TabayunError):
    """A note that cannot be written as asked."""


def _body(body: str) -> str:
    body = body.strip()
    if not body:
        raise NoteError(Message(T("core", "A note needs some text.")))
    return body


def add_note(history: History, target: TargetKind, target_id: int, body: str) -> int:
    """Write a note on ``target`` ``target_id``; returns the note's id."""
    body = _body(body)
    with history.change(
        "note.create", Message(T("core", "Note «{quote}»"), quote=shorten(body))
    ) as rec:
        if rec.session.get(_MODEL[target], target_id) is None:
            raise NoteError(
                Message(T("core", "What this note was for is no longer in the library."))
            )
        written = now()  # one time for both: a new note is not "edited"
        key = rec.insert(
            NOTES,
            {"body": body, _COLUMN[target]: target_id, "reviewer_id": rec.reviewer,
             "created_at": written, "updated_at": written},
        )  # fmt: skip
        rec.result = key["id"]
    return int(rec.result)


def add_passage_note(
    history: History, collection_id: int, passages: Sequence[Passage], body: str
) -> int:
    """Write a note on the aligned group of ``passages`` (stored by their offsets and quotes,
    as verdicts are, so a later comparison meets it again); returns the note's id."""
    body = _body(body)
    with history.change(
        "note.create", Message(T("core", "Note «{quote}»"), quote=shorten(body))
    ) as rec:
        group_id = ensure_group(rec, collection_id, passages)
        written = now()
        key = rec.insert(
            NOTES,
            {"body": body, "group_id": group_id, "reviewer_id": rec.reviewer,
             "created_at": written, "updated_at": written},
        )  # fmt: skip
        rec.result = key["id"]
    return int(rec.result)


def passage_notes(
    sessions: sessionmaker[Session], collection_id: int, passages: Sequence[Passage]
) -> list[NoteRecord]:
    """Notes on the group of exactly these passages, newest first."""
    with sessions() as session:
        group_id = find_group(session, collection_id, passages)
    return [] if group_id is None else list_notes(sessions, target=("group", group_id))


class NoteChangedError(NoteError):
    """Someone else changed the note since the reviewer began editing it."""


def edit_note(history: History, note_id: int, body: str, seen: str | None = None) -> None:
    """Save a note's new ``body``. ``seen``: the text the reviewer began from; when the note no
    longer reads so (another reviewer, another window), nothing is saved and NoteChangedError
    says what it reads now (the row is locked while it is compared, on a server too)."""
    body = _body(body)
    with history.change(
        "note.edit", Message(T("core", "Edit note «{quote}»"), quote=shorten(body))
    ) as rec:
        note = rec.session.get(Note, note_id, with_for_update=True)
        if note is None:
            raise NoteError(Message(T("core", "That note no longer exists.")))
        if seen is not None and note.body != seen and note.body != body:
            template = T(
                "core",
                "This note was changed while you were editing it; it now reads «{now}». Your "
                "text was not saved and is back in the editor: compare the two and save again.",
            )
            raise NoteChangedError(Message(template, now=note.body))
        rec.update(NOTES, {"id": note_id}, {"body": body, "updated_at": now()})


def delete_note(history: History, note_id: int) -> None:
    with history.change("note.delete", Message(T("core", "Delete note"))) as rec:
        note = rec.session.get(Note, note_id)
        if note is None:
            raise NoteError(Message(T("core", "That note no longer exists.")))
        rec.label = Message(T("core", "Delete note «{quote}»"), quote=shorten(note.body))
        rec.delete(NOTES, {"id": note_id})


def _target_of(note: Note) -> TargetKind:
    for kind in ("collection", "article", "annotation", "group"):
        if getattr(note, _COLUMN[kind]) is not None:
            return kind
    raise NoteError("A note without a target")  # the database's CHECK forbids it


def _records(session: Session, notes: list[tuple[Note, str | None]]) -> list[NoteRecord]:
    annotation_articles = dict(
        session.execute(
            select(Annotation.id, Annotation.article_id).where(
                Annotation.id.in_([n.annotation_id for n, _ in notes if n.annotation_id])
            )
        ).all()
    )
    article_ids = {n.article_id for n, _ in notes if n.article_id}
    article_ids |= set(annotation_articles.values())
    article_collections = dict(
        session.execute(
            select(Article.id, Article.collection_id).where(Article.id.in_(article_ids))
        ).all()
    )
    group_collections = dict(
        session.execute(
            select(PassageGroup.id, PassageGroup.collection_id).where(
                PassageGroup.id.in_([n.group_id for n, _ in notes if n.group_id])
            )
        ).all()
    )
    out = []
    for note, reviewer in notes:
        kind = _target_of(note)
        target_id = int(getattr(note, _COLUMN[kind]))
        article = note.article_id or annotation_articles.get(note.annotation_id or -1)
        collection = (
            note.collection_id
            or (article_collections.get(article) if article else None)
            or group_collections.get(note.group_id or -1)
        )
        out.append(
            NoteRecord(
                note.id,
                note.body,
                kind,
                target_id,
                collection,
                article,
                reviewer or "",
                note.created_at,
                note.updated_at,
            )
        )
    return out


def list_notes(
    sessions: sessionmaker[Session],
    collection_id: int | None = None,
    query: str = "",
    target: tuple[TargetKind, int] | None = None,
) -> list[NoteRecord]:
    """Notes, newest first: all, a collection's (on it or anything in it), or one target's;
    ``query`` keeps those in which every word of it starts a word (letters folded, diacritics
    and prefixes off), so a half-typed word already finds."""
    with sessions() as session:
        statement = select(Note, Reviewer.name).outerjoin(Reviewer, Reviewer.id == Note.reviewer_id)
        if target is not None:
            statement = statement.where(getattr(Note, _COLUMN[target[0]]) == target[1])
        elif collection_id is not None:
            articles = select(Article.id).where(Article.collection_id == collection_id)
            spans = select(Annotation.id).where(Annotation.article_id.in_(articles))
            groups = select(PassageGroup.id).where(PassageGroup.collection_id == collection_id)
            statement = statement.where(
                or_(
                    Note.collection_id == collection_id,
                    Note.article_id.in_(articles),
                    Note.annotation_id.in_(spans),
                    Note.group_id.in_(groups),
                )
            )
        statement = statement.order_by(Note.updated_at.desc(), Note.id.desc())
        records = _records(session, list(session.execute(statement)))
    wanted = set(match_keys(query))
    if wanted:
        records = [r for r in records if _matches(wanted, set(match_keys(r.body)))]
    return records


def _matches(wanted: set[str], words: set[str]) -> bool:
    return all(any(word.startswith(key) for word in words) for key in wanted)


def target_labels(
    sessions: sessionmaker[Session], notes: Sequence[NoteRecord]
) -> dict[tuple[str, int], str]:
    """A short label for what each note is on: the collection's name, the article's title, the
    tagged passage's quote, the passage group's first quote."""
    wanted: dict[str, set[int]] = {}
    for note in notes:
        wanted.setdefault(note.target, set()).add(note.target_id)
    queries = {
        "collection": select(Collection.id, Collection.name).where(
            Collection.id.in_(wanted.get("collection", ()))
        ),
        "article": select(Article.id, Article.title).where(
            Article.id.in_(wanted.get("article", ()))
        ),
        "annotation": select(Annotation.id, Annotation.exact).where(
            Annotation.id.in_(wanted.get("annotation", ()))
        ),
        "group": select(PassageRef.group_id, PassageRef.exact)
        .where(PassageRef.group_id.in_(wanted.get("group", ())))
        .order_by(PassageRef.id.desc()),  # the last row per group wins: its first passage
    }
    labels: dict[tuple[str, int], str] = {}
    with sessions() as session:
        for kind, statement in queries.items():
            if wanted.get(kind):
                for ident, text in session.execute(statement):
                    labels[(kind, ident)] = shorten(text or "")
    return labels
