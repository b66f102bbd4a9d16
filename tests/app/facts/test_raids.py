"""What a hostage rescue's coverage showed (reproduced in invented words): the war's total
since a date, and the toll of the day a clause «عندما» tells of, were set against the raid's
toll; and a hostage's age in one outlet against another's was never asked, because ages had no
person."""

from __future__ import annotations

from app.facts.sheet import build_sheet
from tests.app.facts.helpers import doc, facts_of


def scopes(text: str) -> list[tuple[float, str]]:
    return [(f.value or 0.0, f.scope) for f in facts_of(text, day=None) if f.kind == "deaths"]


def test_a_total_since_a_day_and_the_toll_of_that_day() -> None:
    assert scopes("وأعلنت الوزارة ارتفاع إجمالي القتلى منذ الـ 9 من مارس إلى 12 ألفا.") == [
        (12_000.0, "period")
    ]
    told = "أكبر عملية منذ 9 مارس، عندما اقتحم المسلحون البلدة، مما أسفر عن مقتل حوالي 900 شخص."
    assert scopes(told) == [(900.0, "year:9 مارس")]


def test_a_persons_age_is_theirs() -> None:
    found = facts_of("ظهرت سلمى داود، 31 عاماً، في مقطع مصور. وقالت والدتها منى داود، 58 عاماً.")
    assert [(f.kind, f.subject, f.value) for f in found if f.kind == "age"] == [
        ("age", "سلمي داود", 31.0),
        ("age", "مني داود", 58.0),
    ]
    assert [f.kind for f in facts_of("وتعمل الشركة منذ 20 عاما في البلاد.", day=None)] == [
        "duration"
    ]
    sheet = build_sheet(
        [
            doc(1, "واحتفل الأهالي بعودة سلمى داود (32 عاما) وكريم نادر (40 عاما).", day=None),
            doc(2, "وقال الجيش إنه أعاد سلمى داود، 31 عاماً، إلى أهلها.", day=None),
        ]
    )
    ages = {q.subject: q.status for q in sheet.questions if q.kind == "age"}
    assert ages == {"سلمى داود": "conflict", "كريم نادر": "agree"}
    # a comma and a bracket both («ويعد إبراهيم رئيسي، (64 عامًا)، هو الرئيس الثامن»: read on a
    # helicopter crash's coverage, where it was a duration, and his 63 elsewhere went unasked)
    found = facts_of("ويعد سامي داود، (64 عامًا)، الرئيس الثامن للبلاد.", day=None)
    assert [(f.kind, f.subject) for f in found] == [("age", "سامي داود")]


def test_a_name_that_begins_with_waw_keeps_it() -> None:
    found = facts_of("وقال وليد خالد، 30 عاما، إنه نجا.", day=None)
    assert [f.subject for f in found if f.kind == "age"] == ["وليد خالد"]
