"""Moving a library between the local file and a shared server (``tabayun server push|pull``):
every table copied row by row with its ids, in one transaction on the receiving side (whole or
not at all), then checked: the same number of rows in every table and the same article texts.

The receiving side must hold no library yet (a server just set up, a new data folder): a copy
never merges two libraries. On a server the id sequences are moved past the copied ids, so the
next article or note gets a new one; on SQLite the search index is rebuilt from the texts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text

from app.errors import TabayunError
from app.messages import Message, T
from app.tasks import TaskControl

CHUNK = 2000


@dataclass(frozen=True)
class Transferred:
    rows: dict[str, int]  # table → rows copied
    articles_digest: str  # SHA-256 over every article's id and text, equal on both sides


def _digest(conn: Connection) -> str:
    from db.models import Article

    digest = hashlib.sha256()
    for article_id, body in conn.execute(select(Article.id, Article.text).order_by(Article.id)):
        digest.update(f"{article_id}\0{body}\0".encode())
    return digest.hexdigest()


INDEX_TABLES = frozenset({"search_terms"})  # rebuilt from the texts on the receiving side


def _tables() -> list[Table]:
    from db.models import Base

    return [t for t in Base.metadata.sorted_tables if t.name not in INDEX_TABLES]


def _counts(conn: Connection) -> dict[str, int]:
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
        for table in _tables()
    }


def copy_library(source: Engine, target: Engine, control: TaskControl | None = None) -> Transferred:
    """Copy everything of ``source`` into ``target`` (both at the current schema), checked."""
    from db.migrate import upgrade

    control = control or TaskControl()
    upgrade(target)
    with target.connect() as conn:
        held = _counts(conn)
    if any(held.values()):
        raise TabayunError(
            Message(
                T(
                    "core",
                    "The receiving database already holds a library; a copy never merges two. "
                    "Nothing was copied.",
                )
            )
        )
    tables = _tables()  # parents before children
    with source.connect() as conn:
        wanted, source_digest = _counts(conn), _digest(conn)
    total = sum(wanted.values())
    done = 0
    with source.connect() as reading, target.begin() as writing:
        for table in tables:
            for rows in _chunks(reading, table):
                control.raise_if_cancelled()
                writing.execute(insert(table), rows)
                done += len(rows)
                copying = Message(T("core", "Copying {table}"), table=table.name)
                control.report(done, total, copying)
        if writing.dialect.name == "postgresql":
            for table in tables:
                if "id" in table.c and table.c.id.primary_key:
                    writing.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                        )
                    )
        # checked before it commits: a copy that does not match is not kept
        got, target_digest = _counts(writing), _digest(writing)
        if got != wanted or source_digest != target_digest:
            differ = [f"{k} {wanted[k]}→{got.get(k)}" for k in wanted if wanted[k] != got.get(k)]
            raise TabayunError(
                Message(
                    T(
                        "core",
                        "The copy did not match its source ({detail}), so nothing was copied.",
                    ),
                    detail=", ".join(differ) or "article texts",
                )
            )
    from app.library.search import rebuild_index
    from db.session import make_session_factory

    control.report(total, total, Message(T("core", "Indexing the articles for search")))
    rebuild_index(make_session_factory(target), control)
    return Transferred(got, target_digest)


def _chunks(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The table's rows a chunk at a time: after the last id seen where the key is one integer
    column (no growing OFFSET), by OFFSET otherwise (the link tables)."""
    keys = list(table.primary_key.columns)
    last = None
    offset = 0
    while True:
        query = select(table).order_by(*keys).limit(CHUNK)
        if len(keys) == 1 and last is not None:
            query = query.where(keys[0] > last)
        elif len(keys) > 1:
            query = query.offset(offset)
        rows = [dict(r) for r in conn.execute(query).mappings()]
        if not rows:
            return
        yield rows
        last = rows[-1][keys[0].name]
        offset += len(rows)
