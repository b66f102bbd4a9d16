"""Where a search's words are in an article, and the piece of it shown around the first: pure
functions on the stored text (no database), shared by the search and its quick path."""

from __future__ import annotations

from collections.abc import Sequence

from app.text.normalize import keyed_words

SNIPPET_BEFORE, SNIPPET_AFTER = 60, 120


def find_matches(text: str, keys: set[str]) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` whose match key is one of ``keys``."""
    return [(start, end) for start, end, key in keyed_words(text) if key in keys]


def snippet(
    text: str, matches: Sequence[tuple[int, int]]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    first_start, first_end = matches[0]
    start = max(0, first_start - SNIPPET_BEFORE)
    end = min(len(text), first_end + SNIPPET_AFTER)
    while start > 0 and not text[start - 1].isspace():  # whole words only
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    piece = text[start:end]
    highlights = tuple((s - start, e - start) for s, e in matches if s >= start and e <= end)
    lead = "…" if start > 0 else ""
    trail = "…" if end < len(text) else ""
    shifted = tuple((s + len(lead), e + len(lead)) for s, e in highlights)
    return (lead + piece.replace("\n", " ") + trail, shifted)
