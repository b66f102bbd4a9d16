"""``tabayun search`` reads the local file without SQLAlchemy (issue 21) and must answer exactly
as the ordinary search does; where it cannot (no index, another schema, an unknown collection)
it steps aside and the ordinary way answers."""

from __future__ import annotations

import sqlite3

from app.library.quick_search import quick_search
from app.library.search import search
from app.workspace import DEMO_COLLECTION_NAME, Workspace
from tests.conftest import run_tabayun


def test_the_quick_path_answers_as_the_ordinary_search(workspace: Workspace) -> None:
    database = workspace.paths.database
    for query in ("بوتين", "للرئيس", "الأقمار الصناعية", "تعهّد", "فوستوشني شويغو", "لاشيء"):
        for collection, collection_id in ((None, None), (DEMO_COLLECTION_NAME, 1)):
            quick = quick_search(database, query, collection, limit=3)
            ordinary = search(workspace.sessions, query, collection_id=collection_id, limit=3)
            assert quick == ordinary, (query, collection)


def test_it_steps_aside_where_it_cannot_answer(workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = workspace.paths.database
    assert quick_search(database, "بوتين", "no such collection") is None
    assert quick_search(tmp_path / "missing.sqlite3", "بوتين") is None
    older = tmp_path / "older.sqlite3"
    with sqlite3.connect(database) as source, sqlite3.connect(older) as copy:
        source.backup(copy)
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert quick_search(older, "بوتين") is None


def test_the_command_line_is_quick_and_says_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "d")
    assert run_tabayun("--data-dir", data, "info").returncode == 0
    found = run_tabayun("--data-dir", data, "search", "بوتين")
    assert found.returncode == 0 and found.stdout.startswith("5 articles")
    unknown = run_tabayun("--data-dir", data, "search", "بوتين", "--collection", "لا توجد")
    assert unknown.returncode != 0 and "no collection" in unknown.stderr
