"""Stories among many articles (a library of tens of thousands): which articles report the same
event, from word signatures rather than the comparison's sentence vectors.

An article's signature is the set of its words and word pairs (match keys: folded, clitic
prefixes off), each as a stable 32-bit hash (two distinct features of 50,000 articles share one
by chance about once in a million). Beyond ``SAMPLE_ABOVE`` articles only the hashes divisible
by a modulus are kept (Broder's mod-m sampling: the same features are kept in every article, so
two signatures' cosine keeps its expected value at a fraction of the memory).

The grouping is ``app.compare.stories.group_rows``: idf weights; candidate pairs from each
article's heaviest shared features that at most one article in a hundred has (an inverted
index, not all pairs); exact cosines of the candidates; and connected stories over the pairs
that reach ``WORD_LINK``, or ``NEAR_LINK`` when each article is among the other's
``NEAR_RANK`` nearest.

Measured (``tests/benchmarks/bench_stories.py``): on the invented stories the grouping is
exact (pairwise precision and recall 1.0 at 10,000 to 50,000 articles). On real excerpts of
four events and their follow-ups (31 articles) plus the demo's five, reworded coverage of one
event scores 0.01–0.36 (median 0.07) and different events 0.06 at most: the threshold alone
joins 22 % of the same-event pairs directly, the mutual-nearest rule brings the stories'
pairwise recall to 0.89 with no two events joined.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from functools import cache

import numpy as np
from scipy import sparse

from app.compare.stories import group_rows
from app.tasks import checkpoint
from app.text.normalize import WORD_RE, key_text

WORD_LINK = 0.1  # the signature cosine that joins two articles in one story
NEAR_LINK = 0.05  # … and the lower one that joins two articles that are each other's nearest
NEAR_RANK = 4
# an article's heaviest shared features that give its candidate pairs, divided by the sampling
# modulus (a sampled signature has that many times fewer features: 100 at 50,000 articles
# paired a billion candidates through features a few hundred articles share)
TOP_FEATURES = 100
COMMON_SHARE = 500  # a feature in more than 1 article in this many (and 100) gives no candidates
SAMPLE_ABOVE = 10_000  # more articles than this: signatures are sampled, 1 hash in m
_MIX = np.uint32(0x9E3779B1)  # the golden-ratio multiplier: pairs hash apart from words
_SLICE = 1 << 20  # features numbered a million at a time (a smaller peak)


COMMON = 0  # the hash every common word gets: left out, and pairs of two common words too
IDF_BACKGROUND = 50  # a small collection is weighted as if among this many unrelated articles


@cache
def common_words() -> frozenset[str]:
    """The match keys of ``resources/compare/common_words.txt``: words any news text carries."""
    from app.resources import resources_dir

    lines = (resources_dir() / "compare" / "common_words.txt").read_text(encoding="utf-8")
    words = (w for line in lines.splitlines() if not line.startswith("#") for w in line.split())
    return frozenset(k for w in words for k in WORD_RE.findall(key_text(w)))


class _WordHashes(dict[str, int]):
    """A word's stable hash, computed once per distinct word (CRC-32 of its UTF-8); a common
    word's is ``COMMON``."""

    def __init__(self) -> None:
        super().__init__(dict.fromkeys(common_words(), COMMON))

    def __missing__(self, word: str) -> int:
        value = zlib.crc32(word.encode()) or 1
        self[word] = value
        return value


def modulus_for(count: int) -> int:
    """The sampling modulus for a library of ``count`` articles: 1 (everything) up to
    ``SAMPLE_ABOVE``, then about one hash in count / SAMPLE_ABOVE, at most one in four."""
    return 1 if count <= SAMPLE_ABOVE else min(4, -(-count // SAMPLE_ABOVE))


def signature(text: str, hashes: _WordHashes, modulus: int = 1) -> np.ndarray:
    """The sorted, distinct feature hashes of one article."""
    words = WORD_RE.findall(key_text(text))
    if not words:
        return np.zeros(0, dtype=np.uint32)
    single = np.fromiter(map(hashes.__getitem__, words), dtype=np.uint32, count=len(words))
    with np.errstate(over="ignore"):
        pairs = single[:-1] * _MIX + (single[1:] ^ np.uint32(0x5BD1E995))
    pairs = pairs[(single[:-1] != COMMON) | (single[1:] != COMMON)]
    features = np.concatenate((single[single != COMMON], pairs))
    if modulus > 1:
        features = features[features % np.uint32(modulus) == 0]
    return np.unique(features)


def signature_matrix(
    texts: Iterable[str], count: int, report: Callable[[int, int], None] | None = None
) -> sparse.csr_matrix:
    """Articles × features, 1 where the article has the feature (columns numbered densely)."""
    hashes = _WordHashes()
    modulus = modulus_for(count)
    chunks: list[np.ndarray] = []
    lengths = np.zeros(count, dtype=np.int64)
    for number, text in enumerate(texts):
        if number % 500 == 0:
            checkpoint()
            if report is not None:
                report(number, count)
        features = signature(text, hashes, modulus)
        chunks.append(features)
        lengths[number] = len(features)
    hashes.clear()
    every = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.uint32)
    del chunks
    distinct = np.unique(every)
    columns = np.empty(len(every), dtype=np.int32)
    for start in range(0, len(every), _SLICE):
        columns[start : start + _SLICE] = np.searchsorted(distinct, every[start : start + _SLICE])
    del every
    indptr = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    data = np.ones(len(columns), dtype=np.float32)
    return sparse.csr_matrix((data, columns, indptr), shape=(count, len(distinct)))


def find_stories(
    texts: Iterable[str], count: int, report: Callable[[int, int], None] | None = None
) -> np.ndarray:
    """Per article (in the order of ``texts``), the number of its story."""
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    matrix = signature_matrix(texts, count, report)
    checkpoint()
    common = max(100, count // COMMON_SHARE)
    top = TOP_FEATURES // modulus_for(count)
    return group_rows(
        matrix,
        WORD_LINK,
        top=top,
        common=common,
        near=(NEAR_LINK, NEAR_RANK),
        background=max(0, IDF_BACKGROUND - count),
    )
