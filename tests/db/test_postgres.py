"""The same schema on a real PostgreSQL server (a throw-away cluster, tests/postgres.py): every
migration up and down, the models equal to what the migrations built, and the database's own
guards; and the command line working on it end to end (--database-url)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from app.review.history import History
from app.review.notes import add_note
from app.workspace import DEMO_COLLECTION_NAME
from db import migrate
from db.migrations.env_filters import include_name
from db.models import Base, ChangeLogEntry, Note
from db.session import make_engine, make_session_factory, unit_of_work
from tests.conftest import run_tabayun


@pytest.fixture
def pg_engine(pg_url: str) -> Engine:
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def _article(conn: object) -> None:
    conn.execute(text("INSERT INTO collections (name) VALUES ('c')"))  # type: ignore[attr-defined]
    conn.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO articles (collection_id, title, text, language, direction,"
            " content_hash, word_count) VALUES (1, 't', 'نص', 'ar', 'rtl', 'h', 1)"
        )
    )


def test_every_migration_builds_the_models_and_comes_down_again(pg_engine: Engine) -> None:
    assert migrate.current_revision(pg_engine) == migrate.HEAD_REVISION
    with pg_engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            ),
            Base.metadata,
        )
    assert diff == []
    migrate.downgrade(pg_engine, "base")
    assert set(inspect(pg_engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(pg_engine)
    assert migrate.schema_state(pg_engine)[0] is migrate.SchemaState.CURRENT


def test_the_server_guards_itself(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        _article(conn)
        conn.execute(text("UPDATE articles SET title = 'new title'"))  # metadata may change
    with pytest.raises(IntegrityError, match="immutable"), pg_engine.begin() as conn:
        conn.execute(text("UPDATE articles SET text = 'changed'"))
    sessions = make_session_factory(pg_engine)
    with unit_of_work(sessions) as s:
        s.add(ChangeLogEntry(action="collection.create", entity="collection", entity_id=1))
    with pytest.raises(IntegrityError, match="append-only"), pg_engine.begin() as conn:
        conn.execute(text("UPDATE change_log SET action = 'x'"))
    with pytest.raises(IntegrityError, match="append-only"), pg_engine.begin() as conn:
        conn.execute(text("DELETE FROM change_log"))
    with pytest.raises(IntegrityError, match="one_target"), unit_of_work(sessions) as s:
        s.add(Note(body="two targets", collection_id=1, article_id=1))
    with pytest.raises(IntegrityError, match="span"), pg_engine.begin() as conn:
        conn.execute(text('INSERT INTO annotations (article_id, start, "end") VALUES (1, 4, 4)'))
    with pytest.raises(IntegrityError, match="foreign key"), pg_engine.begin() as conn:
        conn.execute(text("INSERT INTO notes (body, article_id) VALUES ('x', 999)"))


def test_the_command_line_works_on_the_server(pg_url: str, tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    base = ("--data-dir", data, "--database-url", pg_url)
    info = run_tabayun(*base, "info", "--json")
    assert info.returncode == 0, info.stderr
    facts = json.loads(info.stdout)
    assert facts["articles"] == 5 and "postgresql" in facts["database"]  # the demo, on the server
    found = run_tabayun(*base, "search", "بوتين")
    assert found.returncode == 0 and "articles" in found.stdout.splitlines()[0]
    demo = DEMO_COLLECTION_NAME
    stories = run_tabayun(*base, "stories", "--collection", demo, "--find", "--json")
    assert stories.returncode == 0, stories.stderr
    assert [len(s["articles"]) for s in json.loads(stories.stdout)["stories"]] == [5]
    listed = run_tabayun(*base, "stories", "--all")  # the listings' SQL, run on the server
    assert listed.returncode == 0 and "(found, 5 articles, " in listed.stdout, listed.stderr
    engine = make_engine(pg_url)
    add_note(History(make_session_factory(engine), reviewer="سارة"), "article", 2, "راجع الرقم")
    engine.dispose()
    notes = run_tabayun(*base, "notes", "list", "--collection", demo, "--json")
    assert notes.returncode == 0, notes.stderr
    (note,) = json.loads(notes.stdout)["notes"]
    assert (note["body"], note["reviewer"], note["article_id"]) == ("راجع الرقم", "سارة", 2)
    assert note["collection_id"] == 1 and note["created"] == note["updated"]
    corrections = run_tabayun(*base, "passages", "list", "--collection", demo, "--json")
    assert corrections.returncode == 0 and json.loads(corrections.stdout) == []
    backup = run_tabayun(*base, "backup", "make")
    assert backup.returncode != 0 and "administrator" in backup.stderr
    assert not (tmp_path / "d" / "tabayun.sqlite3").exists()  # nothing local was made


def test_an_unreachable_server_is_said_plainly(tmp_path: Path) -> None:
    gone = "postgresql+psycopg://nobody@/nothing?host=/nonexistent-socket-folder"
    result = run_tabayun("--data-dir", str(tmp_path / "d"), "--database-url", gone, "info")
    assert result.returncode != 0
    assert "cannot reach the database server" in result.stderr
    assert "Traceback" not in result.stderr


def test_roles_the_server_enforces(pg_url: str, tmp_path: Path) -> None:
    """An editor imports; a reviewer reads and corrects, and is refused an import in words and
    a hand-written UPDATE by the server itself; a revoked reviewer cannot log in."""
    from sqlalchemy.exc import DBAPIError

    admin = ("--data-dir", str(tmp_path / "admin"), "--database-url", pg_url)
    assert run_tabayun(*admin, "server", "init").returncode == 0
    for name, role in (("alice", "reviewer"), ("bob", "editor")):
        assert run_tabayun(*admin, "server", "grant", name, "--role", role).returncode == 0
    listed = json.loads(run_tabayun(*admin, "server", "list", "--json").stdout)["people"]
    assert [(p["name"], p["role"]) for p in listed] == [("alice", "reviewer"), ("bob", "editor")]

    def as_user(name: str) -> tuple[str, ...]:
        url = pg_url.replace("tabayun@", f"{name}@")
        return ("--data-dir", str(tmp_path / name), "--database-url", url)

    seeds = str(Path(__file__).parents[2] / "seeds")  # the demo articles, in the repository
    refused = run_tabayun(*as_user("alice"), "import", seeds, "--collection", "قمة")
    assert refused.returncode != 0
    assert "editor's work" in refused.stderr and "Traceback" not in refused.stderr
    imported = run_tabayun(*as_user("bob"), "import", seeds, "--collection", "قمة")
    assert imported.returncode == 0, imported.stderr
    found = run_tabayun(*as_user("alice"), "stories", "--collection", "قمة", "--find")
    assert found.returncode == 0, found.stderr
    linked = run_tabayun(*as_user("alice"), "passages", "link", "--collection", "قمة",
                         "ويحضر وزير الدفاع", "أهدى كل من", "--reviewer", "alice")  # fmt: skip
    assert linked.returncode == 0, linked.stderr

    alice = make_engine(pg_url.replace("tabayun@", "alice@"))
    with pytest.raises(DBAPIError, match="permission denied"), alice.begin() as conn:
        conn.execute(text("UPDATE articles SET title = 'x'"))
    alice.dispose()
    assert run_tabayun(*admin, "server", "revoke", "alice").returncode == 0
    locked_out = run_tabayun(*as_user("alice"), "info")
    assert locked_out.returncode != 0 and "cannot reach the database server" in locked_out.stderr


def test_a_refusal_reads_as_words_in_the_window() -> None:
    """The window's error text for a server's «permission denied» (SQLSTATE 42501) is the
    role message, not the driver's; other errors pass through."""
    import psycopg
    from sqlalchemy.exc import ProgrammingError

    from ui.tasks import error_text

    denied = ProgrammingError("UPDATE articles …", {}, psycopg.errors.InsufficientPrivilege("no"))
    assert "editor's work" in error_text(denied)
    other = ProgrammingError("SELECT …", {}, psycopg.errors.UndefinedTable("no such table"))
    assert "editor's work" not in error_text(other)


