"""The fact flag finder as it was before the fact model (issue 16), kept as the baseline of
bench_facts.

Fact flags: where passages that report the same thing disagree on a number, a date or a speaker.

Every cross-article pair of segments in one passage group is checked (not only the pairs linked
directly: A–B and B–C linked put A and C in one passage, and a reviewer reads them as one), with
the word diff pairing counts of different nouns ("47 قتيلا" / "52 شخصا"). Pairs that are only
related (a candidate score, not linked) are checked for counts of the same noun phrase only
("صاروخًا باليستيًا واحدًا" / "صاروخين باليستيين"), and flagged with ``linked`` false.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.compare.diff import WordOp, word_diff
from app.compare.segments import Segment
from app.compare.tokens import Token
from tests.benchmarks.legacy.facts import (
    Disagreement,
    SegmentFacts,
    count_disagreements,
    disagreements,
    extract_facts,
)


@dataclass(frozen=True, slots=True)
class ComparedLink:
    a: int
    b: int
    score: float
    ops: tuple[WordOp, ...]


@dataclass(frozen=True, slots=True)
class FactFlag:
    kind: str  # "number", "date", "attribution"
    segments: tuple[int, int]
    values: tuple[str, str]
    what: str = ""  # the counted noun, for numbers
    linked: bool = True  # False: related passages that count the same thing, not one passage
    spans: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)


def _replaced(ops: Sequence[WordOp]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(op.a, op.b) for op in ops if op.op == "replace" and op.a and op.b]


def find_flags(
    segments: Sequence[Segment],
    tokens: Sequence[Sequence[Token]],
    links: Sequence[ComparedLink],
    groups: Sequence[Sequence[int]],
    scores: dict[tuple[int, int], float],
    usable: Sequence[bool],
    diff: Callable[[Sequence[Token], Sequence[Token]], Sequence[WordOp]] = word_diff,
) -> list[FactFlag]:
    facts: dict[int, SegmentFacts] = {}

    def facts_of(i: int) -> SegmentFacts:
        if i not in facts:
            facts[i] = extract_facts(segments[i].text, tokens[i], segments[i].start)
        return facts[i]

    def has_facts(i: int) -> bool:
        found = facts_of(i)
        return bool(found.counts or found.dates or found.speakers)

    def flag(found: Disagreement, a: int, b: int, linked: bool) -> FactFlag:
        return FactFlag(found.kind, (a, b), (found.a, found.b), found.what, linked, found.spans)

    ops = {(link.a, link.b): link.ops for link in links}
    flags: list[FactFlag] = []
    in_group: set[tuple[int, int]] = set()
    for group in groups:
        for a, b in itertools.combinations(sorted(group), 2):
            if segments[a].article_id == segments[b].article_id:
                continue
            in_group.add((a, b))
            if not (has_facts(a) and has_facts(b)):
                continue
            fa, fb = facts_of(a), facts_of(b)
            replaced: list[tuple[tuple[int, int], tuple[int, int]]] = []
            if {c.value for c in fa.counts} != {c.value for c in fb.counts}:
                pair_ops = ops.get((a, b)) or tuple(diff(tokens[a], tokens[b]))
                replaced = _replaced(pair_ops)
            for found in disagreements(fa, fb, replaced):
                flags.append(flag(found, a, b, True))
    for (i, j), _ in sorted(scores.items()):
        if (i, j) in in_group or not (usable[i] and usable[j]):
            continue
        counts_i, counts_j = facts_of(i).counts, facts_of(j).counts
        if counts_i and counts_j:
            for found in count_disagreements(counts_i, counts_j, strict=True):
                flags.append(flag(found, i, j, False))
    return flags
