"""Metadata lines are found, fill the article's fields, and are never the title or compared."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.metadata import extract_metadata
from app.text.furniture import analyse_text
from app.text.meta_lines import find_meta_lines

BODY = (
    "أعلنت السلطات في المدينة ارتفاع عدد المصابين في الحادث إلى أربعين شخصا، وقالت إن فرق "
    "الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض حتى ساعة متأخرة من الليل."
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.kind, text[m.start : m.end]) for m in find_meta_lines(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("المصدر: بي بي سي عربي", "source-line"),
        ("التاريخ: 14 سبتمبر 2023", "date-line"),
        ("تاريخ النشر: 2023-09-14 10:30", "date-line"),
        ("الأربعاء 13 سبتمبر 2023 - 10:30 ص", "date-line"),
        ("منذ 3 ساعات", "date-line"),
        ("آخر تحديث: 13/09/2023 11:00", "updated-line"),
        ("موسكو-روسيا-13-9-2023", "dateline"),
        ("بقلم: أحمد علي", "byline"),
        ("كتب: محمد حسن", "byline"),
        ("كتبت – أميرة سلطان..", "byline"),  # a dash, and dots that trail off
        ("وقت القراءة: 3 دقائق", "reading-time"),
        ("الصورة: رويترز", "photo-credit"),
        ("مساحة إعلانية", "ad"),
        ("آسياأخبار العالم", "breadcrumb"),
        ("حوادث و قضايا", "breadcrumb"),
        ("لزيادة جمالية المحتوى، يجب إضافة عناوين HTML داخل النص", "template"),
        ("هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربتك", "template"),
        ("fontSize", "template"),  # a page's buttons, by their programmers' names
        ("Tuesday, December 5, 2023", "date-line"),
        ("الجمعة 22 نوفمبر 2024 الموافق 20 جمادى الأولى 1446", "date-line"),
        ("نشرت في:", "date-line"),
        ("رئيس التحرير: جابر سالم", "masthead"),
        ("رمز الخبر: 66020", "ref-line"),
        ("وكالات", "agency-line"),
        ("د ب أ", "agency-line"),
        (
            "https://x.com/i/web/status/1870189731159372038 This post can't be displayed because "
            "social networks cookies have been deactivated. You can activate them by clicking "
            "إدارة التفضيلات .",
            "embed",
        ),
        ("https://www.youtube.com/watch?v=AbC_12", "link"),
        ("View this post on Instagram", "embed"),
        ("— العربية (@AlArabiya) August 4, 2020", "embed"),  # a tweet's signature, alone
        # a page's invitations to its channels, and a photo's caption by its credit
        ("للاشتراك في نشرتنا >> whatsapp.com/channel/AbCd12", "link"),
        ("قناتنا t.me/dailynewsdesk", "link"),
        (
            "حطام منزل في القرية بعد الغارة صباح أمس [منى داود/أ ف ب]",
            "photo-credit",
        ),
    ],
)
def test_each_kind_of_metadata_line(line: str, kind: str) -> None:
    assert kinds(f"{line}\n{BODY}") == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "كتب كيم في دفتر الزوار باللغة الكورية عبارة عن مجد روسيا",  # «كتب» as a verb
        "تحديث الأسلحة الروسية يتسارع",  # «تحديث» as a word of a headline
        "نشر الجيش بيانا يوم 13 سبتمبر 2023 عن الهجوم",  # «نشر» as a verb, with a date
        "العالمية للطاقة تعلن أرباحها",  # starts with a section name, not glued
        "بوتين: روسيا ستساعد كوريا الشمالية في بناء الأقمار الصناعية",  # a headline
        # a handle inside a sentence is no tweet's signature
        "وقال المتحدث في تغريدة على حسابه (@spokesman) إن الوضع تحت السيطرة منذ مساء الأحد",
        "وكتب على منصة إكس إن الرابط https://example.org/report يضم التقرير كاملا",
    ],
)
def test_sentences_and_headlines_are_not_metadata(line: str) -> None:
    assert kinds(f"{line}\n{BODY}") == []


def test_an_embedded_tweet_keeps_its_words_and_loses_its_signature() -> None:
    """The tweet's text is what the outlet quotes; its signature and picture link are not."""
    words = "The prime minister was shot several times. The attacker has been detained."
    for tail in (" -Pravda pic.twitter.com/ZleAF8UZ02",
                 " — Olaf Scholz (@Bundeskanzler) December 20, 2024"):  # fmt: skip
        text = f"{BODY}\n{words}{tail}\n{BODY}"
        assert kinds(text) == [("embed", tail.strip())]
        spans = analyse_text(text).spans
        assert [text[s.start : s.end] for s in spans] == [tail.strip()]


