"""What a pilgrimage's coverage showed (reproduced in invented words): the dead of many nations
in one event, each nation's toll reported by its own ministry, and the whole event's toll by
the host country. Each nation's dead had been set against the total, and against each other."""

from __future__ import annotations

import re

import pytest

from app.facts.labels import question_title
from app.facts.numbers import find_quantities, words_of
from app.facts.places import nation_country
from app.facts.sheet import build_sheet
from app.text.normalize import fold
from tests.app.facts.helpers import doc, facts_of


def deaths(text: str) -> list[tuple[float, str]]:
    return [(f.value or 0.0, f.scope) for f in facts_of(text, day=None) if f.kind == "deaths"]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("الأردنيين", "الأردن"),
        ("أردنيًا", "الأردن"),
        ("مصريا", "مصر"),
        ("المغاربة", "المغرب"),
        ("تونسيا", "تونس"),
        ("إندونيسيا", "إندونيسيا"),  # the accusative is the country's own name
        ("النظاميين", None),
        ("مسلحين", None),
        ("الحجاج", None),
    ],
)
def test_a_nationality_names_its_country_however_a_count_writes_it(
    word: str, country: str | None
) -> None:
    assert nation_country(fold(word)) == country


def test_a_nations_dead_are_that_nations_not_the_events() -> None:
    # after the counted people, before the figure in its clause, or «من مواطنيها»
    assert deaths("وتوفي 40 حاجا مصريا خلال أداء المناسك.") == [(40.0, "nation:مصر")]
    assert deaths("وارتفع عدد الوفيات بين الحجاج المغاربة إلى 12 شخصا.") == [
        (12.0, "nation:المغرب")
    ]
    assert deaths("وأعلنت وزارة الخارجية المغربية وفاة 7 حجاج من مواطنيها.") == [
        (7.0, "nation:المغرب")
    ]
    # a foreign ministry counts its own citizens, and «others» after them are theirs too
    found = facts_of("وأعلنت الخارجية التونسية وفاة 9 حجاج وفقدان 11 آخرين.", day=None)
    assert [(f.kind, f.scope) for f in found if f.kind in ("deaths", "missing")] == [
        ("deaths", "nation:تونس"),
        ("missing", "nation:تونس"),
    ]
    # a list between «لقي» and «حتفهم»: each figure its nation's dead
    assert deaths("ولقي 20 حاجا ماليزيا، و90 إندونيسيا، و30 أردنيا حتفهم.") == [
        (20.0, "nation:ماليزيا"),
        (90.0, "nation:إندونيسيا"),
        (30.0, "nation:الأردن"),
    ]
    # the body's adjective is no nation of the people counted; an event's own toll stays
    assert deaths("وقالت وزارة الصحة المصرية إن 12 شخصا توفوا.") == [(12.0, "مصر")]
    assert deaths("ارتفعت حصيلة وفيات الحجاج إلى 1150 حاجا.") == [(1150.0, "")]


def test_each_nation_is_its_own_row_never_set_against_the_total() -> None:
    sheet = build_sheet(
        [
            doc(1, "ارتفعت حصيلة وفيات الحجاج إلى 1150 حاجا.", day=None),
            doc(2, "وتوفي 40 حاجا مصريا، فيما توفي 12 حاجا أردنيا.", day=None),
            doc(3, "وارتفع عدد الوفيات بين الحجاج الأردنيين إلى 20 شخصا.", day=None),
        ]
    )
    rows = {question_title(q): q.status for q in sheet.questions if q.kind == "deaths"}
    assert rows == {
        "Deaths": "agree",
        "Deaths · nationals of مصر": "agree",
        "Deaths · nationals of الأردن": "update",
    }


def test_what_is_no_toll_in_a_pilgrimages_coverage() -> None:
    # an increment, not a toll; people found; a year after «موسم حج»; a day «من» a month
    assert deaths("وسجلت 30 حالة وفاة إضافية، ما يرفع عدد المصريين المتوفين إلى 400.") == [
        (400.0, "nation:مصر")
    ]
    assert [f for f in facts_of("وعثر على 50 حاجا.", day=None) if f.kind != "source"] == []
    assert deaths("ارتفعت حصيلة وفيات الحجاج خلال موسم حج 2023 إلى ألف و150 حاجا.") == [
        (1150.0, "")
    ]
    assert facts_of("ونقلت الوكالة يوم الأحد 21 من حزيران عن الوزير قوله.", day=None) == []
    # the millions who mourn are no toll of the deaths the sentence opened with
    assert deaths("وفاة عدد من الحجاج والحزن يخيم على الملايين.") == []
    # a Fahrenheit conversion is no second temperature
    heat = facts_of("ووصلت الحرارة إلى 47 درجة مئوية (117 درجة فهرنهايت).", day=None)
    assert [f.value for f in heat] == [47.0]
    # «المتوفين» counts the dead; the 450 of them without permits are a part of them
    permits = facts_of("ارتفع عدد المتوفين إلى 500، بينهم 450 لا يحملون تصاريح.")
    assert [(f.kind, f.subject, f.value) for f in permits if f.kind != "source"] == [
        ("deaths", "", 500.0), ("deaths", "part", 450.0)]  # fmt: skip


