"""What a day of protests' coverage showed (reproduced in invented words): the ministry's
count and the unions' were no figures at all («مشاركة أكثر من مليوني شخص» says nothing of
people alone), half a million was a million, and the retirement age raised from 62 to 64 was
two ages in conflict."""

from __future__ import annotations

from app.facts.numbers import find_quantities, words_of
from app.facts.sheet import build_sheet
from app.text.dates import first_date
from app.text.normalize import fold
from tests.app.facts.helpers import doc, facts_of


def values(text: str) -> list[float]:
    folded = fold(text)
    return [q.value for q in find_quantities(words_of(folded), folded, [])]


def test_halves_of_big_numbers() -> None:
    assert values("شارك نصف مليون شخص") == [500_000.0]
    assert values("مليون ونصف المليون متظاهر") == [1_500_000.0]
    assert values("3 ملايين ونصف") == [3_500_000.0]
    assert values("17 ألفا ونصف") == [17_500.0]


def test_people_who_took_part_are_counted_as_protesters() -> None:
    def counts(text: str) -> list[tuple[str, str, float]]:
        return [
            (f.kind, f.subject, f.value or 0.0)
            for f in facts_of(text, day=None)
            if f.kind not in ("source", "time")
        ]

    assert counts("وأشارت النقابة إلى مشاركة أكثر من 900 ألف شخص في المظاهرات.") == [
        ("count", "متظاهر", 900_000.0)
    ]
    assert counts("وقالت الوزارة إن عدد المحتجين تجاوز 400 ألف، بالتزامن مع الإضراب.") == [
        ("count", "متظاهر", 400_000.0)
    ]
    # a part of them, a forecast and a toll are no protesters' count
    assert counts("وأوضح أن 100 ألف منهم شاركوا في العاصمة.") == [("count", "part", 100_000.0)]
    assert counts("وتشهد البلاد مظاهرات يتوقع أن يشارك فيها 600 ألف شخص.") == []
    assert counts("قتل 5 أشخاص في المظاهرات.") == [("deaths", "", 5.0)]


def test_the_ministrys_count_and_the_unions_are_different_sources() -> None:
    sheet = build_sheet(
        [
            doc(1, "أعلنت وزارة الداخلية أن عدد المتظاهرين تجاوز 900 ألف متظاهر.", day=None),
            doc(2, "وأكد الاتحاد العمالي العام مشاركة 1.9 مليون شخص في المظاهرات.", day=None),
            doc(3, "وأعلنت الكونفدرالية العامة للشغل مشاركة 1.9 مليون شخص.", day=None),
        ]
    )
    (row,) = [q for q in sheet.questions if q.kind == "count"]
    assert row.subject == "متظاهرين"
    assert row.status == "different_source"  # the CGT under two names is one body
    official = facts_of("شارك أكثر من مليون شخص في احتجاجات، وفق بيانات رسمية.", day=None)
    assert [f.source for f in official if f.kind == "source"] == ["بيانات رسمية"]


def test_a_value_changed_from_one_figure_to_another() -> None:
    found = facts_of("وتنص الخطة على رفع سن التقاعد من 60 عاما إلى 63 عاما.", day=None)
    assert [(f.kind, f.value, f.earlier) for f in found] == [
        ("age", 60.0, True),
        ("age", 63.0, False),
    ]


def test_names_and_dates_that_are_no_counts() -> None:
    found = facts_of("حسبما أفادت قناة فرانس 24 مساء اليوم.", day=None)
    assert {f.kind for f in found} == {"source"}
    assert first_date("يوم الخميس 12 كانون ثاني / يناير 2023، دخل الإضراب") is not None


def test_a_source_after_a_resumptive_pronoun_and_the_events_place_unshown() -> None:
    from app.facts.labels import reading

    said = facts_of("وفي الوقت الذي كشفت فيه وزارة الداخلية، أن عدد المحتجين تجاوز 900 ألف.")
    assert {f.source for f in said} == {"وزارة الداخلية"}
    sheet = build_sheet(
        [
            doc(1, "وقالت الشرطة إن 900 ألف شخص شاركوا في المظاهرات في فرنسا.", day=None),
            doc(2, "شارك مليون شخص في مظاهرات فرنسا ضد القانون.", day=None),
            doc(3, "وشهدت فرنسا إضرابا واسعا.", day=None),
        ]
    )
    assert "فرنسا" in sheet.event_places
    (row,) = [q for q in sheet.questions if q.kind == "count"]
    shown = [reading(sheet.fact(i), row, sheet.event_places) for i in row.facts]
    assert not any("(فرنسا)" in s for s in shown)


def test_a_speaker_relayed_by_a_medium_is_the_speaker_and_one_mention_is_one_source() -> None:
    found = facts_of(
        'أكد الاتحاد العمالي العام، وفقا لما نقله موقع "الخبر"، أن 1.9 مليون شخص شاركوا.',
        day=None,
    )
    assert [f.source for f in found if f.kind == "count"] == ["الكونفدرالية العامة للشغل"]
    sources = [f.text for f in found if f.kind == "source"]
    assert len(sources) == len(set(sources))  # «وفقا لما نقله موقع»: found twice, kept once
