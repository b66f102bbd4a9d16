"""who applied each tag: a reviewer and a time on each link of a span to a tag

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:30:00

A second reviewer's tag on the first reviewer's span was credited to the first (only the span
knew a reviewer). Existing links take their span's reviewer and time.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("annotation_tags", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewer_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_annotation_tags_reviewer_id_reviewers"),
            "reviewers",
            ["reviewer_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.execute(
        "UPDATE annotation_tags SET reviewer_id = (SELECT reviewer_id FROM annotations"
        " WHERE annotations.id = annotation_tags.annotation_id),"
        " created_at = (SELECT created_at FROM annotations"
        " WHERE annotations.id = annotation_tags.annotation_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("annotation_tags", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_annotation_tags_reviewer_id_reviewers"), type_="foreignkey"
        )
        batch_op.drop_column("created_at")
        batch_op.drop_column("reviewer_id")
