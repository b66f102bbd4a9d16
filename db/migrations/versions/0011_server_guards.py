"""the database's own guards on PostgreSQL: an article's text is immutable, the change log is
append-only

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 11:00:00

SQLite has had them since 0001 (triggers that RAISE(ABORT)); a server gets the same rules as
PL/pgSQL trigger functions, with the same words in the error, so a hand-written UPDATE is
refused there too. Nothing changes on SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTIONS = {
    "tabayun_append_only": "RAISE EXCEPTION 'the change log is append-only' "
    "USING ERRCODE = 'integrity_constraint_violation';",
    "tabayun_text_immutable": "IF NEW.text IS DISTINCT FROM OLD.text THEN RAISE EXCEPTION "
    "'an article text is immutable; import a new version instead' "
    "USING ERRCODE = 'integrity_constraint_violation'; END IF; RETURN NEW;",
}
TRIGGERS = {
    "change_log_no_update": ("BEFORE UPDATE ON change_log", "tabayun_append_only"),
    "change_log_no_delete": ("BEFORE DELETE ON change_log", "tabayun_append_only"),
    "articles_text_immutable": ("BEFORE UPDATE OF text ON articles", "tabayun_text_immutable"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, body in FUNCTIONS.items():
        op.execute(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {body} END $$"
        )
    for name, (when, function) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {function}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, (when, _function) in TRIGGERS.items():
        table = when.split(" ON ")[1]
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for name in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
