from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.text.dates import find_dates, first_date
from app.text.direction import dominant_direction, guess_language
from app.text.offsets import Utf16Map
from app.text.words import count_words, first_words

# Arbitrary Unicode, weighted towards the characters that break offset code: astral characters,
# combining marks, Arabic with tashkeel and presentation forms.
TEXTS = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("🚀𝐀𠜎تعهّدﻻﷲ\u064b\u0670\u0640\n")),
    ),
    max_size=60,
)


def test_utf16_positions_with_astral_characters() -> None:
    text = "🚀 أطلقت كوريا 𝐀"
    umap = Utf16Map(text)
    assert umap.to_utf16(0) == 0
    assert umap.to_utf16(1) == 2  # after the rocket: two UTF-16 units
    assert umap.to_utf16(len(text)) == len(text.encode("utf-16-le")) // 2
    assert umap.from_utf16(2) == 1
    assert umap.from_utf16(1) == 0  # inside the surrogate pair: snaps to the character start


@given(TEXTS, st.data())
def test_utf16_round_trip(text: str, data: st.DataObject) -> None:
    umap = Utf16Map(text)
    offset = data.draw(st.integers(0, len(text)))
    position = umap.to_utf16(offset)
    assert position == len(text[:offset].encode("utf-16-le")) // 2
    assert umap.from_utf16(position) == offset
    assert umap.utf16_length == len(text.encode("utf-16-le")) // 2


def test_paragraph_direction_by_majority() -> None:
    assert dominant_direction("CNN: قال الرئيس الروسي إن بلاده") == "rtl"
    assert dominant_direction("Reuters reported that Kim said «نعم»") == "ltr"
    assert dominant_direction("2023 - 13", default="rtl") == "rtl"
    assert guess_language("تعهد الرئيس الروسي فلاديمير بوتين") == "ar"
    assert guess_language("Putin pledged to help North Korea") == "en"


def test_words_keep_their_marks() -> None:
    assert count_words("تعهّد الرئيس، اليوم (الأربعاء).") == 4
    assert count_words("استُخدمت 18,38 مرّات") == 4
    assert first_words("واحد اثنان ثلاثة أربعة", 2) == "واحد اثنان…"
    assert first_words("واحد اثنان", 5) == "واحد اثنان"


def test_dates_in_arabic_and_numeric_forms() -> None:
    sep13 = dt.date(2023, 9, 13)
    assert first_date("الأربعاء 13 سبتمبر/أيلول 2023، قبل بدء") == sep13
    assert first_date("موسكو-روسيا-13-9-2023") == sep13
    assert first_date("في ١٣ أيلول ٢٠٢٣") == sep13
    assert first_date("on 2023-09-13 in Vostochny") == sep13
    assert first_date("الساعة 18,38 بالتوقيت المحلي") is None
    assert first_date("31 فبراير 2023") is None  # not a real day
    assert first_date("تاريخ النشر: 13th, September 2023 GMT") == sep13  # a page's byline
    spans = find_dates("من 12 سبتمبر 2023 إلى 14-9-2023")
    assert [d for _, _, d in spans] == [dt.date(2023, 9, 12), dt.date(2023, 9, 14)]
    # a dated line that puts the month's name between slashes (read on a train crash's page)
    assert first_date("الجمعة 26/مارس/2021 - 01:18 م") == dt.date(2021, 3, 26)
    assert first_date("في 14 مايو/ أيار الحالي") is None  # no year: no date here


def test_english_counts_in_core_messages_say_one_or_many() -> None:
    """The core's English templates count with «(s)»; the English text agrees with the count,
    a translation (which has no «(s)») is left as it is, and a field that is not a whole number
    keeps the «(s)»."""
    from app.messages import Message, T, counted, english_counts

    one = Message(T("core", "Outlet of {count} article(s) cleared"), count=1)
    three = Message(T("core", "Outlet of {count} article(s) cleared"), count=3)
    assert (str(one), str(three)) == ("Outlet of 1 article cleared", "Outlet of 3 articles cleared")
    counts = {"named": 2, "unnamed": 1}
    both = english_counts("{named}, and {unnamed} article(s) with no outlet named", counts)
    assert both.format(**counts) == "2, and 1 article with no outlet named"
    assert (
        english_counts("أُزيل مصدر المقالات ({count})", {"count": 1})
        == "أُزيل مصدر المقالات ({count})"
    )
    assert english_counts("{n} item(s)", {"n": "many"}) == "{n} item(s)"
    assert (counted(1, "use"), counted(0, "use"), counted(2, "story", "stories")) == (
        "1 use", "0 uses", "2 stories",
    )  # fmt: skip
