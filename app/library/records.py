"""Plain records that cross from the core to its clients (window, CLI, reports).

Kept free of SQLAlchemy so that the window can import them before the database layer loads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from app.text.direction import Direction


@dataclass(frozen=True)
class CollectionSummary:
    id: int
    name: str
    is_demo: bool
    article_count: int


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    collection_id: int
    title: str
    outlet: str | None
    published_on: dt.date | None
    word_count: int
    language: str
    direction: Direction
    original_filename: str | None

    @property
    def label(self) -> str:
        """The outlet, or the file name when the outlet is not known yet."""
        if self.outlet:
            return self.outlet
        return self.file_label

    @property
    def file_label(self) -> str:
        """The file the article came from, without its extension (or its number)."""
        return PurePath(self.original_filename).stem if self.original_filename else f"#{self.id}"

    @property
    def named(self) -> bool:
        """The outlet is known (found at import or named by the reviewer)."""
        return bool(self.outlet)


def outlet_count(articles: Iterable[ArticleSummary]) -> int:
    """How many outlets ``articles`` come from: one per named outlet however many of its
    articles there are, and one per unnamed article (it may be any outlet; never all one)."""
    named: set[str] = set()
    unnamed = 0
    for article in articles:
        if article.outlet:
            named.add(article.outlet)
        else:
            unnamed += 1
    return len(named) + unnamed


@dataclass(frozen=True)
class FurnitureMark:
    """A span of page furniture; ``excluded`` spans are dimmed and left out of comparison."""

    id: int
    start: int  # code points
    end: int
    kind: str
    origin: str  # "detected" or "reviewer"
    excluded: bool


@dataclass(frozen=True)
class ArticleDocument:
    summary: ArticleSummary
    text: str
    furniture: tuple[FurnitureMark, ...] = ()
    paragraph_directions: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Counts:
    collections: int
    outlets: int
    articles: int


@dataclass(frozen=True)
class SearchHit:
    article: ArticleSummary
    snippet: str  # a piece of the original text
    highlights: tuple[tuple[int, int], ...]  # offsets into ``snippet``
    match_start: int  # first match, code points into the article text
    match_end: int
    match_count: int


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int  # articles that match, of which ``hits`` are the best ``limit``
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class StorySummary:
    id: int
    collection_id: int
    name: str
    by_reviewer: bool
    article_ids: tuple[int, ...]


@dataclass(frozen=True)
class FoundStories:
    stories: int  # stories of two articles or more, stored
    grouped: int  # articles in them
    kept: int  # the reviewer's stories, left as they were
    articles: int  # articles read
