"""The schema: migrations build exactly the models, and the database guards itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from db import migrate
from db.migrations.env_filters import include_name
from db.models import Article, Base, ChangeLogEntry, Collection, Note, TextDirection
from db.session import make_engine, make_session_factory, unit_of_work


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = make_engine(tmp_path / "t.sqlite3")
    migrate.upgrade(eng)
    yield eng
    eng.dispose()


def _article(collection_id: int, **overrides: object) -> Article:
    values: dict[str, object] = {
        "collection_id": collection_id,
        "title": "عنوان",
        "text": "نص المقال",
        "language": "ar",
        "direction": TextDirection.RTL,
        "content_hash": "0" * 64,
    }
    values.update(overrides)
    return Article(**values)


def _collection_with_article(engine: Engine) -> int:
    """One collection holding one article, committed; returns the collection id."""
    with unit_of_work(make_session_factory(engine)) as s:
        collection = Collection(name="c")
        s.add(collection)
        s.flush()
        s.add(_article(collection.id))
        return collection.id


def test_empty_database_migrates_to_head(tmp_path: Path) -> None:
    eng = make_engine(tmp_path / "new.sqlite3")
    assert migrate.schema_state(eng)[0] is migrate.SchemaState.EMPTY
    migrate.upgrade(eng)
    assert migrate.current_revision(eng) == migrate.HEAD_REVISION
    assert migrate.schema_state(eng)[0] is migrate.SchemaState.CURRENT
    tables = set(inspect(eng).get_table_names())
    assert set(Base.metadata.tables) <= tables
    eng.dispose()


def test_head_constant_matches_newest_migration() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.HEAD_REVISION]


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            ),
            Base.metadata,
        )
    assert diff == []


def test_downgrade_to_base_and_up_again(engine: Engine) -> None:
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION


def test_pragmas_are_set_on_every_connection(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_foreign_key_violation_is_refused(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), unit_of_work(sessions) as s:
        s.add(_article(collection_id=999))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 0


def test_deleting_a_collection_deletes_its_articles(engine: Engine) -> None:
    _collection_with_article(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM collections"))
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 0


def test_article_text_is_immutable(engine: Engine) -> None:
    _collection_with_article(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE articles SET title = 'new title'"))  # metadata may change
    with pytest.raises(IntegrityError, match="immutable"), engine.begin() as conn:
        conn.execute(text("UPDATE articles SET text = 'changed'"))


def test_change_log_is_append_only(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with unit_of_work(sessions) as s:
        s.add(ChangeLogEntry(action="collection.create", entity="collection", entity_id=1))
    with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE change_log SET action = 'x'"))
    with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM change_log"))


def test_note_needs_exactly_one_target(engine: Engine) -> None:
    sessions = make_session_factory(engine)
    collection_id = _collection_with_article(engine)
    with unit_of_work(sessions) as s:
        s.add(Note(body="ملاحظة", collection_id=collection_id))
    with pytest.raises(IntegrityError, match="CHECK"), unit_of_work(sessions) as s:
        s.add(Note(body="two targets", collection_id=1, article_id=1))
    with pytest.raises(IntegrityError, match="CHECK"), unit_of_work(sessions) as s:
        s.add(Note(body="no target"))


def test_annotation_span_must_be_ordered(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO collections (name) VALUES ('c')"))
        conn.execute(
            text(
                "INSERT INTO articles (collection_id, title, text, language, direction,"
                " content_hash, word_count) VALUES (1, 't', 'text', 'ar', 'rtl', 'h', 1)"
            )
        )
        conn.execute(text("INSERT INTO annotations (article_id, start, end) VALUES (1, 0, 4)"))
        conn.execute(text("INSERT INTO annotations (article_id) VALUES (1)"))  # whole article
    with pytest.raises(IntegrityError, match="CHECK"), engine.begin() as conn:
        conn.execute(text("INSERT INTO annotations (article_id, start, end) VALUES (1, 4, 4)"))
    with pytest.raises(IntegrityError, match="CHECK"), engine.begin() as conn:
        conn.execute(text("INSERT INTO annotations (article_id, start) VALUES (1, 2)"))


def test_schema_state_tells_foreign_and_newer_databases(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    eng = make_engine(foreign)
    assert migrate.schema_state(eng)[0] is migrate.SchemaState.FOREIGN
    eng.dispose()

    newer = tmp_path / "newer.sqlite3"
    eng = make_engine(newer)
    migrate.upgrade(eng)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    assert migrate.schema_state(eng) == (migrate.SchemaState.NEWER, "f00d")
    eng.dispose()


def test_sqlite_magic_check(tmp_path: Path) -> None:
    assert migrate.looks_like_sqlite(tmp_path / "missing.sqlite3")
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert migrate.looks_like_sqlite(empty)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello", encoding="utf-8")
    assert not migrate.looks_like_sqlite(text_file)


def _triggers(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )


def test_every_step_keeps_the_guards(engine: Engine) -> None:
    guards = {"change_log_no_update", "change_log_no_delete", "articles_text_immutable"}
    search = {"article_search_delete"}
    assert _triggers(engine) == guards | search
    migrate.downgrade(engine, "0001")
    assert _triggers(engine) == guards
    migrate.upgrade(engine)
    assert _triggers(engine) == guards | search


def test_a_database_from_revision_0001_upgrades_with_its_data(tmp_path: Path) -> None:
    eng = make_engine(tmp_path / "old.sqlite3")
    migrate.upgrade(eng, "0001")
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO collections (name) VALUES ('قديمة')"))
        conn.execute(
            text(
                "INSERT INTO articles (collection_id, title, text, language, direction,"
                " content_hash, word_count) VALUES (1, 't', 'نص قديم', 'ar', 'rtl', 'h', 2)"
            )
        )
    assert migrate.schema_state(eng) == (migrate.SchemaState.OLDER, "0001")
    migrate.upgrade(eng)
    with eng.connect() as conn:
        row = conn.execute(text("SELECT text, paragraph_directions FROM articles")).one()
    assert row == ("نص قديم", None)
    eng.dispose()


def test_a_corrections_sentences_survive_the_split_migration(tmp_path: Path) -> None:
    """0008 copies passage_edits into a new definition; the drop of the old copy cascades to
    the corrections' sentences, which the migration keeps and puts back."""
    eng = make_engine(tmp_path / "m.sqlite3")
    migrate.upgrade(eng, "0007")
    _collection_with_article(eng)
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO passage_edits (collection_id, kind) VALUES (1, 'link')"))
        for side in (0, 1):
            conn.execute(text(
                "INSERT INTO passage_edit_refs (edit_id, side, article_id, start, \"end\", exact)"
                f" VALUES (1, {side}, 1, {side * 5}, {side * 5 + 4}, 'نص')"
            ))  # fmt: skip
    migrate.upgrade(eng)
    _sentences_kept_and_kind_taken(eng, 2, "split")
    eng.dispose()


