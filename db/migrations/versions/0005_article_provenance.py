"""article provenance: where the outlet and date came from, author and place; outlet aliases

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("outlet_origin", sa.String(length=20)),
    ("outlet_evidence", sa.Text()),
    ("date_origin", sa.String(length=20)),
    ("author", sa.String(length=300)),
    ("place", sa.String(length=200)),
)


def _restore_guards() -> None:
    previous = importlib.import_module("db.migrations.versions.0004_article_versions")
    previous._restore_guards()


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for name, kind in _COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    op.create_table(
        "source_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_aliases_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_aliases")),
        sa.UniqueConstraint("name", name=op.f("uq_source_aliases_name")),
    )
    with op.batch_alter_table("source_aliases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_source_aliases_source_id"), ["source_id"], unique=False
        )
    _restore_guards()


def downgrade() -> None:
    with op.batch_alter_table("source_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_aliases_source_id"))
    op.drop_table("source_aliases")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for name, _kind in reversed(_COLUMNS):
            batch_op.drop_column(name)
    _restore_guards()
