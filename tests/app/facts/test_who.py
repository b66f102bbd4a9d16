"""Who did it (app.facts.who): the nationality an outlet gives the attacker, compared across
outlets. Invented sentences reproducing what a Christmas market ramming's coverage showed: one
outlet's Syrian against the others' Saudi doctor."""

from __future__ import annotations

from tests.app.facts.helpers import facts_of, question, sheet_of


def nations(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.reading, f.cues) for f in facts_of(text) if f.kind == "nationality"]


def test_the_attackers_nationality() -> None:
    assert nations("وقالت المصادر إن المهاجم هو مواطن سوري.") == [("مواطن سوري", ("سوريا",))]
    assert nations("والمشتبه به رجل سعودي الجنسية يعمل طبيبا.")[0][1] == ("السعودية",)
    assert nations("وألقت الشرطة الألمانية القبض على طبيب سعودي.")[0][1] == ("السعودية",)
    assert nations("واقتحمت سيارة يقودها طبيب سعودي الحشد.")[0][1] == ("السعودية",)


def test_no_nationality_that_is_not_the_attackers() -> None:
    assert nations("وقتل المهاجم مواطنا سعوديا في السوق.") == []  # a victim's
    assert nations("واعتقلت الشرطة الألمانية السائق المشتبه به.") == []  # the police's
    assert nations("وأوقفت السلطات المشتبه به، وهو طبيب عربي الجنسية.") == []  # no one country
    assert nations("وكان هجوم مشابه نفذه رجل تونسي قبل سنوات.") == []  # a like attack's
    assert nations("وقال طبيب سعودي في المستشفى إن الجرحى كثيرون.") == []  # no attacker named


def test_two_nationalities_for_one_attacker_are_a_conflict() -> None:
    sheet = sheet_of(
        "وقالت المصادر إن المهاجم هو مواطن سوري.",
        "وألقت الشرطة القبض على طبيب سعودي.",
        "والمشتبه به رجل سعودي الجنسية.",
    )
    asked = question(sheet, "nationality")
    assert asked.status == "conflict" and len(asked.facts) == 3
