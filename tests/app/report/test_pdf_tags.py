"""The PDF Qt prints, tagged and mapped for extractors: ToUnicode maps from the layout's own
shaping, marked content, the structure tree, bookmarks and what pdfminer (and poppler, where
installed) read back, in the shipped Noto Sans Arabic, whose letters share bodies and whose dots
are glyphs of their own."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.report.pdf_cmap import plain, read_cmap, write_cmap

TITLE = "قمة بوتين وكيم في فوستوشني (مثال)"
BODY = "قال فلاديمير بوتين إن الإعلام الروسي نقل الخبر (وفق الكرملين) يوم الأربعاء."
VOWELLED = "أطلقت كوريا صاروخًا باليستيًا واحدًا، وتعهّد بأنّ الثقة ثابتة"
SHARED_BODIES = "فقط قفز نبت بنت ثبت تثبيت يبني"  # ف/ق, ب/ت/ث/ن/ي: one body, dots apart


def test_cmap_entries_of_both_forms_are_read_and_written_back() -> None:
    data = (
        b"2 beginbfchar\n<0003> <0627>\n<0004> <06440627>\nendbfchar\n"
        b"1 beginbfrange\n<0010> <0012> <0041>\nendbfrange\n"
        b"1 beginbfrange\n<0020> <0021> [<FE8E> <0009>]\nendbfrange\n"
    )
    mapping = read_cmap(data)
    assert mapping == {3: "ا", 4: "لا", 16: "A", 17: "B", 18: "C", 32: "\ufe8e", 33: "\t"}
    assert read_cmap(write_cmap(mapping)) == mapping
    many = dict.fromkeys(range(250), "ب")
    assert write_cmap(many).count(b"beginbfchar") == 3  # at most 100 entries a block
    assert read_cmap(write_cmap(many)) == many


def test_presentation_forms_become_letters_in_logical_order() -> None:
    assert plain("\ufe8e") == "ا"
    assert plain("\ufefb") == "لا"  # the lam-alef ligature, as typed
    assert plain("\ufe71") == "\u064b"  # an isolated mark's form: the mark, without a tatweel
    assert plain("\t") == " "  # Qt maps the space glyph to the tab that shares it
    assert plain("di\ufb00er") == "differ"
    assert plain("abc ب") == "abc ب"


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    """A small report printed as ``write_pdf`` prints one (in the tests' QApplication: a bare
    QGuiApplication made here would stop the widget tests that follow)."""
    from ui.report_pdf import print_markup

    markup = (
        "<h1>Review report</h1>"
        f'<p dir="rtl" align="right">{TITLE}</p><p>Summary</p>'
        f'<h2>Summary</h2><p dir="rtl" align="right">{BODY}</p>'
        f'<h2>الخلاصة</h2><p dir="rtl" align="right">{VOWELLED}</p>'
        f'<p dir="rtl" align="right"><b>{SHARED_BODIES}</b></p><p>English (as typed).</p>'
    )
    path = tmp_path_factory.mktemp("pdf") / "tagged.pdf"
    path.write_bytes(print_markup(markup, "Review", "ar"))
    return path


def test_the_pdf_is_tagged_in_reading_order_with_bookmarks_and_language(tagged: Path) -> None:
    reader = PdfReader(tagged)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "ar"
    assert bool(root["/MarkInfo"]["/Marked"])
    document = root["/StructTreeRoot"]["/K"].get_object()
    roles = [kid.get_object()["/S"] for kid in document["/K"]]
    assert roles[0] == "/H1"
    assert roles.count("/H2") == 2  # the body-size "Summary" line is a paragraph, not a heading
    assert roles.count("/P") >= 4
    english = [
        kid.get_object()
        for kid in document["/K"]
        if kid.get_object().get("/Lang") == "en" and kid.get_object()["/S"] == "/P"
    ]
    assert english  # lines in the other direction say their language
    page = reader.pages[0]
    assert page["/StructParents"] == 0
    content = page.get_contents().get_data()  # type: ignore[union-attr]
    assert content.count(b"BDC") + content.count(b"BMC") == content.count(b"EMC") >= 6
    assert b"/Artifact BMC" in content  # the page number: pagination, not content
    assert [item.title for item in reader.outline] == ["Summary", "الخلاصة"]  # type: ignore[union-attr]


def test_pdfminer_reads_every_word_whole_with_brackets_and_vowels(tagged: Path) -> None:
    from pdfminer.high_level import extract_text

    text = " ".join(extract_text(io.BytesIO(tagged.read_bytes())).split())
    assert TITLE in text  # brackets in logical form
    for word in (BODY + " " + VOWELLED + " " + SHARED_BODIES).replace("،", " ").split():
        assert word.strip(".()") in text, word  # lam-alef, vowel marks, the right dots
    assert not any("\ufb50" <= c <= "\ufeff" for c in text)
    assert text.count("Review report") == 1  # a synthetic bold's second pass gives no text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_poppler_reads_every_word_whole_with_its_vowels(tagged: Path) -> None:
    text = subprocess.run(
        ["pdftotext", str(tagged), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    words = (BODY + " " + VOWELLED + " " + SHARED_BODIES).replace("،", " ").split()
    for word in words:
        assert word.strip(".()") in text, word


def test_a_long_pdf_reports_its_pages_and_stops_on_cancel(qapp: object) -> None:
    """The writer tells the task running it where it is (pages drawn, pages made searchable)
    and stops at the next page once the task is cancelled."""
    from app.tasks import Cancelled, TaskControl, running
    from ui.report_pdf import print_markup

    markup = "".join(f'<h2>القسم {n}</h2><p dir="rtl">{BODY * 12}</p>' for n in range(12))
    seen: list[str] = []
    control = TaskControl(on_progress=lambda done, total, message: seen.append(str(message)))
    with running(control):
        pdf = print_markup(markup, "Long", "ar")
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages > 3
    assert f"Drawing page {pages} of {pages}" in seen
    assert f"Making the text searchable: page {pages} of {pages}" in seen

    def cancel_on_second_page(done: int, total: int, message: object) -> None:
        if "searchable: page 2" in str(message):
            control.cancel()

    control = TaskControl(on_progress=cancel_on_second_page)
    with running(control), pytest.raises(Cancelled):
        print_markup(markup, "Long", "ar")