def test_a_menu_glued_to_the_headline_is_cut_off_and_the_headline_is_the_title() -> None:
    text = f"محافظات وأقاليمإجراءات صارمة لمواجهة ارتفاع الأسعار\n{BODY}"
    assert kinds(text) == [("breadcrumb", "محافظات وأقاليم")]
    assert extract_metadata(text).title == "إجراءات صارمة لمواجهة ارتفاع الأسعار"


def test_fields_come_from_the_metadata_lines_and_the_title_skips_them() -> None:
    text = (
        "المصدر: سبوتنيك عربي\nالتاريخ: 14 سبتمبر 2023\nبقلم: أحمد علي\n"
        f"موسكو - (وكالات): {BODY}\nعنوان فرعي داخل المقال\n{BODY}"
    )
    found = extract_metadata(text)
    assert found.title.startswith("أعلنت السلطات")  # the source line is never the title
    assert (found.published_on, found.date_origin) == (dt.date(2023, 9, 14), "date-line")
    assert (found.author, found.place) == ("أحمد علي", "موسكو")


def test_metadata_lines_are_left_out_like_furniture() -> None:
    text = f"المصدر: سبوتنيك عربي\nالتاريخ: 14 سبتمبر 2023\n{BODY}"
    spans = [(s.kind, text[s.start : s.end]) for s in analyse_text(text).spans]
    assert spans == [
        ("source-line", "المصدر: سبوتنيك عربي"),
        ("date-line", "التاريخ: 14 سبتمبر 2023"),
    ]


def test_an_inline_dateline_is_a_span_of_its_own() -> None:
    text = f"القاهرة - مصراوي: {BODY}"
    (meta,) = find_meta_lines(text)
    assert (meta.kind, text[meta.start : meta.end]) == ("dateline", "القاهرة - مصراوي:")
    assert (meta.value("place"), meta.value("named")) == ("القاهرة", "مصراوي")


def test_a_masthead_label_and_the_name_under_it() -> None:
    assert kinds(f"رئيس التحرير\nعمرو الديب\n{BODY}") == [
        ("masthead", "رئيس التحرير"),
        ("masthead", "عمرو الديب"),
    ]


def test_a_menu_glued_to_a_short_first_word() -> None:
    text = f"الرئيسيةسياسةفي مصر .. انتخابات قبل نهاية العام\n{BODY}"
    assert kinds(text) == [("breadcrumb", "الرئيسيةسياسة")]
    assert extract_metadata(text).title == "في مصر .. انتخابات قبل نهاية العام"


def test_another_events_date_is_not_the_articles() -> None:
    """Read on the Turkey–Syria earthquake's coverage: «وهذه هي الهزة الأكبر في تركيا منذ زلزال
    17 آب/أغسطس 1999» in the first lines dated the article 17 August 1999, and every figure in it
    was reported that day (a toll «later» than the others'). A date right after «منذ», «قبل» or
    another event's noun («زلزال», «حرب») is that event's; the article's own date still counts."""
    text = (
        "ضرب زلزال قوي جنوب البلاد فجر الاثنين.\n"
        "وهذه هي الهزة الأكبر منذ زلزال 17 آب/أغسطس 1999 الذي تسبب في مقتل 17 ألف شخص."
    )
    assert extract_metadata(text).published_on is None
    dated = "ضرب زلزال قوي جنوب البلاد فجر الاثنين 6 فبراير 2023.\n" + text
    assert str(extract_metadata(dated).published_on) == "2023-02-06"


