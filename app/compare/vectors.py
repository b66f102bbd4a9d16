"""Segment similarity: character n-gram TF-IDF vectors and their cosines, as sparse matrices.

Each segment is a vector of the character 2–4-grams inside its word stems (word edges marked),
log-scaled term frequency times smoothed idf, L2-normalised (measured on the seeds to separate
paraphrases from sentences that merely share names; ARABIC.md). All cross-article cosines come
from one sparse product (scipy), in blocks of rows so memory stays bounded. n-grams carried by a
large share of all segments are left out of the product once a collection is large (they add
little to any cosine and most of the work), so the cost grows with the overlap between articles,
not with the square of their number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

from app.compare.tokens import Token

NGRAM_SIZES = (2, 3, 4)
CANDIDATE_FLOOR = 0.15  # cosines below this are not kept
COMMON_SHARE = 0.15  # n-grams in more than this share of segments are skipped for scoring …
MIN_COMMON = 300  # … once their document frequency is above this
BLOCK_ROWS = 512


@lru_cache(maxsize=131_072)
def stem_grams(stem: str) -> tuple[str, ...]:
    word = f"<{stem}>"
    return tuple(word[i : i + n] for n in NGRAM_SIZES for i in range(len(word) - n + 1))


def vector_matrix(tokens: Sequence[Sequence[Token]], usable: Sequence[bool]) -> sparse.csr_matrix:
    """One L2-normalised TF-IDF row per segment (empty rows for segments not usable)."""
    vocabulary: dict[str, int] = {}
    add = vocabulary.setdefault
    rows: list[int] = []
    columns: list[int] = []
    counts: list[int] = []
    for row, (words, ok) in enumerate(zip(tokens, usable, strict=True)):
        if not ok:
            continue
        grams: Counter[str] = Counter()
        for token in words:
            grams.update(stem_grams(token.stem))
        columns.extend(add(g, len(vocabulary)) for g in grams)
        counts.extend(grams.values())
        rows.extend([row] * len(grams))
    shape = (len(tokens), max(1, len(vocabulary)))
    if not rows:
        return sparse.csr_matrix(shape, dtype=np.float64)
    column_array = np.asarray(columns, dtype=np.int64)
    df = np.bincount(column_array, minlength=shape[1])
    documents = max(1, sum(usable))
    weights = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * np.log1p(
        documents / df[column_array]
    )
    matrix = sparse.csr_matrix((weights, (rows, column_array)), shape=shape)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def similarities(
    matrix: sparse.csr_matrix, articles: Sequence[int]
) -> dict[tuple[int, int], float]:
    """Cosine of every cross-article pair (i < j) at CANDIDATE_FLOOR or above."""
    count = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    limit = max(MIN_COMMON, int(COMMON_SHARE * count))
    scoring = matrix
    if (df > limit).any():
        keep = sparse.diags((df <= limit).astype(np.float64))
        scoring = sparse.csr_matrix(matrix @ keep)
    transposed = sparse.csc_matrix(scoring.T)
    article_of = np.asarray(articles, dtype=np.int64)
    found: dict[tuple[int, int], float] = {}
    for start in range(0, count, BLOCK_ROWS):
        block = sparse.coo_matrix(scoring[start : start + BLOCK_ROWS] @ transposed)
        rows = block.row + start
        keep_mask = (
            (block.col > rows)
            & (article_of[block.col] != article_of[rows])
            & (block.data >= CANDIDATE_FLOOR)
        )
        for i, j, score in zip(
            rows[keep_mask].tolist(),
            block.col[keep_mask].tolist(),
            block.data[keep_mask].tolist(),
            strict=True,
        ):
            found[(i, j)] = score
    return dict(sorted(found.items()))
