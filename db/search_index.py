"""The search index behind one module: SQLite FTS5 where available, a portable table elsewhere.

Both index *match keys*, computed by the caller (app.text.normalize): folded, diacritics removed,
clitic prefixes removed. ``article_search`` (FTS5, created by migration 0003 on SQLite builds
that have FTS5) holds one row per article with its keys; ``search_terms`` holds one row per
distinct key and works on any database SQLAlchemy supports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, delete, func, insert, inspect, select, text
from sqlalchemy.orm import Session

from db.fts import FTS_TABLE, RANKED_WINDOW, fts_query, fts_statements
from db.models import Article, SearchTerm

PG_TABLE = "article_search_pg"  # PostgreSQL: a tsvector of the keys under a GIN index (0012)
_WORDS = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer calls a word


def uses_fts(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite" and inspect(connection).has_table(FTS_TABLE)


def uses_tsvector(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def index_articles(session: Session, entries: Iterable[tuple[int, str]]) -> None:
    """Add articles to the index: (article id, its key text: the match keys as one string).

    FTS5 splits the key text into words itself; the portable table stores its distinct words.
    """
    entries = list(entries)
    if not entries:
        return
    if uses_tsvector(session.connection()):
        add = f"INSERT INTO {PG_TABLE} (article_id, keys) VALUES (:id, to_tsvector('simple', :k))"
        session.execute(text(add), [{"id": i, "k": keys} for i, keys in entries])
        return
    if uses_fts(session.connection()):
        session.execute(
            text(f"INSERT INTO {FTS_TABLE} (rowid, keys) VALUES (:id, :keys)"),
            [{"id": article_id, "keys": keys} for article_id, keys in entries],
        )
        return
    session.execute(
        insert(SearchTerm),
        [
            {"article_id": article_id, "term": term[:100]}
            for article_id, keys in entries
            for term in sorted(set(_WORDS.findall(keys)))
        ],
    )


def unindex_articles(session: Session, article_ids: Sequence[int]) -> None:
    """Take articles out of the index (before their text is indexed again)."""
    if not article_ids:
        return
    if uses_tsvector(session.connection()):
        session.execute(
            text(f"DELETE FROM {PG_TABLE} WHERE article_id = ANY(:ids)"), {"ids": list(article_ids)}
        )
        return
    if uses_fts(session.connection()):
        session.execute(
            text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), [{"id": i} for i in article_ids]
        )
        return
    session.execute(delete(SearchTerm).where(SearchTerm.article_id.in_(article_ids)))


def clear_index(session: Session) -> None:
    if uses_tsvector(session.connection()):
        session.execute(text(f"DELETE FROM {PG_TABLE}"))
    if uses_fts(session.connection()):
        session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    session.execute(delete(SearchTerm))


def indexed_count(session: Session) -> int:
    if uses_tsvector(session.connection()):
        return int(session.execute(text(f"SELECT count(*) FROM {PG_TABLE}")).scalar_one())
    if uses_fts(session.connection()):
        return int(session.execute(text(f"SELECT count(*) FROM {FTS_TABLE}")).scalar_one())
    return int(session.scalar(select(func.count(func.distinct(SearchTerm.article_id)))) or 0)


def find_articles(
    session: Session,
    terms: Sequence[str | Sequence[str]],
    *,
    collection_id: int | None = None,
    limit: int = 50,
) -> tuple[list[int], int]:
    """Ids of articles holding every term of ``terms``, best first, and how many match in all;
    a term is a key, or a word's alternative keys (``query_keys``), any of which will do.

    With FTS5, the best are ranked by bm25 among the newest RANKED_WINDOW matches, which keeps a
    query over 100,000 articles in milliseconds; the portable index lists the newest first.
    """
    groups = list(dict.fromkeys((t,) if isinstance(t, str) else tuple(t) for t in terms if t))
    if not groups:
        return [], 0
    if uses_tsvector(session.connection()):
        return _find_tsvector(session, groups, collection_id, limit)
    if uses_fts(session.connection()):
        return _find_fts(session, groups, collection_id, limit)
    each = [select(SearchTerm.article_id).where(SearchTerm.term.in_(g)) for g in groups]
    query = select(Article.id.label("article_id")).where(*(Article.id.in_(one) for one in each))
    if collection_id is not None:
        query = query.where(Article.collection_id == collection_id)
    matching = query.subquery()
    total = int(session.scalar(select(func.count()).select_from(matching)) or 0)
    ids = session.scalars(
        select(matching.c.article_id).order_by(matching.c.article_id.desc()).limit(limit)
    )
    return list(ids), total


def _find_fts(
    session: Session, terms: list[tuple[str, ...]], collection_id: int | None, limit: int
) -> tuple[list[int], int]:
    counting, flooring, ranking = fts_statements(collection_id is not None)
    params = {"query": fts_query(terms), "collection": collection_id, "limit": limit}
    total = int(session.execute(text(counting), params).scalar_one())
    if total == 0:
        return [], 0
    floor = 0
    if total > RANKED_WINDOW:
        floor = int(
            session.execute(text(flooring), {**params, "skip": RANKED_WINDOW - 1}).scalar_one()
        )
    rows = session.execute(text(ranking), {**params, "floor": floor})
    return [int(r[0]) for r in rows], total


def _find_tsvector(
    session: Session, terms: list[tuple[str, ...]], collection_id: int | None, limit: int
) -> tuple[list[int], int]:
    """Every term of the query, any of its keys (each key through plainto_tsquery: no operator
    in the user's words can change it; joined with the tsquery operators), newest first."""
    params: dict[str, object] = {"collection": collection_id, "limit": limit}
    every = []
    for n, keys in enumerate(terms):
        anyof = []
        for m, key in enumerate(keys):
            params[f"k{n}_{m}"] = key
            anyof.append(f"plainto_tsquery('simple', :k{n}_{m})")
        every.append("(" + " || ".join(anyof) + ")")
    join = " JOIN articles AS a ON a.id = s.article_id" if collection_id is not None else ""
    where = f"WHERE s.keys @@ ({' && '.join(every)})" + (
        " AND a.collection_id = :collection" if collection_id is not None else ""
    )
    base = f"FROM {PG_TABLE} AS s{join} {where}"
    # the planner takes a common word's matches for a sequential scan, which unpacks every
    # article's tsvector (44 ms at 20,000 articles); the GIN bitmap counts them in 3 ms
    session.execute(text("SET LOCAL enable_seqscan = off"))
    total = int(session.execute(text(f"SELECT count(*) {base}"), params).scalar_one())
    session.execute(text("SET LOCAL enable_seqscan = on"))
    if total == 0:
        return [], 0
    rows = session.execute(
        text(f"SELECT s.article_id {base} ORDER BY s.article_id DESC LIMIT :limit"), params
    )
    return [int(r[0]) for r in rows], total
