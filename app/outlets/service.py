"""The reviewer's word on outlets: name the outlet of many articles at once, rename an outlet,
merge outlets that are one (the merged names become aliases). Every change is one undoable
change in the review history, logged with the reviewer and the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from app.outlets.detect import OutletOrigin
from app.review.history import History, Recorder, table_of
from db.models import Article, Source, SourceAlias

MAX_NAME = 200


class OutletError(TabayunError):
    """An outlet change that cannot be made; the message says why."""


@dataclass(frozen=True)
class OutletSummary:
    id: int
    name: str
    articles: int  # current articles filed under it (in the collection asked for, or all)
    aliases: tuple[str, ...]


def list_outlets(
    sessions: sessionmaker[Session], collection_id: int | None = None
) -> list[OutletSummary]:
    """Every outlet with its article count (in ``collection_id`` when given) and aliases,
    most articles first; outlets without articles there are listed too (count 0)."""
    with sessions() as session:
        counts = select(Article.source_id, func.count(Article.id).label("n")).where(
            Article.replaced_by_id.is_(None)
        )
        if collection_id is not None:
            counts = counts.where(Article.collection_id == collection_id)
        grouped = session.execute(counts.group_by(Article.source_id)).all()
        counted: dict[int | None, int] = {row[0]: row[1] for row in grouped}
        aliases: dict[int, list[str]] = {}
        for source_id, name in session.execute(
            select(SourceAlias.source_id, SourceAlias.name).order_by(SourceAlias.name)
        ):
            aliases.setdefault(source_id, []).append(name)
        rows = session.execute(select(Source.id, Source.name)).all()
    found = [OutletSummary(i, n, counted.get(i, 0), tuple(aliases.get(i, ()))) for i, n in rows]
    return sorted(found, key=lambda o: (-o.articles, o.name))


def unnamed_count(sessions: sessionmaker[Session], collection_id: int) -> int:
    with sessions() as session:
        return int(
            session.scalar(
                select(func.count(Article.id)).where(
                    Article.collection_id == collection_id,
                    Article.replaced_by_id.is_(None),
                    Article.source_id.is_(None),
                )
            )
            or 0
        )


def _clean(name: str) -> str:
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise OutletError(Message(T("core", "An outlet's name is at most 200 characters.")))
    return name


def _source_for(recorder: Recorder, session: Session, name: str) -> int:
    """The id of the outlet called ``name`` (or aliased so), created in this change if new."""
    found = session.scalar(select(Source.id).where(Source.name == name))
    if found is None:
        found = session.scalar(select(SourceAlias.source_id).where(SourceAlias.name == name))
    if found is not None:
        return int(found)
    key = recorder.insert(table_of(Source), {"name": name})
    return int(key["id"])


def set_outlet(history: History, article_ids: Sequence[int], name: str | None) -> int:
    """File ``article_ids`` under the outlet ``name`` (created if new; an alias finds its
    outlet); None or "" makes them unnamed. Returns how many articles changed."""
    name = _clean(name or "")
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    label = (
        Message(T("core", "Outlet of {count} article(s): «{name}»"), count=len(ids), name=name)
        if name
        else Message(T("core", "Outlet of {count} article(s) cleared"), count=len(ids))
    )
    articles = table_of(Article)
    with history.change("outlet.set", label) as recorder:
        session = recorder.session
        source_id = _source_for(recorder, session, name) if name else None
        existing = set(session.scalars(select(Article.id).where(Article.id.in_(ids))))
        missing = [i for i in ids if i not in existing]
        if missing:
            template = T("core", "An article to name no longer exists; nothing was changed.")
            raise OutletError(Message(template))
        before = len(recorder.rows)
        for article_id in ids:
            recorder.update(
                articles,
                {"id": article_id},
                {
                    "source_id": source_id,
                    "outlet_origin": str(OutletOrigin.REVIEWER) if name else None,
                    "outlet_evidence": None,
                },
            )
        return sum(1 for r in recorder.rows[before:] if r.table == "articles")


def rename_outlet(history: History, source_id: int, new_name: str) -> None:
    """Give an outlet another name; the old one stays as an alias, so a later import that
    finds it files the article here. A name another outlet has is refused: merge instead."""
    new_name = _clean(new_name)
    if not new_name:
        raise OutletError(Message(T("core", "An outlet needs a name.")))
    sources, aliases = table_of(Source), table_of(SourceAlias)
    with history.change("outlet.rename", "") as recorder:
        session = recorder.session
        old = session.scalar(select(Source.name).where(Source.id == source_id))
        if old is None:
            raise OutletError(Message(T("core", "That outlet no longer exists.")))
        if old == new_name:
            return
        taken = session.scalar(
            select(Source.id).where(Source.name == new_name, Source.id != source_id)
        )
        if taken is not None:
            template = T(
                "core",
                "Another outlet is already called {name}; merge the two outlets instead.",
            )
            raise OutletError(Message(template, name=new_name))
        recorder.label = Message(
            T("core", "Rename outlet «{old}» to «{new}»"), old=old, new=new_name
        )
        alias_of_new = session.scalar(select(SourceAlias.id).where(SourceAlias.name == new_name))
        if alias_of_new is not None:
            recorder.delete(aliases, {"id": alias_of_new})
        recorder.update(sources, {"id": source_id}, {"name": new_name})
        if session.scalar(select(SourceAlias.id).where(SourceAlias.name == old)) is None:
            recorder.insert(aliases, {"source_id": source_id, "name": old})


def merge_outlets(history: History, source_ids: Sequence[int], into_id: int) -> int:
    """Merge outlets into ``into_id``: their articles move there, their names (and aliases)
    become its aliases, and they are removed. Returns how many articles moved."""
    merged = sorted(set(source_ids) - {into_id})
    if not merged:
        return 0
    sources, aliases, articles = table_of(Source), table_of(SourceAlias), table_of(Article)
    with history.change("outlet.merge", "") as recorder:
        session = recorder.session
        found = session.execute(
            select(Source.id, Source.name).where(Source.id.in_([*merged, into_id]))
        )
        names: dict[int, str] = {row[0]: row[1] for row in found.all()}
        if into_id not in names or any(i not in names for i in merged):
            raise OutletError(Message(T("core", "That outlet no longer exists.")))
        recorder.label = Message(
            T("core", "Merge outlets {names} into «{name}»"),
            names="، ".join(f"«{names[i]}»" for i in merged),
            name=names[into_id],
        )
        moved = 0
        for article_id in session.scalars(select(Article.id).where(Article.source_id.in_(merged))):
            recorder.update(articles, {"id": article_id}, {"source_id": into_id})
            moved += 1
        for alias_id in session.scalars(
            select(SourceAlias.id).where(SourceAlias.source_id.in_(merged))
        ):
            recorder.update(aliases, {"id": alias_id}, {"source_id": into_id})
        for source_id in merged:
            recorder.delete(sources, {"id": source_id})
            recorder.insert(aliases, {"source_id": into_id, "name": names[source_id]})
        return moved
