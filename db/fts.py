"""The SQLite FTS5 search's own SQL, importable without SQLAlchemy: the window and the engine
run it through SQLAlchemy (``db.search_index``), the command line's quick path through the
standard library's sqlite3 (``app.library.quick_search``), so both rank alike."""

from __future__ import annotations

from collections.abc import Sequence

FTS_TABLE = "article_search"
RANKED_WINDOW = 2000  # ranking (bm25) costs ~1.2 µs a match: rank the newest matches only


def fts_query(terms: Sequence[str | Sequence[str]]) -> str:
    """Each key quoted as an FTS5 string: no operator in the user's words can change the query.
    A term given as several keys (a word's alternatives, ``query_keys``) matches any of them."""

    def quoted(key: str) -> str:
        return '"' + key.replace('"', '""') + '"'

    return " AND ".join(
        quoted(t) if isinstance(t, str) else "(" + " OR ".join(map(quoted, t)) + ")" for t in terms
    )


def fts_statements(in_collection: bool) -> tuple[str, str, str]:
    """The count, the floor of the ranked window, and the ranked rows (named parameters
    ``query``, ``collection``, ``skip``, ``floor``, ``limit``)."""
    join = " JOIN articles AS a ON a.id = s.rowid" if in_collection else ""
    where = f"WHERE {FTS_TABLE} MATCH :query" + (
        " AND a.collection_id = :collection" if in_collection else ""
    )
    base = f"FROM {FTS_TABLE} AS s{join} {where}"
    return (
        f"SELECT count(*) {base}",
        f"SELECT s.rowid {base} ORDER BY s.rowid DESC LIMIT 1 OFFSET :skip",
        f"SELECT s.rowid {base} AND s.rowid >= :floor ORDER BY s.rank LIMIT :limit",
    )
