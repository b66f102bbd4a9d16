"""A passage as a reviewer reads it: every outlet's version, its word changes, its fact flags.

Pure data for the details panel, the coverage grid and reports: no Qt, no HTML. Word changes are
given against the passage a reviewer chose (the "reference"), as spans into each version's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.compare.diff import word_diff
from app.compare.engine import ComparedSegment, Comparison
from app.compare.flags import FactFlag
from app.compare.tokens import tokenize
from app.library.records import outlet_count


@dataclass(frozen=True, slots=True)
class Mark:
    start: int  # code points into the version's own text (not the article)
    end: int
    # "insert", "replace", "variant", "synonym": how this version differs from the reference
    kind: str


@dataclass(frozen=True, slots=True)
class Version:
    segment: ComparedSegment
    reference: bool  # the passage the reviewer chose
    marks: tuple[Mark, ...]  # empty for the reference
    missing: tuple[str, ...]  # the reference's words this version leaves out (deleted, replaced)


def link_partner(comparison: Comparison, candidate: int, chosen: int) -> ComparedSegment | None:
    """The sentence of ``chosen``'s passage to link ``candidate`` with, so the two become one
    passage: ``chosen`` itself, or, when ``candidate`` is of the same article, a version of
    ``chosen``'s passage from another article (None when it has none)."""
    here, mine = comparison.segments[candidate], comparison.segments[chosen]
    if here.article != mine.article:
        return mine
    if mine.group is None:
        return None
    versions_of = (comparison.segments[i] for i in comparison.groups[mine.group])
    return next((m for m in versions_of if m.article != here.article), None)


def passage_mate(comparison: Comparison, segment_id: int) -> ComparedSegment | None:
    """The sentence of ``segment_id``'s passage, from another article, that it is linked to
    most strongly (the first of them when it is linked to none); None in no passage. A part
    of the sentence split off is linked elsewhere; the rest is linked with this one to stay."""
    mine = comparison.segments[segment_id]
    if mine.group is None:
        return None
    others = [
        comparison.segments[i]
        for i in comparison.groups[mine.group]
        if comparison.segments[i].article != mine.article
    ]
    strength = comparison.partners.get(segment_id, {})
    return max(others, key=lambda s: (strength.get(s.id, 0.0), -s.id), default=None)


def members(comparison: Comparison, segment_id: int) -> list[int]:
    """The passage of ``segment_id``: its group, or the segment alone."""
    segment = comparison.segments[segment_id]
    if segment.group is None:
        return [segment_id]
    return list(comparison.groups[segment.group])


def linked_outside(comparison: Comparison, segment_id: int) -> set[int]:
    """The sentences outside ``segment_id``'s passage that the comparison linked to it or to a
    sentence of its passage, though no passage took both (their other versions were not close
    enough): among the close sentences offered, the ones the engine itself found alike."""
    mine = set(members(comparison, segment_id))
    partners = comparison.partners
    return {other for here in mine for other in partners.get(here, ()) if other not in mine}


def tied_outside(comparison: Comparison, segment_id: int) -> set[int]:
    """The sentences outside ``segment_id``'s passage that a reviewer linked to it or to a
    sentence of its passage without merging the two passages (``Comparison.reviewer_ties``)."""
    tied = comparison.reviewer_ties()
    if not tied:
        return set()
    mine = set(members(comparison, segment_id))
    found = set()
    for a, b in tied:
        if a in mine and b not in mine:
            found.add(b)
        elif b in mine and a not in mine:
            found.add(a)
    return found


def versions(comparison: Comparison, segment_id: int) -> list[Version]:
    """The reference first, then the other members in article order, each diffed against it."""
    reference = comparison.segments[segment_id]
    ref_tokens = tokenize(reference.text)
    found = [Version(reference, True, (), ())]
    others = [comparison.segments[i] for i in members(comparison, segment_id) if i != segment_id]
    for other in sorted(others, key=lambda s: (s.article != reference.article, s.article, s.id)):
        marks, missing = [], []
        for op in word_diff(ref_tokens, tokenize(other.text)):
            if op.op in ("insert", "replace", "variant", "synonym") and op.b is not None:
                marks.append(Mark(op.b[0], op.b[1], op.op))
            if op.op in ("delete", "replace") and op.a is not None:
                missing.append(reference.text[op.a[0] : op.a[1]])
        found.append(Version(other, False, tuple(marks), tuple(missing)))
    return found


def passage_flags(comparison: Comparison, segment_id: int) -> list[FactFlag]:
    """Fact flags that involve any version of the passage."""
    inside = set(members(comparison, segment_id))
    return [f for f in comparison.flags if inside & set(f.segments)]


REASON_ORDER = (
    "conflict",
    "update",
    "different_source",
    "different_description",
    "different_scope",
)


@dataclass(frozen=True, slots=True)
class FlagGroup:
    """A passage's flags of one question, read together: each figure as written once, with the
    sentences that give it, instead of every pair (eight outlets' tolls are 28 pairs)."""

    flags: tuple[FactFlag, ...]
    # each figure (as first written) → the segments that give it, however they write it
    figures: tuple[tuple[str, tuple[int, ...]], ...]
    reasons: tuple[tuple[str, int], ...]  # the pairs' reasons, counted, most serious first
    outside: frozenset[int]  # segments of a related passage, not this one

    @property
    def first(self) -> FactFlag:
        return self.flags[0]


