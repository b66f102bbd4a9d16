from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.ingest.metadata import extract_metadata, guess_title
from app.ingest.plan import plan_files
from app.ingest.reader import ReadError, read_file
from app.ingest.service import import_paths, list_importable
from app.library.queries import list_articles, load_articles
from app.resources import seeds_dir
from app.tasks import Cancelled, TaskControl
from app.workspace import Workspace
from db.models import Article, Collection


def _count(ws: Workspace, model: type) -> int:
    with ws.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_reader_keeps_text_exactly_and_unifies_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "سطر أول\u00a0مع مسافة\r\nسطر ثان 🚀\rسطر ثالث"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (decoded,) = read_file(path)
    assert decoded.text == "سطر أول\u00a0مع مسافة\nسطر ثان 🚀\nسطر ثالث"
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ("caf\u00e9 na\u00efve".encode("latin-1"), "position 3 (line 1: e9 20 6e 61"),
        (b"\n\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "a PNG image, not an article"),
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
        (b"PK\x03\x04\x14\x00", "a zip archive"),
        (b"abc\x00\x00def" * 10, "binary data"),
    ],
)
def test_reader_refuses_bad_files_with_a_reason(
    tmp_path: Path, payload: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(payload)
    with pytest.raises(ReadError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_file(path)


def test_metadata_from_the_seeds() -> None:
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in list_importable(seeds_dir())}
    breadcrumb = extract_metadata(seeds["003"])
    assert breadcrumb.title == "بوتين: روسيا ستساعد كوريا الشمالية في بناء الأقمار الصناعية"
    assert breadcrumb.published_on == dt.date(2023, 9, 13)
    assert breadcrumb.direction == "rtl" and breadcrumb.language == "ar"
    assert (breadcrumb.date_origin, breadcrumb.place) == ("dateline", "موسكو-روسيا")
    rows = {r.path.name[:3]: r for r in plan_files(list_importable(seeds_dir()))}
    assert (rows["004"].outlet, rows["004"].outlet_origin) == ("سكاي نيوز عربية", "source-line")
    assert [rows[n].outlet for n in ("000", "001", "002", "003")] == [None] * 4  # never invented
    assert extract_metadata(seeds["001"]).published_on == dt.date(2023, 9, 13)


def test_a_date_in_the_background_is_not_the_articles() -> None:
    """Read on a ceasefire's coverage (reproduced in invented words): a date in the fifth
    sentence, the day the fighting began, had dated the article; the lead's date still does."""
    background = (
        "دخل الاتفاق حيز التنفيذ بعد أكثر من سنة على القتال.\n"
        "وأعلن الرئيس مساء أمس أن الطرفين وافقا على الاتفاق.\n"
        "وأشار إلى أن الاتفاق سيدخل التنفيذ عند الساعة الرابعة فجرا.\n"
        "ويشار إلى أن المواجهات اندلعت في الـ12 مارس 2022.\n"
    )
    assert extract_metadata(background).published_on is None
    lead = "وقف إطلاق النار\nدخل الاتفاق حيز التنفيذ صباح الأربعاء 27 نوفمبر 2024 في لبنان.\n"
    assert extract_metadata(lead).published_on == dt.date(2024, 11, 27)


def test_long_first_line_is_shortened_for_a_title() -> None:
    title = guess_title(" ".join(["كلمة"] * 40) + "\nالسطر الثاني")
    assert title.endswith("…") and title.count("كلمة") == 16


def test_import_reports_every_file(empty_workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("مقال أول عن القمة في فوستوشني", encoding="utf-8")
    (folder / "b.md").write_text("مقال ثان عن القمة", encoding="utf-8")
    (folder / "c.txt").write_text("مقال أول عن القمة في فوستوشني", encoding="utf-8")  # same as a
    (folder / "d.txt").write_bytes("caf\u00e9".encode("latin-1"))
    (folder / "ignored.rtf.bak").write_bytes(b"{\\rtf1}")
    files = list_importable(folder)
    assert [p.name for p in files] == ["a.txt", "b.md", "c.txt", "d.txt"]

    report = import_paths(empty_workspace.sessions, files, "مجموعة")
    status = {o.path.name: o.status for o in report.outcomes}
    assert status == {
        "a.txt": "imported",
        "b.md": "imported",
        "c.txt": "duplicate",
        "d.txt": "failed",
    }
    assert "not valid UTF-8" in next(
        str(o.reason) for o in report.outcomes if o.path.name == "d.txt"
    )
    articles = list_articles(empty_workspace.sessions, report.collection_id)
    assert [a.original_filename for a in articles] == ["a.txt", "b.md"]

    again = import_paths(empty_workspace.sessions, files[:2], "مجموعة")
    assert again.imported == 0 and again.count("duplicate") == 2
    assert _count(empty_workspace, Article) == 2


def test_cancelled_import_leaves_the_database_as_it_was(empty_workspace: Workspace) -> None:
    control = TaskControl()
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(str(message))
        if done == 2:
            control.cancel()

    control.on_progress = progress
    with pytest.raises(Cancelled):
        import_paths(empty_workspace.sessions, list_importable(seeds_dir()), "x", control=control)
    assert _count(empty_workspace, Article) == 0
    assert _count(empty_workspace, Collection) == 0
    assert seen[:2] == ["Reading 000_74d106d3a341b1ed.txt", "Reading 001_d5ff6441db812a29.txt"]


def test_stored_text_is_the_file_text(workspace: Workspace) -> None:
    ids = [a.id for a in list_articles(workspace.sessions, 1)]
    for document in load_articles(workspace.sessions, ids):
        original = (seeds_dir() / str(document.summary.original_filename)).read_text("utf-8")
        assert document.text == original
