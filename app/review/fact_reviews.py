"""The reviewer's decisions on rows of the Facts table: confirm, dismiss, or reclassify.

A row (a question) is named afresh by every comparison, so a decision is stored against the
facts it was made on (``fact_review_refs``: article, offsets and quote, carried to a new
version of an article like any anchored span) and meets, in a later comparison, the row that
holds most of those facts. One decision per reviewer and set of facts; every change goes
through the history, so it can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.facts.model import STATUSES
from app.messages import Message, T
from app.review.annotations import quote_selector
from app.review.history import History, table_of
from app.review.records import FactRef, FactReviewRecord
from db.models import Article, FactDecision, FactReview, FactReviewRef, Reviewer
from db.models import utc_now as now

REVIEWS = table_of(FactReview)
REFS = table_of(FactReviewRef)
DECISION_WORDS = {
    "confirmed": T("core", "Confirmed"),
    "dismissed": T("core", "Dismissed"),
    "reclassified": T("core", "Reclassified"),
}


class FactReviewError(TabayunError):
    """A decision that cannot be recorded as asked."""


def _refs_of(session: Session, review_ids: Iterable[int]) -> dict[int, list[FactReviewRef]]:
    found: dict[int, list[FactReviewRef]] = {}
    for ref in session.scalars(
        select(FactReviewRef).where(FactReviewRef.review_id.in_(list(review_ids)))
    ):
        found.setdefault(ref.review_id, []).append(ref)
    return found


def review_facts(
    history: History,
    collection_id: int,
    question: str,
    label: str,
    facts: Sequence[FactRef],
    decision: str,
    status: str = "",
    comment: str = "",
) -> int:
    """Record this reviewer's decision on the row holding ``facts``; returns its id."""
    try:
        value = FactDecision(decision)
    except ValueError:
        raise FactReviewError(
            Message(T("core", "«{value}» is not a decision on a fact."), value=decision)
        ) from None
    if value is FactDecision.RECLASSIFIED and status not in STATUSES:
        raise FactReviewError(Message(T("core", "Choose the status the row should have.")))
    if not facts:
        raise FactReviewError(Message(T("core", "Choose a row of the Facts table first.")))
    if value is not FactDecision.RECLASSIFIED:
        status = ""
    wanted = {(f.article_id, f.start, f.end) for f in facts}
    with history.change(
        "facts.review",
        Message(T("core", "Fact: {decision}"), decision=Message(DECISION_WORDS[value.value])),
    ) as rec:
        session = rec.session
        texts = dict(
            session.execute(
                select(Article.id, Article.text).where(
                    Article.id.in_({f.article_id for f in facts}),
                    Article.collection_id == collection_id,
                )
            ).all()
        )
        mine = session.scalars(
            select(FactReview).where(
                FactReview.collection_id == collection_id,
                FactReview.reviewer_id.is_(None)
                if rec.reviewer is None
                else FactReview.reviewer_id == rec.reviewer,
            )
        ).all()
        refs = _refs_of(session, [r.id for r in mine])
        same = next(
            (r for r in mine if {(x.article_id, x.start, x.end) for x in refs.get(r.id, [])}
             == wanted),
            None,
        )  # fmt: skip
        values = {
            "question": question[:400],
            "label": label[:400],
            "decision": value.value,
            "status": status,
            "comment": comment.strip(),
            "updated_at": now(),
        }
        if same is not None:
            rec.update(REVIEWS, {"id": same.id}, values)
            rec.result = same.id
            return same.id
        row = rec.insert(
            REVIEWS, {"collection_id": collection_id, "reviewer_id": rec.reviewer, **values}
        )
        for fact in sorted(set(facts), key=lambda f: (f.article_id, f.start)):
            text = texts.get(fact.article_id)
            if text is None or not 0 <= fact.start < fact.end <= len(text):
                raise FactReviewError(
                    Message(T("core", "A fact of this row is not in the collection's articles."))
                )
            exact, prefix, suffix = quote_selector(text, fact.start, fact.end)
            rec.insert(REFS, {
                "review_id": row["id"], "article_id": fact.article_id, "start": fact.start,
                "end": fact.end, "exact": exact, "prefix": prefix, "suffix": suffix,
            })  # fmt: skip
        rec.result = int(row["id"])
    return int(rec.result)


def clear_fact_review(history: History, review_id: int) -> None:
    with history.change("facts.clear", Message(T("core", "Clear decision on a fact"))) as rec:
        for ref in _refs_of(rec.session, [review_id]).get(review_id, []):
            rec.delete(REFS, {"id": ref.id})
        rec.delete(REVIEWS, {"id": review_id})


def list_fact_reviews(
    sessions: sessionmaker[Session], collection_id: int
) -> list[FactReviewRecord]:
    """Every reviewer's decisions on the collection's facts, newest first."""
    with sessions() as session:
        rows = session.execute(
            select(FactReview, Reviewer.name)
            .outerjoin(Reviewer, Reviewer.id == FactReview.reviewer_id)
            .where(FactReview.collection_id == collection_id)
            .order_by(FactReview.updated_at.desc(), FactReview.id.desc())
        ).all()
        refs = _refs_of(session, [r.id for r, _name in rows])
        out = []
        for review, name in rows:
            mine = sorted(refs.get(review.id, []), key=lambda r: (r.article_id, r.start))
            out.append(
                FactReviewRecord(
                    review.id,
                    review.question,
                    review.label,
                    FactDecision(review.decision).value,
                    review.status,
                    review.comment,
                    name or "",
                    tuple(FactRef(r.article_id, r.start, r.end) for r in mine),
                    tuple(r.exact for r in mine),
                    review.updated_at,
                )
            )
        return out


def match_reviews(
    questions: Sequence[tuple[str, Sequence[FactRef]]], reviews: Sequence[FactReviewRecord]
) -> dict[str, FactReviewRecord]:
    """Each question's newest decision: the review whose facts are mostly the question's (the
    same question id wins a tie). ``questions``: (id, its facts) from the current comparison."""
    found: dict[str, FactReviewRecord] = {}
    holders: dict[tuple[int, int, int], str] = {}
    for qid, facts in questions:
        for fact in facts:
            holders[(fact.article_id, fact.start, fact.end)] = qid
    for review in reviews:  # newest first: the first match stays
        votes: dict[str, int] = {}
        for fact in review.facts:
            holder = holders.get((fact.article_id, fact.start, fact.end))
            if holder is not None:
                votes[holder] = votes.get(holder, 0) + 1
        if not votes:
            continue
        best = max(votes, key=lambda q: (votes[q], q == review.question))
        if votes[best] * 2 >= len(review.facts) and best not in found:
            found[best] = review
    return found
