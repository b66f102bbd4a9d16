"""Reviewer notes on a collection, an article, a tagged span or an aligned passage group.

Each note belongs to exactly one target (the database checks it). Adding, editing and deleting
are undoable changes. Search folds letters and ignores diacritics and prefixes, as the article
search does, so «التحقق» finds «تحقّق».
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from app.review.history import History, table_of
from app.review.note_list import TARGET_COLUMN, read_notes
from app.review.records import NoteRecord, Passage, TargetKind, shorten
from app.review.verdicts import ensure_group, find_group
from db.models import Annotation, Article, Collection, Note, PassageGroup, PassageRef
from db.models import utc_now as now
from db.rows import session_rows

NOTES = table_of(Note)
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
            {"body": body, TARGET_COLUMN[target]: target_id, "reviewer_id": rec.reviewer,
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


def list_notes(
    sessions: sessionmaker[Session],
    collection_id: int | None = None,
    query: str = "",
    target: tuple[TargetKind, int] | None = None,
) -> list[NoteRecord]:
    """Notes, newest first (``app.review.note_list.read_notes``)."""
    with sessions() as session:
        return read_notes(session_rows(session), collection_id, query, target)


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
