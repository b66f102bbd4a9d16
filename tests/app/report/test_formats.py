"""Every report format from one reviewed collection: content, scope, and the files themselves."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.report.export import write_report
from app.report.formats import ReportOptions
from app.report.html import write_html
from app.report.model import ReportError, build_report
from app.report.qdpx import read_project
from app.report.tabular import write_csv
from app.report.webanno import write_webanno
from tests.app.report.conftest import QUOTE, Reviewed


def test_the_model_holds_every_section_and_scopes_by_tags_and_articles(reviewed: Reviewed) -> None:
    sessions = reviewed.workspace.sessions
    report = build_report(sessions, reviewed.collection_id)
    assert len(report.articles) == 5
    assert report.reviewers == ["سارة"]
    assert len(report.spans) == 3 and len(report.notes) == 2 and len(report.verdicts) == 1
    counts = [p.outlets for p in report.passages]
    assert counts and counts[0] >= 4 and counts == sorted(counts, reverse=True)  # widest first
    missiles = next(f for f in report.flags if f.text.startswith("Number of"))
    assert "Conflict" in missiles.text  # one missile or two
    assert any("واحد" in v for v in missiles.values) and "صاروخين" in missiles.values
    assert any("صاروخين باليستيين" in text for _article, text in missiles.quotes)
    assert len(missiles.quotes) == len(missiles.values) >= 2
    assert sum(f.text.startswith("Described as") for f in report.flags) == 2  # both descriptors
    assert sum(report.unique_passages.values()) > 0

    by_tag = build_report(
        sessions, reviewed.collection_id, ReportOptions(("tags",), tag_ids=(reviewed.figure,))
    )
    assert [t.id for t in by_tag.tags] == [reviewed.figure] and len(by_tag.spans) == 1
    assert by_tag.passages == ()  # no comparison when neither coverage nor passages is asked
    assert [n.target for n in by_tag.notes] == ["collection"]  # the quote's note went with it

    one = build_report(
        sessions, reviewed.collection_id, ReportOptions(article_ids=(reviewed.quote_article,))
    )
    assert [a.summary.id for a in one.articles] == [reviewed.quote_article]
    assert {s.article_id for s in one.spans} == {reviewed.quote_article}
    with pytest.raises(ReportError, match="Unknown section"):
        build_report(sessions, reviewed.collection_id, ReportOptions(("summary", "charts")))


class _Blocks(HTMLParser):
    """Each block element's lang, dir and text (blocks holding other blocks left out)."""

    BLOCKS = frozenset({"p", "td", "th", "h1", "h2", "h3", "li"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None], list[str], list[bool]]] = []
        self.blocks: list[tuple[str, dict[str, str | None], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            if self.stack:
                self.stack[-1][3].append(True)  # the parent is a container
            self.stack.append((tag, dict(attrs), [], []))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and self.stack and self.stack[-1][0] == tag:
            name, attrs, text, holds = self.stack.pop()
            if not holds:
                self.blocks.append((name, attrs, "".join(text)))

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.stack[-1][2].append(data)


def test_html_is_self_contained_with_lang_and_dir_on_every_arabic_block(
    reviewed: Reviewed,
) -> None:
    page = write_html(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched
    assert "<style>" in page and "@media print" in page
    parser = _Blocks()
    parser.feed(page)
    assert all(a.get("lang") and a.get("dir") for _t, a, _text in parser.blocks)
    arabic = [b for b in parser.blocks if re.search("[\u0600-\u06ff]{3}", b[2])]
    assert len(arabic) > 50
    for _tag, attrs, text in arabic:
        if re.search("[A-Za-z]{4}", text):
            continue  # a mixed line (an English label with an Arabic name in it)
        assert attrs.get("dir") == "rtl" and attrs.get("lang") == "ar", text[:60]
    assert QUOTE in page
    assert 'class="replace"' in page and 'class="insert"' in page  # word differences marked
    assert "الصياغة مختلفة" in page and "differ" in page  # the verdict and its comment
    tables = page.count("<table")
    assert tables >= 4 and page.count('<caption dir="auto">') == tables  # every table says what
    assert "<caption" not in write_html(
        build_report(reviewed.workspace.sessions, reviewed.collection_id), qt=True
    )  # Qt's engine has no captions: the PDF keeps the section headings only


def test_csv_opens_in_spreadsheets_one_row_per_annotation_note_and_verdict(
    reviewed: Reviewed,
) -> None:
    data = write_csv(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    kinds = [r["kind"] for r in rows]
    assert kinds.count("annotation") == 3 and kinds.count("note") == 2
    verdicts = [r for r in rows if r["kind"] == "verdict"]  # one row per article it spans
    assert len(verdicts) == 2 and len({r["article_id"] for r in verdicts}) == 2
    assert len({r["id"] for r in verdicts}) == 1 and all(r["quote"] for r in verdicts)
    assert all(r["created"].endswith("Z") for r in rows if r["created"])  # UTC, said so
    assert all(r["updated"].endswith("Z") for r in rows if r["kind"] != "fact")
    quote = next(r for r in rows if r["quote"] == QUOTE)
    assert quote["tags"] == "اقتباس" and quote["reviewer"] == "سارة"
    assert int(quote["start"]) == reviewed.quote_start
    whole = next(r for r in rows if r["kind"] == "annotation" and r["start"] == "")
    assert whole["tags"] == "ادعاء"


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(reviewed: Reviewed) -> None:
    from app.review.history import History
    from app.review.notes import add_note

    history = History(reviewed.workspace.sessions, reviewer='=HYPERLINK("x")')
    for body in ("=1+2*3", "+1", "-2", "@SUM(A1)", "عادي = نص"):
        add_note(history, "collection", reviewed.collection_id, body)
    data = write_csv(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    texts = {r["text"] for r in rows if r["kind"] == "note"}
    assert {"'=1+2*3", "'+1", "'-2", "'@SUM(A1)", "عادي = نص"} <= texts
    assert all(not r["reviewer"].startswith("=") for r in rows)
    assert all(r["start"] == "" or r["start"].isdigit() for r in rows)  # numbers stay numbers


def test_w3c_web_annotations_with_selectors_counting_code_points(reviewed: Reviewed) -> None:
    report = build_report(reviewed.workspace.sessions, reviewed.collection_id)
    collection = json.loads(write_webanno(report))
    assert collection["type"] == "AnnotationCollection"
    assert "http://www.w3.org/ns/anno.jsonld" in collection["@context"]
    items = collection["first"]["items"]
    reviewed_items = [i for i in items if ":fact:" not in i["id"]]  # the Facts table: below
    assert collection["total"] == len(items)
    assert len(reviewed_items) == 3 + 1 + 1  # spans, the collection note, verdict
    texts = {a.summary.id: a.text for a in reviewed.articles}
    quote = next(i for i in items if i["body"][0]["value"] == "اقتباس")
    quote_selector, position = quote["target"]["selector"]
    assert quote_selector == {
        "type": "TextQuoteSelector",
        "exact": QUOTE,
        "prefix": quote_selector["prefix"],
        "suffix": quote_selector["suffix"],
    }
    article = int(quote["target"]["source"]["id"].rsplit(":", 1)[1])
    assert texts[article][position["start"] : position["end"]] == QUOTE
    assert texts[article][: position["start"]].endswith(quote_selector["prefix"])
    comment = next(b for b in quote["body"] if b["purpose"] == "commenting")
    assert comment["value"] == "اقتباس مباشر من بوتين"
    assert (comment["language"], comment["textDirection"]) == ("ar", "rtl")
    assert quote["creator"] == {"type": "Person", "name": "سارة"}
    whole = next(i for i in items if i["body"] and i["body"][0]["value"] == "ادعاء")
    assert "selector" not in whole["target"]  # a whole-article tag
    verdict = next(i for i in items if i["motivation"] == "assessing")
    assert verdict["body"][0]["value"] == "differ" and len(verdict["target"]) == 2


def test_refi_qda_project_reads_back_with_the_same_passages(
    reviewed: Reviewed, tmp_path: Path
) -> None:
    report = build_report(reviewed.workspace.sessions, reviewed.collection_id)
    path = write_report(report, "qdpx", tmp_path / "review.qdpx")
    project = read_project(path)
    assert len(project.sources) == 5
    assert {"ادعاء", "اقتباس", "رقم", "عدد الضحايا"} <= set(project.codes.values())
    assert project.code_parents["عدد الضحايا"] == "رقم"  # the hierarchy survives
    selections = [(s, sel) for s in project.sources for sel in s.selections]
    assert len(selections) == 3
    for source, _selection in selections:
        assert "\r" not in source.text and not source.text.startswith("\ufeff")
        assert unicodedata.is_normalized("NFC", source.text)
    quote = next(sel for s, sel in selections if s.text[sel.start : sel.end] == QUOTE)
    assert quote.codes == ("اقتباس",) and quote.notes == ("اقتباس مباشر من بوتين",)
    whole = next(sel for s, sel in selections if sel.codes == ("ادعاء",))
    host = next(s for s, sel in selections if sel is whole)
    assert (whole.start, whole.end) == (0, len(host.text))
    assert any(text.startswith("Verdict: differ") for text in project.notes.values())


def test_refi_qda_offsets_follow_nfc_when_it_shortens_the_text(
    workspace: object, tmp_path: Path
) -> None:
    from app.ingest.service import import_paths
    from app.library.queries import collection_id_by_name, list_articles
    from app.review.codebook import list_tags
    from app.review.history import History
    from app.workspace import Workspace

    assert isinstance(workspace, Workspace)
    folder = tmp_path / "nfd"
    folder.mkdir()
    decomposed = "قال الرئيس ا\u0654ن الا\u0654مر انتهى. ثم غادر القاعة مسرعا."  # hamza apart
    (folder / "a.txt").write_text(decomposed, "utf-8")
    import_paths(workspace.sessions, [folder / "a.txt"], "NFD")
    collection = collection_id_by_name(workspace.sessions, "NFD")
    assert collection is not None
    (article,) = list_articles(workspace.sessions, collection)
    history = History(workspace.sessions, reviewer="x")
    tag = list_tags(workspace.sessions)[0].id
    from app.review.annotations import tag_span

    start = decomposed.index("غادر")
    tag_span(history, article.id, start, start + len("غادر القاعة"), tag)
    report = build_report(workspace.sessions, collection, ReportOptions(("tags",)))
    project = read_project(write_report(report, "qdpx", tmp_path / "nfd.qdpx"))
    (source,) = project.sources
    (selection,) = source.selections
    assert len(source.text) == len(decomposed) - 2  # two hamzas composed
    assert source.text[selection.start : selection.end] == "غادر القاعة"


def test_a_cancelled_report_stops_during_the_comparison(reviewed: Reviewed) -> None:
    from app.tasks import Cancelled, TaskControl

    seen: list[str] = []

    def progress(_done: int, _total: int, message: object) -> None:
        seen.append(str(message))  # a core message: English when printed
        if str(message) == "Comparing the articles":
            control.cancel()  # as the dialog's Cancel button does, from another thread

    control = TaskControl(on_progress=progress)
    with pytest.raises(Cancelled):
        build_report(reviewed.workspace.sessions, reviewed.collection_id, control=control)
    assert "Reading the articles" in seen and "Comparing the articles" in seen
    assert "Putting the report together" not in seen  # stopped inside the comparison


def test_an_arabic_report_speaks_arabic_and_reads_right_to_left(reviewed: Reviewed) -> None:
    options = ReportOptions(language="ar")
    page = write_html(build_report(reviewed.workspace.sessions, reviewed.collection_id, options))
    assert '<html lang="ar" dir="rtl">' in page
    assert "<h1" in page and "تقرير المراجعة" in page
    for title in ("الخلاصة", "التغطية", "المقاطع والفروق", "الأحكام", "الملاحظات"):
        assert title in page
    assert "رقم" in page  # the fact flag's kind, in Arabic
    parser = _Blocks()
    parser.feed(page)
    assert all(a.get("lang") and a.get("dir") for _t, a, _text in parser.blocks)
    headings = [text for tag, _a, text in parser.blocks if tag in ("h1", "h2", "th")]
    english = [h for h in headings if re.search(r"[A-Za-z]{3}", h)]
    assert english == [], english  # no English left in the report's own words
    # a passage's fact flags are said in Arabic words: they read right to left, marked Arabic
    flags = [a for _t, a, _text in parser.blocks if a.get("class") == "flag"]
    assert flags and all(a["lang"] == "ar" and a["dir"] == "rtl" for a in flags), flags


def test_csv_holds_the_facts_table_and_the_reviewers_corrections(reviewed: Reviewed) -> None:
    from app.review.history import History
    from tests.app.report.test_webanno_schemas import _link_two_sentences

    _link_two_sentences(reviewed, History(reviewed.workspace.sessions, reviewer="سارة"))
    data = write_csv(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    facts = [r for r in rows if r["kind"] == "fact"]
    assert facts and all(r["quote"] and r["text"] and r["article"] for r in facts)
    missiles = [r for r in facts if "صاروخ" in r["quote"]]
    assert len({r["value"] for r in missiles}) >= 2  # one missile against two
    corrections = [r for r in rows if r["kind"] == "correction"]
    assert len(corrections) == 2 and {r["text"] for r in corrections} == {"link"}
    assert all(r["reviewer"] == "سارة" and r["created"].endswith("Z") for r in corrections)


def test_reviewer_names_are_escaped_and_isolated_in_html(reviewed: Reviewed) -> None:
    from app.review.history import History
    from app.review.notes import add_note

    odd = "<سارة & Co>"
    add_note(History(reviewed.workspace.sessions, reviewer=odd), "collection", 1, "ملاحظة")
    page = write_html(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    assert "<bdi>&lt;سارة &amp; Co&gt;</bdi>" in page
    assert odd not in page  # never raw markup


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_html_report_passes_the_nu_html_checker(
    reviewed: Reviewed, tmp_path: Path, language: str
) -> None:
    """The Nu HTML Checker (vnu) finds no error and no warning: no presentational attributes,
    header cells with their scope, no control characters (a note may hold an ESC)."""
    import os
    import shutil
    import subprocess

    jar = os.environ.get("TABAYUN_VNU_JAR", "")
    if not jar or not Path(jar).exists() or shutil.which("java") is None:
        pytest.skip(
            "the Nu HTML Checker is not here (TABAYUN_VNU_JAR and java; .ci/run fetches it)"
        )
    from app.review.history import History
    from app.review.notes import add_note

    add_note(History(reviewed.workspace.sessions, reviewer="x"), "collection", 1, "نص \x1b[1m")
    options = ReportOptions(language=language)
    page = write_html(build_report(reviewed.workspace.sessions, reviewed.collection_id, options))
    assert ' align="' not in page and "cellpadding" not in page and "\x1b" not in page
    assert "1 control character from" in page or "محرف" in page
    path = tmp_path / f"report-{language}.html"
    path.write_text(page, "utf-8")
    found = subprocess.run(
        ["java", "-jar", jar, "--also-check-css", str(path)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert found.returncode == 0 and not found.stderr.strip(), found.stderr[:3000]


def test_the_html_report_carries_the_shipped_arabic_face_cut_to_its_letters(
    reviewed: Reviewed,
) -> None:
    import base64

    from fontTools.ttLib import TTFont

    page = write_html(build_report(reviewed.workspace.sessions, reviewed.collection_id))
    found = re.search(r'font-family: "Noto Sans Arabic";[^}]*base64,([A-Za-z0-9+/=]+)', page)
    assert found, "no embedded face"
    data = base64.b64decode(found.group(1))
    assert data[:4] == b"wOFF" and len(data) < 300_000  # cut down: the whole font is 845 KB
    font = TTFont(io.BytesIO(data))
    covered = set(font.getBestCmap())
    letters = {ord(c) for c in re.sub(r"<[^>]+>", "", page) if "\u0621" <= c <= "\u064a"}
    assert letters and letters <= covered  # every Arabic letter of the page
    assert "GSUB" in font and "GPOS" in font  # joining and mark positioning kept
    assert "fvar" in font  # bold and regular from the one file
    assert 'font-family: "Noto Sans Arabic"' in page.split("</style>")[0]


def test_a_passages_flags_of_one_question_read_as_its_figures_in_the_report() -> None:
    """Four outlets' tolls in one passage: the report says the question once, each figure with
    the outlets that give it and the pairs' reasons counted, as the Passage panel does; in
    Arabic with Arabic separators."""
    from app.catalog import translator
    from app.report.model import _passages
    from app.tasks import TaskControl
    from tests.app.compare.test_passages import TOLL, _doc

    documents = [_doc(n, t) for n, t in enumerate(TOLL, start=1)]
    passages, _unique, _flags, _unsure = _passages(documents, TaskControl())
    toll = next(p for p in passages if p.outlets == 4)
    line = toll.flags[0].replace("\u2068", "").replace("\u2069", "")
    assert len(toll.flags) == 1  # the dead; the injured agree («3000» in all four)
    assert (
        line
        == "⚠ Deaths: 3 figures — 30 شخصا (#1, #2); 63 شخصا (#3); 70 شخصا (#4) · Conflict (5 pairs)"
    )
    passages, _unique, _flags, _unsure = _passages(documents, TaskControl(), translator("ar"))
    arabic = next(p for p in passages if p.outlets == 4).flags[0]
    assert "عدد الأرقام" in arabic and "؛ " in arabic and "pairs" not in arabic


def test_towns_in_a_passages_flags_are_versions_not_figures() -> None:
    """A «Where» question with several pairs: two towns are two versions, not two figures."""
    from app.catalog import translator
    from app.report.model import _passages
    from app.tasks import TaskControl
    from tests.app.compare.test_passages import _doc

    texts = [
        "تعرض رئيس الوزراء لإطلاق نار بعد اجتماع حكومي في مدينة هاندلوفا وسط البلاد.",
        "تعرض رئيس الوزراء لإطلاق نار بعد اجتماع حكومي في بلدة هاندلوفا وسط البلاد.",
        "تعرض رئيس الوزراء لإطلاق نار بعد اجتماع حكومي في العاصمة براتسلافا وسط البلاد.",
    ]
    documents = [_doc(n, t) for n, t in enumerate(texts, start=1)]
    passages, _unique, _flags, _unsure = _passages(documents, TaskControl())
    line = next(p for p in passages if p.flags).flags[0].replace("\u2068", "").replace("\u2069", "")
    assert line.startswith("⚠ Where: 2 versions — هاندلوفا (#1, #2); براتسلافا (#3) · Conflict")
    passages, _unique, _flags, _unsure = _passages(documents, TaskControl(), translator("ar"))
    arabic = next(p for p in passages if p.flags).flags[0]
    assert "المكان" in arabic and "عدد الروايات" in arabic


def test_an_update_reads_quietly_and_a_conflict_stands_out_in_every_report() -> None:
    """A toll given as a floor («more than 30») and a later count (63) is an update: its line
    starts with «↻» and reads quietly, as in the Passage panel; two done counts are a conflict,
    «⚠» in bold. (Every flag had started with «⚠», updates included.)"""
    from app.report.html import _flag_class
    from app.report.model import ReportFlag, _passages
    from app.tasks import TaskControl
    from tests.app.compare.test_passages import TOLL, _doc

    rose = [TOLL[0].replace("إن 30", "إن أكثر من 30"), TOLL[1].replace("إن 30", "إن أكثر من 30"),
            TOLL[2]]  # fmt: skip
    passages, _unique, _flags, _unsure = _passages(
        [_doc(n, t) for n, t in enumerate(rose, start=1)], TaskControl()
    )
    (line,) = next(p for p in passages if p.outlets == 3).flags
    assert line.startswith("↻ ") and "Update" in line and _flag_class(line) == "flag-quiet"
    passages, _unique, _flags, _unsure = _passages(
        [_doc(n, t) for n, t in enumerate(TOLL[:3], start=1)], TaskControl()
    )
    (line,) = next(p for p in passages if p.outlets == 3).flags
    assert line.startswith("⚠ ") and "Conflict" in line and _flag_class(line) == "flag"
    assert ReportFlag("Deaths — Update", (), status="update").mark == "↻"
    assert ReportFlag("Deaths — Conflict", ()).mark == "⚠"


def test_only_here_counts_what_nothing_came_close_to_and_what_a_reviewer_checked() -> None:
    """The Articles table's «only here»: a sentence the engine was unsure of (close to another
    article's, in no passage) is not counted, until a reviewer marks it checked."""
    from app.report.model import _passages
    from app.tasks import TaskControl
    from tests.app.compare.test_passages import _doc
    from tests.app.compare.test_unsure import REWORDED

    documents = [_doc(n, text) for n, text in enumerate(REWORDED, start=1)]
    _found, unique, _flags, unsure = _passages(documents, TaskControl())
    assert unique == {1: 1}  # the festival; not the Japanese minister's reworded claim
    assert unsure == {1: 1, 2: 1}  # his claim and Tokyo's, each close to the other
    said = REWORDED[0].index("وقال")
    checked = ("checked", 1, said, said + 20)
    _found, unique, _flags, unsure = _passages(documents, TaskControl(), corrections=[checked])
    assert unique == {1: 2} and unsure == {2: 1}
