"""Segment similarity: character n-gram TF-IDF vectors and their cosines, as sparse matrices.

Each segment is a vector of the character 2–4-grams inside its word stems (word edges marked),
log-scaled term frequency times smoothed idf, L2-normalised (measured on the seeds to separate
paraphrases from sentences that merely share names; docs/matching.md). Candidate pairs come from a
sparse product (scipy) over the 4-grams that are not common, in blocks of rows so memory stays
bounded; their cosines are then exact, over all n-grams. Two sentences that share no uncommon
4-gram share no word worth aligning on, so the cost grows with the overlap between articles, not
with the square of their number.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from app.compare.stories import STORY_GATE, article_stories
from app.compare.tokens import Token

NGRAM_SIZES = (2, 3, 4)
CANDIDATE_FLOOR = 0.15  # cosines below this are not kept
COMMON_SHARE = 0.02  # beyond DIRECT_PRODUCT, n-grams in more than this share of segments …
MIN_COMMON = 300  # … (and in more than this many) are left out when looking for candidates
PREFILTER = 0.10  # candidates' cosine without the common n-grams
BLOCK_ROWS = 256
PAIR_CHUNK = 8_000
DIRECT_PRODUCT = 2500  # up to this many segments, one full product is faster


def stem_grams(stem: str) -> tuple[str, ...]:
    word = f"<{stem}>"
    return tuple(word[i : i + n] for n in NGRAM_SIZES for i in range(len(word) - n + 1))


@dataclass(frozen=True, slots=True)
class Vectors:
    matrix: sparse.csr_matrix  # one L2-normalised TF-IDF row per segment
    columns: dict[str, array[int]]  # each match key → its n-grams' columns (once per n-gram)
    idf: np.ndarray  # each column's weight

    def rows(self, tokens: Sequence[Sequence[Token]]) -> sparse.csr_matrix:
        """More rows weighed like the segments' (the same columns and idf, not counted in it):
        parts of the segments, for ``app.compare.parts``. A word no segment has adds nothing."""
        columns = array("i")
        lengths = np.zeros(len(tokens), dtype=np.int64)
        # a word's key is its stem's (a counted noun's, «56 امرأة», its class's)
        of_stem: dict[str, array[int] | tuple[()]] = {}
        for row, words in enumerate(tokens):
            before = len(columns)
            for token in words:
                seen = token.match if token.counted else token.stem
                found = of_stem.get(seen)
                if found is None:
                    found = of_stem[seen] = self.columns.get(token.match, ())
                columns.extend(found)
            lengths[row] = len(columns) - before
        return _weigh(_counts(columns, lengths, self.matrix.shape[1]), self.idf)


def vector_matrix(tokens: Sequence[Sequence[Token]], usable: Sequence[bool]) -> Vectors:
    """One L2-normalised TF-IDF row per segment (empty rows for segments not usable), over the
    words' match keys (``match.py``: suffixes off, number words as digits, paraphrases as one)."""
    vocabulary: dict[str, int] = {}
    add = vocabulary.setdefault
    stem_columns: dict[str, array[int]] = {}
    columns = array("i")  # C integers: a Python list of them took 100 MB for 200 articles
    lengths = np.zeros(len(tokens), dtype=np.int64)  # n-gram occurrences per segment
    for row, (words, ok) in enumerate(zip(tokens, usable, strict=True)):
        if not ok:
            continue
        before = len(columns)
        for token in words:
            key = token.match
            found = stem_columns.get(key)
            if found is None:
                found = array("i", [add(g, len(vocabulary)) for g in stem_grams(key)])
                stem_columns[key] = found
            columns.extend(found)
        lengths[row] = len(columns) - before
    counts = _counts(columns, lengths, max(1, len(vocabulary)))
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log1p(max(1, sum(usable)) / np.maximum(df, 1))
    return Vectors(_weigh(counts, idf), stem_columns, idf)


def _counts(columns: array[int], lengths: np.ndarray, width: int) -> sparse.csr_matrix:
    """Each row's count of each n-gram, from its occurrences (``lengths`` of them per row)."""
    small = len(columns) < 2**31 - 1  # 32-bit offsets: scipy keeps the indices as they are
    indptr = np.zeros(len(lengths) + 1, dtype=np.int32 if small else np.int64)
    np.cumsum(lengths, out=indptr[1:])
    # one entry per n-gram occurrence; summing duplicates leaves each n-gram's count in its row
    # (counted in single precision, exact for whole numbers: the occurrences are the peak of a
    # large comparison; the weights that follow are double)
    counts = sparse.csr_matrix(
        (np.ones(len(columns), dtype=np.float32), np.frombuffer(columns, dtype=np.int32), indptr),
        shape=(len(lengths), width),
    )
    counts.sum_duplicates()
    return sparse.csr_matrix(counts, dtype=np.float64)


