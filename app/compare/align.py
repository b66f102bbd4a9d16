"""Aligning segments across all articles at once.

Similarity is the cosine of character n-gram TF-IDF vectors (measured on the seeds to separate
paraphrases from sentences that merely share names; ARABIC.md). Dot products are accumulated
through an inverted index, skipping n-grams present in a large share of all segments (they add
little to any cosine and most of the work), so the cost grows with the overlap, not with the
square of the number of segments.

A pair is linked when each is the other's best match in the other article and the score clears
LINK_THRESHOLD, or when the score clears STRONG_THRESHOLD (one sentence may summarise two).
Linked segments form groups (connected components).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

LINK_THRESHOLD = 0.30
STRONG_THRESHOLD = 0.45
CANDIDATE_FLOOR = 0.15
COMMON_SHARE = 0.15  # n-grams in more than this share of segments are skipped for scoring
MIN_COMMON = 300  # below this many segments nothing is skipped


@dataclass(frozen=True)
class Link:
    a: int  # segment ids, a < b
    b: int
    score: float


def similarities(
    vectors: Sequence[dict[str, float]], articles: Sequence[int]
) -> dict[tuple[int, int], float]:
    """Cosine of every cross-article pair that shares a not-too-common n-gram (i < j)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for gram, weight in vector.items():
            postings[gram].append((index, weight))
    limit = max(MIN_COMMON, int(COMMON_SHARE * len(vectors)))
    scores: dict[tuple[int, int], float] = defaultdict(float)
    for entries in postings.values():
        if len(entries) > limit or len(entries) < 2:
            continue
        for x in range(len(entries)):
            i, wi = entries[x]
            ai = articles[i]
            for y in range(x + 1, len(entries)):
                j, wj = entries[y]
                if articles[j] != ai:
                    scores[(i, j)] += wi * wj
    return {pair: s for pair, s in scores.items() if s >= CANDIDATE_FLOOR}


def link_segments(
    scores: dict[tuple[int, int], float], articles: Sequence[int], usable: Sequence[bool]
) -> list[Link]:
    best: dict[tuple[int, int], tuple[float, int]] = {}  # (segment, other article) → best
    for (i, j), score in scores.items():
        if not (usable[i] and usable[j]):
            continue
        for me, other in ((i, j), (j, i)):
            key = (me, articles[other])
            if key not in best or (score, -other) > (best[key][0], -best[key][1]):
                best[key] = (score, other)
    links = []
    for (i, j), score in sorted(scores.items()):
        if not (usable[i] and usable[j]):
            continue
        mutual = best[(i, articles[j])][1] == j and best[(j, articles[i])][1] == i
        if (mutual and score >= LINK_THRESHOLD) or score >= STRONG_THRESHOLD:
            links.append(Link(i, j, round(min(score, 1.0), 4)))
    return links


def group_segments(count: int, links: Sequence[Link]) -> list[list[int]]:
    """Connected components of the links, each sorted, in order of their first segment."""
    parent = list(range(count))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for link in links:
        for s in (link.a, link.b):
            root = find(s)
            if s not in members[root]:
                members[root].append(s)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
