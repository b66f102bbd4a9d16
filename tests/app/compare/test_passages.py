"""Passages as the details panel and the coverage grid read them (no Qt)."""

from __future__ import annotations

import pytest

from app.compare.engine import compare
from app.compare.passages import coverage, members, passage_flags, versions
from app.library.records import ArticleDocument, ArticleSummary


def _doc(number: int, text: str) -> ArticleDocument:
    return ArticleDocument(ArticleSummary(number, 1, "t", None, None, 0, "ar", "rtl", None), text)


DOCS = [
    _doc(1, "أطلقت كوريا الشمالية صاروخين باليستيين باتجاه البحر صباح اليوم.\nقال شويغو ذلك."),
    _doc(2, "أطلقت كوريا الشمالية صاروخا باليستيا واحدا باتجاه البحر صباح اليوم.\nالطقس معتدل."),
    _doc(3, "وأطلقت كوريا الشمالية صاروخين باليستيين نحو البحر صباح اليوم."),
]


def test_versions_mark_what_differs_from_the_chosen_passage() -> None:
    result = compare(DOCS)
    first = next(s for s in result.segments if s.article == 1)
    found = versions(result, first.id)
    assert found[0].reference and found[0].segment.id == first.id
    assert {v.segment.article for v in found} == {1, 2, 3}
    two = next(v for v in found if v.segment.article == 2)
    marked = [two.segment.text[m.start : m.end] for m in two.marks]
    assert any("واحدا" in m for m in marked)
    assert any("صاروخين" in m for m in two.missing)
    flags = passage_flags(result, first.id)
    assert any(
        f.kind == "number" and set(f.values) == {"صاروخا باليستيا واحدا", "صاروخين"} for f in flags
    )


def test_coverage_rows_put_the_widest_passage_first() -> None:
    result = compare(DOCS)
    rows = coverage(result)
    assert rows[0].outlets == 3 and set(rows[0].cells) == {1, 2, 3}
    alone = next(s for s in result.segments if "الطقس" in s.text)
    assert members(result, alone.id) == [alone.id]
    assert all(alone.id not in [c.id for c in r.cells.values()] for r in rows)


def test_closest_outside_lists_the_nearest_passages_and_lone_sentences() -> None:
    from app.compare.align import closest_outside

    # segments 0, 1 of article 1; 2, 3 of article 2; 4 of article 3; 0 and 2 are one passage
    scores = {(0, 2): 0.6, (1, 2): 0.2, (1, 3): 0.18, (1, 4): 0.22, (3, 4): 0.3, (0, 3): 0.16}
    found = closest_outside(scores, [[0, 2]], 5, limit=3)
    assert found[1] == ((4, 0.22), (2, 0.2), (3, 0.18))  # the passage {0, 2} by its best, 2
    assert found[0] == found[2] == ((1, 0.2), (3, 0.16))  # a passage: all its members'
    assert found[4] == ((3, 0.3), (1, 0.22))  # the passage is not close to 4: no pair scored
    assert closest_outside(scores, [[0, 2]], 5, limit=1)[1] == ((4, 0.22),)
    assert closest_outside({}, [], 3) == {}


