"""passage edits may link two sentences without merging their passages

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 18:40:00

The kind's CHECK constraint gains "tie" (two sentences that say the same, each left in its own
passage: a link between two passages, not a merge). The table is copied into its new
definition as 0008 does it, the corrections' sentences kept and put back.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0008 = importlib.import_module("db.migrations.versions.0008_passage_split")
BEFORE = ("link", "unlink", "split", "checked")


def upgrade() -> None:
    _0008._recreate(BEFORE, (*BEFORE, "tie"))


def downgrade() -> None:
    op.execute("DELETE FROM passage_edits WHERE kind = 'tie'")  # their sentences go with them
    _0008._recreate((*BEFORE, "tie"), BEFORE)
