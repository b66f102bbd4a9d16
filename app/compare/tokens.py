"""Words of a segment with their match keys.

``key`` is the folded word (marks, letter forms, digits normalised); ``stem`` also drops clitic
prefixes (و ف ب ك ل ال); ``soft`` folds the letters that transliterate foreign g/ch/v/p
(غ ق گ چ → ج, ڤ → ف, پ → ب), used only as a fallback for words that do not match exactly.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache

from app.text.normalize import ORIGINAL_WORD_RE, WORD_RE, fold, strip_prefixes

intern = sys.intern
SOFT = str.maketrans({"غ": "ج", "ق": "ج", "گ": "ج", "چ": "ج", "ڤ": "ف", "پ": "ب", "ة": "ه"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # code points into the article text
    end: int
    key: str
    stem: str
    counted: bool = False  # a lexicon's counted noun after a figure («56 امرأة»)

    @property
    def soft(self) -> str:
        return self.stem.translate(SOFT)

    @property
    def match(self) -> str:
        """The alignment key: suffixes off, number words as digits, paraphrases as one
        (``match.py``)."""
        if self.counted:
            return _counted_key(self.stem)
        if self.key.endswith("الاثنين"):
            return "الاثنين"  # Monday, not «اثنين» (two), whose key is the number 2
        return _match_key(self.stem)


@lru_cache(maxsize=200_000)  # a language repeats its words: one regex pass per distinct word
def _stem(key: str) -> str:
    if key[:1] in ("و", "ف") and key[1:2].isdigit():
        return intern(key[1:])  # «و25 جريحا»: the figure is 25
    return intern(strip_prefixes(key) or key)


@lru_cache(maxsize=200_000)  # a hit skips the import below: 0.39 s in 289,000 calls before
def _match_key(stem: str) -> str:
    from app.compare.match import match_key  # (match imports this module)

    return match_key(stem)


@lru_cache(maxsize=64)
def _counted_key(stem: str) -> str:
    from app.compare.match import counted_key

    return counted_key(stem)


@lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    from app.compare.match import counted_nouns

    return counted_nouns()


def _figure(stem: str) -> bool:
    from app.facts.number_words import number_word

    return stem.isdigit() or number_word(stem) is not None


def _counting(tokens: list[Token], folded: str) -> list[Token]:
    """``tokens`` with each counted noun of the lexicon after a figure marked (Arabic counts 11
    to 99 with a singular: «56 امرأة», fifty-six women)."""
    nouns = _counted_nouns()
    if not any(noun in folded for noun in nouns):  # the common case: one pass in C
        return tokens
    for i in range(1, len(tokens)):
        token = tokens[i]
        if token.stem in nouns and _figure(tokens[i - 1].stem):
            tokens[i] = Token(token.start, token.end, token.key, token.stem, True)
    return tokens


def tokenize(text: str, offset: int = 0) -> list[Token]:
    spans = [m.span() for m in ORIGINAL_WORD_RE.finditer(text)]
    folded = fold(text)
    keys = WORD_RE.findall(folded)
    if len(keys) != len(spans):  # folding changed the words (rare): key them one by one
        keys = [(WORD_RE.findall(fold(text[s:e])) or [""])[0] for s, e in spans]
    # one copy of each word's key and stem, however many times it occurs (a language repeats
    # its words: 80,000 sentences held 290 MB of tokens before)
    found = [
        Token(offset + s, offset + e, intern(key), _stem(key))
        for (s, e), key in zip(spans, keys, strict=True)
    ]
    return _counting(found, folded)
