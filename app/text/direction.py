"""Script and direction of text, decided from its strong characters (Unicode bidi classes)."""

from __future__ import annotations

import re
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


_ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


def guess_language(text: str) -> str:
    """A BCP 47 guess good enough for direction and fonts: "ar" for Arabic script, else "en"."""
    sample = text[:1500]
    arabic = len(_ARABIC_LETTERS.findall(sample))
    latin = len(_LATIN_LETTERS.findall(sample))
    return "ar" if arabic >= latin and arabic > 0 else "en"
