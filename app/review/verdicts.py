"""Verdicts on aligned passage groups: agree, differ, contradict or unclear, with a comment.

The comparison engine numbers its groups afresh on every run, so a verdict is stored against the
passages themselves (article, code-point offsets and quote, in ``passage_refs``): the same
passages found by a later run meet the same verdict. One verdict per reviewer and group.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from app.review.annotations import quote_selector
from app.review.history import History, Recorder, table_of
from app.review.records import Passage, VerdictRecord
from db.models import Article, PassageGroup, PassageRef, Reviewer, Verdict, VerdictValue
from db.models import utc_now as now

GROUPS = table_of(PassageGroup)
REFS = table_of(PassageRef)
VERDICTS = table_of(Verdict)


VERDICT_WORDS = {  # the values as people read them (translated by the window)
    "agree": T("core", "agree"),
    "differ": T("core", "differ"),
    "contradict": T("core", "contradict"),
    "unclear": T("core", "unclear"),
}


class VerdictError(TabayunError):
    """A verdict that cannot be recorded as asked."""


def _group_refs(session: Session, collection_id: int) -> dict[int, frozenset[Passage]]:
    rows = session.execute(
        select(PassageRef.group_id, PassageRef.article_id, PassageRef.start, PassageRef.end)
        .join(PassageGroup, PassageGroup.id == PassageRef.group_id)
        .where(PassageGroup.collection_id == collection_id)
    )
    found: dict[int, set[Passage]] = {}
    for group_id, article_id, start, end in rows:
        found.setdefault(group_id, set()).add(Passage(article_id, start, end))
    return {g: frozenset(p) for g, p in found.items()}


def find_group(session: Session, collection_id: int, passages: Sequence[Passage]) -> int | None:
    """The stored group with exactly these passages (in any order), if there is one."""
    wanted = frozenset(passages)
    return next(
        (g for g, refs in _group_refs(session, collection_id).items() if refs == wanted), None
    )


def ensure_group(rec: Recorder, collection_id: int, passages: Sequence[Passage]) -> int:
    """The stored group of these passages, written now if there is none yet."""
    if not passages:
        raise VerdictError(Message(T("core", "Choose a passage first.")))
    if rec.session.get_bind().dialect.name == "postgresql":
        # on a shared server, two reviewers' first verdicts on one new passage would each make
        # a group: the collection's groups are looked up and made one transaction at a time
        # (SQLite's one writer does that already)
        rec.session.execute(
            sql("SELECT pg_advisory_xact_lock(7301, :collection)"), {"collection": collection_id}
        )
    found = find_group(rec.session, collection_id, passages)
    if found is not None:
        return found
    group_id = int(rec.insert(GROUPS, {"collection_id": collection_id})["id"])
    texts = dict(
        rec.session.execute(
            select(Article.id, Article.text).where(
                Article.id.in_({p.article_id for p in passages}),
                Article.collection_id == collection_id,
            )
        ).all()
    )
    for passage in sorted(set(passages)):
        text = texts.get(passage.article_id)
        if text is None or not 0 <= passage.start < passage.end <= len(text):
            raise VerdictError(
                Message(T("core", "A passage of this group is not in the collection's articles."))
            )
        exact, prefix, suffix = quote_selector(text, passage.start, passage.end)
        rec.insert(REFS, {
            "group_id": group_id, "article_id": passage.article_id, "start": passage.start,
            "end": passage.end, "exact": exact, "prefix": prefix, "suffix": suffix,
        })  # fmt: skip
    return group_id


def set_verdict(
    history: History,
    collection_id: int,
    passages: Sequence[Passage],
    value: str,
    comment: str = "",
) -> int:
    """Record this reviewer's verdict on the group of ``passages``; returns the group id."""
    try:
        verdict = VerdictValue(value)
    except ValueError:
        raise VerdictError(
            Message(
                T("core", "«{value}» is not a verdict (agree, differ, contradict, unclear)."),
                value=value,
            )
        ) from None
    if not passages:
        raise VerdictError(Message(T("core", "Choose a passage first.")))
    with history.change(
        "verdict.set",
        Message(T("core", "Verdict: {verdict}"), verdict=Message(VERDICT_WORDS[verdict.value])),
    ) as rec:
        group_id = ensure_group(rec, collection_id, passages)
        mine = rec.session.scalar(
            select(Verdict.id).where(
                Verdict.group_id == group_id,
                Verdict.reviewer_id.is_(None)
                if rec.reviewer is None
                else Verdict.reviewer_id == rec.reviewer,
            )
        )
        values = {"value": verdict.value, "comment": comment.strip(), "updated_at": now()}
        if mine is None:
            rec.insert(VERDICTS, {"group_id": group_id, "reviewer_id": rec.reviewer, **values})
        else:
            rec.update(VERDICTS, {"id": mine}, values)
        rec.result = group_id
    return int(rec.result)


def clear_verdict(history: History, verdict_id: int) -> None:
    with history.change("verdict.clear", Message(T("core", "Clear verdict"))) as rec:
        rec.delete(VERDICTS, {"id": verdict_id})


def list_verdicts(
    sessions: sessionmaker[Session], collection_id: int, passages: Sequence[Passage] = ()
) -> list[VerdictRecord]:
    """The collection's verdicts (every reviewer's), or only those on the group of
    ``passages``, newest first."""
    with sessions() as session:
        refs = _group_refs(session, collection_id)
        if passages:
            wanted = frozenset(passages)
            refs = {g: r for g, r in refs.items() if r == wanted}
        rows = session.execute(
            select(Verdict, Reviewer.name)
            .outerjoin(Reviewer, Reviewer.id == Verdict.reviewer_id)
            .where(Verdict.group_id.in_(list(refs)))
            .order_by(Verdict.updated_at.desc(), Verdict.id.desc())
        )
        quotes = {
            (r.group_id, r.article_id, r.start, r.end): r.exact
            for r in session.scalars(select(PassageRef).where(PassageRef.group_id.in_(list(refs))))
        }
        out = []
        for verdict, reviewer in rows:
            group = verdict.group_id
            ordered = tuple(sorted(refs[group]))
            texts = tuple(quotes[(group, p.article_id, p.start, p.end)] for p in ordered)
            value = VerdictValue(verdict.value).value
            out.append(
                VerdictRecord(
                    verdict.id,
                    group,
                    value,
                    verdict.comment,
                    reviewer or "",
                    ordered,
                    texts,
                    verdict.updated_at,
                )
            )
        return out
