"""What two sentences share beyond who spoke.

Outlets name the same official with the same title in sentences that report different things:
«وأوضح الدكتور خالد مجاهد، مساعد وزيرة الصحة والسكان للإعلام …، أنه تم زيادة سيارات الإسعاف»
and «أعلن الدكتور خالد مجاهد المتحدث الرسمى باسم وزارة الصحة، أن الوزيرة شكلت غرفة عمليات»
share a dozen words and no claim. A pair under ``BAND`` whose sentences name a speaker (the
Facts table's «who says it») is scored on its words outside those names; when that is under
``FLOOR`` (the link threshold), that is its score. Pairs that give a figure of one question are
left alone: a toll said by one ministry in two wordings is one claim.

Measured on fourteen hand-labelled sets of real coverage: links right 0.880 → 0.909 (24 wrong
links fewer, 7 right ones), 0.403 → 0.396 of the same-claim pairs together (one passage of the
helicopter crash had been held together by a wrong link); on the five held out, links right
0.853 → 0.908 with one pair more. Floors of 0.12, 0.15 and 0.2 kept more wrong links (0.886,
0.890, 0.897 right) for no more pairs. Only a pair that shares a word of a speaker's name is
looked at (the same links; 200 figure-dense articles: 0.2 s, not 1.5 s).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Collection

    from app.compare.stages import Scores, Segmented
    from app.compare.tokens import Token
    from app.compare.vectors import Vectors

FLOOR = 0.25
BAND = 0.45  # a pair this close carries more than a shared speaker


def speaker_spans(segmented: Segmented) -> dict[int, list[tuple[int, int]]]:
    """Each segment's spans (article offsets) that name who speaks, from the fact model."""
    from app.compare.figures import segment_finder
    from app.facts.sheet import extracted
    from app.facts.sources import shipped_bodies
    from app.library.records import ArticleDocument

    segment_of = segment_finder(segmented)
    table = shipped_bodies()
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for document in segmented.articles:
        if not isinstance(document, ArticleDocument):
            continue
        article = document.summary.id
        for fact in extracted(document, table):
            if fact.kind != "source":
                continue
            if (segment := segment_of(article, fact.start)) is not None:
                found[segment].append((fact.start, fact.end))
    return found


def beyond_speakers(
    segmented: Segmented,
    vectors: Vectors,
    scores: Scores,
    keep: Collection[tuple[int, int]] = (),
    floor: float = FLOOR,
) -> dict[tuple[int, int], float]:
    """The pairs under ``BAND`` (not in ``keep``) whose cosine without their speakers' names is
    under ``floor``, with that cosine."""
    spans = speaker_spans(segmented)
    tokens = segmented.tokens

    def said(i: int, token: Token) -> bool:  # a word of the names of who speaks in i
        return any(s <= token.start < e for s, e in spans.get(i, ()))

    known: dict[int, set[str]] = {}

    def words(i: int) -> set[str]:
        if i not in known:
            known[i] = {t.match for t in tokens[i]}
        return known[i]

    names = {i: {t.match for t in tokens[i] if said(i, t)} for i in spans}
    pairs = [
        (a, b)
        for (a, b), value in scores.items()
        if floor <= value < BAND
        and (a in spans or b in spans)
        and (a, b) not in keep
        # only a pair that shares a word of a speaker's name can owe its score to it
        and (not names.get(a, set()).isdisjoint(words(b))
             or not names.get(b, set()).isdisjoint(words(a)))
    ]  # fmt: skip
    if not pairs:
        return {}
    ids = sorted({i for pair in pairs for i in pair})
    outside = [[t for t in tokens[i] if not said(i, t)] for i in ids]
    rows = vectors.rows(outside)
    row_of = {segment: row for row, segment in enumerate(ids)}
    left = rows[[row_of[a] for a, _ in pairs]]
    right = rows[[row_of[b] for _, b in pairs]]
    cosines = np.asarray(left.multiply(right).sum(axis=1)).ravel()
    return {
        pair: round(float(value), 4)
        for pair, value in zip(pairs, cosines.tolist(), strict=True)
        if value < floor
    }
