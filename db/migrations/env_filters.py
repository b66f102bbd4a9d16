"""What Alembic's autogenerate compares (shared by env.py and the schema tests)."""

from __future__ import annotations


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """The FTS5 search table and its shadow tables are made by hand in migration 0003."""
    return not (type_ == "table" and name is not None and name.startswith("article_search"))
