"""Facts the engine compares: counts in every written form, dates, who is quoted."""

from __future__ import annotations

import datetime as dt

import pytest

from app.compare.diff import word_diff
from app.compare.facts import SegmentFacts, disagreements, extract_facts, lemma
from app.compare.tokens import tokenize
from app.text.normalize import fold


def facts(text: str) -> SegmentFacts:
    return extract_facts(text, tokenize(text), 0)


def values(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.noun) for c in facts(text).counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أطلقت بيونغ يانغ صاروخين باليستيين", [(2, "صاروخ")]),
        ("أطلق الجيش صاروخًا باليستيًا واحدًا على الأقل", [(1, "صاروخ")]),
        ("في الذكرى الخامسة والسبعين لتأسيس الحزب", [(75, "ذكري")]),
        ("قتل ٤٧ شخصًا", [(47, "شخص")]),
        ("قد يصل عدد القتلى إلى 20 ألفا", [(20000, "")]),
        ("بلغ التضخم 35.7 بالمئة", [(35.7, "%")]),
        ("بلغ التضخم 35,7% في فبراير", [(35.7, "%")]),
        ("على عمق عشرة كيلومترات", [(10, "كيلومتر")]),
        ("ثلاثة عشر جريحا", [(13, "جريح")]),
        ("Thirty people were injured", [(30, "people")]),
        ("التقى الرئيسان يوم الاثنين", []),
        ("اليوم الأربعاء 13 سبتمبر 2023", []),  # a date, not three counts
    ],
)
def test_counts_in_every_written_form(text: str, expected: list[tuple[float, str]]) -> None:
    assert values(text) == expected


def test_dates_in_words_and_digits_are_the_same_day() -> None:
    a, b = facts("التقى الزعيمان في 13 سبتمبر 2023"), facts("التقى الزعيمان في 13-9-2023")
    assert {d for _, _, d in a.dates} == {dt.date(2023, 9, 13)}
    assert disagreements(a, b) == []
    moved = facts("التقى الزعيمان في 14 سبتمبر 2023")
    [found] = disagreements(a, moved)
    assert (found.kind, found.a, found.b) == ("date", "2023-09-13", "2023-09-14")


def _disagree(a: str, b: str) -> list[tuple[str, str, str]]:
    ta, tb = tokenize(a), tokenize(b)
    ops = word_diff(ta, tb)
    replaced = [(op.a, op.b) for op in ops if op.op == "replace" and op.a and op.b]
    found = disagreements(extract_facts(a, ta, 0), extract_facts(b, tb, 0), replaced)
    return [(f.kind, f.a, f.b) for f in found]


def test_one_missile_against_two() -> None:
    assert _disagree(
        "أطلق الجيش الكوري الشمالي صاروخًا باليستيًا واحدًا",
        "أطلقت كوريا الشمالية صاروخين باليستيين",
    ) == [("number", "1", "2")]


def test_counts_of_different_nouns_pair_through_the_word_diff() -> None:
    assert _disagree(
        "وأعلنت وزارة الداخلية أن حصيلة الضحايا بلغت 47 قتيلا و120 جريحا.",
        "وأفادت وزارة الداخلية في حصيلة أولية بمقتل 52 شخصا وإصابة 120 آخرين.",
    ) == [("number", "47", "52")]


def test_the_same_numbers_written_differently_agree() -> None:
    assert _disagree("أطلقت صاروخين باليستيين", "أطلقت ٢ صاروخ باليستي") == []
    assert _disagree("بلغ التضخم 35.7 بالمئة", "بلغ التضخم ٣٥٫٧٪") == []


def test_a_quote_given_to_someone_else() -> None:
    found = _disagree(
        "وقال عميد بلدية درنة عبد المنعم الغيثي إن عدد القتلى قد يصل إلى 20 ألفا.",
        "وقال وزير الصحة عثمان عبد الجليل إن عدد القتلى قد يصل إلى 20 ألفا.",
    )
    assert found == [
        ("attribution", "عميد بلدية درنة عبد المنعم الغيثي", "وزير الصحة عثمان عبد الجليل")
    ]


def test_the_same_speaker_named_differently_is_not_a_conflict() -> None:
    assert (
        _disagree(
            "وقال رئيس الحكومة عزيز أخنوش إن الحكومة خصصت صندوقا",
            "وصرّح عزيز اخنوش رئيس الحكومة بأن صندوقا خاصا سيخصص",
        )
        == []
    )


def test_lemma_keeps_short_words_whole() -> None:
    assert lemma("الفا") == "الف"
    assert lemma("وزير") == "وزير"
    assert lemma(fold("باليستيين")) == lemma(fold("باليستيًا"))


def test_a_title_alone_may_be_the_person_the_other_outlet_names() -> None:
    assert _disagree("وقال بوتين إن روسيا ستساعد", "وأشار الرئيس الروسي إلى أن روسيا ستساعد") == []
    assert facts("وقال الغيثي إن المدينة منكوبة").speakers[0].text == "الغيثي"
