"""The reviewer's corrections to the passages: link two sentences into one passage, link them
and leave each in its own (a tie), or take a sentence out of the passage it shares with another.

A correction is stored against the two sentences (``passage_edit_refs``: article, offsets and
quote, carried to a new version of an article like any anchored span) and applied by the
comparison engine after its own grouping (``app.compare.corrections``), in the order made.
Every change goes through the history, so it can be undone.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from app.review.annotations import quote_selector
from app.review.history import History, Recorder, table_of
from app.review.passage_edit_list import read_passage_edits
from app.review.records import FactRef, PassageEditRecord
from db.models import Article, PassageEdit, PassageEditKind, PassageEditRef
from db.rows import session_rows

EDITS = table_of(PassageEdit)
REFS = table_of(PassageEditRef)
WORDS = {
    "link": T("core", "Link passages"),
    "tie": T("core", "Link two passages without merging them"),
    "unlink": T("core", "Unlink passages"),
    "split": T("core", "Split a sentence"),
    "checked": T("core", "Mark a sentence checked"),
    "divide": T("core", "Split a passage"),
    "split_link": T("core", "Split a sentence and link a part"),
}


class PassageEditError(TabayunError):
    """A correction that cannot be recorded as asked."""


def edit_passages(
    history: History, collection_id: int, kind: str, first: FactRef, second: FactRef
) -> int:
    """Record a ``link``, ``tie`` or ``unlink`` of two sentences (their articles and offsets);
    returns the correction's id. An unlink undoes a link of the same two sentences, and the
    reverse."""
    try:
        value = PassageEditKind(kind)
        if value is PassageEditKind.SPLIT:
            raise ValueError(kind)  # split_sentence records those
    except ValueError:
        raise PassageEditError(
            Message(T("core", "«{value}» is not a correction of passages."), value=kind)
        ) from None
    with history.change("passages." + value.value, Message(WORDS[value.value])) as rec:
        rec.result = _record_pair(rec, collection_id, value.value, first, second)
    return int(rec.result)


def split_passage(
    history: History, collection_id: int, kept: FactRef, moved: Sequence[FactRef]
) -> None:
    """Split a passage in two, as one change: the sentences ``moved`` leave the passage they
    share with ``kept`` and make a passage of their own (an unlink each, then links among
    them). Undone in one step."""
    if not moved:
        raise PassageEditError(Message(T("core", "Choose the sentences that leave the passage.")))
    with history.change("passages.divide", Message(WORDS["divide"])) as rec:
        for ref in moved:
            if ref.article_id != kept.article_id:
                _record_pair(rec, collection_id, "unlink", ref, kept)
        for ref in moved[1:]:
            partner = next((m for m in moved if m.article_id != ref.article_id), None)
            if partner is not None:
                _record_pair(rec, collection_id, "link", partner, ref)


def _record_pair(
    rec: Recorder, collection_id: int, kind: str, first: FactRef, second: FactRef
) -> int:
    """Store one link or unlink of two sentences inside a change; returns its id."""
    if first.article_id == second.article_id:
        raise PassageEditError(Message(T("core", "Choose sentences of two different articles.")))
    session = rec.session
    texts = dict(
        session.execute(
            select(Article.id, Article.text).where(
                Article.id.in_({first.article_id, second.article_id}),
                Article.collection_id == collection_id,
            )
        ).all()
    )
    for ref in (first, second):
        text = texts.get(ref.article_id)
        if text is None or not 0 <= ref.start < ref.end <= len(text):
            raise PassageEditError(
                Message(T("core", "That sentence is not in the collection's articles."))
            )
    wanted = {_key(first), _key(second)}
    for edit_id, stored in _refs(session, collection_id).items():
        if {_key(r) for r in stored} == wanted:  # the same two sentences: the newer wins
            for old in stored:
                rec.delete(REFS, {"id": old.id})
            rec.delete(EDITS, {"id": edit_id})
    row = rec.insert(
        EDITS, {"collection_id": collection_id, "kind": kind, "reviewer_id": rec.reviewer}
    )
    for side, ref in enumerate((first, second)):
        exact, prefix, suffix = quote_selector(texts[ref.article_id], ref.start, ref.end)
        rec.insert(REFS, {
            "edit_id": row["id"], "side": side, "article_id": ref.article_id,
            "start": ref.start, "end": ref.end, "exact": exact, "prefix": prefix,
            "suffix": suffix,
        })  # fmt: skip
    return int(row["id"])


def split_sentence(history: History, collection_id: int, at: FactRef) -> int:
    """Cut a sentence in two at ``at.start`` (``at.end``: the end of the sentence), so that the
    comparison treats each part on its own; returns the correction's id."""
    return _record_one(history, collection_id, "split", at)


def mark_checked(history: History, collection_id: int, sentence: FactRef) -> int:
    """Mark a sentence the reviewer read in the walk and found nothing to link to: it leaves
    what is to check (``app.compare.unsure``) and changes no passage. Undone through the
    history; returns the correction's id."""
    return _record_one(history, collection_id, "checked", sentence)