def test_a_number_in_millions_thousands_and_units() -> None:
    folded = fold("بلغ عدد الحجاج مليونا و833 ألفا و164 حاجا")
    assert [q.value for q in find_quantities(words_of(folded), folded, [])] == [1_833_164.0]


def test_a_bodys_name_ends_at_its_nation_and_two_spellings_of_one_man_are_one() -> None:
    from app.facts.sources import same_body, title_only

    found = facts_of("وأعلنت وزارة الخارجية الأردنية العثور على 84 حاجا مفقودا.", day=None)
    assert {f.source for f in found} == {"وزارة الخارجية الأردنية"}
    assert title_only("الوزارة")
    assert same_body(
        "مدير مديرية العمليات والشؤون القنصلية سفيان القضاة",
        "مدير مديرية العمليات والشؤون القنصلية السفير سفيان",
    )
    assert not same_body("مدير مديرية العمليات", "وكالة الأنباء الأردنية")


def test_a_toll_the_clause_says_was_exceeded_is_more_than_its_figure() -> None:
    """«تجاوز عدد حالات الوفاة … الألف» read as exactly 1000 had conflicted with «more than
    1300»; an undated report in an update row is placed by its value."""
    found = facts_of("وتجاوز عدد حالات الوفاة في صفوف الحجاج هذا العام الألف.", day=None)
    assert [(f.value, f.hedge) for f in found if f.kind == "deaths"] == [(1000.0, "more_than")]
    other = facts_of("تجاوز المتظاهرون الحاجز، وقتل 5 أشخاص.", day=None)
    assert [f.hedge for f in other if f.kind == "deaths"] == [""]
    sheet = build_sheet(
        [
            doc(1, "وتوفي 323 حاجا مصريا بحسب دبلوماسيين.", day=None),
            doc(2, "وارتفع عدد الوفيات بين الحجاج المصريين إلى 9 أشخاص."),
            doc(3, "وارتفع عدد المصريين المتوفين إلى 658 على الأقل."),
        ]
    )
    (egypt,) = [q for q in sheet.questions if q.scope == "nation:مصر"]
    assert egypt.status == "update"
    assert [re.search(r"\d+", s).group() for s in egypt.sequence] == ["9", "323", "658"]


def test_what_a_workers_housing_fires_coverage_showed() -> None:
    """Read on a fire in a building of foreign workers (reproduced in invented words): the
    dead workers were a count of workers, set against the workers the building housed; «lost
    their lives» read as missing; «40 among 41» made the 41 a part of the 40."""
    assert deaths("وأكد المسؤول مقتل 31 عاملا على الأقل.") == [(31.0, "")]
    housed = facts_of("وكان المبنى يضم أكثر من 120 عاملا.", day=None)
    assert [(f.kind, f.value) for f in housed] == [("count", 120.0)]
    assert deaths("وذكرت مصادر أن عدد الوفيات وصل إلى 33 حالة.") == [(33.0, "")]
    assert deaths("فقد 30 هنديا من بين 31 شخصا حياتهم.") == [
        (30.0, "nation:الهند"),
        (31.0, ""),
    ]
    found = facts_of("فقد 30 هنديا من بين 31 شخصا حياتهم.", day=None)
    assert [f.subject for f in found if f.kind == "deaths"] == ["", ""]
    assert [f.kind for f in facts_of("وفقد 12 شخصا في البحر.", day=None)] == ["missing"]


def test_a_nations_share_of_a_count_is_its_own_row() -> None:
    """Read on a plane crash's coverage (reproduced in invented words): a breakdown of the
    passengers by nation («173 راكبا كوريا وراكبين تايلانديين») had been set against another
    outlet's 175 passengers, a false conflict. «كوري» names either Korea: a people's nation,
    never a place. A nationality said elsewhere in the clause («خفر السواحل اليابانيين رصدوا
    صاروخين») does not make the missiles Japan's."""
    assert nation_country(fold("كوريًا")) == "كوريا"
    breakdown = facts_of(
        "وكان على متنها 150 شخصا، من بينهم 5 من أفراد الطاقم و143 راكبا كوريا وراكبين تايلانديين.",
        day=None,
    )
    counts = {(f.value, f.scope) for f in breakdown if f.kind == "count"}
    assert (143.0, "nation:كوريا") in counts and (2.0, "nation:تايلاند") in counts
    whole = facts_of("وكانت الطائرة تحمل 145 راكبا و5 من أفراد الطاقم.", day=None)
    assert [(f.value, f.scope) for f in whole if f.kind == "count" and f.value == 145] == [
        (145.0, "")
    ]
    seen = facts_of("وأعلنت أن خفر السواحل اليابانيين رصدوا إطلاق صاروخين باليستيين.", day=None)
    assert [f.scope for f in seen if f.kind == "count"] == [""]
    sheet = build_sheet([
        doc(1, "وكانت الطائرة تحمل 145 راكبا."),
        doc(2, "وكان على متنها 150 شخصا، من بينهم 143 راكبا كوريا وراكبين تايلانديين."),
    ])  # fmt: skip
    assert [q.status for q in sheet.questions if q.status == "conflict"] == []
