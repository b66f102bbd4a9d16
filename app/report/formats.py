"""What a report can be: its formats and sections. Light on purpose (no database, no engine), so
the command line's parser and the export dialog read them without loading either."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

FORMATS = ("html", "pdf", "csv", "json", "qdpx")
DATA_FORMATS = ("csv", "json", "qdpx")  # facts, tags, notes, verdicts; no prose sections
PROSE_SECTIONS = ("summary", "coverage", "passages")
SUFFIXES = {"html": ".html", "pdf": ".pdf", "csv": ".csv", "json": ".json", "qdpx": ".qdpx"}
SECTIONS = ("summary", "coverage", "passages", "facts", "verdicts", "tags", "notes")


def sections_for(fmt: str, sections: Sequence[str]) -> tuple[str, ...]:
    """The sections a format can hold: the data formats take no summary, coverage or passages
    (only the facts need the comparison, which is most of the time for a large collection)."""
    if fmt in DATA_FORMATS:
        return tuple(s for s in sections if s not in PROSE_SECTIONS)
    return tuple(sections)


@dataclass(frozen=True)
class ReportOptions:
    """What a report covers: its sections, the articles (none: all) and tags (none: all), and
    the language of its own words."""

    sections: tuple[str, ...] = SECTIONS
    article_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    language: str = "en"  # "en" or "ar"
