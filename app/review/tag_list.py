"""The codebook as a list: every tag in order with its number of uses, one SQL query
(``db.rows``) that the window, a server and ``tabayun tags list`` on a local file (no SQLAlchemy
loaded) all read."""

from __future__ import annotations

from app.review.records import TagRecord
from db.rows import Rows

_TAGS = """
SELECT t.id, t.parent_id, t.name, t.name_alt, t.color, t.description, t.shortcut, t.position,
       (SELECT count(*) FROM annotation_tags AS u WHERE u.tag_id = t.id)
FROM tags AS t
ORDER BY t.position, t.id
"""


def read_tags(rows: Rows) -> list[TagRecord]:
    """Every tag, in order (parents before children within their position), with its uses."""
    return [TagRecord(*row) for row in rows(_TAGS, {})]