def test_closest_outside_judges_a_passage_by_its_wording_as_a_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the vectors, a passage whose outlets each say half of what a sentence says comes
    before a lone sentence closer to it than either of them (its offer still names the
    passage's best sentence, with that sentence's score)."""
    import numpy as np
    from scipy import sparse

    from app.compare.align import closest_outside

    def unit(*values: float) -> np.ndarray:
        row = np.array(values)
        return row / np.linalg.norm(row)

    # 0 says a, b and c; passage {1, 2}: 1 says a, 2 says b (each with a word of its own);
    # 3 says a and c, and a word 0 lacks
    rows = [unit(1, 1, 1, 0, 0, 0), unit(1, 0, 0, 0.6, 0, 0), unit(0, 1, 0, 0, 0.6, 0),
            unit(1, 0, 1, 0, 0, 1.2)]  # fmt: skip
    matrix = sparse.csr_matrix(np.vstack(rows))
    scores = {(a, b): round(float(rows[a] @ rows[b]), 4)
              for a, b in ((0, 1), (0, 2), (0, 3), (1, 3))}  # fmt: skip
    assert scores[(0, 3)] > scores[(0, 1)] >= scores[(0, 2)]
    by_sentence = closest_outside(scores, [[1, 2]], 4)
    assert [other for other, _ in by_sentence[0]] == [3, 1]
    as_wholes = closest_outside(scores, [[1, 2]], 4, matrix=matrix)
    assert as_wholes[0] == ((1, scores[(0, 1)]), (3, scores[(0, 3)]))
    assert as_wholes[3] == by_sentence[3]  # one candidate each way: the same
    monkeypatch.setattr("app.compare.align.DIRECT_WHOLES", 0)  # a large collection's way
    assert closest_outside(scores, [[1, 2]], 4, matrix=matrix) == as_wholes


TOLL = [
    "قال وزير الصحة إن 30 شخصا قتلوا وأصيب 3000 آخرون في انفجار المرفأ.",
    "قال وزير الصحة إن 30 شخصا قتلوا وأصيب 3000 آخرون في انفجار مرفأ العاصمة.",
    "قال وزير الصحة إن 63 شخصا قتلوا وأصيب 3000 آخرون في انفجار المرفأ.",
    "قال وزير الصحة إن 70 شخصا قتلوا وأصيب 3000 آخرون في انفجار المرفأ مساء.",
]


def test_a_passages_flags_of_one_question_read_as_its_figures() -> None:
    """Four outlets' tolls (30, 30, 63, 70 dead): five pairs differ, but the reviewer reads one
    question with three figures, each with the outlets that give it."""
    from app.compare.passages import flag_groups

    result = compare([_doc(n, t) for n, t in enumerate(TOLL, start=1)])
    first = next(s for s in result.segments if s.article == 1)
    assert len(members(result, first.id)) == 4
    groups = flag_groups(result, first.id)
    deaths = [g for g in groups if "30 شخصا" in dict(g.figures)]
    assert len(deaths) == 1 and len(deaths[0].flags) == 5  # 30-63 twice, 30-70 twice, 63-70
    figures = dict(deaths[0].figures)
    article = {s.id: s.article for s in result.segments}
    assert {v: sorted(article[s] for s in given) for v, given in figures.items()} == {
        "30 شخصا": [1, 2], "63 شخصا": [3], "70 شخصا": [4],
    }  # fmt: skip
    assert sum(n for _reason, n in deaths[0].reasons) == 5 and not deaths[0].outside


def test_one_figure_written_two_ways_is_one_figure() -> None:
    """«30 شخصا» and «30 قتيلا» give the same figure: one line with both outlets; «more than
    30» is another figure."""
    from app.compare.passages import flag_groups

    texts = [*TOLL[:1], TOLL[1].replace("30 شخصا قتلوا", "30 قتيلا سقطوا"), *TOLL[2:]]
    texts[3] = texts[3].replace("70 شخصا", "أكثر من 30 شخصا")
    result = compare([_doc(n, t) for n, t in enumerate(texts, start=1)])
    first = next(s for s in result.segments if s.article == 1)
    article = {s.id: s.article for s in result.segments}
    deaths = next(g for g in flag_groups(result, first.id) if "63 شخصا" in dict(g.figures))
    found = {v: sorted(article[s] for s in given) for v, given in deaths.figures}
    assert found == {"30 شخصا": [1, 2], "63 شخصا": [3], "أكثر من 30 شخصا": [4]}
    # smallest first, so a toll reads as it rose
    assert [value for value, _ in deaths.figures] == ["30 شخصا", "أكثر من 30 شخصا", "63 شخصا"]


def test_a_pair_the_reviewer_took_apart_is_not_offered_back() -> None:
    """Used on the demo: after «unlink» the sentence taken out was offered its old partner as
    the closest sentence to link (Alt+1 would have undone the correction)."""
    from app.compare.pipeline import pipeline_for

    before = compare(DOCS)
    one = next(s for s in before.segments if s.article == 1 and s.group is not None)
    three = next(s for s in before.segments if s.article == 3 and s.group == one.group)
    unlink = ("unlink", one.article, one.start, one.end, three.article, three.start, three.end)
    after = compare(DOCS, pipeline=pipeline_for(None, [unlink]))
    moved = next(s for s in after.segments if s.article == 1 and s.start == one.start)
    kept = next(s for s in after.segments if s.article == 3 and s.start == three.start)
    assert moved.group is None or moved.group != kept.group
    offered = [after.segments[other] for other, _score in after.closest.get(moved.id, ())]
    # (before the fix the old partner was the one offer)
    assert all(o.id != kept.id and (o.group is None or o.group != kept.group) for o in offered)


def test_a_sentence_linked_but_left_out_of_the_passage_is_named_as_linked() -> None:
    """The engine links two sentences but the passage does not take one of them (its other
    versions are not close enough): the offers say so, from either side."""
    from dataclasses import replace

    from app.compare.passages import linked_outside

    result = compare(DOCS)
    first = next(s for s in result.segments if s.article == 1)
    third = next(s for s in result.segments if s.article == 3 and s.group is not None)
    assert linked_outside(result, first.id) == set()  # all three in one passage
    assert any(third.id in (link.a, link.b) for link in result.links)
    # the same links, the third's sentence left out of the passage
    group = first.group
    assert group is not None
    left_out = replace(
        result,
        segments=tuple(replace(s, group=None) if s.id == third.id else s for s in result.segments),
        groups=tuple(
            tuple(m for m in g if m != third.id) if n == group else g
            for n, g in enumerate(result.groups)
        ),
    )
    assert third.id in linked_outside(left_out, first.id)
    assert linked_outside(left_out, third.id) & set(left_out.groups[group])


def test_a_correction_names_the_segment_of_its_article_that_overlaps_it_most() -> None:
    """``corrections.segment_at`` looks only at the article's segments (the spans are in the
    segments' order): the one overlapping most, None where the article has none."""
    from app.compare.corrections import segment_at

    spans = [(1, 0, 50), (1, 51, 120), (2, 0, 40), (2, 41, 90), (2, 91, 160), (4, 0, 30)]
    assert segment_at(spans, (2, 45, 100)) == 3  # 45 characters in the second, 9 in the third
    assert segment_at(spans, (2, 85, 150)) == 4
    assert segment_at(spans, (1, 0, 50)) == 0
    assert segment_at(spans, (4, 5, 10)) == 5  # the last article
    assert segment_at(spans, (3, 0, 50)) is None  # an article with no segments
    assert segment_at(spans, (2, 200, 220)) is None  # past its last segment
