"""the search index on PostgreSQL: one tsvector of match keys per article, under a GIN index

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 11:30:00

SQLite keeps its FTS5 table (0003). On a server the portable ``search_terms`` table answered a
query by grouping every row of every term; a ``tsvector`` of the same match keys (the program
folds letters, diacritics and prefixes before they reach the server, so the ``simple``
configuration only splits words) answers it from the GIN index. Existing articles are indexed
again by the program when it finds the index short (``ensure_index``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE article_search_pg ("
        " article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,"
        " keys tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX article_search_pg_keys ON article_search_pg USING gin (keys)")
    op.execute("DELETE FROM search_terms")  # the program fills the new index instead


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS article_search_pg")
