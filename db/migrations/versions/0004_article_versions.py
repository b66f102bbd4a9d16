"""article versions: a re-imported, changed article replaces the old one, which is kept

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 09:52:10.109843
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _restore_guards() -> None:
    """A new foreign key (or a dropped column) makes SQLite batch mode rebuild the table, which
    loses its triggers."""
    if op.get_bind().dialect.name != "sqlite":
        return
    initial = importlib.import_module("db.migrations.versions.0001_initial_review_schema")
    guard = initial.GUARDS["articles_text_immutable"]
    op.execute(f"CREATE TRIGGER IF NOT EXISTS articles_text_immutable {guard}")
    if (
        op.get_bind()
        .exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'article_search'")
        .first()
    ):
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS article_search_delete AFTER DELETE ON articles BEGIN "
            "DELETE FROM article_search WHERE rowid = OLD.id; END"
        )


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaced_by_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_articles_replaced_by_id"), ["replaced_by_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_articles_replaced_by_id_articles"),
            "articles",
            ["replaced_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _restore_guards()


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_articles_replaced_by_id_articles"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_articles_replaced_by_id"))
        batch_op.drop_column("replaced_by_id")
    _restore_guards()
