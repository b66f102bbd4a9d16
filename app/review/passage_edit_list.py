"""The reviewer's corrections to a collection's passages as a list, in the order made (the
order they apply in): one SQL query (``db.rows``) for the window, a server and the command
line's quick path on a local file."""

from __future__ import annotations

from typing import Any

from app.review.records import FactRef, PassageEditRecord
from db.rows import Rows, when

ONE_PLACE = ("split", "checked")  # corrections that name one place, not two sentences

_EDITS = """
SELECT e.id, e.kind, r.name, e.created_at, f.side, f.article_id, f.start, f."end", f.exact
FROM passage_edits AS e
JOIN passage_edit_refs AS f ON f.edit_id = e.id
LEFT JOIN reviewers AS r ON r.id = e.reviewer_id
WHERE e.collection_id = :collection
ORDER BY e.created_at, e.id, f.side
"""


def read_passage_edits(rows: Rows, collection_id: int) -> list[PassageEditRecord]:
    """The collection's corrections, in the order made."""
    heads: dict[int, tuple[str, str, Any]] = {}
    sides: dict[int, list[tuple[FactRef, str]]] = {}
    for edit, kind, name, created, _side, article, start, end, exact in rows(
        _EDITS, {"collection": collection_id}
    ):
        heads[edit] = (kind, name or "", created)
        sides.setdefault(edit, []).append((FactRef(article, start, end), exact))
    out = []
    for edit, (kind, name, created) in heads.items():
        refs = sides[edit]
        if kind in ONE_PLACE and len(refs) == 1:
            refs = refs * 2  # one place: the split point and the rest, or the sentence checked
        if len(refs) != 2:
            continue
        (first, a), (second, b) = refs
        out.append(PassageEditRecord(int(edit), kind, name, first, second, (a, b), when(created)))
    return out
