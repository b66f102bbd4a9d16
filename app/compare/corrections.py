"""The reviewer's corrections to the passages, applied after the engine grouped them.

A correction names two sentences by article and offsets, as they were when the reviewer made
it: ``link`` puts them in one passage (merging their passages), ``unlink`` takes the first out of
the passage it shares with the second, ``tie`` links the two and leaves each in its passage (a
link between two passages, not a merge: ``ties``). Each names the segment that overlaps it most
today, so a correction survives a change of segmentation or a new version of an article (whose
offsets the review layer has moved). Corrections apply in the order they were made; one that no
longer names two segments is left out.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

Span = tuple[int, int, int]  # article, start, end
Correction = tuple[str, int, int, int, int, int, int]  # kind, article, start, end, × 2


def segment_at(spans: Sequence[Span], span: Span) -> int | None:
    """The segment of the same article that overlaps ``span`` most, or None. ``spans`` are in
    the segments' order (by article, then start), so only the article's segments that start
    before ``span`` ends are looked at: every correction looked at every segment of the
    collection (74 ms for 20 ties in 60,000 segments, on the GUI thread at each chosen
    passage)."""
    article, start, end = span
    best, most = None, 0
    first = bisect_left(spans, (article,))
    last = bisect_left(spans, (article, end))
    for index in range(first, last):
        _a, s, e = spans[index]
        overlap = min(e, end) - max(s, start)
        if overlap > most:
            best, most = index, overlap
    return best


def apply_corrections(
    groups: Sequence[Sequence[int]], spans: Sequence[Span], corrections: Sequence[Correction]
) -> list[list[int]]:
    """``groups`` as the reviewer corrected them: sorted, each of two segments or more."""
    group_of: dict[int, int] = {}
    members: dict[int, set[int]] = {}
    for number, group in enumerate(groups):
        members[number] = set(group)
        for s in group:
            group_of[s] = number
    fresh = len(groups)
    for kind, *where in corrections:
        a = segment_at(spans, (where[0], where[1], where[2]))
        b = segment_at(spans, (where[3], where[4], where[5]))
        if a is None or b is None or a == b:
            continue
        ga, gb = group_of.get(a), group_of.get(b)
        if kind == "link":
            if ga is None and gb is None:
                members[fresh] = {a, b}
                group_of[a] = group_of[b] = fresh
                fresh += 1
            elif ga is None or gb is None:
                alone, into = (a, gb) if ga is None else (b, ga)
                assert into is not None
                members[into].add(alone)
                group_of[alone] = into
            elif ga != gb:
                for s in members.pop(gb):
                    group_of[s] = ga
                    members[ga].add(s)
        elif kind == "unlink" and ga is not None and ga == gb:
            members[ga].discard(a)
            del group_of[a]
    return sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda m: m[0])


def ties(spans: Sequence[Span], corrections: Sequence[Correction]) -> list[tuple[int, int]]:
    """The pairs of segments (lower id first) the reviewer linked without merging their
    passages, in the order made, each once."""
    found: dict[tuple[int, int], None] = {}
    for kind, *where in corrections:
        if kind != "tie":
            continue
        a = segment_at(spans, (where[0], where[1], where[2]))
        b = segment_at(spans, (where[3], where[4], where[5]))
        if a is not None and b is not None and a != b:
            found[(min(a, b), max(a, b))] = None
    return list(found)


def corrected(spans: Sequence[Span], corrections: Sequence[Correction]) -> set[int]:
    """The segments a correction names: their passage is the reviewer's, not the engine's (a
    tie changes no passage: ``ties`` names those)."""
    found = set()
    for kind, *where in corrections:
        if kind == "tie":
            continue
        for span in ((where[0], where[1], where[2]), (where[3], where[4], where[5])):
            if (index := segment_at(spans, span)) is not None:
                found.add(index)
    return found


def not_refused(
    closest: Mapping[int, tuple[tuple[int, float], ...]],
    groups: Sequence[Sequence[int]],
    spans: Sequence[Span],
    corrections: Sequence[Correction],
) -> dict[int, tuple[tuple[int, float], ...]]:
    """``closest`` (what the Passage panel offers to link) without the passage or sentence a
    reviewer took each sentence out of: linking it again would undo the unlink (seen on the
    demo, where the old partner came back as offer 1, Alt+1)."""
    unit = {member: number for number, group in enumerate(groups) for member in group}
    apart: dict[int, set[object]] = {}
    for kind, *where in corrections:
        a = segment_at(spans, (where[0], where[1], where[2]))
        b = segment_at(spans, (where[3], where[4], where[5]))
        if kind != "unlink" or a is None or b is None or a == b:
            continue
        for one, other in ((a, b), (b, a)):
            apart.setdefault(one, set()).add(unit.get(other, ("alone", other)))
    if not apart:
        return dict(closest)
    return {
        segment: tuple(
            (other, score)
            for other, score in found
            if unit.get(other, ("alone", other)) not in apart.get(segment, ())
        )
        for segment, found in closest.items()
    }
