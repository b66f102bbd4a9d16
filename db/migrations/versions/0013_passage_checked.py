"""passage edits may mark a sentence checked

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 21:40:00

The kind's CHECK constraint gains "checked" (one ref: a sentence the reviewer read in the walk
through what the comparison was not sure of, with nothing to link). The table is copied into
its new definition as 0008 does it, the corrections' sentences kept and put back.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0008 = importlib.import_module("db.migrations.versions.0008_passage_split")
BEFORE = ("link", "unlink", "split")


def upgrade() -> None:
    _0008._recreate(BEFORE, (*BEFORE, "checked"))


def downgrade() -> None:
    op.execute("DELETE FROM passage_edits WHERE kind = 'checked'")
    _0008._recreate((*BEFORE, "checked"), BEFORE)
