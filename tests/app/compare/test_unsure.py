"""What the comparison was not sure of, in walking order (``app.compare.unsure``; no Qt)."""

from __future__ import annotations

from dataclasses import replace

from app.compare.engine import compare
from app.compare.unsure import to_check
from tests.app.compare.test_passages import DOCS


def _shaped():  # type: ignore[no-untyped-def]
    """The three articles' segments, regrouped by hand: the two missile sentences of articles 1
    and 3 one passage (ids a1, a3), the rest alone; every sentence with one close sentence."""
    result = compare(DOCS)
    by = {(s.article, s.text[:5]): s for s in result.segments}
    a1, shoigu = by[(1, "أطلقت")], by[(1, "قال ش")]
    a2, weather = by[(2, "أطلقت")], by[(2, "الطقس")]
    a3 = by[(3, "وأطلق")]
    segments = tuple(
        replace(s, group=0 if s.id in (a1.id, a3.id) else None) for s in result.segments
    )
    closest = {
        a1.id: ((a2.id, 0.3),), a3.id: ((a2.id, 0.3),),  # one passage, its offer twice
        a2.id: ((a1.id, 0.3),), shoigu.id: ((a2.id, 0.2),),
        weather.id: (),  # nothing close: nothing to check
    }  # fmt: skip
    shaped = replace(result, segments=segments, groups=((a1.id, a3.id),), closest=closest)
    return shaped, a1, a2, a3, shoigu


def test_lone_sentences_and_passages_once_each_article_by_article() -> None:
    result, a1, a2, a3, shoigu = _shaped()
    assert to_check(result, [1, 2, 3]) == [a1.id, shoigu.id, a2.id]
    # a passage is visited at its version in the first article of the order
    assert to_check(result, [3, 2, 1]) == [a3.id, a2.id, shoigu.id]


def test_articles_not_in_the_order_are_left_out_with_their_offers() -> None:
    result, a1, a2, _a3, shoigu = _shaped()
    # without article 2, the close sentences are all in it: nothing left to check
    assert to_check(result, [1, 3]) == []
    assert to_check(result, [2]) == []  # a2's only offer is in article 1, not open
    assert to_check(result, [2, 1]) == [a2.id, a1.id, shoigu.id]


def test_sentences_marked_checked_are_done_and_so_is_their_passage() -> None:
    result, a1, a2, a3, shoigu = _shaped()
    marks = [(shoigu.article, shoigu.start + 2, shoigu.end)]  # overlaps it most: names it
    assert to_check(result, [1, 2, 3], marks) == [a1.id, a2.id]
    marks.append((a3.article, a3.start, a3.end))  # a version of the passage: the passage
    assert to_check(result, [1, 2, 3], marks) == [a2.id]
    assert to_check(result, [1, 2, 3], [(9, 0, 5)]) == [a1.id, shoigu.id, a2.id]  # no article


# A claim two outlets reword past linking (the close sentences the walk offers), and a sentence
# nothing in the other article comes near.
REWORDED = [
    "أطلقت كوريا الشمالية صاروخين باليستيين باتجاه البحر صباح اليوم.\n"
    "وقال وزير الدفاع الياباني إن الصاروخين سقطا خارج المنطقة الاقتصادية لبلاده.\n"
    "وتستضيف المدينة مهرجانا للزهور كل ربيع منذ عقود.",
    "أطلقت كوريا الشمالية صاروخا باليستيا واحدا باتجاه البحر صباح اليوم.\n"
    "وأكدت طوكيو أن المقذوفات لم تسقط داخل المياه الاقتصادية اليابانية بحسب الوزارة.",
]


def test_a_lone_sentence_close_to_another_articles_is_unsure_not_this_outlets_only() -> None:
    from tests.app.compare.test_passages import _doc

    result = compare([_doc(n, text) for n, text in enumerate(REWORDED, start=1)])
    level = {s.text[:5]: s.support for s in result.segments}
    assert level["أطلقت"] == "all"
    assert level["وقال "] == level["وأكدت"] == "unsure"  # close (the walk's offers), not linked
    assert level["وتستض"] == "unique"  # nothing close in the other article


def test_a_sentence_in_another_script_than_most_articles_is_never_this_outlets_only() -> None:
    """A tweet one outlet quotes in German inside Arabic coverage cannot be matched word for
    word with the other outlets' Arabic versions of it: the engine says it is not sure."""
    from tests.app.compare.test_passages import _doc

    quoted = REWORDED[0] + "\nMeine Gedanken sind bei den Opfern und ihren Angehörigen."
    result = compare([_doc(1, quoted), _doc(2, REWORDED[1]), _doc(3, REWORDED[1])])
    level = {s.text[:5]: s.support for s in result.segments}
    assert level["Meine"] == "unsure"
    assert level["وتستض"] == "unique"  # Arabic, with nothing close: this outlet's only
    # in an English collection it is an Arabic sentence that cannot be matched
    english = "North Korea fired two ballistic missiles toward the sea this morning, they said."
    arabic = "وتستضيف المدينة مهرجانا للزهور كل ربيع منذ عقود طويلة."
    other = "North Korea fired a ballistic missile toward the sea this morning, the army said."
    docs = [replace(_doc(1, f"{english}\n{arabic}"), summary=replace(_doc(1, "").summary,
            direction="ltr")), replace(_doc(2, other), summary=replace(_doc(2, "").summary,
            direction="ltr"))]  # fmt: skip
    level = {s.text[:5]: s.support for s in compare(docs).segments}
    assert level["وتستض"] == "unsure"


def test_a_sentence_the_engine_linked_outside_any_passage_is_unsure() -> None:
    from app.compare.engine import _compared_segments
    from app.compare.flags import ComparedLink
    from app.compare.pipeline import DEFAULT_PIPELINE, pipeline_for
    from tests.app.compare.test_passages import _doc

    documents = [_doc(n, text) for n, text in enumerate(REWORDED, start=1)]
    segmented = DEFAULT_PIPELINE.segmenter.segment(documents)
    festival = next(s.id for s in segmented.segments if s.text.startswith("وتستض"))
    tokyo = next(s for s in segmented.segments if s.text.startswith("وأكدت"))
    link = ComparedLink(festival, tokyo.id, 0.3, ())
    found = _compared_segments(segmented, [], {}, [link], DEFAULT_PIPELINE)
    assert found[festival].support == found[tokyo.id].support == "unsure"
    assert _compared_segments(segmented, [], {}, [], DEFAULT_PIPELINE)[festival].support == "unique"
    # a link the reviewer undid (the sentence taken out of its passage) is no sign of sharing
    fest = segmented.segments[festival]
    undo = ("unlink", fest.article_id, fest.start, fest.end, 2, tokyo.start, tokyo.end)
    reviewed = pipeline_for(None, [undo])
    assert _compared_segments(segmented, [], {}, [link], reviewed)[festival].support == "unique"


def test_a_checked_unsure_sentence_reads_as_this_outlets_only() -> None:
    from app.compare.unsure import support_as_read
    from tests.app.compare.test_passages import _doc

    result = compare([_doc(n, text) for n, text in enumerate(REWORDED, start=1)])
    said = next(s for s in result.segments if s.text.startswith("وقال"))
    assert support_as_read(result, [])[said.id] == "unsure"
    read = support_as_read(result, [(said.article, said.start, said.end - 3)])
    assert read[said.id] == "unique"
    assert all(read[s.id] == s.support for s in result.segments if s.id != said.id)
