"""Reports end to end: ``tabayun export`` in a real process, then the files as their readers see
them: the HTML in headless Chromium (picture and text), the PDF through poppler (pdftoppm for
the picture, pdftotext for the words), CSV, JSON and REFI-QDA read back.

Chromium and poppler-utils are Debian packages (``.ci/run`` installs them where it can); without
them those two checks are skipped, saying why.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.report.qdpx import read_project
from tests.conftest import run_tabayun

TITLE_WORDS = ("فلاديمير بوتين", "الزعيم الكوري الشمالي", "قاعدة فوستوشني")


def _export(data: Path, fmt: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_tabayun(
        "--data-dir",
        str(data),
        "export",
        "--collection",
        "قمة بوتين وكيم في فوستوشني (مثال)",
        "--format",
        fmt,
        "-o",
        str(out),
        *extra,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    data = folder / "data"
    files = {}
    for fmt in ("html", "pdf", "csv", "json", "qdpx"):
        out = folder / f"review.{fmt}"
        result = _export(data, fmt, out)
        assert result.returncode == 0, result.stderr
        assert f"wrote {out}" in result.stdout
        files[fmt] = out
    return files


def _count(image: QImage, colour: str, tolerance: int = 6) -> int:
    wanted = QColor(colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red()) <= tolerance
                and abs(pixel.green() - wanted.green()) <= tolerance
                and abs(pixel.blue() - wanted.blue()) <= tolerance
            ):
                found += 1
    return found


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_the_html_report_in_headless_chromium(exported: dict[str, Path], tmp_path: Path) -> None:
    page = exported["html"].as_uri()
    shot = tmp_path / "page.png"
    base = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=1200,4000", page],
        capture_output=True,
        timeout=120,
        check=True,
    )
    image = QImage(str(shot))
    assert image.width() == 1200
    assert _count(image, "#C8EBDD") > 200  # words only one version has, marked
    assert _count(image, "#F8DDA8") > 200  # words worded differently, marked
    dom = subprocess.run(
        [*base, "--dump-dom", page], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    for words in TITLE_WORDS:
        assert words in dom
    assert 'lang="ar" dir="rtl"' in dom


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_pdf_report_is_shaped_and_its_text_extractable(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    pdf = exported["pdf"]
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert reader.trailer["/Root"]["/Lang"] in ("en", "ar")  # screen readers read it
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged
    sections = [item.title for item in reader.outline if not isinstance(item, list)]
    assert sections[:3] == ["Summary", "Coverage", "Passages and differences"]  # bookmarks
    from pdfminer.high_level import extract_text

    mined = extract_text(str(pdf))
    for words in (*TITLE_WORDS, "صاروخًا", "(مثال)"):
        assert words in mined, words  # whole, vowelled, brackets as typed
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    for words in TITLE_WORDS:
        assert words in text, words  # logical order, plain letters, lam-alef included
    assert "الأربعاء" in text
    assert "صاروخًا باليستيًا واحدًا" in text  # vowel marks kept in their words
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("NotoSansArabic" in f for f in fonts)  # the shipped face, as in the window
    assert not any("\ufb50" <= c <= "\ufeff" for c in text)  # no presentation forms
    subprocess.run(
        ["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    (page,) = tmp_path.glob("p*.png")
    image = QImage(str(page))
    dark = _count(image, "#000000", tolerance=90)
    assert dark > 500  # text on the page
    # the right-aligned Arabic titles put ink in the right half of the text block
    right = image.copy(image.width() // 2, 0, image.width() // 2, image.height())
    assert _count(right, "#000000", tolerance=90) > 100


def test_csv_json_and_qdpx_files_read_back(exported: dict[str, Path]) -> None:
    assert exported["csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    collection = json.loads(exported["json"].read_text("utf-8"))
    assert collection["type"] == "AnnotationCollection"
    project = read_project(exported["qdpx"])
    assert len(project.sources) == 5
    assert all(unicodedata.is_normalized("NFC", s.text) for s in project.sources)
    assert "ادعاء" in project.codes.values()


def test_export_asks_before_replacing_and_leaves_no_partial_file(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    data = exported["html"].parent / "data"
    before = exported["csv"].read_bytes()
    again = _export(data, "csv", exported["csv"])
    assert again.returncode != 0 and "already exists" in again.stderr
    assert exported["csv"].read_bytes() == before
    forced = _export(data, "csv", exported["csv"], "--force")
    assert forced.returncode == 0, forced.stderr
    missing = _export(data, "html", tmp_path / "no" / "such" / "folder" / "r.html")
    assert missing.returncode != 0 and "does not exist" in missing.stderr
    assert not [p for p in exported["csv"].parent.iterdir() if p.name.endswith(".part")]


def test_report_prints_a_summary_logical_or_shaped_for_the_terminal(
    exported: dict[str, Path],
) -> None:
    data = exported["html"].parent / "data"
    name = "قمة بوتين وكيم في فوستوشني (مثال)"
    logical = run_tabayun("--data-dir", str(data), "report", "--collection", name)
    assert logical.returncode == 0, logical.stderr
    assert f"Collection: {name}" in logical.stdout  # piped: the text as stored
    assert "Shared passages:" in logical.stdout
    assert "Where the facts differ: 3" in logical.stdout  # one missile or two; two descriptions
    assert "Number of" in logical.stdout and "أهم منشأة" in logical.stdout
    visual = run_tabayun(
        "--data-dir", str(data), "report", "--collection", name, "--bidi", "visual"
    )
    assert visual.returncode == 0, visual.stderr
    assert any("\ufb50" <= c <= "\ufeff" for c in visual.stdout)  # shaped for a terminal
    assert name not in visual.stdout
