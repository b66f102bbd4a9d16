"""Aligning segments across all articles at once.

Similarities come from app.compare.vectors (cosines of character n-gram TF-IDF vectors).

A pair is linked when each is the other's best match in the other article and the score clears
LINK_THRESHOLD, or when the score clears STRONG_THRESHOLD (one sentence may summarise two).
Linked segments form groups (connected components).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LINK_THRESHOLD = 0.25
STRONG_THRESHOLD = 0.45


@dataclass(frozen=True)
class Link:
    a: int  # segment ids, a < b
    b: int
    score: float


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


ACQUAINTED = 0.15  # each member of the smaller of two merging groups scores this with the other
GROUP_COHESION = 0.2  # mean similarity a merged group must keep across its articles' members


def group_segments(
    count: int,
    links: Sequence[Link],
    scores: dict[tuple[int, int], float] | None = None,
    articles: Sequence[int] | None = None,
) -> list[list[int]]:
    """Groups of linked segments, strongest links first, in order of their first segment.

    Two groups merge only when the mean similarity of their cross-article member pairs stays at
    GROUP_COHESION or above, so a chain A–B–C does not pull in a C that shares nothing with A.
    (Without ``scores``, plain connected components.)
    """
    group_of = list(range(count))
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    linked: set[int] = set()

    def cohesive(x: list[int], y: list[int]) -> bool:
        if scores is None or articles is None:
            return True
        pairs = [(min(a, b), max(a, b)) for a in x for b in y if articles[a] != articles[b]]
        if not pairs:
            return True
        if sum(scores.get(p, 0.0) for p in pairs) / len(pairs) < GROUP_COHESION:
            return False
        # no member of the smaller group may be a stranger to the larger one
        knows = {a for p in pairs if scores.get(p, 0.0) >= ACQUAINTED for a in p}
        return all(m in knows for m in min(x, y, key=len))

    for link in sorted(links, key=lambda lk: (-lk.score, lk.a, lk.b)):
        linked.update((link.a, link.b))
        ga, gb = group_of[link.a], group_of[link.b]
        if ga == gb or not cohesive(members[ga], members[gb]):
            continue
        keep, gone = min(ga, gb), max(ga, gb)
        for s in members[gone]:
            group_of[s] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
    groups = [m for m in members.values() if len(m) > 1]
    return sorted(groups, key=lambda m: m[0])
