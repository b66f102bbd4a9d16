"""Which articles of a collection report the same story, from their n-gram vectors.

An article's vector is the sum of its segments' rows weighted again by the n-gram's rarity
among the articles (idf: the language's common words are in every article, a story's words in
its own), then normalised. Articles whose cosine reaches STORY_LINK are joined; a story is a
connected group. On the benchmark's invented stories (Zipf-drawn words, 40 of a story's 120
claims per article) the articles of one story of five or eight outlets score 0.12 or more
(5th percentile 0.18–0.19) and those of different stories 0.067 at most; on one event of 60
or 300 articles, 95 % of the pairs score 0.088 or more, and the event stays one story. The line
is drawn between.

The comparison uses it to keep unrelated stories apart in a large collection (it pairs only
sentences of one story), so that its cost grows with the stories, not with the square of the
collection. A small collection (a reviewer's five to fifty articles on one event) is not split.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

STORY_LINK = 0.09  # the article cosine that joins two articles in one story
# an article's heaviest shared n-grams, which give the candidate pairs (60 missed a story mate
# at 45 articles: rare words it shared by chance with other stories crowded its own out)
TOP_GRAMS = 100
PAIR_BUDGET = 10_000_000  # article pairs the candidate product may hold (about 1 GB at most)
STORY_GATE = 40  # collections of more articles than this are compared story by story


def article_stories(matrix: sparse.csr_matrix, articles: Sequence[int]) -> np.ndarray:
    """Per segment (row of ``matrix``), the number of its article's story."""
    article_of = np.asarray(articles, dtype=np.int64)
    ids, row_article = np.unique(article_of, return_inverse=True)
    count = len(ids)
    if count < 2:
        return np.zeros(len(article_of), dtype=np.int64)
    indicator = sparse.csr_matrix(
        (np.ones(len(article_of)), (row_article, np.arange(len(article_of)))),
        shape=(count, len(article_of)),
    )
    # single precision: the article matrices are the largest thing made here (a cosine is only
    # compared with STORY_LINK), and each is dropped as soon as the next is made
    articles_matrix = sparse.csr_matrix(indicator @ matrix, dtype=np.float32)
    return group_rows(articles_matrix, STORY_LINK)[row_article]


def group_rows(
    counts: sparse.csr_matrix,
    link: float,
    top: int = TOP_GRAMS,
    common: int | None = None,
    near: tuple[float, int] | None = None,
    background: int = 0,
) -> np.ndarray:
    """Per row of ``counts`` (an article's n-gram or word counts), the number of its group:
    rows are weighted by each column's rarity (idf) and normalised, and rows whose cosine
    reaches ``link`` are joined (connected groups). ``counts`` is float32 and is used up: its
    values are overwritten, to hold one copy of the largest thing made here.

    Candidate pairs come from each row's ``top`` heaviest columns among those that more than one
    and (when ``common`` is given) at most ``common`` rows have: a column in a thousand rows
    would pair a million of them, and they share rarer columns too when they belong together.

    ``near`` (a lower cosine and a rank k) also joins two rows whose cosine reaches that lower
    one when each is among the other's k nearest: reworded coverage of one event scores under
    ``link``, yet its articles are still each other's nearest, where an unrelated article that
    shares the language's stock phrases is not.

    ``background`` counts as many more rows that have none of the columns: in a collection of
    five articles on one event, the event's words are in all five and would weigh nothing."""
    weighted = counts
    count = weighted.shape[0]
    if count < 2:
        return np.zeros(count, dtype=np.int64)
    df = np.bincount(weighted.indices, minlength=weighted.shape[1])
    idf = np.log((count + background + 1) / (df + 1)).astype(np.float32)
    weighted.data *= idf[weighted.indices]
    del idf
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    weighted.data /= np.repeat(norms, np.diff(weighted.indptr)).astype(np.float32)
    # only what another row has too can add to a cosine (and one row's own words, a swapped
    # word or a typo, weigh most and would pair nothing as candidates): the rest is dropped
    weighted.data[df[weighted.indices] < 2] = 0.0
    weighted.eliminate_zeros()
    sources = weighted
    if common is not None:
        sources = weighted.copy()
        sources.data[df[sources.indices] > common] = 0.0
        sources.eliminate_zeros()
    del df
    first, second = _candidates(sources, top)
    del sources
    cosines = pair_cosines(weighted, first, second)
    keep = cosines >= link
    if near is not None:
        keep |= (cosines >= near[0]) & _mutual_nearest(first, second, cosines, near[1])
    graph = sparse.coo_matrix(
        (np.ones(int(keep.sum())), (first[keep], second[keep])), shape=(count, count)
    )
    _count, group_of_row = connected_components(graph, directed=False)
    return np.asarray(group_of_row, dtype=np.int64)


