"""Script and direction of text, decided from its strong characters (Unicode bidi classes)."""

from __future__ import annotations

import unicodedata
from typing import Literal

Direction = Literal["rtl", "ltr"]

_RTL_CLASSES = frozenset({"R", "AL"})


def strong_counts(text: str) -> tuple[int, int]:
    """Count (right-to-left, left-to-right) strong characters."""
    rtl = ltr = 0
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _RTL_CLASSES:
            rtl += 1
        elif cls == "L":
            ltr += 1
    return rtl, ltr


def dominant_direction(text: str, default: Direction = "ltr") -> Direction:
    """The direction most of the text's strong characters ask for; ``default`` when none.

    Unlike the Unicode first-strong rule, a paragraph such as "CNN: قال الرئيس …" counts as
    right-to-left because most of it is Arabic.
    """
    rtl, ltr = strong_counts(text)
    if rtl == ltr == 0:
        return default
    return "rtl" if rtl >= ltr else "ltr"


def guess_language(text: str) -> str:
    """A BCP 47 guess good enough for direction and fonts: "ar" for Arabic script, else "en"."""
    sample = text[:5000]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f")
    _, ltr = strong_counts(sample)
    return "ar" if arabic >= ltr and arabic > 0 else "en"
