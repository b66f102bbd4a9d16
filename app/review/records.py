"""Plain records of the review (tags, tagged spans, notes, verdicts), and the small helpers that
read them. Free of the database layer, so the window can show and type them before SQLAlchemy is
imported; the modules beside this one fill them from the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class AnnotationRecord:
    id: int
    article_id: int
    start: int | None  # code points; None for the whole article
    end: int | None
    exact: str
    prefix: str
    suffix: str
    anchor_state: str  # anchored, reanchored, orphaned
    tag_ids: tuple[int, ...]
    note_count: int
    reviewer: str
    created_at: dt.datetime
    updated_at: dt.datetime
    # who applied each tag (tag id, reviewer name): a second reviewer may tag the first's span
    tag_reviewers: tuple[tuple[int, str], ...] = ()

    def tagged_by(self, tag_id: int) -> str:
        """The reviewer who applied ``tag_id`` (the span's reviewer when not recorded)."""
        return next((name for t, name in self.tag_reviewers if t == tag_id and name), self.reviewer)

    @property
    def whole_article(self) -> bool:
        return self.start is None


# Okabe–Ito, then a few more that stay apart from it: new tags take the next unused colour.
PALETTE = (
    "#0072B2", "#009E73", "#E69F00", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#7F3C8D",
    "#11A579", "#3969AC", "#E73F74", "#80BA5A",
)  # fmt: skip


@dataclass(frozen=True)
class TagRecord:
    id: int
    parent_id: int | None
    name: str
    name_alt: str  # the name in the other language ("Claim" beside «ادعاء»)
    color: str
    description: str
    shortcut: int | None
    position: int
    uses: int  # spans and articles tagged with it

    @property
    def label(self) -> str:
        return f"{self.name} · {self.name_alt}" if self.name_alt else self.name


def tag_tree_order(tags: list[TagRecord]) -> list[tuple[int, TagRecord]]:
    """(depth, tag) in reading order: each tag followed by its children."""
    children: dict[int | None, list[TagRecord]] = {}
    for tag in tags:
        children.setdefault(tag.parent_id, []).append(tag)
    out: list[tuple[int, TagRecord]] = []

    def walk(parent: int | None, depth: int) -> None:
        for tag in children.get(parent, []):
            out.append((depth, tag))
            walk(tag.id, depth + 1)

    walk(None, 0)
    return out


TargetKind = Literal["collection", "article", "annotation", "group"]


@dataclass(frozen=True)
class NoteRecord:
    id: int
    body: str
    target: TargetKind
    target_id: int
    collection_id: int | None  # the collection the note belongs to, whatever its target
    article_id: int | None  # for notes on an article or on one of its spans
    reviewer: str
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def edited(self) -> bool:
        """Changed after it was written (earlier versions stored a new note's two times a few
        microseconds apart: a second's grace)."""
        return self.updated_at - self.created_at > dt.timedelta(seconds=1)


@dataclass(frozen=True, order=True)
class Passage:
    article_id: int
    start: int  # code points into the stored text
    end: int


@dataclass(frozen=True)
class VerdictRecord:
    id: int
    group_id: int
    value: str  # agree, differ, contradict, unclear
    comment: str
    reviewer: str
    passages: tuple[Passage, ...]
    quotes: tuple[str, ...]  # each passage's text, in the same order
    updated_at: dt.datetime


@dataclass(frozen=True)
class FactRef:
    """A fact a decision is about: where it is, and its words."""

    article_id: int
    start: int
    end: int


@dataclass(frozen=True)
class FactReviewRecord:
    id: int
    question: str  # the question's id when the decision was made
    label: str
    decision: str  # confirmed, dismissed, reclassified
    status: str  # the status given when reclassified
    comment: str
    reviewer: str
    facts: tuple[FactRef, ...]
    quotes: tuple[str, ...]
    updated_at: dt.datetime


def shorten(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters: a quote inside a change's label."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class PassageEditRecord:
    """A reviewer's correction to the passages: ``link`` puts the two sentences in one passage,
    ``unlink`` takes the first out of the passage it shares with the second."""

    id: int
    kind: str
    reviewer: str
    first: FactRef  # a sentence: article and offsets
    second: FactRef
    quotes: tuple[str, str]
    created_at: dt.datetime

    @property
    def correction(self) -> tuple[str, int, int, int, int, int, int]:
        """As the comparison engine takes it (app.compare.corrections)."""
        a, b = self.first, self.second
        return (self.kind, a.article_id, a.start, a.end, b.article_id, b.start, b.end)
