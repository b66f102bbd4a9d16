"""Sentences that give a figure of the same question («how many died in the hospital»), for
the alignment: outlets that reword a claim still repeat its figures, so two sentences whose
facts answer one question of the Facts table are likelier to carry the same claim than their
words alone say (measured on hand-labelled real coverage: README, issue 17)."""

from __future__ import annotations

import itertools
import weakref
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from app.compare.stages import Segmented
from app.compare.stories import STORY_GATE

FIGURES = frozenset((
    "deaths", "injured", "missing", "displaced", "arrested", "survivors", "hospitalised",
    "combined", "magnitude",
    "money", "percentage", "distance", "age", "count",
))  # fmt: skip
CASUALTIES = frozenset(("deaths", "injured"))


def figure_pairs(segmented: Segmented) -> set[tuple[int, int]]:
    """Pairs of segments (i < j) of different articles whose facts answer one figure question."""
    return {pair for pair, weight in figure_evidence(segmented).items() if weight}


@dataclass(frozen=True)
class FigureRelations:
    # pair → 1 when the two answer one figure question, plus the figures (up to two) alike
    evidence: dict[tuple[int, int], int]
    # pairs that answer two figure questions together for one place, whatever figures they
    # give: a toll's dead and injured («4 dead and 38 injured», «6 dead and 53 injured»)
    tolls: frozenset[tuple[int, int]]
    # pairs that give the dead, or the injured, of one place, each the only sentence of its
    # article to give a figure of it (a vague «dozens» gives none): the Reuters early «at
    # least 10 dead» beside the minister's «more than 30 dead and 3,000 injured» (Beirut)
    casualties: frozenset[tuple[int, int]] = frozenset()


def figure_evidence(
    segmented: Segmented, within: Collection[tuple[int, int]] | None = None
) -> dict[tuple[int, int], int]:
    """Pairs of segments (i < j) of different articles with their figure evidence: 1 when their
    facts answer one figure question, plus how many figures (up to two) the two give alike,
    the same kind and value («6 dead» and «ستة قتلى»; a toll's dead and injured both). Outlets
    that reword a toll still give its figures, though the Facts table may file them under
    different places («in Taksim», «in Istanbul»). ``within``: the candidate pairs, which alone
    are looked at in a collection of more than ``STORY_GATE`` articles."""
    return figure_relations(segmented, within).evidence


_last: tuple[weakref.ref[Segmented], FigureRelations] | None = None


def figure_relations(
    segmented: Segmented, within: Collection[tuple[int, int]] | None = None
) -> FigureRelations:
    """The figure evidence of every pair, and the pairs that give one toll's two figures. The
    scorer and the grouper both ask, of the same segments: the second is answered from the
    first (the last segments are remembered weakly, so nothing is kept alive). In a collection
    of more than ``STORY_GATE`` articles only the pairs ``within`` (the scorer's candidates) are
    looked at: every two sentences of a question are too many when a hundred stories make one
    «Deaths» question of thousands of facts (500 figure-dense articles: 74 of 186 s)."""
    global _last
    last = _last  # another thread may replace it meanwhile: at worst, found again
    if last is not None and last[0]() is segmented:
        return last[1]
    large = within is not None and len(set(segmented.article_of)) > STORY_GATE
    found = _relations(segmented, within if large else None)
    _last = (weakref.ref(segmented), found)
    return found


def segment_finder(segmented: Segmented) -> Callable[[int, int], int | None]:
    """``segment_of(article, offset)``: the segment of that article an offset falls in."""
    starts: dict[int, list[int]] = defaultdict(list)
    ids: dict[int, list[int]] = defaultdict(list)
    for each in segmented.segments:
        starts[each.article_id].append(each.start)
        ids[each.article_id].append(each.id)

    def segment_of(article: int, start: int) -> int | None:
        at = bisect_right(starts[article], start) - 1
        return ids[article][at] if at >= 0 else None

    return segment_of


