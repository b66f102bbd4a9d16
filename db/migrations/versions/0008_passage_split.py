"""passage edits may split a sentence

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 19:32:00

The kind's CHECK constraint gains "split". SQLite cannot alter a constraint: the table is
copied into the new definition (given whole, so nothing depends on reflecting constraints), and
the corrections' sentences, which the copy's drop would cascade away, are kept and put back.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _table(kinds: tuple[str, ...]) -> sa.Table:
    return sa.Table(
        "passage_edits",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collection_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                *kinds,
                name="passage_edit_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["collection_id"],
            ["collections.id"],
            name="fk_passage_edits_collection_id_collections",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["reviewers.id"],
            name="fk_passage_edits_reviewer_id_reviewers",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_passage_edits"),
        sa.Index("ix_passage_edits_collection_id", "collection_id"),
    )


_REFS = sa.table(
    "passage_edit_refs",
    *(sa.column(name) for name in (
        "id", "edit_id", "side", "article_id", "start", "end", "exact", "prefix", "suffix",
    )),
)  # fmt: skip


def _recreate(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    """Copy the table into its new definition. Dropping the old copy deletes its corrections'
    sentences through their ON DELETE CASCADE (foreign keys are on, and cannot be turned off
    inside the migration's transaction): they are kept aside and put back."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":  # a server alters the constraint in place
        op.drop_constraint(
            op.f("ck_passage_edits_passage_edit_kind"), "passage_edits", type_="check"
        )
        listed = ", ".join(f"'{kind}'" for kind in new)
        op.create_check_constraint(
            op.f("ck_passage_edits_passage_edit_kind"), "passage_edits", f"kind IN ({listed})"
        )
        return
    kept = [dict(row) for row in bind.execute(sa.select(_REFS)).mappings()]
    with op.batch_alter_table(
        "passage_edits", copy_from=_table(old), recreate="always"
    ) as batch_op:
        batch_op.alter_column(
            "kind",
            existing_type=sa.Enum(*old, name="passage_edit_kind", native_enum=False, length=20),
            type_=sa.Enum(
                *new, name="passage_edit_kind", native_enum=False, create_constraint=True,
                length=20,
            ),
            existing_nullable=False,
        )  # fmt: skip
    bind.execute(sa.delete(_REFS))
    if kept:
        bind.execute(sa.insert(_REFS), kept)


def upgrade() -> None:
    _recreate(("link", "unlink"), ("link", "unlink", "split"))


def downgrade() -> None:
    op.execute("DELETE FROM passage_edits WHERE kind = 'split'")
    _recreate(("link", "unlink", "split"), ("link", "unlink"))