def split_and_link(
    history: History,
    collection_id: int,
    sentence: FactRef,
    cut: int,
    head: bool,
    other: FactRef,
    stay: FactRef | None = None,
) -> None:
    """Cut ``sentence`` in two at ``cut`` (as ``split_sentence``) and link one of its parts (the
    one before the cut when ``head``) with another article's sentence, as one change, undone in
    one step: the Passage panel's offer of a part closer to ``other`` than the whole
    (``app.compare.parts``). ``stay``: a sentence of the passage the whole sentence was in, from
    another article; the other part is linked with it, so it stays where it was (cut without
    it, a sentence can lose its passage: on one labelled event a cut lost 26 same-claim pairs)."""
    if not sentence.start < cut < sentence.end:
        raise PassageEditError(Message(T("core", "The cut is not inside the sentence.")))
    with history.change("passages.split_link", Message(WORDS["split_link"])) as rec:
        _store_one(rec, collection_id, "split", FactRef(sentence.article_id, cut, sentence.end))
        text = rec.session.scalar(select(Article.text).where(Article.id == sentence.article_id))
        assert text is not None  # _store_one found it
        first = FactRef(sentence.article_id, sentence.start, cut)
        second = FactRef(sentence.article_id, cut, sentence.end)
        part, rest = (first, second) if head else (second, first)
        _record_pair(rec, collection_id, "link", _trimmed(text, part), other)
        if stay is not None:
            _record_pair(rec, collection_id, "link", _trimmed(text, rest), stay)


def _trimmed(text: str, ref: FactRef) -> FactRef:
    """``ref`` as a reader quotes it: without the spaces at its ends."""
    start, end = ref.start, ref.end
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    while start < end - 1 and text[start].isspace():
        start += 1
    return FactRef(ref.article_id, start, end)


def _record_one(history: History, collection_id: int, kind: str, at: FactRef) -> int:
    with history.change("passages." + kind, Message(WORDS[kind])) as rec:
        rec.result = _store_one(rec, collection_id, kind, at)
    return int(rec.result)


def _store_one(rec: Recorder, collection_id: int, kind: str, at: FactRef) -> int:
    """Store a correction of one place (a split, a checked mark) inside a change; its id."""
    text = rec.session.scalar(
        select(Article.text).where(
            Article.id == at.article_id, Article.collection_id == collection_id
        )
    )
    first = 1 if kind == "split" else 0  # a split at a sentence's start cuts nothing
    if text is None or not first <= at.start < at.end <= len(text):
        raise PassageEditError(
            Message(T("core", "That sentence is not in the collection's articles."))
        )
    for edit_id, stored in _refs(rec.session, collection_id, kind).items():
        if [_key(r) for r in stored] == [_key(at)]:  # marked again: the newer stands
            for old in stored:
                rec.delete(REFS, {"id": old.id})
            rec.delete(EDITS, {"id": edit_id})
    row = rec.insert(
        EDITS, {"collection_id": collection_id, "kind": kind, "reviewer_id": rec.reviewer}
    )
    exact, prefix, suffix = quote_selector(text, at.start, at.end)
    rec.insert(REFS, {
        "edit_id": row["id"], "side": 0, "article_id": at.article_id, "start": at.start,
        "end": at.end, "exact": exact, "prefix": prefix, "suffix": suffix,
    })  # fmt: skip
    return int(row["id"])


def clear_passage_edit(history: History, edit_id: int) -> None:
    with history.change(
        "passages.clear", Message(T("core", "Clear a correction of passages"))
    ) as rec:
        for ref in rec.session.scalars(
            select(PassageEditRef).where(PassageEditRef.edit_id == edit_id)
        ):
            rec.delete(REFS, {"id": ref.id})
        rec.delete(EDITS, {"id": edit_id})


def list_passage_edits(
    sessions: sessionmaker[Session], collection_id: int
) -> list[PassageEditRecord]:
    """The collection's corrections, in the order made (``read_passage_edits``)."""
    with sessions() as session:
        return read_passage_edits(session_rows(session), collection_id)


def _key(ref: FactRef | PassageEditRef) -> tuple[int, int, int]:
    return ref.article_id, ref.start, ref.end


def _refs(
    session: Session, collection_id: int, kind: str | None = None
) -> dict[int, list[PassageEditRef]]:
    """The collection's corrections' sentences by correction (of ``kind`` only, if given)."""
    found: dict[int, list[PassageEditRef]] = {}
    query = (
        select(PassageEditRef)
        .join(PassageEdit, PassageEdit.id == PassageEditRef.edit_id)
        .where(PassageEdit.collection_id == collection_id)
    )
    if kind is not None:
        query = query.where(PassageEdit.kind == PassageEditKind(kind))
    for ref in session.scalars(query):
        found.setdefault(ref.edit_id, []).append(ref)
    return found