def pair_cosines(rows: sparse.csr_matrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The dot products of the row pairs (``first[k]``, ``second[k]``; ``first`` sorted): each
    first row is spread once into a dense scratch row, and its partners' entries look their
    column up there (a gather, cheaper than merging two sparse rows; a row times a column slice
    converted the whole transposed matrix per call)."""
    out = np.zeros(len(first), dtype=np.float64)
    if not len(first):
        return out
    scratch = np.zeros(rows.shape[1], dtype=np.float32)
    starts = np.flatnonzero(np.r_[True, first[1:] != first[:-1]])
    ends = np.r_[starts[1:], len(first)]
    indptr, indices, data = rows.indptr, rows.indices, rows.data
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        row = int(first[start])
        own = indices[indptr[row] : indptr[row + 1]]
        scratch[own] = data[indptr[row] : indptr[row + 1]]
        partners = rows[second[start:end]]
        if partners.nnz:
            products = scratch[partners.indices] * partners.data
            sums = np.add.reduceat(products, partners.indptr[:-1].clip(max=partners.nnz - 1))
            sums[np.diff(partners.indptr) == 0] = 0.0  # reduceat repeats a value for empty rows
            out[start:end] = sums
        scratch[own] = 0.0
    return out


def _mutual_nearest(
    first: np.ndarray, second: np.ndarray, cosines: np.ndarray, k: int
) -> np.ndarray:
    """Per pair, whether each of its rows is among the other's ``k`` nearest candidates."""
    ends = np.concatenate((first, second))
    scores = np.concatenate((cosines, cosines))
    order = np.lexsort((-scores, ends))  # by row, the nearest first
    sorted_ends = ends[order]
    starts = np.flatnonzero(np.r_[True, sorted_ends[1:] != sorted_ends[:-1]])
    rank_sorted = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = rank_sorted
    pairs = len(first)
    return (rank[:pairs] < k) & (rank[pairs:] < k)


def _candidates(
    weighted: sparse.csr_matrix, top: int, budget: int = PAIR_BUDGET
) -> tuple[np.ndarray, np.ndarray]:
    """Article pairs (i < j) that share one of each other's ``top`` heaviest shared n-grams: a
    story's own words weigh most in its articles, and few articles share them, so the product
    stays sparse where the full one (every article shares the language's words) is not. Should
    the chosen columns still pair more than ``budget`` articles (a library of one huge event),
    the columns chosen by the most articles give no candidates, until it fits: their articles
    share the rarer ones too."""
    rows, columns = [], []
    for row in range(weighted.shape[0]):
        start, end = weighted.indptr[row], weighted.indptr[row + 1]
        data = weighted.data[start:end]
        chosen = np.argpartition(-data, top)[:top] if len(data) > top else None
        picked = (
            weighted.indices[start:end] if chosen is None else weighted.indices[start:end][chosen]
        )
        rows.append(np.full(len(picked), row, dtype=np.int64))
        columns.append(picked.astype(np.int64))
    row_of, column_of = np.concatenate(rows), np.concatenate(columns)
    chosen_by = np.bincount(column_of, minlength=weighted.shape[1])
    pairs_of = chosen_by.astype(np.float64) * (chosen_by - 1) / 2
    if pairs_of.sum() > budget:
        order = np.argsort(-chosen_by)
        over = np.cumsum(pairs_of[order][::-1])[::-1] > budget  # dropping down to here is needed
        dropped = order[over]
        keep = ~np.isin(column_of, dropped)
        row_of, column_of = row_of[keep], column_of[keep]
    chosen_matrix = sparse.csr_matrix(
        (np.ones(len(row_of)), (row_of, column_of)), shape=weighted.shape
    )
    pairs = sparse.triu(chosen_matrix @ chosen_matrix.T, k=1).tocoo()
    order = np.lexsort((pairs.col, pairs.row))
    return pairs.row[order].astype(np.int64), pairs.col[order].astype(np.int64)
