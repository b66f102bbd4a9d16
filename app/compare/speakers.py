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

Where and when the story happened is set aside the same way (``SETTING``: the compass words and
the days): «وتفقد الزعيمان منشآت … بأقصى الشرق الروسي، وفق ما ذكره بيان للكرملين» and «أهدى كل
من بوتين وكيم الآخر بندقية … في أقصى شرق روسيا، وفق ما أعلن الكرملين» shared the Kremlin, the
Far East and nothing else. On nine hand-labelled sets of real coverage: links right 0.860 →
0.868 (5 wrong links fewer, 1 right one), 0.348 → 0.347 of the same-claim pairs together. The
places themselves (the gazetteer's countries, cities and their adjectives) were tried too and
not kept: 0.870 right but 0.342 together (a dam's town and river are what its sentences share).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

    from app.compare.stages import Scores, Segmented
    from app.compare.tokens import Token
    from app.compare.vectors import Vectors

FLOOR = 0.25
BAND = 0.45  # a pair this close carries more than a shared speaker
# the story's setting: the compass («بأقصى الشرق الروسي») and the day («اليوم الأربعاء»)
SETTING = (
    "أقصى شرق غرب شمال جنوب الشرق الغرب الشمال الجنوب اليوم أمس"
    " الأربعاء الخميس الثلاثاء الاثنين الجمعة السبت الأحد"
)


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
    """The pairs under ``BAND`` (not in ``keep``) whose cosine without their speakers' names and
    the words of their setting is under ``floor``, with that cosine."""
    spans = speaker_spans(segmented)
    tokens = segmented.tokens

    setting = setting_keys()

    def said(i: int, token: Token) -> bool:  # a word of who speaks in i, or of the setting
        return token.match in setting or any(s <= token.start < e for s, e in spans.get(i, ()))

    known: dict[int, set[str]] = {}
    named: dict[int, set[str]] = {}

    def words(i: int) -> set[str]:
        if i not in known:
            known[i] = {t.match for t in tokens[i]}
        return known[i]

    def names(i: int) -> set[str]:  # only for the pairs in the band: 500 articles 0.015 s, not 0.17
        if i not in named:
            named[i] = {t.match for t in tokens[i] if said(i, t)}
        return named[i]

    pairs = [
        (a, b)
        for (a, b), value in scores.items()
        if floor <= value < BAND
        and (a, b) not in keep
        # only a pair that shares a word of a speaker's name can owe its score to it
        and (not names(a).isdisjoint(words(b)) or not names(b).isdisjoint(words(a)))
    ]
    # each pair scored without its speakers' names and setting; and a pair that names one
    # person spelled two ways, without that name and office
    dropped = {
        pair: tuple({p for p, t in enumerate(tokens[i]) if said(i, t)} for i in pair)
        for pair in pairs
    }
    dropped.update(_respelled_names(segmented, scores, keep, floor, set(pairs)))
    return _scored_without(vectors, tokens, dropped, floor)


def _respelled_names(
    segmented: Segmented,
    scores: Scores,
    keep: Collection[tuple[int, int]],
    floor: float,
    taken: set[tuple[int, int]],
) -> dict[tuple[int, int], tuple[set[int], ...]]:
    """The pairs under ``BAND`` whose sentences spell a person's name two ways, transliterated
    letters apart (سيرغي شويغو / سيرجي شويجو): each side's positions of the name and of the
    office before it."""
    from app.compare.diff import VARIANT_MIN_LETTERS
    from app.compare.tokens import SOFT

    tokens = segmented.tokens
    softened: dict[int, dict[str, str]] = {}

    def soft(i: int) -> dict[str, str]:  # a word's transliteration-folded form → the word
        if i not in softened:
            softened[i] = {
                t.stem.translate(SOFT): t.stem
                for t in tokens[i]
                if len(t.stem) >= VARIANT_MIN_LETTERS
            }
        return softened[i]

    found: dict[tuple[int, int], tuple[set[int], ...]] = {}
    for (a, b), value in scores.items():
        if not floor <= value < BAND or (a, b) in keep or (a, b) in taken:
            continue
        one, other = soft(a), soft(b)
        respelled = {k for k in one.keys() & other.keys() if one[k] != other[k]}
        if len(respelled) < 2:  # a first name and a surname (a place is one word)
            continue
        words_a = {one[k] for k in respelled}
        words_b = {other[k] for k in respelled}
        mine = {p for p, t in enumerate(tokens[a]) if t.stem in words_a}
        theirs = {p for p, t in enumerate(tokens[b]) if t.stem in words_b}
        if any(p + 1 in mine for p in mine) and any(p + 1 in theirs for p in theirs):
            found[(a, b)] = (_with_office(mine), _with_office(theirs))
    return found


NAME_OFFICE = 3  # the words before a name that may give the office: «وزير الدفاع الروسي»


def _with_office(positions: set[int]) -> set[int]:
    """A name's positions and the few words before it, where its office is given."""
    if not positions:
        return positions
    return set(range(max(0, min(positions) - NAME_OFFICE), max(positions) + 1))


def _scored_without(
    vectors: Vectors,
    tokens: Sequence[Sequence[Token]],
    dropped: Mapping[tuple[int, int], tuple[set[int], ...]],
    floor: float,
) -> dict[tuple[int, int], float]:
    """Each pair's cosine without the words at ``dropped``'s positions of each side, where it
    is under ``floor``: what «ويحضر وزير الدفاع الروسي سيرغي شويغو المناقشات» and «بعد زيارة
    وزير الدفاع الروسي سيرجي شويجو لكوريا الشمالية» share is the man, not a claim."""
    if not dropped:
        return {}
    pairs = list(dropped)
    rows = vectors.rows(
        [
            [t for p, t in enumerate(tokens[side]) if p not in dropped[pair][k]]
            for pair in pairs
            for k, side in enumerate(pair)
        ]
    )
    cosines = np.asarray(rows[0::2].multiply(rows[1::2]).sum(axis=1)).ravel()
    return {
        pair: round(float(value), 4)
        for pair, value in zip(pairs, cosines.tolist(), strict=True)
        if value < floor
    }


@lru_cache(maxsize=1)
def setting_keys() -> frozenset[str]:
    """The match keys of ``SETTING``'s words, as the tokens of a sentence carry them."""
    from app.compare.tokens import tokenize

    return frozenset(t.match for t in tokenize(SETTING))