@pytest.mark.parametrize("engine_kind", ["sqlite", "postgresql"])
def test_two_reviewers_editing_one_note_lose_nothing(
    engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Sara and Omar open the same note; Sara saves first; Omar's save is refused with Sara's
    version in the message, and the note keeps Sara's text (nothing is overwritten silently)."""
    from app.review.history import History
    from app.review.notes import NoteChangedError, add_note, edit_note

    if engine_kind == "sqlite":
        engine = make_engine(tmp_path / "t.sqlite3")
    else:
        engine = make_engine(request.getfixturevalue("pg_url"))
    migrate.upgrade(engine)
    sessions = make_session_factory(engine)
    with engine.begin() as conn:
        _article(conn)
    sara, omar = History(sessions, reviewer="سارة"), History(sessions, reviewer="عمر")
    note = add_note(sara, "collection", 1, "المصدر غير مؤكد")
    edit_note(sara, note, "المصدر مؤكد من الوكالة", seen="المصدر غير مؤكد")
    with pytest.raises(NoteChangedError, match="مؤكد من الوكالة"):
        edit_note(omar, note, "المصدر مجهول", seen="المصدر غير مؤكد")
    with engine.connect() as conn:
        body = conn.execute(text("SELECT body FROM notes WHERE id = :i"), {"i": note}).scalar()
    assert body == "المصدر مؤكد من الوكالة"
    edit_note(omar, note, "المصدر مجهول", seen="المصدر مؤكد من الوكالة")  # from the new text
    engine.dispose()


def test_push_to_the_server_and_pull_back(pg_url: str, tmp_path: Path) -> None:
    """A local library (the demo, a second collection, stories, a correction) pushed to a new
    server database whole, used there (an import takes new ids after the copied ones), pulled
    into a new data folder, and checked equal; a second push is refused and changes nothing."""
    seeds = str(Path(__file__).parents[2] / "seeds")  # the demo articles, in the repository
    local = ("--data-dir", str(tmp_path / "local"))
    assert run_tabayun(*local, "import", seeds, "--collection", "نسخة").returncode == 0
    assert run_tabayun(*local, "stories", "--collection", "نسخة", "--find").returncode == 0
    before = json.loads(run_tabayun(*local, "info", "--json").stdout)

    pushed = run_tabayun(*local, "--database-url", pg_url, "server", "push")
    assert pushed.returncode == 0, pushed.stderr
    assert "checked" in pushed.stdout
    again = run_tabayun(*local, "--database-url", pg_url, "server", "push")
    assert again.returncode != 0 and "never merges" in again.stderr

    on_server = ("--data-dir", str(tmp_path / "desk"), "--database-url", pg_url)
    info = json.loads(run_tabayun(*on_server, "info", "--json").stdout)
    assert (info["collections"], info["articles"]) == (before["collections"], before["articles"])
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text("خبر جديد\n\nنص خبر جديد عن القمة الفضائية.", encoding="utf-8")
    added = run_tabayun(*on_server, "import", str(extra), "--collection", "نسخة")
    assert added.returncode == 0, added.stderr  # the sequence was moved past the copied ids

    pulled_dir = ("--data-dir", str(tmp_path / "pulled"))
    pulled = run_tabayun(*pulled_dir, "--database-url", pg_url, "server", "pull")
    assert pulled.returncode == 0, pulled.stderr
    after = json.loads(run_tabayun(*pulled_dir, "info", "--json").stdout)
    assert after["articles"] == before["articles"] + 1
    found = run_tabayun(*pulled_dir, "search", "الفضائية")
    assert found.returncode == 0 and "new" in found.stdout  # the search index was rebuilt


def test_search_on_the_server_finds_what_the_local_search_finds(
    pg_url: str, tmp_path: Path
) -> None:
    """The same folding (letters, diacritics, prefixes) and the same hits on both engines."""
    local = ("--data-dir", str(tmp_path / "local"))
    server = ("--data-dir", str(tmp_path / "server"), "--database-url", pg_url)
    queries = ("بوتين", "للرئيس", "الأقمار الصناعية", "تعهّد", "فوستوشني شويغو", "لاشيء-هنا")
    for query in (*queries, "فضائية", "الكورية وزير"):  # a first letter read both ways
        found = [
            json.loads(run_tabayun(*where, "search", query, "--json").stdout)
            for where in (local, server)
        ]
        titles = [sorted(h["title"] for h in f["hits"]) for f in found]
        assert titles[0] == titles[1], query


def test_a_connection_cut_during_an_import_leaves_nothing_half_done(
    pg_url: str, tmp_path: Path
) -> None:
    """The server cuts the importing connection in the middle (pg_terminate_backend, as a
    network failure or an administrator would): the import says so, and the database holds all
    of it or none of it; the next import works."""
    import subprocess
    import sys
    import time

    from tests.benchmarks.corpus import write_corpus

    folder = tmp_path / "many"
    write_corpus(folder, 3000, seed=3)
    base = ("--data-dir", str(tmp_path / "d"), "--database-url", pg_url)
    assert run_tabayun(*base, "info").returncode == 0  # the schema and the demo, first
    importing = subprocess.Popen(
        [sys.executable, "-m", "ui.launch", *base, "import", str(folder), "--collection", "كثير"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    admin = make_engine(pg_url)
    cut = 0
    deadline = time.monotonic() + 60
    while importing.poll() is None and time.monotonic() < deadline and not cut:
        time.sleep(0.05)
        with admin.begin() as conn:  # the importer's transaction, once it has written
            cut = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    " AND backend_xid IS NOT NULL"
                )
            ).scalar_one()
    _out, err = importing.communicate(timeout=60)
    with admin.connect() as conn:
        held = conn.execute(
            text(
                "SELECT count(*) FROM articles a JOIN collections c ON c.id = a.collection_id"
                " WHERE c.name = 'كثير'"
            )
        ).scalar_one()
    admin.dispose()
    assert cut, "the import ended before its connection could be cut"
    assert importing.returncode != 0 and "Traceback" not in err, err[-500:]
    assert "connection to the database server was lost" in err
    assert held in (0, 3000), held  # all or nothing; here, nothing
    again = run_tabayun(*base, "import", str(folder), "--collection", "كثير")
    assert again.returncode == 0, again.stderr[-500:]


def test_two_first_verdicts_at_once_make_one_passage_group(pg_url: str) -> None:
    """Two reviewers give the first verdict on the same new passage at the same moment (two
    threads, two connections): one passage group, holding both verdicts."""
    import threading

    from app.review.history import History
    from app.review.records import Passage
    from app.review.verdicts import set_verdict

    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        _article(conn)
        conn.execute(
            text(
                "INSERT INTO articles (collection_id, title, text, language, direction,"
                " content_hash, word_count) VALUES (1, 't2', 'نص آخر', 'ar', 'rtl', 'h2', 2)"
            )
        )
    sessions = make_session_factory(engine)
    passages = [Passage(1, 0, 2), Passage(2, 0, 2)]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def give(name: str, value: str) -> None:
        try:
            start.wait()
            set_verdict(History(sessions, reviewer=name), 1, passages, value)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=give, args=a) for a in (("سارة", "agree"), ("عمر", "differ"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    with engine.connect() as conn:
        groups = conn.execute(text("SELECT count(*) FROM passage_groups")).scalar_one()
        verdicts = conn.execute(
            text("SELECT count(DISTINCT group_id), count(*) FROM verdicts")
        ).one()
    engine.dispose()
    assert groups == 1 and tuple(verdicts) == (1, 2)


def test_a_reviewer_on_a_database_not_set_up_is_told_whom_to_ask(
    pg_url: str, tmp_path: Path
) -> None:
    admin = make_engine(pg_url)
    with admin.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'carol'")).first()
        if not exists:
            conn.execute(text("CREATE ROLE carol LOGIN"))
    admin.dispose()
    url = pg_url.replace("tabayun@", "carol@")
    result = run_tabayun("--data-dir", str(tmp_path / "c"), "--database-url", url, "info")
    assert result.returncode != 0 and "tabayun server init" in result.stderr, result.stderr


def test_the_window_listens_again_after_its_connection_is_cut(pg_url: str, tmp_path: Path) -> None:
    """The listening connection is cut (a restart, the network): the listener says so, listens
    again within a few seconds, and the next change made elsewhere still arrives."""
    import time

    from db.notify import Listener

    base = ("--data-dir", str(tmp_path / "other"), "--database-url", pg_url)
    assert run_tabayun(*base, "info").returncode == 0  # the schema and the demo
    heard: list[dict[str, object]] = []
    listener = Listener(pg_url, heard.append)
    listener.start()
    assert listener.ready.wait(10) and listener.error is None
    admin = make_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND query ILIKE 'LISTEN%'"
            )
        )
    admin.dispose()
    deadline = time.monotonic() + 10
    while listener.error is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert listener.error is not None  # it noticed
    while listener.error is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert listener.error is None  # and listens again
    found = run_tabayun(*base, "stories", "--collection", DEMO_COLLECTION_NAME, "--find")
    assert found.returncode == 0, found.stderr
    while not heard and time.monotonic() < deadline + 5:
        time.sleep(0.1)
    listener.stop()
    assert heard and heard[-1]["action"] == "find-stories"
