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

from db.models import Article, SearchTerm

FTS_TABLE = "article_search"
_WORDS = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer calls a word


def uses_fts(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite" and inspect(connection).has_table(FTS_TABLE)


def index_articles(session: Session, entries: Iterable[tuple[int, str]]) -> None:
    """Add articles to the index: (article id, its key text: the match keys as one string).

    FTS5 splits the key text into words itself; the portable table stores its distinct words.
    """
    entries = list(entries)
    if not entries:
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


def clear_index(session: Session) -> None:
    if uses_fts(session.connection()):
        session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    session.execute(delete(SearchTerm))


def indexed_count(session: Session) -> int:
    if uses_fts(session.connection()):
        return int(session.execute(text(f"SELECT count(*) FROM {FTS_TABLE}")).scalar_one())
    return int(session.scalar(select(func.count(func.distinct(SearchTerm.article_id)))) or 0)


def _fts_query(terms: Sequence[str]) -> str:
    # Each key quoted as an FTS5 string: no operator in the user's words can change the query.
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def find_articles(
    session: Session, terms: Sequence[str], *, collection_id: int | None = None, limit: int = 50
) -> list[int]:
    """Ids of articles holding every key in ``terms``, best first."""
    if not terms:
        return []
    distinct = list(dict.fromkeys(terms))
    if uses_fts(session.connection()):
        sql = (
            f"SELECT s.rowid FROM {FTS_TABLE} AS s"
            + (" JOIN articles AS a ON a.id = s.rowid" if collection_id is not None else "")
            + f" WHERE {FTS_TABLE} MATCH :query"
            + (" AND a.collection_id = :collection" if collection_id is not None else "")
            + " ORDER BY bm25(article_search) LIMIT :limit"
        )
        rows = session.execute(
            text(sql), {"query": _fts_query(distinct), "collection": collection_id, "limit": limit}
        )
        return [int(r[0]) for r in rows]
    query = (
        select(SearchTerm.article_id)
        .where(SearchTerm.term.in_(distinct))
        .group_by(SearchTerm.article_id)
        .having(func.count(func.distinct(SearchTerm.term)) == len(distinct))
        .order_by(SearchTerm.article_id)
        .limit(limit)
    )
    if collection_id is not None:
        query = query.join(Article, Article.id == SearchTerm.article_id).where(
            Article.collection_id == collection_id
        )
    return list(session.scalars(query))
