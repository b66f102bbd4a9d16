"""What a presidential election's coverage showed (reproduced in invented words): the turnout
abroad was set against the turnout at home, «بالمائة» was also a count of a hundred, «more than
20 million voters» was set against 20,412,318 as if written to the voter, and shares of nothing
named (women among the registered) against the turnout."""

from __future__ import annotations

from app.facts.labels import question_title
from app.facts.numbers import find_quantities, words_of
from app.facts.sheet import build_sheet
from app.text.normalize import fold
from tests.app.facts.helpers import doc, facts_of


def test_a_percent_in_words_is_no_hundred() -> None:
    for text in ("بلغت 41.07 بالمائة عند", "بلغت 11.2 في المئة، في", "15.1بالمائة كنسبة"):
        folded = fold(text)
        assert len(find_quantities(words_of(folded), folded, [])) == 1, text


def test_a_figure_is_as_precise_as_it_is_written() -> None:
    sheet = build_sheet(
        [
            doc(1, "ويبلغ عدد المسجلين 20.412.318 ناخبا.", day=None),
            doc(2, "ويتوجه أكثر من 20 مليون ناخب إلى مراكز الاقتراع.", day=None),
            doc(3, "ويتوجه 20 مليون ناخب إلى مراكز الاقتراع.", day=None),
        ]
    )
    assert all(q.status == "agree" for q in sheet.questions if q.kind == "count")
    found = facts_of("وبلغت الحصيلة 31 ألفا و801 قتيل.", day=None)
    assert [f.step() for f in found if f.kind == "deaths"] == [1.0]  # to the unit


def test_at_home_and_abroad_are_two_turnouts() -> None:
    sheet = build_sheet(
        [
            doc(
                1, "وبلغت نسبة المشاركة 31.2% في الداخل و12.4% بالخارج إلى غاية الخامسة.", day=None
            ),
            doc(
                2,
                "وكانت نسبة المشاركة قد وصلت إلى 31.2 بالمائة داخل الوطن و12.4 بالمائة خارج الوطن.",
                day=None,
            ),
        ]
    )
    rows = {question_title(q): q.status for q in sheet.questions if q.kind == "percentage"}
    # the second share of each sentence is the turnout abroad: asked apart, agreeing
    assert rows == {"Share · turnout · at home": "agree", "Share · abroad": "agree"}


def test_shares_of_nothing_named_are_never_compared() -> None:
    sheet = build_sheet(
        [
            doc(1, "وبلغت نسبة المسجلين أقل من 40 سنة 36 بالمائة.", day=None),
            doc(2, "وبلغت نسبة النساء بين المسجلين 47 بالمائة.", day=None),
        ]
    )
    assert all(q.status == "agree" for q in sheet.questions if q.kind == "percentage")


def test_a_lone_shares_row_has_no_id_in_its_title() -> None:
    sheet = build_sheet([doc(1, "وبلغت نسبة المسجلين أقل من 40 سنة 36 بالمائة.", day=None)])
    titles = [question_title(q) for q in sheet.questions if q.kind == "percentage"]
    assert titles == ["Share"]


def test_a_candidates_votes_written_asswat_are_his() -> None:
    """Read on a run-off's coverage (reproduced in invented words): «16 مليونا و384 ألفا و403
    أصوات» was no one's votes (the count's noun lemmatised to «اصو», not a word of votes), so
    the winner's exact count never met another outlet's «more than 17 million». «المرشح» before
    a figure names the candidate; only «مرشحة للارتفاع» (likely to rise) makes it a forecast."""
    sheet = build_sheet(
        [
            doc(1, "وحصل المرشح سامي حداد على 16 مليونا و384 ألفا و403 أصوات.", day=None),
            doc(2, "وأعلنت الوزارة أن حداد حصل على ما يزيد عن 17 مليون صوت.", day=None),
            doc(3, "وقالت اللجنة إن حداد حصل على أكثر من 17 مليون صوت.", day=None),
        ]
    )
    votes = [q for q in sheet.questions if q.kind == "count"]
    assert len(votes) == 1 and len(votes[0].facts) == 3
    assert votes[0].status == "conflict"  # 16.38 million cannot be more than 17 million
    forecast = facts_of("والحصيلة مرشحة للارتفاع إلى 50 قتيلا.", day=None)
    assert [(f.kind, f.subject) for f in forecast] == [("deaths", "expected")]
