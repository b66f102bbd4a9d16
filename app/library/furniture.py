"""The reviewer's say on page furniture: mark any span as furniture, or unmark detected spans.

Spans are never deleted: unmarking keeps the detected span with ``excluded`` off, so that a
later detection does not bring it back and the change can be seen in the change log.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.library.records import FurnitureMark
from db.models import Article, ChangeLogEntry, FurnitureSpan, MarkOrigin
from db.session import unit_of_work


def _marks(session: Session, article_id: int) -> tuple[FurnitureMark, ...]:
    spans = session.scalars(
        select(FurnitureSpan)
        .where(FurnitureSpan.article_id == article_id)
        .order_by(FurnitureSpan.start)
    )
    return tuple(
        FurnitureMark(s.id, s.start, s.end, s.kind, s.origin.value, s.excluded) for s in spans
    )


def furniture_of(sessions: sessionmaker[Session], article_id: int) -> tuple[FurnitureMark, ...]:
    with sessions() as session:
        return _marks(session, article_id)


def _check_range(session: Session, article_id: int, start: int, end: int) -> None:
    article = session.get(Article, article_id)
    if article is None:
        raise ValueError(f"article {article_id} does not exist")
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"span {start}..{end} is outside the article (0..{len(article.text)})")


def mark_furniture(
    sessions: sessionmaker[Session], article_id: int, start: int, end: int
) -> tuple[FurnitureMark, ...]:
    """Mark ``start``..``end`` (code points) as furniture; returns the article's marks."""
    with unit_of_work(sessions) as session:
        _check_range(session, article_id, start, end)
        same = session.scalar(
            select(FurnitureSpan).where(
                FurnitureSpan.article_id == article_id,
                FurnitureSpan.start == start,
                FurnitureSpan.end == end,
            )
        )
        if same is not None:
            same.excluded = True
        else:
            same = FurnitureSpan(
                article_id=article_id,
                start=start,
                end=end,
                kind="reviewer",
                origin=MarkOrigin.REVIEWER,
                excluded=True,
            )
            session.add(same)
        session.flush()
        session.add(
            ChangeLogEntry(
                action="furniture.mark",
                entity="furniture_span",
                entity_id=same.id,
                payload={"start": start, "end": end},
            )
        )
        session.flush()
        return _marks(session, article_id)


def unmark_furniture(
    sessions: sessionmaker[Session], article_id: int, start: int, end: int
) -> tuple[FurnitureMark, ...]:
    """Every furniture span overlapping ``start``..``end`` counts as article text again."""
    with unit_of_work(sessions) as session:
        _check_range(session, article_id, start, end)
        overlapping = session.scalars(
            select(FurnitureSpan).where(
                FurnitureSpan.article_id == article_id,
                FurnitureSpan.start < end,
                FurnitureSpan.end > start,
                FurnitureSpan.excluded.is_(True),
            )
        ).all()
        for span in overlapping:
            span.excluded = False
            session.add(
                ChangeLogEntry(
                    action="furniture.unmark",
                    entity="furniture_span",
                    entity_id=span.id,
                    payload={"start": span.start, "end": span.end},
                )
            )
        session.flush()
        return _marks(session, article_id)
