"""``tabayun search`` and ``tabayun info`` without loading SQLAlchemy (issue 21: every command
paid about 0.6 s to import it before doing anything, for a search of 8 ms): the local SQLite file
read directly with the standard library, the same FTS5 SQL (``db.fts``), the same match keys and
snippets, the same counts.

Only for a local database at this version's schema (with its FTS5 index for search), opened
read-only; in any other case (a server, a first start, an older or damaged file, no index) they
answer None and the command takes the ordinary way, which also says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.library.records import ArticleSummary, SearchHit, SearchResults
from app.library.snippets import find_matches, snippet
from app.text.normalize import query_keys
from db.fts import FTS_TABLE, RANKED_WINDOW, fts_query, fts_statements
from db.quick import open_read_only


def quick_search(
    database: Path, query: str, collection: str | None = None, limit: int = 50
) -> SearchResults | None:
    """Like ``app.library.search.search`` by collection name; None when it cannot answer."""
    conn = open_read_only(database)
    if conn is None:
        return None
    try:
        return _search(conn, query, collection, limit)
    except (sqlite3.Error, ValueError):
        return None  # the ordinary way says what is wrong
    finally:
        conn.close()


def quick_counts(database: Path) -> tuple[int, int, int] | None:
    """(collections, outlets, articles not replaced by a newer version), as
    ``app.library.queries.counts`` gives them; None when it cannot answer."""
    conn = open_read_only(database)
    if conn is None:
        return None
    try:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM collections), (SELECT count(*) FROM sources),"
            " (SELECT count(*) FROM articles WHERE replaced_by_id IS NULL)"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _search(
    conn: sqlite3.Connection, query: str, collection: str | None, limit: int
) -> SearchResults | None:
    has_index = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).fetchone()
    if has_index is None:
        return None
    collection_id = None
    if collection is not None:
        row = conn.execute("SELECT id FROM collections WHERE name = ?", (collection,)).fetchone()
        if row is None:
            return None  # the ordinary way lists the collections there are
        collection_id = int(row[0])
    keys = query_keys(query)  # each word with the keys it may be stored under
    if not keys:
        return SearchResults(query, 0, ())
    terms = list(dict.fromkeys(keys))
    counting, flooring, ranking = fts_statements(collection_id is not None)
    params = {"query": fts_query(terms), "collection": collection_id, "limit": limit}
    total = int(conn.execute(counting, params).fetchone()[0])
    if total == 0:
        return SearchResults(query, 0, ())
    floor = 0
    if total > RANKED_WINDOW:
        floor = int(conn.execute(flooring, {**params, "skip": RANKED_WINDOW - 1}).fetchone()[0])
    ids = [int(r[0]) for r in conn.execute(ranking, {**params, "floor": floor})]
    wanted = {key for alternatives in keys for key in alternatives}
    hits = []
    for summary, text in _articles(conn, ids):
        matches = find_matches(text, wanted)
        if matches:
            cut, highlights = snippet(text, matches)
            hits.append(SearchHit(summary, cut, highlights, *matches[0], len(matches)))
    return SearchResults(query, total, tuple(hits))


def _articles(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[ArticleSummary, str]]:
    """The articles ``ids`` in that order, as the ordinary way's summaries, with their texts."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT a.id, a.collection_id, a.title, s.name, a.published_on, a.word_count,"
        " a.language, a.direction, a.original_filename, a.text FROM articles AS a"
        f" LEFT JOIN sources AS s ON s.id = a.source_id WHERE a.id IN ({marks})",
        ids,
    ).fetchall()
    by_id = {}
    for i, c, title, outlet, date, words, language, direction, filename, text in rows:
        published = dt.date.fromisoformat(date) if date else None
        summary = ArticleSummary(
            i, c, title, outlet, published, words, language, direction.lower(), filename
        )
        by_id[i] = (summary, text)
    return [by_id[i] for i in ids if i in by_id]
