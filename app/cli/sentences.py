"""A sentence of a collection named on the command line by words it contains, as the comparison
cuts sentences (``tabayun passages …``)."""

from __future__ import annotations

from typing import Any

from app.errors import TabayunError


class Spanned:
    """A compared sentence as ``named_sentence`` reads one."""

    def __init__(self, article: int, start: int, end: int, text: str, furniture: bool) -> None:
        self.article_id, self.start, self.end, self.text = article, start, end, text
        self.furniture = furniture


def named_sentence(segments: Any, words: str) -> Any:
    from app.review.records import FactRef
    from app.text.normalize import key_text

    wanted = key_text(words).strip()
    found = [s for s in segments if not s.furniture and wanted and wanted in key_text(s.text)]
    if not found:
        raise TabayunError(f"no sentence of the collection contains «{words}»")
    if len(found) > 1:
        listed = "\n".join(f"  {s.text[:100]}" for s in found[:8])
        raise TabayunError(f"«{words}» is in {len(found)} sentences; give more words:\n{listed}")
    (segment,) = found
    return FactRef(segment.article_id, segment.start, segment.end)
