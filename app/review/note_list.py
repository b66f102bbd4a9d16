"""The reviewers' notes as a list, newest first: one SQL query (``db.rows``) that the window,
a server and the command line's quick path on a local file all read."""

from __future__ import annotations

from typing import Any

from app.review.records import NoteRecord, TargetKind
from app.text.normalize import match_keys, query_keys
from db.rows import Rows, when

TARGET_COLUMN: dict[TargetKind, str] = {
    "collection": "collection_id",
    "article": "article_id",
    "annotation": "annotation_id",
    "group": "group_id",
}

_NOTES = """
SELECT n.id, n.body, n.collection_id, n.article_id, n.annotation_id, n.group_id, r.name,
       n.created_at, n.updated_at, an.article_id,
       COALESCE(n.collection_id, ar.collection_id, g.collection_id)
FROM notes AS n
LEFT JOIN reviewers AS r ON r.id = n.reviewer_id
LEFT JOIN annotations AS an ON an.id = n.annotation_id
LEFT JOIN articles AS ar ON ar.id = COALESCE(n.article_id, an.article_id)
LEFT JOIN passage_groups AS g ON g.id = n.group_id
"""


def read_notes(
    rows: Rows,
    collection_id: int | None = None,
    query: str = "",
    target: tuple[TargetKind, int] | None = None,
) -> list[NoteRecord]:
    """Notes, newest first: all, a collection's (on it or anything in it), or one target's;
    ``query`` keeps those in which every word of it starts a word (letters folded, diacritics
    and prefixes off), so a half-typed word already finds."""
    sql, params = _NOTES, {}
    if target is not None:
        sql += f" WHERE n.{TARGET_COLUMN[target[0]]} = :target"
        params["target"] = target[1]
    elif collection_id is not None:
        sql += " WHERE COALESCE(n.collection_id, ar.collection_id, g.collection_id) = :collection"
        params["collection"] = collection_id
    sql += " ORDER BY n.updated_at DESC, n.id DESC"
    records = [_record(row) for row in rows(sql, params)]
    wanted = query_keys(query)
    if wanted:
        records = [r for r in records if _matches(wanted, set(match_keys(r.body)))]
    return records


def _record(row: Any) -> NoteRecord:
    note_id, body, on_collection, on_article, on_span, on_group = row[:6]
    reviewer, created, updated, span_article, collection = row[6:]
    ids: dict[TargetKind, int | None] = {
        "collection": on_collection, "article": on_article,
        "annotation": on_span, "group": on_group,
    }  # fmt: skip
    kind = next(k for k, v in ids.items() if v is not None)  # the database's CHECK: one target
    return NoteRecord(
        int(note_id), body, kind, int(ids[kind] or 0), collection, on_article or span_article,
        reviewer or "", when(created), when(updated),
    )  # fmt: skip


def _matches(wanted: list[tuple[str, ...]], words: set[str]) -> bool:
    """Every word of the query begins a word of the note, under one of its keys."""
    return all(any(word.startswith(key) for word in words for key in keys) for keys in wanted)
