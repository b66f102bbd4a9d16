"""The preview plan and the all-or-nothing writer, on real folders and a real database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app.errors import DatabaseLockedError
from app.ingest.existing import classify_against
from app.ingest.plan import RowStatus, classify, plan_files
from app.ingest.scan import scan_folder
from app.ingest.service import ImportWriteError, import_rows
from app.resources import seeds_dir
from app.tasks import Cancelled, TaskControl
from app.workspace import Workspace
from db.models import Article, Collection, Source

SEED = (seeds_dir() / "001_d5ff6441db812a29.txt").read_text("utf-8")


def _count(ws: Workspace, model: type) -> int:
    with ws.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_metadata_precedence_sidecar_then_csv_then_file_then_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("المصدر: من النص\n" + SEED, "utf-8")
    (tmp_path / "b.txt").write_text("المصدر: من النص\n" + SEED[:900], "utf-8")
    (tmp_path / "c.txt").write_text("المصدر: من النص\n" + SEED[900:], "utf-8")
    (tmp_path / "metadata.csv").write_text(
        "الملف,المصدر,التاريخ,الرابط\na.txt,من الجدول,2023-09-13,https://e.org/a\n"
        "b.txt,من الجدول,,\n",
        "utf-8-sig",
    )
    (tmp_path / "a.txt.meta.json").write_text('{"outlet": "من الملف الجانبي"}', "utf-8")
    rows = plan_files(scan_folder(tmp_path).files)
    by_name = {r.path.name: r for r in rows}
    assert by_name["a.txt"].outlet == "من الملف الجانبي"
    assert by_name["a.txt"].published_on == dt.date(2023, 9, 13)
    assert by_name["a.txt"].url == "https://e.org/a"
    assert by_name["b.txt"].outlet == "من الجدول"
    assert by_name["c.txt"].outlet == "من النص"


def test_duplicates_and_near_duplicates(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "same.txt").write_text(SEED, "utf-8")  # already in the demo collection
    edited = SEED.replace("الأربعاء 13 سبتمبر/أيلول 2023", "الأربعاء") + "\nاقرأ أيضاً: خبر آخر"
    (tmp_path / "edited.txt").write_text(edited, "utf-8")
    (tmp_path / "copy.md").write_text(SEED.replace("\n", "\r\n"), "utf-8")
    (tmp_path / "other.txt").write_text(
        "خبر مختلف تماما عن الفيضانات في ليبيا وأعداد الضحايا", "utf-8"
    )
    rows = classify_against(workspace.sessions, plan_files(scan_folder(tmp_path).files), 1)
    status = {r.path.name: r.status for r in rows}
    assert status == {
        "same.txt": RowStatus.DUPLICATE,
        "copy.md": RowStatus.DUPLICATE,  # CRLF unified: the same text
        "edited.txt": RowStatus.NEAR_DUPLICATE,
        "other.txt": RowStatus.NEW,
    }
    edited_row = next(r for r in rows if r.path.name == "edited.txt")
    assert edited_row.duplicate_of == 2 and "the same as an article already" in str(
        edited_row.reason
    )


def test_encoding_override_re_decodes(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(SEED[:300].replace("ً", "").encode("iso8859-6", errors="ignore"))
    (guessed,) = plan_files([path])
    assert guessed.encoding == "iso8859-6" and not guessed.encoding_confident
    (forced,) = plan_files([path], encodings={path: "cp1256"})
    assert forced.encoding == "cp1256" and forced.text != guessed.text
    (wrong,) = plan_files([path], encodings={path: "utf-8"})
    assert wrong.status is RowStatus.ERROR and wrong.problem_offset == 0


def test_import_writes_rows_sources_and_positions(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("المصدر: وكالة\n" + SEED, "utf-8")
    (tmp_path / "b.txt").write_text("خبر مختلف عن الفيضانات في ليبيا", "utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    rows = classify(plan_files(scan_folder(tmp_path).files), {})
    report = import_rows(
        empty_workspace.sessions, rows, collection_name="جديدة", skip=frozenset({1})
    )
    assert [o.status for o in report.outcomes] == ["imported", "skipped", "failed"]
    assert report.imported == 1 and report.failed == 1
    with empty_workspace.sessions() as s:
        (article,) = s.scalars(select(Article)).all()
        assert article.text == "المصدر: وكالة\n" + SEED
        assert s.scalar(select(Source.name)) == "وكالة"
        assert article.position == 0 and article.original_encoding == "utf-8"


def test_cancel_during_write_rolls_back(empty_workspace: Workspace, tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"خبر رقم {i} " + SEED[i * 100 :], "utf-8")
    rows = classify(plan_files(scan_folder(tmp_path).files), {})
    control = TaskControl()
    control.on_progress = lambda done, total, msg: (
        control.cancel() if str(msg) == "Saving articles" else None
    )
    with pytest.raises(Cancelled):
        import_rows(empty_workspace.sessions, rows, collection_name="x", control=control)
    assert _count(empty_workspace, Collection) == 0 and _count(empty_workspace, Article) == 0


def test_full_disk_rolls_back_with_a_clear_message(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    for i in range(40):
        (tmp_path / f"{i}.txt").write_text(f"نسخة {i}\n" + SEED * 3, "utf-8")
    rows = classify(plan_files(scan_folder(tmp_path).files), {})

    # A real SQLITE_FULL: cap the database file a little above its current size.
    @event.listens_for(empty_workspace.engine, "connect")
    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 20}")

    empty_workspace.engine.dispose()
    with pytest.raises(ImportWriteError, match="disk is full"):
        import_rows(empty_workspace.sessions, rows, collection_name="كبيرة")
    event.remove(empty_workspace.engine, "connect", _cap)
    empty_workspace.engine.dispose()
    assert _count(empty_workspace, Article) == 0 and _count(empty_workspace, Collection) == 0


def test_locked_database_rolls_back(
    empty_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(SEED, "utf-8")
    rows = classify(plan_files(scan_folder(tmp_path).files), {})
    holder = sqlite3.connect(empty_workspace.paths.database, isolation_level=None, timeout=0.1)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    empty_workspace.engine.dispose()
    from db.session import make_engine, make_session_factory

    engine = make_engine(empty_workspace.paths.database, busy_timeout_ms=200)
    try:
        with pytest.raises(DatabaseLockedError, match="nothing was imported"):
            import_rows(make_session_factory(engine), rows, collection_name="x")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()
    assert _count(empty_workspace, Article) == 0


def test_furniture_is_marked_at_import_and_the_reviewer_has_the_last_word(
    workspace: Workspace,
) -> None:
    from app.library.furniture import furniture_of, mark_furniture, unmark_furniture
    from app.library.queries import list_articles

    articles = {a.original_filename: a.id for a in list_articles(workspace.sessions, 1)}
    spans = furniture_of(workspace.sessions, articles["004_d6bee144f8f1c642.txt"])
    assert [(s.kind, s.origin, s.excluded) for s in spans] == [
        ("source-line", "detected", True),  # «المصدر: سكاي نيوز عربية» names the outlet
        ("end-section", "detected", True),
    ]
    article = articles["000_74d106d3a341b1ed.txt"]
    assert furniture_of(workspace.sessions, article) == ()
    marks = mark_furniture(workspace.sessions, article, 0, 10)
    assert [(m.start, m.end, m.origin, m.excluded) for m in marks] == [(0, 10, "reviewer", True)]
    marks = unmark_furniture(workspace.sessions, article, 5, 6)
    assert [(m.start, m.excluded) for m in marks] == [(0, False)]  # kept, not deleted
    with pytest.raises(ValueError, match="outside the article"):
        mark_furniture(workspace.sessions, article, 0, 10**6)
