"""Comparing a collection from the database, with results cached per collection.

A cached result is used while the collection's fingerprint is unchanged: its articles (ids, text
hashes, titles, outlets, dates), their furniture marks (spans and whether they are excluded), and
the key of the engine's stages (their names, versions and parameters). Any import, edit or
furniture change gives a new fingerprint, so the next request compares again. The fingerprint is
one small query, far cheaper than loading and comparing the texts.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.compare.cache import ComparisonCache
from app.compare.engine import Comparison, compare
from app.compare.pipeline import DEFAULT_PIPELINE
from app.library.queries import list_articles, load_articles
from db.models import Article, FurnitureSpan


def collection_fingerprint(sessions: sessionmaker[Session], collection_id: int) -> str:
    with sessions() as session:
        articles = session.execute(
            select(
                Article.id,
                Article.content_hash,
                Article.title,
                Article.source_id,
                Article.published_on,
            )
            .where(Article.collection_id == collection_id, Article.replaced_by_id.is_(None))
            .order_by(Article.id)
        ).all()
        marks = session.execute(
            select(FurnitureSpan.article_id, FurnitureSpan.start, FurnitureSpan.end)
            .add_columns(FurnitureSpan.excluded)
            .join(Article, Article.id == FurnitureSpan.article_id)
            .where(Article.collection_id == collection_id, Article.replaced_by_id.is_(None))
            .order_by(FurnitureSpan.id)
        ).all()
    digest = hashlib.sha256(DEFAULT_PIPELINE.key.encode())
    for row in articles:
        digest.update(repr(tuple(row)).encode())
    digest.update(b"|")
    for row in marks:
        digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def compare_collection(
    sessions: sessionmaker[Session],
    collection_id: int,
    cache: ComparisonCache | None = None,
) -> Comparison:
    fingerprint = collection_fingerprint(sessions, collection_id)
    if cache is not None:
        cached = cache.get(collection_id, fingerprint)
        if cached is not None:
            return cached
    ids = [a.id for a in list_articles(sessions, collection_id)]
    result = compare(load_articles(sessions, ids))
    if cache is not None:
        cache.put(collection_id, fingerprint, result)
    return result
