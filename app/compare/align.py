"""Aligning segments across all articles at once.

Similarities come from app.compare.vectors (cosines of character n-gram TF-IDF vectors).

A pair is linked when each is the other's best match in the other article and the score clears
LINK_THRESHOLD, or when the score clears STRONG_THRESHOLD and each is among the other's two best
matches in its article (one sentence may summarise two), or SUPPORTED_THRESHOLD when a third
article's sentence is close to both (SUPPORT or more with each), or at ADJACENT when one
sentence says what the other article says in two sentences side by side (``_beside``).
Linked segments form groups (connected components).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

LINK_THRESHOLD = 0.25
STRONG_THRESHOLD = 0.45
MAX_STRONG = 2  # a strong link must be among the two best matches on both sides
# Among the two best on both sides at this score, a pair links when a third outlet says it too:
# some sentence of another article scores SUPPORT or more with each of the two. On fourteen
# hand-labelled sets of real coverage: 41 more right links and 4 wrong ones, 0.380 → 0.403 of
# the same-claim pairs together (the nine tuned-on sets 0.399 → 0.438, links right 0.896 →
# 0.898); at 0.3, or with support at 0.35, more wrong links than right pairs.
SUPPORTED_THRESHOLD = 0.35
SUPPORT = 0.4
# A sentence linked to one of two sentences side by side links to the other too when it is the
# other's best match and the other among its own two best, at the link threshold (one outlet's
# sentence carries what another's says in two; a headline and its lead). On five hand-labelled
# sets of real coverage (the seeds, a hospital fire, a ship aground; an assassination and a ferry
# sinking labelled before the rule was written): 0.429 -> 0.502 of the same-claim pairs together,
# 23 right links and 4 wrong ones more (links right 0.847 both); ANS unchanged.
ADJACENT = 0.25
# How close two passages (or lone sentences) are, for what the Passage panel offers: this share
# of the cosine of their summed vectors, the rest of their best sentence pair's score. On twelve
# hand-labelled sets of real coverage (2,007 same-claim pairs): together or offered 0.732 →
# 0.743; a reviewer who stays on each sentence to check and takes every offer that says the
# same, one after another, as the window serves them, ends at 0.655 → 0.717 of the pairs
# together (passage purity 0.769 → 0.765), reading 277 sentences; one who takes the first right
# offer and moves on, 0.632 → 0.629 (purity 0.674 → 0.690). By the wholes alone: 0.714 / 0.761
# staying, 0.606 / 0.703 moving on; half each: 0.698 / 0.768 and 0.621 / 0.694.
WHOLES = 0.75
PAIR_BLOCK = 5_000  # unit pairs whose wholes are compared at once (``_as_wholes``)
DIRECT_WHOLES = 2_500  # up to this many segments, one product of the wholes instead


@dataclass(frozen=True, slots=True)
class Link:
    a: int  # segment ids, a < b
    b: int
    score: float


def link_segments(
    scores: dict[tuple[int, int], float],
    articles: Sequence[int],
    usable: Sequence[bool],
    *,
    threshold: float = LINK_THRESHOLD,
    strong: float = STRONG_THRESHOLD,
    max_strong: int = MAX_STRONG,
    margin: float = 0.0,
    supported: float = SUPPORTED_THRESHOLD,
    support: float = SUPPORT,
    adjacent: float = ADJACENT,
) -> list[Link]:
    """Mutual best matches per article pair at LINK_THRESHOLD; and at STRONG_THRESHOLD, pairs
    where each is among the other's two best matches in its article (one sentence may summarise
    two, but a sentence repeated through an article does not link to every repetition).

    A segment's best match in another article is the highest score, the lower segment id on a
    tie; all of it in numpy, as the pairs of a large collection number in the hundreds of
    thousands.
    """
    if not scores:
        return []
    pairs = np.array(list(scores), dtype=np.int64)
    values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
    ok = np.asarray(usable, dtype=bool)
    keep = ok[pairs[:, 0]] & ok[pairs[:, 1]]
    pairs, values = pairs[keep], values[keep]
    order = np.lexsort((pairs[:, 1], pairs[:, 0]))
    pairs, values = pairs[order], values[order]
    count = len(values)
    article_of = np.asarray(articles, dtype=np.int64)
    me = np.concatenate((pairs[:, 0], pairs[:, 1]))
    other = np.concatenate((pairs[:, 1], pairs[:, 0]))
    score = np.concatenate((values, values))
    other_article = article_of[other]
    ranked = np.lexsort((other, -score, other_article, me))
    first = np.ones(len(ranked), dtype=bool)
    first[1:] = (me[ranked][1:] != me[ranked][:-1]) | (
        other_article[ranked][1:] != other_article[ranked][:-1]
    )
    run_start = np.maximum.accumulate(np.where(first, np.arange(len(ranked)), 0))
    rank = np.empty(len(ranked), dtype=np.int64)
    rank[ranked] = np.arange(len(ranked)) - run_start  # 0: the best match in that article
    rank_a, rank_b = rank[:count], rank[count:]
    # each entry's runner-up: the next score in its (segment, other article) run, or 0
    ordered = score[ranked]
    following = np.zeros(len(ranked))
    following[:-1] = np.where(first[1:], 0.0, ordered[1:])
    runner = np.empty(len(ranked))
    runner[ranked] = following
    gap = np.minimum(values - runner[:count], values - runner[count:])
    mutual = (rank_a == 0) & (rank_b == 0) & (gap >= margin)
    near = (rank_a < max_strong) & (rank_b < max_strong)
    close = (values >= strong) & near
    linked = (mutual & (values >= threshold)) | close
    maybe = np.flatnonzero(~linked & near & (values >= supported))
    if len(maybe):
        linked[maybe[_supported(pairs[maybe], pairs, values, support)]] = True
    if adjacent:
        linked |= _beside(pairs, values, linked, rank_a, rank_b, article_of, ok, adjacent)
    return [
        Link(i, j, round(min(v, 1.0), 4))
        for (i, j), v in zip(pairs[linked].tolist(), values[linked].tolist(), strict=True)
    ]


def _beside(
    pairs: np.ndarray,
    values: np.ndarray,
    linked: np.ndarray,
    rank_a: np.ndarray,
    rank_b: np.ndarray,
    article_of: np.ndarray,
    usable: np.ndarray,
    floor: float,
) -> np.ndarray:
    """Pairs (x, z) where x is linked to y and z is the compared sentence next to y in y's
    article (past a dateline or a caption between: a headline and its lead), x is z's best
    match in x's article, z is among x's two best in z's, and the two score ``floor`` or more:
    one sentence that says what another outlet says in two («the ship, 400 metres long, was
    refloated» beside «the ship is 400 metres long.» «Attempts to refloat it failed.»).
    ``pairs`` are sorted (lexicographically), ``rank_a``/``rank_b`` each side's rank of the other
    in its article (0: the best)."""
    found = np.zeros(len(values), dtype=bool)
    done = np.flatnonzero(linked)
    x = np.concatenate((pairs[done, 0], pairs[done, 1]))
    y = np.concatenate((pairs[done, 1], pairs[done, 0]))
    # the compared sentences before and after y (a dateline or a caption between is passed over)
    compared = np.flatnonzero(usable)
    at_y = np.searchsorted(compared, y)
    before = np.where(at_y > 0, compared[np.maximum(at_y - 1, 0)], -1)
    after = np.where(
        at_y + 1 < len(compared), compared[np.minimum(at_y + 1, len(compared) - 1)], -1
    )
    x, y, z = np.concatenate((x, x)), np.concatenate((y, y)), np.concatenate((before, after))
    inside = z >= 0
    x, y, z = x[inside], y[inside], z[inside]
    beside = article_of[z] == article_of[y]
    x, z = x[beside], z[beside]
    if not len(x):
        return found
    size = len(article_of)
    keys = pairs[:, 0] * size + pairs[:, 1]
    low, high = np.minimum(x, z), np.maximum(x, z)
    at = np.minimum(np.searchsorted(keys, low * size + high), len(keys) - 1)
    known = keys[at] == low * size + high  # a pair that has a score (both usable, close)
    x_first = x < z
    rank_x = np.where(x_first, rank_a[at], rank_b[at])  # z's place among x's matches there
    rank_z = np.where(x_first, rank_b[at], rank_a[at])  # x's place among z's matches there
    keep = known & (values[at] >= floor) & (rank_z == 0) & (rank_x < MAX_STRONG)
    found[at[keep]] = True
    return found


def _supported(
    candidates: np.ndarray, pairs: np.ndarray, values: np.ndarray, support: float
) -> np.ndarray:
    """For each candidate pair (x, y), whether some third sentence z scores ``support`` or more
    with both x and y. Only cross-article pairs have scores, so z is in a third article."""
    size = int(pairs.max()) + 1
    strong = values >= support
    a, b = pairs[strong, 0], pairs[strong, 1]
    close = sparse.csr_matrix(
        (np.ones(2 * len(a), dtype=bool), (np.concatenate((a, b)), np.concatenate((b, a)))),
        shape=(size, size),
    )
    rows_x, rows_y = close[candidates[:, 0]], close[candidates[:, 1]]
    return np.asarray(rows_x.multiply(rows_y).sum(axis=1)).ravel() > 0


GROUP_COHESION = 0.2  # mean similarity a merged group must keep across its articles' members


def group_segments(
    count: int,
    links: Sequence[Link],
    scores: dict[tuple[int, int], float] | None = None,
    articles: Sequence[int] | None = None,
    *,
    cohesion: float = GROUP_COHESION,
    related: Sequence[tuple[int, int]] = (),
    merging: Sequence[tuple[int, int]] = (),
) -> list[list[int]]:
    """Groups of linked segments, strongest links first, in order of their first segment.

    Two groups merge only when the mean similarity of their cross-article member pairs stays at
    GROUP_COHESION or above, and every member of the smaller group is linked to some member of
    the larger one (a link, not a mere candidate score), so a passage never chains claims: a
    sentence only near the group (a shared name, a stock phrase) stays out of it. Sums of
    scores between groups are kept up to date as groups merge (average linkage), so a
    merge costs the number of neighbouring groups, not the product of the group sizes.
    ``related`` pairs count as linked for that rule, and as cohesive as a group must be (they do
    not start a merge): two sentences that give the same figures of a toll belong together
    though the one-to-one links join each to another. ``merging`` pairs (of ``related``) may
    also start a merge, after every link, under the same rule: one toll given in two passages
    (the president's «six dead and 53 injured» apart from the governor's «6 dead, 53 injured»)
    becomes one passage when each is cohesive with the other; as do the sentences that give one
    place's dead alone, each its article's only one (``figures.FigureRelations.casualties``).
    (Without ``scores``, plain connected components.)
    """
    group_of = list(range(count))
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    outlets: dict[int, Counter[int]] = {}
    between: dict[int, dict[int, float]] = defaultdict(dict)  # group → neighbour → score sum
    neighbours: dict[int, list[int]] = defaultdict(list)
    if scores is not None and articles is not None:
        outlets = {i: Counter([articles[i]]) for i in range(count)}
        for (i, j), score in scores.items():
            between[i][j] = score
            between[j][i] = score
        for link in links:
            neighbours[link.a].append(link.b)
            neighbours[link.b].append(link.a)
        for a, b in related:
            neighbours[a].append(b)
            neighbours[b].append(a)
            # and as cohesive as a group must be (their words may share little: «خلف ستة قتلى
            # و53 جريحا» and «ارتفع عدد القتلى إلى 6 وعدد الجرحى إلى 53»)
            between[a][b] = between[b][a] = max(between[a].get(b, 0.0), cohesion)

    def cohesive(gx: int, gy: int) -> bool:
        if not outlets:
            return True
        x, y = members[gx], members[gy]
        same = sum(n * outlets[gy][a] for a, n in outlets[gx].items())
        pairs = len(x) * len(y) - same
        if not pairs:
            return True
        if between[gx].get(gy, 0.0) / pairs < cohesion:
            return False
        smaller, other = (gx, gy) if len(x) <= len(y) else (gy, gx)
        return all(any(group_of[n] == other for n in neighbours[m]) for m in members[smaller])

    starts = [(lk.a, lk.b) for lk in sorted(links, key=lambda lk: (-lk.score, lk.a, lk.b))]
    for a, b in [*starts, *sorted((min(p), max(p)) for p in merging)]:
        ga, gb = group_of[a], group_of[b]
        if ga == gb or not cohesive(ga, gb):
            continue
        keep, gone = min(ga, gb), max(ga, gb)
        for s in members[gone]:
            group_of[s] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
        if outlets:
            outlets[keep].update(outlets.pop(gone))
            for other, total in between.pop(gone, {}).items():
                del between[other][gone]
                if other != keep:
                    between[keep][other] = between[keep].get(other, 0.0) + total
                    between[other][keep] = between[keep][other]
            between[keep].pop(keep, None)
    groups = [m for m in members.values() if len(m) > 1]
    return sorted(groups, key=lambda m: m[0])


def closest_outside(
    scores: dict[tuple[int, int], float],
    groups: Sequence[Sequence[int]],
    count: int,
    limit: int = 3,
    matrix: sparse.csr_matrix | None = None,
) -> dict[int, tuple[tuple[int, float], ...]]:
    """For each segment, what the engine found closest outside its passage (or, for a sentence
    in no passage, outside itself): the other passages and lone sentences that some sentence
    pair of the two scored, each by its sentence that scored best against any member (with
    that score), the ``limit`` closest, closest first. The reviewer's candidates where the
    engine was not sure enough to link (issue 17).

    With the segments' vectors (``matrix``, one L2-normalised row per segment), "closest" is
    mostly between the two as wholes: ``WHOLES`` of the cosine of their summed vectors
    (``_as_wholes``) and the rest of the best sentence pair's score, so a passage is judged by
    every outlet's wording of it, not only by its one member nearest in words; without, by
    that best score alone."""
    if not scores:
        return {}
    unit = np.arange(count, dtype=np.int64) + len(groups)  # a lone sentence: its own unit
    for number, members in enumerate(groups):
        unit[np.asarray(members, dtype=np.int64)] = number
    pairs = np.array(list(scores), dtype=np.int64)
    values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
    me = np.concatenate((pairs[:, 0], pairs[:, 1]))
    other = np.concatenate((pairs[:, 1], pairs[:, 0]))
    score = np.concatenate((values, values))
    mine, theirs = unit[me], unit[other]
    keep = mine != theirs
    mine, theirs, other, score = mine[keep], theirs[keep], other[keep], score[keep]
    order = np.lexsort((other, -score, theirs, mine))  # each unit pair's best sentence first
    mine, theirs, other, score = mine[order], theirs[order], other[order], score[order]
    first = np.ones(len(mine), dtype=bool)
    first[1:] = (mine[1:] != mine[:-1]) | (theirs[1:] != theirs[:-1])
    mine, theirs, other, score = mine[first], theirs[first], other[first], score[first]
    rank = score
    if matrix is not None:
        rank = WHOLES * _as_wholes(matrix, groups, mine, theirs) + (1 - WHOLES) * score
    order = np.lexsort((other, -score, -rank, mine))  # each unit's neighbours, closest first
    by_unit: dict[int, list[tuple[int, float]]] = {}
    for owner, candidate, value in zip(
        mine[order].tolist(), other[order].tolist(), score[order].tolist(), strict=True
    ):
        best = by_unit.setdefault(owner, [])
        if len(best) < limit:
            best.append((candidate, round(min(value, 1.0), 4)))
    found = {u: tuple(best) for u, best in by_unit.items()}
    return {s: found[u] for s, u in enumerate(unit.tolist()) if u in found}


def _as_wholes(
    matrix: sparse.csr_matrix, groups: Sequence[Sequence[int]], mine: np.ndarray, theirs: np.ndarray
) -> np.ndarray:
    """The cosine of the summed vectors of units ``mine[k]`` and ``theirs[k]`` for each k (a unit
    under ``len(groups)`` is that passage, one past it the lone sentence ``unit - len(groups)``,
    whose row is its whole already). Up to ``DIRECT_WHOLES`` segments, one product of the
    units' wholes (a few hundred microseconds for the seeds); past it, in blocks of pairs, as a
    large collection has hundreds of thousands, with the passages' sums only (a second copy of
    every row took 66 MB at 2,000 articles)."""
    count = len(groups)
    if matrix.shape[0] <= DIRECT_WHOLES:
        used, inverse = np.unique(np.concatenate((mine, theirs)), return_inverse=True)
        wholes = _summed(matrix, [groups[u] if u < count else [u - count] for u in used.tolist()])
        product = sparse.csr_matrix(wholes @ wholes.T)
        return np.asarray(product[inverse[: len(mine)], inverse[len(mine) :]]).ravel()
    passages = _summed(matrix, groups)

    def rows(units: np.ndarray) -> sparse.csr_matrix:
        passage = units < count
        stacked = sparse.vstack((passages[units[passage]], matrix[units[~passage] - count]))
        places = np.concatenate((np.flatnonzero(passage), np.flatnonzero(~passage)))
        return sparse.csr_matrix(stacked)[np.argsort(places, kind="stable")]

    found = np.empty(len(mine))
    for start in range(0, len(mine), PAIR_BLOCK):
        end = start + PAIR_BLOCK
        pair = rows(mine[start:end]).multiply(rows(theirs[start:end]))
        found[start:end] = np.asarray(pair.sum(axis=1)).ravel()
    return found


def _summed(matrix: sparse.csr_matrix, units: Sequence[Sequence[int]]) -> sparse.csr_matrix:
    """One L2-normalised row per unit: the sum of its segments' rows."""
    sizes = [len(members) for members in units]
    if not sizes:
        return sparse.csr_matrix((0, matrix.shape[1]), dtype=matrix.dtype)
    summing = sparse.csr_matrix(
        (
            np.ones(sum(sizes), dtype=matrix.dtype),
            (np.repeat(np.arange(len(units)), sizes), np.concatenate([*map(list, units)])),
        ),
        shape=(len(units), matrix.shape[0]),
    )
    wholes = sparse.csr_matrix(summing @ matrix)
    norms = np.sqrt(np.asarray(wholes.multiply(wholes).sum(axis=1)).ravel())
    return sparse.csr_matrix(sparse.diags(1 / np.maximum(norms, 1e-12)) @ wholes)