def test_a_page_banner_of_the_day_it_was_saved_is_not_the_articles_date() -> None:
    """Read on a train crash's coverage: the site's banner of the day the page was saved,
    above the headline, was taken for the article's date (2024 for a crash of 2021)."""
    text = "\n".join(
        [
            "الجمعة 22 نوفمبر 2024 الموافق 20 جمادى الأولى 1446",
            "",
            "الصحة: 50 مصابا حتى الآن في حادث تصادم قطارين",
            "",
            "الجمعة 26/مارس/2021 - 01:18 م",
            "",
            "قال المتحدث باسم الوزارة إن هناك 50 مصابا حتى الآن نقلوا إلى المستشفيات القريبة،"
            " وإن 36 سيارة إسعاف وصلت إلى موقع الحادث.",
        ]
    )
    assert extract_metadata(text).published_on == dt.date(2021, 3, 26)


def test_a_banner_date_above_the_masthead_dates_nothing() -> None:
    """A page whose only date is the site's banner above «رئيس التحرير» (the day the page was
    saved, years after the story) is left undated rather than dated wrong."""
    text = "\n".join(
        [
            "الأحد 28 أبريل 2024 الموافق 19 شوال 1445",
            "رئيس التحرير",
            "عمرو الديب",
            "",
            "الصحة تكشف عن حصيلة إصابات حادث القطار",
            "",
            "كشف المتحدث باسم وزارة الصحة عن الحصيلة الأولية لحادث التصادم الذي وقع بين قطارين،"
            " حيث تبين إصابة 50 راكبا حتى اللحظة الراهنة.",
        ]
    )
    assert extract_metadata(text).published_on is None
    dated = text.replace("رئيس التحرير\nعمرو الديب\n", "")  # a date line of its own
    assert extract_metadata(dated).published_on == dt.date(2024, 4, 28)


def test_a_dateline_under_a_long_headline_repeated_with_the_sites_name() -> None:
    """A page template seen on two outlets of one network: the headline, then the headline again
    under the site's name (twelve words and more, but no sentence), then «city - site»."""
    headline = "ارتفاع عدد المصابين في حادث انهيار مبنى سكني قديم وسط المدينة إلى أربعين شخصا"
    text = f"{headline}\n\nصوت المدينة - {headline}\n\nالمنصورة - صوت المدينة\n\n{BODY}"
    found = kinds(text)
    assert ("dateline", "المنصورة - صوت المدينة") in found
    assert ("site-name", "صوت المدينة -") in found  # the headline itself stays
    assert extract_metadata(text).title == headline


def test_a_place_a_slash_and_the_reporter() -> None:
    """«قامشلو/ رفيق ابراهيم ـ» under a headline (a tatweel drawn as the dash) was compared as
    a sentence and tinted "this outlet only"; «غزة/ الأناضول» is the same form. A fraction in
    the body is no dateline."""
    headline = "الرئيس الإيراني ووزير خارجيته يفقدون حياتهم في حادث تحطم طائرة"
    found = find_meta_lines(f"{headline}\n\nقامشلو/ رفيق ابراهيم ـ\n\n{BODY}")
    assert [(m.kind, m.value("place"), m.value("named")) for m in found] == [
        ("dateline", "قامشلو", "رفيق ابراهيم")
    ]
    assert kinds(f"غزة/ الأناضول\n{BODY}") == [("dateline", "غزة/ الأناضول")]
    assert kinds(f"{BODY}\nوبلغت النسبة 5/10\n{BODY}") == []


def test_a_long_body_line_still_ends_the_head() -> None:
    """After the first sentence of the body, «place - name» is text, not a dateline."""
    text = f"{BODY}\nالمنصورة - صوت المدينة\n{BODY}"
    assert kinds(text) == []
