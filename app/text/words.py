"""Words as a reader counts them: runs of letters and digits, Arabic marks kept inside words."""

from __future__ import annotations

import re

# Python's \w stops at Arabic combining marks (تعهّد would split at the shadda), so the marks and
# tatweel are part of the word pattern.
WORD_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")


def count_words(text: str) -> int:
    return sum(1 for _ in WORD_RE.finditer(text))


def first_words(text: str, limit: int) -> str:
    """The text cut after ``limit`` words, with an ellipsis when anything was cut."""
    matches = list(WORD_RE.finditer(text))
    if len(matches) <= limit:
        return text.strip()
    return text[: matches[limit - 1].end()].strip() + "…"
