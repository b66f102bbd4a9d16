"""What a plane crash's coverage showed (reproduced in invented words): outlets gave the
survivors as the rescue went on (10 so far, 14, 25, 29), in every wording a toll has. They had
been read as nothing, as passengers, or, after «فقد», as missing."""

from __future__ import annotations

from tests.app.facts.helpers import facts_of, question, sheet_of


def people(text: str) -> list[tuple[str, float]]:
    return [
        (f.kind, f.value or 0.0)
        for f in facts_of(text, day=None)
        if f.kind in ("survivors", "deaths", "missing", "combined", "count")
    ]


def test_the_survivors_are_counted_however_a_sentence_words_them() -> None:
    assert people("نجا 31 شخصا من سقوط الطائرة قرب الميناء.") == [("survivors", 31.0)]
    assert people("وأسفر السقوط عن مقتل 44 شخصا ونجاة 17 آخرين.") == [
        ("deaths", 44.0),
        ("survivors", 17.0),
    ]
    assert people("وذكرت الشرطة أن 19 راكبا نجوا من الكارثة.") == [("survivors", 19.0)]
    assert people("وأفادت قناة محلية بارتفاع عدد الناجين إلى 12 حتى الآن.") == [("survivors", 12.0)]


def test_fa_qad_before_a_verb_is_no_loss_and_a_whole_is_no_survivor() -> None:
    # «فقد نجا 14» is «so, 14 survived», not 14 lost; «فقد 40 … حياتهم» still lost their lives
    assert people("ووفقا للمسعفين، فقد نجا 9 أشخاص من الكارثة.") == [("survivors", 9.0)]
    assert people("ووفقا للمسعفين، فقد تم نقل 16 شخصا إلى المستشفى.") == []
    assert people("فقد ما لا يقل عن 40 عاملا حياتهم في الحريق.") == [("deaths", 40.0)]
    # the people the survivors are drawn from, and the dead beside them, are not survivors
    assert people("وبعد الكارثة نجا شخصان من أصل 181 شخصا.") == [("survivors", 2.0)]
    assert people("وتأكد مقتل 179 شخصا، بينما نجا شخصان فقط من أفراد الطاقم.") == [
        ("deaths", 179.0),
        ("survivors", 2.0),
    ]
    assert people("وخلف الحادث 179 قتيلا وناجيين فقط.") == [
        ("deaths", 179.0),
        ("survivors", 2.0),
    ]


def test_outlets_that_give_different_survivors_differ() -> None:
    sheet = sheet_of(
        "سقطت طائرة ركاب قرب الميناء، مما أسفر عن مقتل 44 شخصا ونجاة 17 آخرين.",
        "ووفقا للمسعفين، فقد نجا 9 أشخاص من الكارثة.",
        "وأفادت قناة محلية بارتفاع عدد الناجين إلى 12 حتى الآن.",
    )
    found = question(sheet, "survivors")
    assert found.status == "conflict"  # 9 against 17, neither said to be revised
    assert "missing" not in {q.kind for q in sheet.questions}


def test_those_taken_to_hospital_are_counted() -> None:
    """The same coverage: three outlets gave those taken to hospital, and none was a fact."""
    assert people("ووفقا للوكالة، فقد تم نقل 16 شخصا إلى المستشفى.") == []
    hospital = [
        [(f.kind, f.value) for f in facts_of(text, day=None) if f.kind == "hospitalised"]
        for text in (
            "ووفقا للوكالة، فقد تم نقل 16 شخصا إلى المستشفى.",
            "وأعلنت الهيئة عن نقل 16 شخصا من الناجين إلى المستشفيات.",
            "ولفتت إلى نجاة 20 شخصا من السقوط، تم نقل 16 منهم إلى المستشفى.",
            "وقد نقلت فرق الإسعاف 27 شخصا إلى المستشفيات المجاورة لعلاجهم.",
        )
    ]
    assert hospital == [[("hospitalised", 16.0)]] * 3 + [[("hospitalised", 27.0)]]
    # a hospital's own staff, or the wounded taken there, are not this count
    assert [f.kind for f in facts_of("وأصيب 16 شخصا نقلوا إلى المستشفى.", day=None)] == ["injured"]
    assert not [
        f for f in facts_of("ويعمل 300 طبيب في المستشفى.", day=None) if f.kind == "hospitalised"
    ]


def test_those_made_to_leave_are_one_row_however_worded() -> None:
    """Read on a hurricane's coverage (reproduced in invented words): «أجبر أكثر من 5 ملايين
    شخص … على إخلاء منازلهم» and «أمر المسؤولون أكثر من مليون شخص بالفرار» were no facts, and
    «تم إجلاء أكثر من مليون شخص» none either (a hedge of two words hid the word before it);
    «أجلت السلطات» and «إجلاء» are one row. «بعد إخلاء المنطقة» says when, not who left."""
    texts = (
        "اضطر أكثر من 3 ملايين شخص في ولاية تكساس الأمريكية على إخلاء منازلهم بسبب العاصفة.",
        "فيما أمرت السلطات أكثر من مليوني شخص بالفرار قبل وصول العاصفة.",
        "وتم إجلاء أكثر من مليون شخص من المدن الساحلية.",
        "وأجلت السلطات 320 شخصا من القرية.",
    )
    left = [
        [(f.subject, f.value) for f in facts_of(text, day=None) if f.kind == "count"]
        for text in texts
    ]
    assert left == [
        [("اجلاء شخص", 3_000_000.0)],
        [("اجلاء شخص", 2_000_000.0)],
        [("اجلاء شخص", 1_000_000.0)],
        [("اجلاء شخص", 320.0)],
    ]
    assert people("وقتل 5 أشخاص في الولاية بعد إخلاء المنطقة.") == [("deaths", 5.0)]
    assert people("ووصل 5 أشخاص بعد إخلاء المنطقة.") == []
    sheet = sheet_of(texts[0], texts[1], days=[None, None])
    (row,) = [q for q in sheet.questions if q.kind == "count"]
    assert row.status == "conflict" and len(row.facts) == 2
