"""What a reader makes of a file before anything is stored: one draft per article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class ArticleDraft:
    """An article as read from a file; metadata fields are None when the file does not say."""

    source: Path
    text: str  # exactly as decoded, line endings unified to \n
    format: str  # txt, md, html, docx, json, jsonl
    encoding: str | None  # None for formats that carry their own (docx)
    encoding_confident: bool = True  # False: a legacy code page was guessed
    record: int | None = None  # position of the record in a .json / .jsonl file
    title: str | None = None
    outlet: str | None = None
    outlet_origin: str | None = None  # OutletOrigin: page, record, front-matter (None: page)
    published_on: dt.date | None = None
    date_origin: str | None = None  # file, front-matter; "weak": a guess (a template's date)
    author: str | None = None
    url: str | None = None
    paragraph_directions: tuple[str, ...] | None = None  # per line, when the file says (docx)
    # Furniture the reader knows from the file's structure (a PDF's running headers and page
    # numbers, an e-mail's headers): (start, end, kind) in code points into ``text``.
    marks: tuple[tuple[int, int, str], ...] = ()
    name: str | None = None  # what to call it instead of the file name (a web address)
    problem: object = None  # a str or Message: this part of the file could not be read

    @property
    def label(self) -> str:
        """The name (a web address), else the file name with the record number."""
        if self.name:
            return self.name
        return self.source.name if self.record is None else f"{self.source.name} #{self.record + 1}"

    def with_metadata(self, **values: object) -> ArticleDraft:
        """Fill fields the file itself left empty (never overwrite what it said)."""
        missing = {k: v for k, v in values.items() if v and getattr(self, k) in (None, "")}
        return replace(self, **missing) if missing else self  # type: ignore[arg-type]


def parse_date(value: object) -> dt.date | None:
    """A date from metadata: ISO (with or without time), or anything app.text.dates reads."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        from app.text.dates import first_date

        return first_date(text)
