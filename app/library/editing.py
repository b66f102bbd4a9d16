"""Editing what the import guessed about an article: title, outlet, date, URL.

The text itself never changes (a database trigger refuses it); its details may. Every edit is
one undoable change in the review history, logged with the reviewer and the time. An outlet or
a date the reviewer sets is marked as theirs (origin "reviewer"), so nobody mistakes it for one
the file said.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.library.records import ArticleSummary
from app.messages import Message, T
from app.review.history import History, table_of
from app.review.records import shorten
from db.models import Article, Source, SourceAlias


class ArticleEditError(TabayunError, ValueError):
    """The details cannot be saved; the message says why."""


@dataclass(frozen=True)
class ArticleDetails:
    title: str
    outlet: str | None
    published_on: dt.date | None
    url: str | None
    # Shown, not edited: where the outlet and the date came from, and what else the file said.
    outlet_origin: str | None = None
    outlet_evidence: str | None = None
    date_origin: str | None = None
    author: str | None = None
    place: str | None = None


def outlet_names(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(Source.name).order_by(Source.name)))


def details_of(sessions: sessionmaker[Session], article_id: int) -> ArticleDetails:
    with sessions() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise ArticleEditError(Message(T("core", "That article no longer exists.")))
        return ArticleDetails(
            article.title,
            article.source.name if article.source else None,
            article.published_on,
            article.url,
            article.outlet_origin if article.source else None,
            article.outlet_evidence,
            article.date_origin if article.published_on else None,
            article.author,
            article.place,
        )


def _source_id(session: Session, name: str) -> int | None:
    """The outlet called ``name``, or whose alias it is."""
    found = session.scalar(select(Source.id).where(Source.name == name))
    if found is None:
        found = session.scalar(select(SourceAlias.source_id).where(SourceAlias.name == name))
    return int(found) if found is not None else None


def update_details(history: History, article_id: int, details: ArticleDetails) -> ArticleSummary:
    """Save new details (an empty outlet or date clears it); returns the updated summary."""
    from app.library.queries import list_articles

    title = " ".join(details.title.split())
    if not title:
        raise ArticleEditError(Message(T("core", "An article needs a title.")))
    outlet = " ".join((details.outlet or "").split()) or None
    if outlet and len(outlet) > 200:
        raise ArticleEditError(Message(T("core", "An outlet's name is at most 200 characters.")))
    label = Message(T("core", "Edit details of «{title}»"), title=shorten(title))
    with history.change("article.edit", label) as recorder:
        session = recorder.session
        article = session.get(Article, article_id)
        if article is None:
            raise ArticleEditError(Message(T("core", "That article no longer exists.")))
        old_outlet = article.source.name if article.source else None
        source_id = article.source_id
        values: dict[str, object] = {
            "title": title,
            "published_on": details.published_on,
            "url": (details.url or "").strip() or None,
        }
        if outlet != old_outlet:
            source_id = _source_id(session, outlet) if outlet else None
            if outlet and source_id is None:
                source_id = int(recorder.insert(table_of(Source), {"name": outlet})["id"])
            values |= {
                "source_id": source_id,
                "outlet_origin": "reviewer" if outlet else None,
                "outlet_evidence": None,
            }
        if details.published_on != article.published_on:
            values["date_origin"] = "reviewer" if details.published_on else None
        collection_id = article.collection_id
        recorder.update(table_of(Article), {"id": article_id}, values)
    return next(a for a in list_articles(history.sessions, collection_id) if a.id == article_id)