def _sentences_kept_and_kind_taken(eng: Engine, refs: int, kind: str) -> None:
    """After a copy of passage_edits: its sentences are all there, ``kind`` is taken and an
    unknown kind refused."""
    with eng.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM passage_edit_refs")).scalar() == refs
        conn.execute(text(f"INSERT INTO passage_edits (collection_id, kind) VALUES (1, '{kind}')"))
        with pytest.raises(IntegrityError):
            conn.execute(text("INSERT INTO passage_edits (collection_id, kind) VALUES (1, 'x')"))


@pytest.mark.parametrize(
    ("before", "kept", "added"),
    [
        # 0013: "checked", a sentence read in the walk with nothing to link
        ("0012", "split", "checked"),
        # 0014: "tie", two sentences linked, each left in its own passage
        ("0013", "checked", "tie"),
    ],
)
def test_a_migration_adds_a_passage_edit_kind_and_keeps_the_rest(
    tmp_path: Path, before: str, kept: str, added: str
) -> None:
    """The migration after ``before`` copies passage_edits into a definition that takes
    ``added``; the corrections and their sentences are kept, and going back takes only those of
    the new kind away."""
    eng = make_engine(tmp_path / "c.sqlite3")
    migrate.upgrade(eng, before)
    _collection_with_article(eng)
    with eng.begin() as conn:
        conn.execute(text(f"INSERT INTO passage_edits (collection_id, kind) VALUES (1, '{kept}')"))
        conn.execute(text(
            "INSERT INTO passage_edit_refs (edit_id, side, article_id, start, \"end\", exact)"
            " VALUES (1, 0, 1, 2, 5, 'نص')"
        ))  # fmt: skip
        with pytest.raises(IntegrityError), conn.begin_nested():  # not yet
            conn.execute(
                text(f"INSERT INTO passage_edits (collection_id, kind) VALUES (1, '{added}')")
            )
    migrate.upgrade(eng)
    _sentences_kept_and_kind_taken(eng, 1, added)
    migrate.downgrade(eng, before)  # the new kind goes, the older one and its sentence stay
    with eng.connect() as conn:
        kinds = conn.execute(text("SELECT kind FROM passage_edits")).scalars().all()
        assert kinds == [kept]
        assert conn.execute(text("SELECT count(*) FROM passage_edit_refs")).scalar() == 1
    eng.dispose()


def test_existing_tags_are_credited_to_their_spans_reviewer(tmp_path: Path) -> None:
    """0009 gives each link of a span to a tag a reviewer and a time: existing links take their
    span's."""
    eng = make_engine(tmp_path / "t.sqlite3")
    migrate.upgrade(eng, "0008")
    _collection_with_article(eng)
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO reviewers (name) VALUES ('سارة')"))
        conn.execute(text("INSERT INTO tags (name, color) VALUES ('رقم', '#E69F00')"))
        conn.execute(text(
            "INSERT INTO annotations (article_id, start, \"end\", exact, reviewer_id, created_at)"
            " VALUES (1, 0, 2, 'نص', 1, '2026-11-30 10:00:00')"
        ))  # fmt: skip
        conn.execute(text("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (1, 1)"))
    migrate.upgrade(eng)
    with eng.connect() as conn:
        row = conn.execute(text("SELECT reviewer_id, created_at FROM annotation_tags")).one()
    assert row[0] == 1 and str(row[1]).startswith("2026-11-30 10:00:00")
    eng.dispose()