def flag_groups(comparison: Comparison, segment_id: int) -> list[FlagGroup]:
    """``passage_flags`` by question, in the order of each question's first flag. A figure is
    its value and hedge, however it is written («3000 آخرون», «3000 جريحًا»; «more than 30»
    apart from «30»), smallest first, so a toll reads as it rose (10 at least, 30, more than
    30, 63, 70); a value the fact sheet has no figure for keeps its words and its place."""
    inside = set(members(comparison, segment_id))
    by_question: dict[tuple[str, str, str], list[FactFlag]] = {}
    for flag in passage_flags(comparison, segment_id):
        by_question.setdefault((flag.question, flag.kind, flag.what), []).append(flag)
    groups = []
    for flags in by_question.values():
        # (0, value, hedge) for a figure, (1, 0, words) else → (first as written, givers)
        figures: dict[tuple[int, float, str], tuple[str, list[int]]] = {}
        counts: dict[str, int] = {}
        for flag in flags:
            counts[flag.reason] = counts.get(flag.reason, 0) + 1
            for segment, value, span in zip(flag.segments, flag.values, flag.spans, strict=True):
                written = value.strip()
                article = comparison.segments[segment].article
                fact = comparison.facts.find(article, span[0]) if span else None
                key = (
                    (0, fact.value, fact.hedge)
                    if fact is not None and fact.value is not None
                    else (1, 0.0, written)
                )
                _first, givers = figures.setdefault(key, (written, []))
                if segment not in givers:
                    givers.append(segment)
        ordered = sorted(figures.items(), key=lambda item: item[0] if item[0][0] == 0 else (1,))
        found = {s for flag in flags for s in flag.segments}
        groups.append(
            FlagGroup(
                tuple(flags),
                tuple((written, tuple(givers)) for _key, (written, givers) in ordered),
                tuple(sorted(counts.items(), key=lambda c: _rank(c[0]))),
                frozenset(found - inside),
            )
        )
    return groups


def _rank(reason: str) -> int:
    return REASON_ORDER.index(reason) if reason in REASON_ORDER else len(REASON_ORDER)


@dataclass(frozen=True, slots=True)
class CoverageRow:
    group: int
    outlets: int  # how many outlets carry the passage (``records.outlet_count``)
    cells: dict[int, ComparedSegment]  # article id → its first segment in the passage
    # articles whose cell is a sentence a reviewer tied to the passage (Link Without Merging):
    # it says what the passage says, and stays in its own
    tied: frozenset[int] = frozenset()
    linked: tuple[int, ...] = ()  # every sentence a reviewer tied to the passage

    @property
    def articles(self) -> int:
        """How many articles carry the passage (two of one outlet count twice here)."""
        return len(self.cells)


def coverage(comparison: Comparison) -> list[CoverageRow]:
    """One row per passage group (furniture never groups), most widely carried first."""
    summaries = {a.summary.id: a.summary for a in comparison.articles}
    segments = comparison.segments
    tied: dict[int, list[int]] = {}  # a passage → the sentences a reviewer tied to it
    for a, b in sorted(comparison.reviewer_ties()):
        for here, there in ((a, b), (b, a)):
            passage = segments[here].group
            if passage is not None and segments[there].group != passage:
                tied.setdefault(passage, []).append(there)
    rows = []
    for number, group in enumerate(comparison.groups):
        cells: dict[int, ComparedSegment] = {}
        for member in group:
            segment = segments[member]
            cells.setdefault(segment.article, segment)
        own = set(cells)
        for other in tied.get(number, ()):
            cells.setdefault(segments[other].article, segments[other])
        outlets = outlet_count(summaries[i] for i in cells if i in summaries)
        linked = tuple(tied.get(number, ()))
        rows.append(CoverageRow(number, outlets, cells, frozenset(set(cells) - own), linked))
    rows.sort(key=lambda r: (-r.outlets, -r.articles, min(s.id for s in r.cells.values())))
    return rows


def total_outlets(comparison: Comparison) -> int:
    """How many outlets the compared articles come from (unnamed ones each count)."""
    return outlet_count(a.summary for a in comparison.articles)


def split_sides(comparison: Comparison, keep: int, move: int) -> list[int]:
    """Splitting the passage of ``keep`` and ``move`` in two: the members that go with ``move``
    (itself first), each member going to the side it is linked to more strongly (a tie, and any
    other version from ``keep``'s article, stays)."""
    segments = comparison.segments
    group = segments[keep].group
    if group is None or segments[move].group != group or keep == move:
        return []
    score: dict[tuple[int, int], float] = {}
    for link in comparison.links:
        score[(link.a, link.b)] = score[(link.b, link.a)] = link.score
    moved = [move]
    for member in comparison.groups[group]:
        if member in (keep, move) or segments[member].article == segments[keep].article:
            continue
        if score.get((member, move), 0.0) > score.get((member, keep), 0.0):
            moved.append(member)
    return moved
