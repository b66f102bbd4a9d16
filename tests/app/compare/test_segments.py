"""Segments: cut at the edges of page furniture and metadata inside a line."""

from __future__ import annotations

from app.compare.segments import segment_article
from app.library.records import FurnitureMark


def test_a_dateline_at_a_paragraphs_head_is_a_segment_of_its_own_left_out() -> None:
    text = "القاهرة - مصراوي: قال مسؤول في وزارة الصحة إن عدد الإصابات ارتفع إلى مئة حالة اليوم."
    prefix = len("القاهرة - مصراوي:")
    mark = FurnitureMark(1, 0, prefix, "dateline", "detected", True)
    segments = segment_article(1, text, [mark])
    assert [(s.text, s.furniture) for s in segments] == [
        ("القاهرة - مصراوي:", True),
        ("قال مسؤول في وزارة الصحة إن عدد الإصابات ارتفع إلى مئة حالة اليوم.", False),
    ]


def test_a_short_claim_before_kama_and_a_quotations_tail_are_clauses_of_their_own() -> None:
    # What the seeds do: a quoted line and the next claim in one sentence, and a quotation
    # whose closing mark is followed by the report going on («…أيضًا" وردا على سؤال…»).
    text = (
        "هذه هي قاعدتنا الفضائية الجديدة، كما شكر الضيف مضيفه على الدعوة ودفء الاستقبال. "
        'وقال الوزير: "إنهم يحاولون تطوير القطاع أيضًا" وردا على سؤال حول التعاون قال '
        "إن كل القضايا ستناقش."
    )
    assert [s.text for s in segment_article(1, text)] == [
        "هذه هي قاعدتنا الفضائية الجديدة،",
        "كما شكر الضيف مضيفه على الدعوة ودفء الاستقبال.",
        'وقال الوزير: "إنهم يحاولون تطوير القطاع أيضًا"',
        "وردا على سؤال حول التعاون قال إن كل القضايا ستناقش.",
    ]


def test_a_quoted_word_inside_a_sentence_does_not_cut_it_when_a_side_is_too_short() -> None:
    text = 'وصف المسؤول الهجوم بأنه "دنيء" وطالب بالعقاب.'
    assert [s.text for s in segment_article(1, text)] == [text]


def test_a_quoted_name_is_not_the_end_of_a_quotation() -> None:
    """Read on real coverage (reproduced in invented words): names in quotation marks
    («الوزير "سامي خليل" ونائبه "منى حداد" والوفد المرافق») are one sentence; a quotation of
    five words or more closed before «و…» still cuts the sentence there."""
    names = 'لقي الوزير "سامي خليل" ونائبه "منى حداد" والوفد المرافق لهما حتفهم في الحادث.'
    assert [s.text for s in segment_article(1, names)] == [names]
    speech = 'وقال الوزير "سنعيد بناء كل ما دمره السيل قريبا" وأضاف أن العمل يبدأ غدا.'
    assert len(segment_article(1, speech)) == 2


def test_a_period_glued_to_the_next_sentence_ends_it_but_not_an_abbreviation() -> None:
    """A page that lost its spaces («… في المنطقة.وذكر التلفزيون …», seen on real coverage) is
    two sentences; «أ.ف.ب» and «د.أحمد» are not cut, nor «2.5»."""
    glued = (
        'أعلنت الوكالة العثور على الطائرة في المنطقة.وذكر التلفزيون أن "أحدا لم ينج".قبل أن يؤكد.'
    )
    # a dotted acronym is one word; a question glued to the next sentence ends (read on an
    # earthquake's coverage: «(إن.إتش.كيه)» had cut a sentence in two, «الكبير؟آخر» joined two)
    acronym = "وقالت هيئة الإذاعة (إن.إتش.كيه) إن الزلزال قوي. وأضاف المسؤول أن الوضع صعب."
    assert len(segment_article(1, acronym)) == 2
    asked = "وما الذي ينتظر المنطقة بعد الزلزال؟آخر أخبار الزلزال أن المعلومات تشير إلى الكثير."
    assert [s.text for s in segment_article(1, asked)] == [
        "وما الذي ينتظر المنطقة بعد الزلزال؟",
        "آخر أخبار الزلزال أن المعلومات تشير إلى الكثير.",
    ]
    # after a figure too («… 49.8%.والسبت، أظهرت …», read on an election's coverage)
    figure = (
        "بلغت نسبة المشاركة 49.8%.والسبت، أظهرت النتائج تقدم المرشح عام 2024."
        "وقال إن 2.5 مليون صوتوا."
    )
    assert [s.text for s in segment_article(1, figure)] == [
        "بلغت نسبة المشاركة 49.8%.",
        "والسبت، أظهرت النتائج تقدم المرشح عام 2024.",
        "وقال إن 2.5 مليون صوتوا.",
    ]
    assert [s.text for s in segment_article(1, glued)] == [
        "أعلنت الوكالة العثور على الطائرة في المنطقة.",
        'وذكر التلفزيون أن "أحدا لم ينج".',
        "قبل أن يؤكد.",
    ]
    kept = "وقال د.أحمد سالم لوكالة أ.ف.ب إن المنسوب ارتفع 2.5 متر."
    assert [s.text for s in segment_article(1, kept)] == [kept]


def test_an_initial_or_a_title_ends_no_sentence() -> None:
    """An English post quoted in an Arabic article was cut at «U.S.» («U.S.» | «Coast Guard
    commander shares …»): a full stop after an initial or a title is no sentence's end."""
    from app.compare.segments import _spans_of_line

    def pieces(line: str) -> list[str]:
        return [line[s:e] for s, e in _spans_of_line(line, 0)]

    assert pieces("U.S. Coast Guard commander shares an update. The sub is missing.") == [
        "U.S. Coast Guard commander shares an update.",
        "The sub is missing.",
    ]
    assert pieces("Dr. Smith said it. Then he left.") == ["Dr. Smith said it.", "Then he left."]
    assert pieces("وصل الوفد. وقال الوزير إن 5 قتلوا.") == ["وصل الوفد.", "وقال الوزير إن 5 قتلوا."]


def test_what_the_event_led_to_is_a_clause_of_its_own() -> None:
    """Read on real coverage (reproduced in invented words): one outlet writes the event and
    its toll in one sentence («…، مما أسفر عن مقتل…»), others give the toll alone; the toll is
    a clause of its own, and so is the next step after «، ثم». A short side stays whole."""
    text = (
        "اصطدمت حافلة بشاحنة على الطريق الساحلي قرب المدينة، مما أسفر عن مقتل سبعة أشخاص "
        "وإصابة عشرين آخرين. توقفت الحافلة عند الحاجز الأمني الأول، ثم نزل السائق منها وهرب "
        "نحو الحقول. اندلع حريق في مستودع للأخشاب، مخلفًا خسائر كبيرة."
    )
    assert [s.text for s in segment_article(1, text)] == [
        "اصطدمت حافلة بشاحنة على الطريق الساحلي قرب المدينة،",
        "مما أسفر عن مقتل سبعة أشخاص وإصابة عشرين آخرين.",
        "توقفت الحافلة عند الحاجز الأمني الأول،",
        "ثم نزل السائق منها وهرب نحو الحقول.",
        "اندلع حريق في مستودع للأخشاب، مخلفًا خسائر كبيرة.",
    ]
