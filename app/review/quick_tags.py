"""``tabayun tags list`` without loading SQLAlchemy: the codebook read from the local file with
the standard library (``db.quick``), as ``app.review.codebook.list_tags`` gives it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.review.records import TagRecord
from db.quick import open_read_only


def quick_tags(database: Path) -> list[TagRecord] | None:
    """Every tag, in order, with its uses; None when the file cannot answer this way."""
    conn = open_read_only(database)
    if conn is None:
        return None
    try:
        rows = conn.execute(
            "SELECT t.id, t.parent_id, t.name, t.name_alt, t.color, t.description, t.shortcut,"
            " t.position, (SELECT count(*) FROM annotation_tags AS u WHERE u.tag_id = t.id)"
            " FROM tags AS t ORDER BY t.position, t.id"
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return [TagRecord(*row) for row in rows]
