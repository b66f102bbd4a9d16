"""PDF, ODT, EPUB, e-mail, mailbox, saved web page and RTF: each read exactly, built by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ingest.formats.epub import EPUB_ONE
from app.ingest.plan import RowStatus, plan_files
from app.ingest.reader import ReadError, read_file
from tests.app.ingest import fixtures
from tests.app.ingest.fixtures import PARAGRAPHS, TEXT


def _pdf(path: Path, pages: list[list[str]], header: str = "") -> Path:
    """A PDF drawn by Qt (glyphs in visual order, as many producers write them)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextOption

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 11))
    option = QTextOption(Qt.AlignmentFlag.AlignRight)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    for number, lines in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        y = 40.0
        if header:
            painter.drawText(QRectF(40, 10, 500, 20), header, option)
        for line in lines:
            painter.drawText(QRectF(40, y, 500, 60), line, option)
            y += 70
        painter.drawText(QRectF(40, 800, 500, 20), str(number), option)
    painter.end()
    return path


def test_pdf_text_comes_back_in_logical_order_with_letters(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    path = _pdf(tmp_path / "press.pdf", [PARAGRAPHS])
    (draft,) = read_file(path)
    assert draft.text.split("\n")[: len(PARAGRAPHS)] == PARAGRAPHS  # brackets the right way
    assert not any("\ufb50" <= c <= "\ufeff" for c in draft.text)  # no presentation forms


def test_pdf_running_headers_and_page_numbers_are_furniture(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    pages = [[p] for p in PARAGRAPHS] + [[PARAGRAPHS[0].replace("أربعين", "خمسين")]]
    path = _pdf(tmp_path / "release.pdf", pages, header="بيان صحفي - وزارة الداخلية")
    (row,) = plan_files([path])
    assert row.status is RowStatus.NEW
    marked = [(s.kind, row.text[s.start : s.end]) for s in row.furniture.spans]  # type: ignore[union-attr]
    assert ("page-header", "بيان صحفي - وزارة الداخلية") in marked
    assert ("page-number", "3") in marked
    assert all(p in row.text for p in PARAGRAPHS)
    assert row.title == PARAGRAPHS[0][:-1] or row.title.startswith("أعلنت السلطات")


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    writer = QPdfWriter(str(tmp_path / "scan.pdf"))
    painter = QPainter(writer)
    painter.drawImage(0, 0, image)
    painter.end()
    with pytest.raises(ReadError, match="no text layer"):
        read_file(tmp_path / "scan.pdf")


def test_odt_paragraphs_and_metadata(tmp_path: Path) -> None:
    (draft,) = read_file(fixtures.odt(tmp_path / "a.odt"))
    assert draft.text == "انهيار الجسر\n" + TEXT
    assert (draft.title, draft.author) == ("انهيار الجسر", "سلمى")


def test_epub_chapters_or_one_article(tmp_path: Path) -> None:
    chapters = [["غلاف"], ["الفصل الأول", *PARAGRAPHS], ["الفصل الثاني", *reversed(PARAGRAPHS)]]
    path = fixtures.epub(tmp_path / "book.epub", chapters, publisher="عنب بلدي")
    rows = plan_files([path])
    assert [r.title for r in rows] == ["الفصل الأول", "الفصل الثاني"]  # cover and nav left out
    assert rows[0].text == "الفصل الأول\n" + TEXT
    assert (rows[0].outlet, rows[0].outlet_origin, rows[0].label) == (
        "عنب بلدي", "record", "book.epub #1",
    )  # fmt: skip
    (whole,) = plan_files([path], encodings={path: EPUB_ONE})
    assert whole.title == "كتاب الأخبار" and whole.text.count("\n") >= 7


def test_an_email_newsletter_in_cp1256_names_its_outlet_by_the_sender(tmp_path: Path) -> None:
    html = fixtures.article_html(PARAGRAPHS, title="نشرة الصباح")
    path = tmp_path / "newsletter.eml"
    path.write_bytes(
        fixtures.eml("Al Jazeera <newsletter@aljazeera.net>", "نشرة الصباح", html, "cp1256")
    )
    (row,) = plan_files([path])
    assert all(p in row.text for p in PARAGRAPHS)
    assert "الرئيسية" not in row.text  # the menu stays behind
    assert (row.outlet, row.outlet_origin) == ("الجزيرة", "record")
    assert str(row.published_on) == "2024-03-05" and row.title == "نشرة الصباح"


def test_a_personal_email_names_no_outlet(tmp_path: Path) -> None:
    path = tmp_path / "tip.eml"
    html = fixtures.article_html(PARAGRAPHS)
    path.write_bytes(fixtures.eml("Sami <sami@gmail.com>", "معلومة", html))
    (row,) = plan_files([path])
    assert row.outlet is None


def test_a_mailbox_gives_one_article_per_message(tmp_path: Path) -> None:
    one = fixtures.eml("a@aljazeera.net", "الأول", fixtures.article_html(PARAGRAPHS))
    two = fixtures.eml("b@alarabiya.net", "الثاني", fixtures.article_html(PARAGRAPHS[::-1]))
    path = tmp_path / "inbox.mbox"
    path.write_bytes(
        b"From a@x Tue Mar  5 08:30:00 2024\n"
        + one
        + b"\nFrom b@x Tue Mar  5 09:00:00 2024\n"
        + two
    )
    rows = plan_files([path])
    assert [(r.label, r.outlet) for r in rows] == [
        ("inbox.mbox #1", "الجزيرة"),
        ("inbox.mbox #2", "العربية"),
    ]


def test_a_saved_web_page_mhtml(tmp_path: Path) -> None:
    html = fixtures.article_html(PARAGRAPHS, site="سكاي نيوز عربية")
    data = (
        (
            b"From: <Saved by Blink>\nSnapshot-Content-Location: https://www.skynewsarabia.com/x\n"
            b"MIME-Version: 1.0\n"
            b'Content-Type: multipart/related; type="text/html"; boundary="B"\n\n'
            b"--B\nContent-Type: text/html\nContent-Transfer-Encoding: 8bit\n"
            b"Content-Location: https://www.skynewsarabia.com/x\n\n"
        )
        + html.encode()
        + b"\n--B\nContent-Type: image/png\n\nxx\n--B--\n"
    )
    path = tmp_path / "page.mhtml"
    path.write_bytes(data)
    (row,) = plan_files([path])
    assert all(p in row.text for p in PARAGRAPHS)
    assert row.outlet == "سكاي نيوز عربية" and row.url == "https://www.skynewsarabia.com/x"


def test_rtf_in_the_arabic_code_page_and_unicode(tmp_path: Path) -> None:
    def escaped(text: str) -> str:
        return "".join(f"\\'{b:02x}" for b in text.encode("cp1256"))

    unicode = "".join(f"\\u{ord(c)}?" for c in PARAGRAPHS[1])
    rtf = (
        "{\\rtf1\\ansi\\ansicpg1256{\\fonttbl{\\f0 Arial;}}{\\info{\\title "
        + escaped("انهيار الجسر")
        + "}}\\rtlpar "
        + escaped(PARAGRAPHS[0])
        + "\\par "
        + unicode
        + "\\par}"
    )
    path = tmp_path / "a.rtf"
    path.write_text(rtf, "ascii")
    (draft,) = read_file(path)
    assert draft.text == "\n".join(PARAGRAPHS[:2])
    assert (draft.title, draft.encoding) == ("انهيار الجسر", "cp1256")


def test_front_matter_fills_the_fields_and_stays_as_metadata(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    head = "---\ntitle: انهيار الجسر\nsource: Sky News Arabia\ndate: 2024-03-05\ntags: [x]\n---\n"
    path.write_text(head + TEXT, "utf-8")
    (row,) = plan_files([path])
    assert row.text == head + TEXT  # nothing lost
    assert (row.title, row.outlet, row.outlet_origin) == (
        "انهيار الجسر", "سكاي نيوز عربية", "front-matter",
    )  # fmt: skip
    assert (str(row.published_on), row.date_origin) == ("2024-03-05", "front-matter")
    spans = [(s.kind, row.text[s.start : s.end]) for s in row.furniture.spans]  # type: ignore[union-attr]
    assert spans[0] == ("front-matter", head.rstrip("\n"))
