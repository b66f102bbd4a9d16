"""Real files of every kind the import takes, written here in their real encodings."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path

import pytest

from app.ingest.reader import ReadError, read_file
from app.ingest.scan import display_name, scan_folder

BODY = [
    "تعهد الرئيس الروسي فلاديمير بوتين بمساعدة كوريا الشمالية في بناء أقمار صناعية.",
    "وقال بوتين: «هذا سبب قدومنا إلى هنا»، مضيفا أن كيم يبدي اهتماما كبيرا بهندسة الفضاء.",
]


def page(charset: str | None, *, extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"""<!doctype html><html lang="ar" dir="rtl"><head>{meta}
<title>بوتين يتعهد بمساعدة بيونغ يانغ | سكاي نيوز عربية</title>
<meta property="og:title" content="بوتين يتعهد بمساعدة بيونغ يانغ">
<meta property="og:site_name" content="سكاي نيوز عربية">
<meta property="article:published_time" content="2023-09-13T08:15:00+03:00">
<link rel="canonical" href="https://example.org/world/1656"></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a>
<a href="/sport">رياضة</a></nav></header>
<article><h1>بوتين يتعهد بمساعدة بيونغ يانغ</h1><p>{BODY[0]}</p><p>{BODY[1]}</p></article>
<aside class="related"><h2>مقالات ذات صلة</h2><ul><li><a href="/a">كوريا الجنوبية تحذر</a></li>
<li><a href="/b">اليابان ترصد إطلاق صاروخ</a></li></ul></aside>
<section id="comments"><h3>التعليقات</h3><form><textarea name="c"></textarea></form>
<p>أضف تعليقك</p></section>{extra}
<footer>جميع الحقوق محفوظة © 2023</footer></body></html>"""


@pytest.mark.parametrize(
    ("charset", "encoding"),
    [("utf-8", "utf-8"), ("windows-1256", "cp1256"), (None, "cp1256")],
)
def test_saved_web_page(tmp_path: Path, charset: str | None, encoding: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page(charset).encode(encoding))
    (draft,) = read_file(path)
    assert BODY[0] in draft.text and BODY[1] in draft.text
    for furniture in ("الرئيسية", "مقالات ذات صلة", "أضف تعليقك", "جميع الحقوق"):
        assert furniture not in draft.text
    assert draft.title == "بوتين يتعهد بمساعدة بيونغ يانغ"
    assert draft.outlet == "سكاي نيوز عربية"
    assert draft.published_on == dt.date(2023, 9, 13)
    assert draft.url == "https://example.org/world/1656"
    assert draft.format == "html"


def test_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>", "utf-8")
    with pytest.raises(ReadError, match="no article text"):
        read_file(path)


def make_docx(
    path: Path, paragraphs: list[tuple[str, bool]], title: str = "", modified: str = ""
) -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f"<w:p><w:pPr>{'<w:bidi/>' if rtl else ''}</w:pPr><w:r><w:t xml:space='preserve'>"
        f"{text}</w:t></w:r></w:p>"
        for text, rtl in paragraphs
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}">'
        f"<w:body>{body}</w:body></w:document>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        f"<dc:title>{title}</dc:title><dcterms:created>2023-09-14T09:00:00Z</dcterms:created>"
        + (f"<dcterms:modified>{modified}</dcterms:modified>" if modified else "")
        + "</cp:coreProperties>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        archive.writestr("docProps/core.xml", core)


def test_word_document_keeps_paragraph_direction(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    make_docx(
        path,
        [(BODY[0], True), ("Reuters, 13 September 2023", False), (BODY[1], True)],
        title="تقرير القمة",
    )
    (draft,) = read_file(path)
    assert draft.text == "\n".join([BODY[0], "Reuters, 13 September 2023", BODY[1]])
    assert draft.paragraph_directions == ("rtl", "ltr", "rtl")
    assert draft.title == "تقرير القمة"
    assert draft.published_on == dt.date(2023, 9, 14)


def test_broken_word_document(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "no document inside")
    with pytest.raises(ReadError, match="not a readable Word document"):
        read_file(path)


def test_json_and_jsonl_records(tmp_path: Path) -> None:
    records = [
        {
            "title": "خبر أول",
            "text": BODY[0],
            "source": {"name": "وكالة"},
            "date": "2023-09-13",
            "url": "https://example.org/1",
        },
        {"headline": "خبر ثان", "body": BODY[1], "outlet": "صحيفة", "published": "13 سبتمبر 2023"},
    ]
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    drafts = read_file(jsonl)
    assert [d.title for d in drafts] == ["خبر أول", "خبر ثان"]
    assert [d.outlet for d in drafts] == ["وكالة", "صحيفة"]
    assert [d.published_on for d in drafts] == [dt.date(2023, 9, 13)] * 2
    assert [d.label for d in drafts] == ["export.jsonl #1", "export.jsonl #2"]

    wrapped = tmp_path / "export.json"
    wrapped.write_text(json.dumps({"articles": records}, ensure_ascii=False), "utf-8")
    assert [d.text for d in read_file(wrapped)] == BODY


def test_malformed_json_says_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "نص"}\n{"text": \n', "utf-8")
    with pytest.raises(ReadError, match="line 2 is not valid JSON"):
        read_file(bad)
    no_text = tmp_path / "no_text.json"
    no_text.write_text('[{"title": "عنوان فقط"}]', "utf-8")
    with pytest.raises(ReadError, match="record 1 has no text"):
        read_file(no_text)


def test_size_limit_and_unknown_types(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("كلمة " * 1000, "utf-8")
    with pytest.raises(ReadError, match="over the 0 MB limit"):
        read_file(big, max_bytes=100)
    odd = tmp_path / "notes.pages"
    odd.write_text("{\\rtf1}", "utf-8")
    with pytest.raises(ReadError, match="not articles Tabayun reads"):
        read_file(odd)


def test_folder_scan_survives_loops_odd_names_and_sidecars(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(BODY[0], "utf-8")
    (root / "a.txt.meta.json").write_text('{"outlet": "الجزيرة"}', "utf-8")
    (root / "metadata.csv").write_text("file,outlet\na.txt,x\n", "utf-8")
    (root / "sub" / "b.md").write_text(BODY[1], "utf-8")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "image.png").write_bytes(b"\x89PNG")
    odd = os.fsdecode(b"caf\xe9-\xff.txt")  # a name that is not valid UTF-8
    (root / odd).write_text(BODY[1] + " نسخة", "utf-8")

    flat = scan_folder(root)
    assert {p.name for p in flat.files} == {"a.txt", odd}
    deep = scan_folder(root, recursive=True)
    assert {p.name for p in deep.files} == {"a.txt", "b.md", odd}
    reasons = {p.name: str(why) for p, why in deep.skipped}
    assert "loops back" in reasons["loop"]
    assert reasons["image.png"] == "files of type “.png” are not articles Tabayun reads"
    assert display_name(root / odd).endswith("caf\ufffd-\ufffd.txt")


def test_unreadable_files_get_a_reason(tmp_path: Path) -> None:
    from app.ingest.plan import RowStatus, plan_files

    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-long-ago.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    scan = scan_folder(tmp_path)
    assert {p.name for p in scan.files} == {"gone.txt", "pipe.txt"}  # a folder is not a file
    rows = {r.path.name: r for r in plan_files(scan.files)}  # the pipe must not block the read
    assert rows["gone.txt"].status is RowStatus.ERROR
    assert "cannot be read" in str(rows["gone.txt"].reason)
    assert rows["pipe.txt"].status is RowStatus.ERROR
    assert "not an ordinary file" in str(rows["pipe.txt"].reason)


def test_a_word_documents_date_is_its_last_save_not_its_templates(tmp_path: Path) -> None:
    """A new document keeps its template's creation date (here 14 Sep 2023); the last save is
    the better guess, and it is marked as a guess that a date in the text beats."""
    path = tmp_path / "new.docx"
    make_docx(path, [(BODY[0], True)], modified="2024-03-02T10:00:00Z")
    (draft,) = read_file(path)
    assert draft.published_on == dt.date(2024, 3, 2) and draft.date_origin == "weak"
