"""Fact flags: where passages that report the same thing disagree, from the fact model.

The facts stage builds the collection's fact sheet (app.facts: every article's facts gathered
into questions whatever the alignment linked), adds what only linked passages reveal (a two-word
description the word diff replaces; who is quoted in one passage), and flags each differing
pair of a question whose sentences sit in one passage (``linked``) or are related by score. The
panes mark those flags; the Facts table lists every question.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.compare.diff import WordOp
from app.compare.segments import Segment
from app.compare.tokens import Token
from app.facts.model import FactSheet


@dataclass(frozen=True, slots=True)
class ComparedLink:
    a: int
    b: int
    score: float
    ops: tuple[WordOp, ...]


@dataclass(frozen=True, slots=True)
class FactFlag:
    kind: str  # "number", "date", "place", "nationality", "attribution", "descriptor"
    segments: tuple[int, int]
    values: tuple[str, str]
    what: str = ""  # the question, as the Facts table labels it
    linked: bool = True  # False: related passages that count the same thing, not one passage
    spans: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)
    question: str = ""  # the question's id in the fact sheet
    reason: str = "conflict"  # the pair's: conflict, update, different_source, …


@dataclass(frozen=True, slots=True)
class FactFindings:
    flags: list[FactFlag]
    sheet: FactSheet


def check_facts(
    articles: Sequence[object],
    segments: Sequence[Segment],
    tokens: Sequence[Sequence[Token]],
    links: Sequence[ComparedLink],
    groups: Sequence[Sequence[int]],
    scores: dict[tuple[int, int], float],
    bodies_file: str = "",
    diff: Callable[[Sequence[Token], Sequence[Token]], Sequence[WordOp]] | None = None,
) -> FactFindings:
    from app.facts.descriptors import linked_constructs
    from app.facts.sheet import bodies_from, build_sheet, passage_flags
    from app.library.records import ArticleDocument

    documents = [a for a in articles if isinstance(a, ArticleDocument)]
    texts = {d.summary.id: d.text for d in documents}

    def side(i: int) -> tuple[int, Sequence[Token], tuple[int, int]]:
        return segments[i].article_id, tokens[i], (segments[i].start, segments[i].end)

    def ops(link: ComparedLink) -> Sequence[WordOp]:
        if link.ops or diff is None:
            return link.ops
        return diff(tokens[link.a], tokens[link.b])

    pairs = ((side(link.a), side(link.b), ops(link)) for link in links)
    extra = linked_constructs(texts, pairs)
    group_of = {s: g for g, members in enumerate(groups) for s in members}
    starts: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for segment in segments:
        starts[segment.article_id][0].append(segment.start)
        starts[segment.article_id][1].append(segment.id)
    sheet = build_sheet(
        documents,
        bodies_from(Path(bodies_file) if bodies_file else None),
        extra,
        passage_of=lambda article, start: _passage(starts, group_of, article, start),
    )
    flags = [
        FactFlag(
            f.kind,
            f.segments,
            f.values,
            f.what,
            f.linked,
            (f.spans[0], f.spans[1]),
            f.question,
            f.reason,
        )
        for f in passage_flags(sheet, starts, group_of, scores)
    ]
    return FactFindings(flags, _as_flagged(sheet, {f.question for f in flags}))


def _as_flagged(sheet: FactSheet, flagged: set[str]) -> FactSheet:
    """A passage's «who says it» that differs only between members that are not each other's
    closest (``passage_flags``: a neighbour sentence the passage took in, which says something
    else) agrees: the Facts table says what the panes flag (on the bridge set, «according to
    CNN» on the collapse against the fire chief on a rescue was a row and no flag)."""
    from dataclasses import replace

    questions = tuple(
        replace(q, status="agree", reason="")
        if q.kind == "source"
        and q.status != "agree"
        and q.scope.startswith("passage:")
        and q.id not in flagged
        else q
        for q in sheet.questions
    )
    if questions == sheet.questions:
        return sheet
    return replace(sheet, questions=questions)


def _passage(
    starts: dict[int, tuple[list[int], list[int]]],
    group_of: dict[int, int],
    article: int,
    start: int,
) -> int | None:
    from bisect import bisect_right

    offsets, ids = starts.get(article, ([], []))
    at = bisect_right(offsets, start) - 1
    return group_of.get(ids[at]) if at >= 0 else None
