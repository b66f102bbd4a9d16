"""Editing what the import guessed about an article: title, outlet, date, URL.

The text itself never changes (a database trigger refuses it); its details may, and every
change is written to the change log with the values before and after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.records import ArticleSummary
from db.models import Article, ChangeLogEntry, Source
from db.session import unit_of_work


@dataclass(frozen=True)
class ArticleDetails:
    title: str
    outlet: str | None
    published_on: dt.date | None
    url: str | None


def outlet_names(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(Source.name).order_by(Source.name)))


def details_of(sessions: sessionmaker[Session], article_id: int) -> ArticleDetails:
    with sessions() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise ValueError(f"article {article_id} does not exist")
        outlet = article.source.name if article.source else None
        return ArticleDetails(article.title, outlet, article.published_on, article.url)


def update_details(
    sessions: sessionmaker[Session], article_id: int, details: ArticleDetails
) -> ArticleSummary:
    """Save new details (an empty outlet or date clears it); returns the updated summary."""
    from app.library import list_articles

    title = details.title.strip()
    if not title:
        raise ValueError("an article needs a title")
    with unit_of_work(sessions) as session:
        article = session.get(Article, article_id)
        if article is None:
            raise ValueError(f"article {article_id} does not exist")
        before = {
            "title": article.title,
            "outlet": article.source.name if article.source else None,
            "published_on": article.published_on.isoformat() if article.published_on else None,
            "url": article.url,
        }
        outlet = (details.outlet or "").strip() or None
        source = None
        if outlet:
            source = session.scalar(select(Source).where(Source.name == outlet))
            if source is None:
                source = Source(name=outlet, language=article.language)
                session.add(source)
        article.title = title
        article.source = source
        article.published_on = details.published_on
        article.url = (details.url or "").strip() or None
        after = {
            "title": title,
            "outlet": outlet,
            "published_on": details.published_on.isoformat() if details.published_on else None,
            "url": article.url,
        }
        session.add(
            ChangeLogEntry(
                action="article.edit",
                entity="article",
                entity_id=article_id,
                payload={"before": before, "after": after},
            )
        )
        collection_id = article.collection_id
    return next(a for a in list_articles(sessions, collection_id) if a.id == article_id)