def _weigh(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """``counts`` made log-scaled TF-IDF rows of unit length, in place."""
    data = counts.data
    np.log(data, out=data)
    data += 1.0
    data *= idf[counts.indices]
    squares = np.zeros(counts.shape[0])
    filled = np.flatnonzero(np.diff(counts.indptr))
    squares[filled] = np.add.reduceat(data * data, counts.indptr[filled])
    norms = np.sqrt(squares)
    norms[norms == 0] = 1.0
    data /= np.repeat(norms, np.diff(counts.indptr))
    return counts


def similarities(vectors: Vectors, articles: Sequence[int]) -> dict[tuple[int, int], float]:
    """Cosine of every cross-article pair (i < j) at CANDIDATE_FLOOR or above.

    Up to DIRECT_PRODUCT segments, one exact product. Beyond, candidates come from a product
    without the common n-grams (in more than COMMON_SHARE of the segments): pairs whose cosine
    over the rest reaches PREFILTER get their exact cosine over all n-grams. A collection of
    more than STORY_GATE articles is compared story by story (``app.compare.stories``): no pair
    joins two stories, and the candidates' product is taken within each.
    """
    matrix = vectors.matrix
    count = matrix.shape[0]
    if count <= DIRECT_PRODUCT:
        every = _all_cosines(matrix, articles)
        if len(set(articles)) <= STORY_GATE:
            return every
        story = article_stories(matrix, articles)  # many short articles: one story at a time
        return {pair: score for pair, score in every.items() if story[pair[0]] == story[pair[1]]}
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    limit = max(MIN_COMMON, int(COMMON_SHARE * count))
    pruned = sparse.csr_matrix(matrix @ sparse.diags((df <= limit).astype(np.float64)))
    pruned.eliminate_zeros()
    if len(set(articles)) > STORY_GATE:  # a large collection: one story's sentences at a time
        first, second = _pairs_by_story(pruned, matrix, articles)
    else:
        first, second = _pairs_above(pruned, articles, PREFILTER)
    found: dict[tuple[int, int], float] = {}
    for start in range(0, len(first), PAIR_CHUNK):
        i, j = first[start : start + PAIR_CHUNK], second[start : start + PAIR_CHUNK]
        cosines = np.asarray(matrix[i].multiply(matrix[j]).sum(axis=1)).ravel()
        keep = cosines >= CANDIDATE_FLOOR
        for a, b, score in zip(
            i[keep].tolist(), j[keep].tolist(), cosines[keep].tolist(), strict=True
        ):
            found[(a, b)] = score
    return found


def _pairs_by_story(
    pruned: sparse.csr_matrix, matrix: sparse.csr_matrix, articles: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """``_pairs_above`` within each story (``app.compare.stories``) only: the work grows with
    the stories, not with the square of the collection."""
    story = article_stories(matrix, articles)
    article_of = np.asarray(articles, dtype=np.int64)
    order = np.argsort(story, kind="stable")  # rows of one story together, in their order
    starts = np.flatnonzero(np.r_[True, story[order][1:] != story[order][:-1]])
    ends = np.r_[starts[1:], len(order)]
    firsts, seconds = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        rows = order[start:end]
        if len(set(article_of[rows].tolist())) < 2:
            continue
        first, second = _pairs_above(pruned[rows], article_of[rows].tolist(), PREFILTER)
        firsts.append(rows[first])
        seconds.append(rows[second])
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    keep = np.lexsort((second, first))
    return first[keep], second[keep]


def _pairs_above(
    matrix: sparse.csr_matrix, articles: Sequence[int], floor: float
) -> tuple[np.ndarray, np.ndarray]:
    """Cross-article pairs (i < j) whose dot product reaches ``floor``, sorted."""
    transposed = sparse.csr_matrix(matrix.T)  # once: a csc operand is converted per block
    article_of = np.asarray(articles, dtype=np.int64)
    firsts, seconds = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for start in range(0, matrix.shape[0], BLOCK_ROWS):
        block = sparse.coo_matrix(matrix[start : start + BLOCK_ROWS] @ transposed)
        rows = block.row.astype(np.int64) + start
        keep = (
            (block.col > rows) & (article_of[block.col] != article_of[rows]) & (block.data >= floor)
        )
        firsts.append(rows[keep])
        seconds.append(block.col[keep].astype(np.int64))
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    order = np.lexsort((second, first))
    return first[order], second[order]


def _all_cosines(
    matrix: sparse.csr_matrix, articles: Sequence[int]
) -> dict[tuple[int, int], float]:
    transposed = sparse.csr_matrix(matrix.T)  # once: a csc operand is converted per block
    article_of = np.asarray(articles, dtype=np.int64)
    found: dict[tuple[int, int], float] = {}
    for start in range(0, matrix.shape[0], BLOCK_ROWS):
        block = sparse.coo_matrix(matrix[start : start + BLOCK_ROWS] @ transposed)
        rows = block.row + start
        keep = (
            (block.col > rows)
            & (article_of[block.col] != article_of[rows])
            & (block.data >= CANDIDATE_FLOOR)
        )
        order = np.lexsort((block.col[keep], rows[keep]))
        for i, j, score in zip(
            rows[keep][order].tolist(),
            block.col[keep][order].tolist(),
            block.data[keep][order].tolist(),
            strict=True,
        ):
            found[(i, j)] = score
    return found
