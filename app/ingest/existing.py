"""Classifying what is about to be imported against what the target collection already holds:
duplicates by text, near duplicates, and new versions of files imported before."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.ingest.plan import PlanRow, classify
from db.models import Article


def classify_against(
    sessions: sessionmaker[Session], rows: Sequence[PlanRow], collection_id: int | None
) -> list[PlanRow]:
    """``rows`` classified against the target collection (None: a new one): duplicates by text,
    near duplicates, and updates of articles imported earlier from files of the same name."""
    if collection_id is None:
        return classify(rows, {})
    with sessions() as session:
        found = session.execute(
            select(Article.id, Article.text, Article.original_filename)
            .where(Article.collection_id == collection_id, Article.replaced_by_id.is_(None))
            .order_by(Article.id)
        ).all()
    texts = {article_id: text for article_id, text, _ in found}
    names = {name: article_id for article_id, _, name in found if name}
    return classify(rows, texts, names)