def _relations(segmented: Segmented, within: Collection[tuple[int, int]] | None) -> FigureRelations:
    from app.facts.sheet import build_sheet
    from app.library.records import ArticleDocument

    documents = [a for a in segmented.articles if isinstance(a, ArticleDocument)]
    # which facts answer one question, not whether they agree (half the sheet's time on a
    # large collection is spent on that, and the facts stage asks it again)
    sheet = build_sheet(documents, statuses=False)
    segment_of = segment_finder(segmented)

    article_of = segmented.article_of
    found: dict[tuple[int, int], int] = {}
    figures: dict[int, set[tuple[str, float]]] = defaultdict(set)  # segment → (kind, value)
    # segment → the questions it gives a figure of, each with the place the figure is for (the
    # table asks a city's toll with its country's: Malatya's and Şanlıurfa's are two tolls)
    asked: dict[int, set[tuple[str, str]]] = defaultdict(set)
    casualties: set[tuple[int, int]] = set()
    answers: dict[int, set[str]] = defaultdict(set)  # segment → the questions it answers
    singles: dict[int, set[str]] = defaultdict(set)  # … of casualties, its article's only one
    for question in sheet.questions:
        if question.kind not in FIGURES:
            continue
        members = set()
        counted = set()  # the members that give a figure, not «dozens» or «thousands»
        for fact_id in question.facts:
            fact = sheet.fact(fact_id)
            if (where := segment_of(fact.article, fact.start)) is not None:
                members.add(where)
                if fact.value is not None and fact.value >= 2 and fact.hedge != "vague":
                    figures[where].add((question.kind, fact.value))
                    asked[where].add((question.id, fact.scope))
                    counted.add(where)
        if within is not None:  # a large collection: the candidates are paired below
            for segment in members:
                answers[segment].add(question.id)
            if question.kind in CASUALTIES:
                for segment in _alone_in_article(counted, article_of):
                    singles[segment].add(question.id)
            continue
        for a, b in itertools.combinations(sorted(members), 2):
            if article_of[a] != article_of[b]:
                found[(a, b)] = 1
        if question.kind in CASUALTIES:
            casualties.update(_only_ones(counted, article_of))
    if within is not None:
        return _among(within, answers, singles, figures, asked)
    one_question = set(found)  # pairs that answer one question
    by_figure: dict[tuple[str, float], list[int]] = defaultdict(list)
    for segment, given in figures.items():
        for figure in given:
            by_figure[figure].append(segment)
    for segments in by_figure.values():
        for a, b in itertools.combinations(sorted(segments), 2):
            if article_of[a] != article_of[b]:
                shared = min(2, len(figures[a] & figures[b]))
                found[(a, b)] = (1 if (a, b) in one_question else 0) + shared
    tolls = frozenset(
        (a, b)
        for a, b in one_question
        if _same_toll(asked[a], asked[b])  # both questions answered, each for one place
    )
    return FigureRelations(found, tolls, frozenset(casualties))


def _among(
    within: Collection[tuple[int, int]],
    answers: Mapping[int, set[str]],
    singles: Mapping[int, set[str]],
    figures: Mapping[int, set[tuple[str, float]]],
    asked: Mapping[int, set[tuple[str, str]]],
) -> FigureRelations:
    """``_relations`` over the candidate pairs only (each of two articles, i < j)."""
    found: dict[tuple[int, int], int] = {}
    tolls: set[tuple[int, int]] = set()
    casualties: set[tuple[int, int]] = set()
    empty: set[tuple[str, float]] = set()
    for a, b in within:
        one = bool(answers.get(a, set()) & answers.get(b, set()))
        weight = int(one) + min(2, len(figures.get(a, empty) & figures.get(b, empty)))
        if weight:
            found[(a, b)] = weight
        if one and _same_toll(asked.get(a, set()), asked.get(b, set())):
            tolls.add((a, b))
        if singles.get(a, set()) & singles.get(b, set()):
            casualties.add((a, b))
    return FigureRelations(found, frozenset(tolls), frozenset(casualties))


def _alone_in_article(members: set[int], article_of: tuple[int, ...]) -> list[int]:
    """The ``members`` that are their article's only member (``_only_ones`` unpaired)."""
    per_article: dict[int, list[int]] = defaultdict(list)
    for segment in members:
        per_article[article_of[segment]].append(segment)
    return [found[0] for found in per_article.values() if len(found) == 1]


def _only_ones(members: set[int], article_of: tuple[int, ...]) -> set[tuple[int, int]]:
    """Pairs of ``members`` (i < j) of different articles, each its article's only member: an
    article giving the dead twice (today's and the war's) relates neither to another's. (A
    headline's «kills dozens» is no second figure: the members give figures.)"""
    return set(itertools.combinations(sorted(_alone_in_article(members, article_of)), 2))


def _same_toll(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Two sentences answer two questions (the dead, the injured) alike, each for one place: the
    same place, or one says none («ارتفع الى 103 قتيلا، واصابة 181 جريحا» beside «in Kerman, 73
    dead and 171 injured»). Malatya's toll and Şanlıurfa's are two tolls."""
    if len(a) < 2 or len(b) < 2:
        return False
    answered = 0
    for question in {q for q, _ in a} & {q for q, _ in b}:
        mine = {place for q, place in a if q == question}
        theirs = {place for q, place in b if q == question}
        answered += bool(mine & theirs or "" in mine or "" in theirs)
    return answered >= 2
