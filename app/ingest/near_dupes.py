"""Near-duplicate texts (the same article re-saved, re-formatted or lightly edited).

Each text becomes a set of hashed word 4-gram shingles, summarised by a bottom-k sketch (its k
smallest shingle hashes: one C-level sort, no per-permutation loop). Texts sharing a sketch value
are compared for real (Jaccard of shingles); two texts at least 80% alike share one of their k
smallest hashes with near certainty. Linear in the number of texts.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable

from app.text.words import WORD_RE

SHINGLE = 4
SKETCH = 8
THRESHOLD = 0.8
MAX_BUCKET_CHECKS = 64
MIN_SHARED = 4
RECENT_CACHE = 512  # a hash shared by very many texts says little; check the latest only
Key = tuple[str, int]  # ("article", id) or ("row", position)
_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")


def shingles(text: str) -> frozenset[int]:
    words = WORD_RE.findall(_MARKS.sub("", text).lower())
    if len(words) < SHINGLE:
        return frozenset({hash(" ".join(words))}) if words else frozenset()
    return frozenset(
        map(hash, map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))
    )


def sketch(items: frozenset[int]) -> list[int]:
    return heapq.nsmallest(SKETCH, items)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class NearDuplicateIndex:
    """Add texts one by one; ``match`` finds an earlier text at least THRESHOLD similar."""

    def __init__(self, loader: Callable[[Key], str] | None = None) -> None:
        self._loader = loader  # gives a text added without one (rows keep theirs packed)
        # Texts (or how to get one: rows keep theirs packed), not shingle sets: sets of ~200
        # ints per text would hold 10,000 articles' worth of memory; a candidate's shingles are
        # recomputed when it is actually compared.
        self._texts: dict[Key, str] = {}
        self._recent: dict[Key, frozenset[int]] = {}  # bounded cache of compared texts' shingles
        # Sketch value → the texts with it: one key (most values are one text's alone) or a
        # list. Keys are held as small ints (rows ≥ 0, articles < 0): 50,000 texts' buckets
        # took 60 MB as lists of tuples.
        self._buckets: dict[int, int | list[int]] = {}

    def match(self, text: str) -> tuple[Key | None, float, frozenset[int], list[int]]:
        items = shingles(text)
        values = sketch(items)
        # Candidates share at least MIN_SHARED of the sketch values: texts 80% alike share about
        # six of eight, while texts that merely quote the same stock phrases share one or two.
        shared: Counter[int] = Counter()
        for value in values:
            found = self._buckets.get(value)
            if found is None:
                continue
            shared.update(found[-MAX_BUCKET_CHECKS:] if isinstance(found, list) else (found,))
        needed = min(MIN_SHARED, len(values))
        best: Key | None = None
        best_score = 0.0
        for number, count in shared.items():
            if count < needed:
                continue
            key = _key(number)
            score = jaccard(items, self._shingles_of(key))
            if score > best_score:
                best, best_score = key, score
        if best_score < THRESHOLD:
            best = None
        return best, best_score, items, values

    def _shingles_of(self, key: Key) -> frozenset[int]:
        cached = self._recent.get(key)
        if cached is None:
            text = self._texts.get(key)
            if text is None:
                assert self._loader is not None, "a text added without one needs a loader"
                text = self._loader(key)
            cached = shingles(text)
            if len(self._recent) >= RECENT_CACHE:
                self._recent.pop(next(iter(self._recent)))
            self._recent[key] = cached
        return cached

    def add(self, key: Key, text: str | None, values: list[int]) -> None:
        if text is not None:
            self._texts[key] = text
        number = _number(key)
        for value in values:
            found = self._buckets.get(value)
            if found is None:
                self._buckets[value] = number
            elif isinstance(found, list):
                found.append(number)
            else:
                self._buckets[value] = [found, number]

    def add_text(self, key: Key, text: str) -> None:
        self.add(key, text, sketch(shingles(text)))


def _number(key: Key) -> int:
    kind, ident = key
    return ident if kind == "row" else -ident - 1


def _key(number: int) -> Key:
    return ("row", number) if number >= 0 else ("article", -number - 1)
