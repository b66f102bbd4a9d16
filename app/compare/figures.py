"""Sentences that give a figure of the same question («how many died in the hospital»), for
the alignment: outlets that reword a claim still repeat its figures, so two sentences whose
facts answer one question of the Facts table are likelier to carry the same claim than their
words alone say (measured on hand-labelled real coverage: README, issue 17)."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import defaultdict

from app.compare.stages import Segmented

FIGURES = frozenset((
    "deaths", "injured", "missing", "displaced", "arrested", "combined", "magnitude", "money",
    "percentage", "distance", "age", "count",
))  # fmt: skip


def figure_pairs(segmented: Segmented) -> set[tuple[int, int]]:
    """Pairs of segments (i < j) of different articles whose facts answer one figure question."""
    from app.facts.sheet import build_sheet
    from app.library.records import ArticleDocument

    documents = [a for a in segmented.articles if isinstance(a, ArticleDocument)]
    sheet = build_sheet(documents)
    starts: dict[int, list[int]] = defaultdict(list)
    ids: dict[int, list[int]] = defaultdict(list)
    for each in segmented.segments:
        starts[each.article_id].append(each.start)
        ids[each.article_id].append(each.id)

    def segment_of(article: int, start: int) -> int | None:
        at = bisect_right(starts[article], start) - 1
        return ids[article][at] if at >= 0 else None

    article_of = segmented.article_of
    found: set[tuple[int, int]] = set()
    for question in sheet.questions:
        if question.kind not in FIGURES:
            continue
        members = set()
        for fact_id in question.facts:
            fact = sheet.fact(fact_id)
            if (where := segment_of(fact.article, fact.start)) is not None:
                members.add(where)
        for a, b in itertools.combinations(sorted(members), 2):
            if article_of[a] != article_of[b]:
                found.add((a, b))
    return found
