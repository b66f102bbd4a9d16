"""Where the incident happened (app.facts.where): the town a sentence places it in, compared
across outlets. Invented sentences reproducing what an assassination attempt's coverage showed:
one outlet put the shooting in the capital, the others in the town where it happened."""

from __future__ import annotations

from app.compare.engine import compare
from tests.app.facts.helpers import doc, facts_of, question, sheet_of


def places(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.reading, f.cues) for f in facts_of(text) if f.kind == "place"]


def test_the_town_after_a_word_of_the_incident() -> None:
    town = places("تعرض الوزير لإطلاق نار بعد اجتماع في مدينة هاندلوفا بوسط البلاد.")
    assert town == [("هاندلوفا", ("هندلفا",))]  # the name alone; «بوسط البلاد» is no part of it
    assert places("وقع الانفجار بمدينة أربيل.") == [("أربيل", ("اربيل",))]
    assert places("أصيب الوزير بإطلاق نار في العاصمة براتسلافا.")[0][1] == ("برتسلفا",)
    assert places("وقع الانفجار في بغداد صباحا.") == [("بغداد", ("بغداد",))]  # a city of the table
    # «بـ» before a town whose name starts with «ل»: «بلندن» is London, not «بلدة»
    assert places("أصيب 3 أشخاص في هجوم بسكين بلندن مساء الجمعة.") == [("لندن", ("لندن",))]
    assert places("وقع الانفجار ببلدة جنديرس.")[0][1] == ("جندرس",)
    # read on a plane crash's coverage: the town the flight came from is not where it crashed,
    # and «من بانكوك» has no «بـ» before «انكوك» («ببانكوك» does)
    assert places("وقع الحادث وكانت الطائرة عائدة من بانكوك، تايلاند.") == []
    assert places("وقع الحادث عندما كانت الرحلة التي غادرت من مطار في بانكوك تهبط.") == []
    assert places("وقع انفجار ببانكوك صباح اليوم.")[0][0] == "بانكوك"
    # towns of the table named bare, without «مدينة» (the table was 67 towns; read on a
    # ramming's and a bridge's coverage, where «في ماغديبورغ» and «في بالتيمور» went unread)
    assert places("قتل شخصان في حادث دهس في ماغديبورغ.")[0][0] == "ماغديبورغ"
    assert places("وقع انهيار الجسر في بالتيمور بعد اصطدام سفينة به.")[0][0] == "بالتيمور"


def test_no_place_that_is_not_where_it_happened() -> None:
    assert places("نقل الجرحى إلى مدينة الموصل بعد الانفجار.") == []  # where to, and before it
    assert places("ونقل جرحى الهجوم إلى مستشفى في مدينة أربيل.") == []  # where they were taken
    assert places("وقع الهجوم قرب مستشفى في مدينة أربيل.") == [("أربيل", ("اربيل",))]
    assert places("أصيب المرشح بإطلاق نار خلال تجمع في ولاية بنسلفانيا.") == []  # a region
    assert places("وقع الانفجار في العراق.") == []  # a country
    assert places("عقد الاجتماع في مدينة هاندلوفا.") == []  # no incident
    # «شمال شرق العاصمة، براتيسلافا»: a distance from the capital, not where
    assert places("أطلق النار على بعد 150 كيلومترا شمال شرق العاصمة، براتيسلافا.") == []


def test_two_towns_for_one_incident_are_a_conflict() -> None:
    sheet = sheet_of(
        "تعرض الوزير لإطلاق نار في مدينة هاندلوفا بعد اجتماع حكومي.",
        "نقل الوزير إلى المستشفى بعد تعرضه لإطلاق نار في العاصمة براتسلافا.",
        "أصيب الوزير بإطلاق نار في بلدة هاندلوفا.",
    )
    where = question(sheet, "place")
    assert where.status == "conflict" and len(where.facts) == 3
    assert where.label == "place"


def test_one_town_spelled_two_ways_agrees() -> None:
    sheet = sheet_of(
        "وقع الهجوم في العاصمة براتيسلافا.",
        "أطلق النار على الوزير في العاصمة براتسلافا خلال الهجوم.",
    )
    assert question(sheet, "place").status == "agree"


def test_the_passages_flag_the_two_towns() -> None:
    texts = [
        "تعرض رئيس الوزراء لإطلاق نار بعد اجتماع حكومي في مدينة هاندلوفا وسط البلاد.",
        "تعرض رئيس الوزراء لإطلاق نار بعد اجتماع حكومي في العاصمة براتسلافا وسط البلاد.",
    ]
    result = compare([doc(n, t) for n, t in enumerate(texts, start=1)])
    flags = [f for f in result.flags if f.kind == "place"]
    assert [f.values for f in flags] == [("هاندلوفا", "براتسلافا")]


def test_an_incident_of_many_places_or_another_one_names_no_town() -> None:
    # an earthquake or a flood strikes many towns: two outlets naming two are no conflict
    assert places("ضرب الزلزال مدينة أنطاكيا وقتل 5 في مدينة أنطاكيا.") == []
    # a like attack, or one of another year, is another incident: this one stays in Erbil
    text = "وقع الانفجار في مدينة أربيل. وكان هجوم مماثل وقع في مدينة الموصل عام 2019."
    assert places(text) == [("أربيل", ("اربيل",))]
    # an article that names two towns for incidents tells of more than this one
    assert places("وقع الانفجار في مدينة أربيل. ووقع انفجار آخر في مدينة الموصل.") == []
    assert places("وقع الانفجار في مدينة أربيل. وأدى الانفجار في مدينة أربيل إلى الذعر.") == [
        ("أربيل", ("اربيل",)),
        ("أربيل", ("اربيل",)),
    ]


def test_the_town_that_saw_it_and_never_a_like_attack_elsewhere() -> None:
    # read on a Christmas market ramming's coverage (a held-out set): the town came before the
    # incident («شهدت مدينة … حادثة دهس»), and two outlets recalled the Berlin attack of 2016,
    # which had stood as this one's «Where» against the town of the ramming
    saw = places("شهدت مدينة ماغديبورغ الألمانية حادثة دهس مروعة في سوق عيد الميلاد.")
    assert saw == [("ماغديبورغ", ("مجدبرج",))]
    assert places("ويذكر أن هجوما مشابها وقع في برلين قبل سنوات.") == []  # a like one
    assert places("وقعت الحادثة بعد ذكرى هجوم سوق عيد الميلاد في برلين عام 2016.") == []
    sheet = sheet_of(
        "وقع هجوم الدهس في مدينة ماغديبورغ مساء الجمعة.",
        "أسفر حادث الدهس بمدينة ماغدربورغ عن مقتل شخصين.",  # one letter more: one town
    )
    assert question(sheet, "place").status == "agree"


def test_a_child_among_the_dead_is_no_toll_of_its_own() -> None:
    # «مقتل شخصين، بينهم طفل» had given the dead as 1 against 2 and 11: one of the two
    found = [
        (f.kind, f.subject, f.value)
        for f in facts_of("أسفر الحادث عن مقتل شخصين على الأقل، بينهم طفل، وإصابة 80 آخرين.")
        if f.value
    ]
    assert found == [("deaths", "", 2.0), ("deaths", "part:طفل", 1.0), ("injured", "", 80.0)]
