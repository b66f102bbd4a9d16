"""What a central bank's decision showed (reproduced in invented words): the hike («بواقع 500
نقطة أساس», «زيادة نسبتها 5%») was set against the rate it led to, the three rates of a list
«على الترتيب» against each other, a stock index's rise against the currency's fall, and a gold
grade and its price read as a range."""

from __future__ import annotations

from app.facts.labels import question_title
from app.facts.numbers import find_quantities, words_of
from app.facts.sheet import build_sheet
from app.text.normalize import fold
from tests.app.facts.helpers import doc, facts_of


def test_a_change_is_not_the_level_it_leads_to() -> None:
    hike = facts_of("ورفع البنك المركزي الفائدة 5% بواقع 500 نقطة أساس.", day=None)
    assert [f.subject[:6] for f in hike if f.kind == "percentage"] == ["change"]
    level = facts_of("لتصل أسعار الفائدة إلى 24%.", day=None)
    assert [f.subject[:6] for f in level if f.kind == "percentage"] != ["change"]
    by = facts_of("وشهد البنك ارتفاعا في سعر الدولار بحوالي 12 جنيها.", day=None)
    assert [f.subject[:6] for f in by if f.kind == "money"] == ["change"]
    sheet = build_sheet(
        [
            doc(1, "قرر البنك رفع الفائدة بنسبة 5% لتصل أسعار الفائدة إلى 24%.", day=None),
            doc(2, "وأعلن البنك زيادة نسبتها 5% في سعر الفائدة، لتبلغ الفائدة 24%.", day=None),
            doc(3, "وارتفع مؤشر البورصة 3% بعد القرار.", day=None),
        ]
    )
    rows = [(question_title(q), q.status) for q in sheet.questions if q.kind == "percentage"]
    assert all(status == "agree" for _, status in rows), rows
    assert any(title.startswith("Share · change") for title, _ in rows)


def test_a_list_in_order_is_so_many_rates() -> None:
    text = (
        "ليصل سعرا الإيداع والإقراض وسعر العملية الرئيسية إلى 21.25%، 22.25% و21.75% على الترتيب."
    )
    found = facts_of(text, day=None)
    assert [f.subject for f in found if f.kind == "percentage"] == [
        "#1/3",
        "#2/3",
        "#3/3",
    ]
    sheet = build_sheet([doc(1, text, day=None), doc(2, text.replace("ليصل", "لتصل"), day=None)])
    assert all(q.status == "agree" for q in sheet.questions if q.kind == "percentage")


def test_a_grade_then_a_price_is_no_range() -> None:
    folded = fold("ارتفع سعر جرام الذهب عيار 24 إلى 3372 جنيها")
    assert [q.value for q in find_quantities(words_of(folded), folded, [])] == [24.0, 3372.0]
    folded = fold("أصيب خمسة إلى عشرة أشخاص")
    assert [q.value for q in find_quantities(words_of(folded), folded, [])] == [7.5]


def test_a_sum_is_asked_by_what_it_prices() -> None:
    sheet = build_sheet(
        [
            doc(1, "وتخطى سعر الدولار 48 جنيها من مستوى نحو 30 جنيها.", day=None),
            doc(2, "وتراجعت العملة المحلية إلى قرابة 47 جنيها مقابل الدولار.", day=None),
            doc(3, "وارتفع سعر جرام الذهب عيار 21 إلى 3100 جنيه.", day=None),
        ]
    )
    rows = {q.subject: q for q in sheet.questions if q.kind == "money"}
    assert set(rows) == {"دولار", "ذهب"}
    dollar = [sheet.fact(i) for i in rows["دولار"].facts]
    assert [(f.value, f.earlier) for f in dollar] == [(48.0, False), (30.0, True), (47.0, False)]
    from app.facts.labels import reading

    shown = [reading(f, rows["دولار"], sheet.event_places) for f in dollar]
    assert shown[1].startswith("from ") and "30" in shown[1]
