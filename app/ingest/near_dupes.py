"""Near-duplicate texts (the same article re-saved, re-formatted or lightly edited).

Each text becomes a set of hashed word 4-gram shingles, summarised by a MinHash signature; texts
sharing a band of the signature are compared for real (Jaccard of shingles). Linear in the number
of texts, so a 10,000-article import stays fast.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

from app.text.words import WORD_RE

SHINGLE = 4
PERMUTATIONS = 32
BANDS = 8  # 4 rows a band: pairs above ~0.7 similarity almost always share a band
THRESHOLD = 0.8
_MASK = (1 << 61) - 1
_SEEDS = [
    int.from_bytes(hashlib.blake2b(bytes([i]), digest_size=8).digest(), "little") | 1
    for i in range(PERMUTATIONS)
]
Key = tuple[str, int]  # ("article", id) or ("row", position)
_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")


def shingles(text: str) -> frozenset[int]:
    words = [w.lower() for w in WORD_RE.findall(_MARKS.sub("", text))]
    if len(words) < SHINGLE:
        return frozenset({hash(" ".join(words))}) if words else frozenset()
    return frozenset(
        hash(" ".join(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)
    )


def signature(items: frozenset[int]) -> tuple[int, ...]:
    if not items:
        return ()
    return tuple(min((h * seed) & _MASK for h in items) for seed in _SEEDS)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class NearDuplicateIndex:
    """Add texts one by one; ``match`` finds an earlier text at least THRESHOLD similar."""

    def __init__(self) -> None:
        self._shingles: dict[Key, frozenset[int]] = {}
        self._buckets: dict[tuple[int, tuple[int, ...]], list[Key]] = defaultdict(list)

    def _bands(self, sig: tuple[int, ...]) -> Iterable[tuple[int, tuple[int, ...]]]:
        rows = len(sig) // BANDS
        for band in range(BANDS):
            yield band, sig[band * rows : (band + 1) * rows]

    def match(self, text: str) -> tuple[Key | None, float, frozenset[int], tuple[int, ...]]:
        items = shingles(text)
        sig = signature(items)
        best, best_score = None, 0.0
        candidates = {key for band in self._bands(sig) for key in self._buckets.get(band, ())}
        for key in candidates:
            score = jaccard(items, self._shingles[key])
            if score > best_score:
                best, best_score = key, score
        if best_score < THRESHOLD:
            best = None
        return best, best_score, items, sig

    def add(self, key: Key, items: frozenset[int], sig: tuple[int, ...]) -> None:
        self._shingles[key] = items
        for band in self._bands(sig):
            self._buckets[band].append(key)

    def add_text(self, key: Key, text: str) -> None:
        items = shingles(text)
        self.add(key, items, signature(items))
