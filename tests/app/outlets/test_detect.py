"""Naming outlets: the detection chain, with invented texts that reproduce what real pages do."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ingest.describe import describe
from app.ingest.drafts import ArticleDraft
from app.outlets.detect import OutletOrigin
from app.outlets.table import load_table

BODY = (
    "أعلنت السلطات في المدينة ارتفاع عدد المصابين في الحادث إلى أربعين شخصا، وقالت إن فرق "
    "الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض حتى ساعة متأخرة من الليل."
)


def _about(text: str, **fields: object):  # type: ignore[no-untyped-def]
    draft = ArticleDraft(source=Path("a.txt"), text=text, format="txt", encoding="utf-8")
    extra = fields.pop("extra", {})
    for name, value in fields.items():
        draft = draft.with_metadata(**{name: value})
    return describe(draft, extra)  # type: ignore[arg-type]


def _outlet(text: str, **fields: object) -> tuple[str, str] | None:
    found = _about(text, **fields).outlet
    return (found.name, str(found.origin)) if found else None


def test_the_table_covers_the_major_outlets_and_finds_them_by_any_name() -> None:
    table = load_table()
    assert len(table) >= 120
    for name in ("الجزيرة", "العربية", "بي بي سي عربي", "سكاي نيوز عربية", "الشرق الأوسط"):
        assert table.lookup(name) is not None, name
    assert table.lookup("سكاي نيوز عربيه").name == "سكاي نيوز عربية"  # type: ignore[union-attr]
    assert table.lookup("Sky News Arabia").name == "سكاي نيوز عربية"  # type: ignore[union-attr]
    assert table.by_address("https://www.bbc.com/arabic/articles/c1").name == "بي بي سي عربي"  # type: ignore[union-attr]
    assert table.by_address("https://www.bbc.com/news/x") is None  # BBC's English site
    assert table.lookup("رويترز").is_agency  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's own line, in the text
        (f"المصدر: بي بي سي\n{BODY}", ("بي بي سي عربي", "source-line")),
        (f"{BODY}\nSource: Sky News Arabia", ("سكاي نيوز عربية", "source-line")),
        (f"المصدر: مجلة محلية صغيرة\n{BODY}", ("مجلة محلية صغيرة", "source-line")),
        # signatures matched against the table
        (f"عمون| {BODY}", ("عمون", "signature")),
        (f"الوقائع الاخبارية:{BODY}", ("الوقائع الإخبارية", "signature")),
        (f"بيروت - لبنان اليوم\n{BODY}", ("لبنان اليوم", "signature")),
        (f"{BODY}\nجميع الحقوق محفوظة © 2023 سكاي نيوز عربية", ("سكاي نيوز عربية", "signature")),
        (f"{BODY}\nجميع الحقوق محفوظة لجريدة الرياض", ("الرياض", "signature")),
        (f"{BODY}\nتابعوا آخر الأخبار على www.youm7.com", ("اليوم السابع", "signature")),
        (f"- كتب بواسطة: كاسل جورنال\n{BODY}", ("كاسل جورنال", "signature")),
        # a common word written as only a site's name is: with the pipe
        (f"الأمة| {BODY}", ("الأمة", "signature")),
        # the site speaking of itself, and WordPress's feed footer
        (f"{BODY}\nهذا المحتوى مطبوع من موقع الشروق", ("الشروق", "signature")),
        (
            f"{BODY}\nظهرت المقالة خبر اليوم أولاً على قناة دجلة الفضائية .",
            (
                "قناة دجلة الفضائية",
                "signature",
            ),
        ),
        # the site's menu of its own sections, and its name alone on top
        (f"قناة صدى البلد البلد سبورت صدى البلد جامعات\n{BODY}", ("صدى البلد", "signature")),
        (f"Al-sharq\nعربي ودولي\n{BODY}", ("الشرق القطرية", "signature")),
    ],
)
def test_the_outlet_is_named_with_where_the_name_came_from(
    text: str, expected: tuple[str, str]
) -> None:
    assert _outlet(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        # a news agency in running text or a dateline is attribution, not the outlet
        f"وفقا لأسوشيتد برس، {BODY}",
        f"واشنطن (رويترز) - {BODY}",
        f"نقلت وكالة ريا نوفوستي أن {BODY}",
        # another outlet quoted in the text
        f"قالت قناة العربية إن {BODY}",
        # names in a related-links box are other articles' outlets
        f"{BODY}\nمقالات ذات صلة\nالجزيرة: تقرير عن الحادث\nhttps://www.aljazeera.net/news/1",
        # a place that is also an outlet's name heads a dateline
        f"الرياض - {BODY}",
        # «المصدر: وكالات» names nobody
        f"{BODY}\nالمصدر: وكالات",
        # two outlets sign with equal weight: the reviewer decides
        f"{BODY}\n© سكاي نيوز عربية\n© بي بي سي عربي",
        # a common word quoted in the text may be any of several outlets (Asharq, Al-Sharq)
        f"{BODY} وتقول لـالشرق إن الوضع صعب.",
        f"{BODY}\n(الشرق)",
        # a name that is only nearly an outlet's («لبنان البوم»): no guessing
        f"بيونغ يانغ - لبنان البوم\n{BODY}",
        # an embedded tweet's signature: the tweeter's handle, not the page's outlet
        f"{BODY}\nآلاف الشقق السكنية طالها الانفجار pic.twitter.com/UAdhwEt27D\n"
        "— العربية (@AlArabiya) August 4, 2020",
    ],
)
def test_no_outlet_is_invented(text: str) -> None:
    assert _outlet(text) is None


def test_precedence_sidecar_then_file_then_address_then_text() -> None:
    text = f"المصدر: سكاي نيوز عربية\n{BODY}"
    assert _outlet(text, extra={"outlet": "الجزيرة"}) == ("الجزيرة", "sidecar")
    assert _outlet(text, outlet="BBC News عربي") == ("بي بي سي عربي", "page")
    assert _outlet(text, url="https://arabic.cnn.com/x") == ("سي إن إن بالعربية", "address")
    assert _outlet(BODY, url="https://example.org/x") is None  # an unknown site: not named


def test_a_reviewer_table_in_the_data_folder_adds_outlets(tmp_path: Path) -> None:
    own = tmp_path / "outlets.json"
    own.write_text(
        '{"outlets": [{"name": "نشرة الحي", "domains": ["hay.example"], "aliases": ["Hay"]}]}',
        "utf-8",
    )
    table = load_table(own)
    assert table.lookup("Hay").name == "نشرة الحي"  # type: ignore[union-attr]
    assert table.lookup("الجزيرة") is not None  # the shipped ones are still there
    draft = ArticleDraft(Path("a.txt"), f"{BODY}\nhttps://hay.example/2023/x", "txt", "utf-8")
    found = describe(draft, {}, own).outlet
    assert found is not None and (found.name, found.origin) == ("نشرة الحي", OutletOrigin.SIGNATURE)


def test_an_agency_named_twice_in_a_sentence_is_not_a_menu() -> None:
    text = (
        "وفق ما ذكرت وكالة الأنباء الكويتية (كونا) ان أمير الكويت قد دخل المستشفى إثر وعكة "
        "صحية طارئة، ثم أعلن لاحقا أن حالته مستقرة.\n" + BODY
    )
    assert _outlet(text) is None
