"""Finding a tagged span (or a verdict's passage) again after its article's text changed.

An anchor is stored as code-point offsets plus the exact quote with up to 32 characters either
side. When the text is replaced by a re-import, each anchor is looked for in this order:

1. the same offsets still hold the same quote: kept as it is (anchored);
2. the quote occurs elsewhere, exactly: the occurrence whose surroundings agree best with the
   stored prefix and suffix, nearest the old place on a tie (re-anchored);
3. the quote occurs once the letters are folded (hamza forms, taa marbuta, alef maqsura,
   diacritics and tatweel off, as comparison matches them), mapped back to the stored text
   through the normalised copy's offset map (re-anchored);
4. otherwise it cannot be placed (orphaned): kept, with its quote, and listed for the reviewer;
   never deleted, and tried again on the next re-import.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.review.annotations import quote_selector
from app.text.normalize import NormalisedText, normalise
from db.models import (
    AnchorState,
    Annotation,
    Article,
    FactReviewRef,
    FurnitureSpan,
    MarkOrigin,
    Note,
    PassageEditRef,
    PassageRef,
)

MAX_CANDIDATES = 500  # a quote found more often than this is placed among the first ones


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    state: AnchorState


def _occurrences(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    at = haystack.find(needle)
    while at != -1 and len(found) < MAX_CANDIDATES:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def _common(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> int:
    """How many characters of the stored prefix and suffix still stand beside the span."""
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return _common(before[::-1], anchor.prefix[::-1]) + _common(after, anchor.suffix)


def _best(text: str, spans: list[tuple[int, int]], anchor: Anchor) -> tuple[int, int]:
    return max(
        spans,
        key=lambda s: (_context_score(text, s[0], s[1], anchor), -abs(s[0] - anchor.start)),
    )


class Locator:
    """Places anchors in one new text (its normalised copy is made once, when first needed)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: NormalisedText | None = None

    def place(self, anchor: Anchor) -> Placement:
        text, exact = self.text, anchor.exact
        if not exact:
            return Placement(anchor.start, anchor.end, AnchorState.ORPHANED)
        if text[anchor.start : anchor.end] == exact:
            return Placement(anchor.start, anchor.end, AnchorState.ANCHORED)
        spans = [(at, at + len(exact)) for at in _occurrences(text, exact)]
        if not spans:
            spans = self._folded_spans(exact)
        if not spans:
            return Placement(anchor.start, anchor.end, AnchorState.ORPHANED)
        start, end = _best(text, spans, anchor)
        return Placement(start, end, AnchorState.REANCHORED)

    def _folded_spans(self, exact: str) -> list[tuple[int, int]]:
        needle = normalise(exact).text.strip()
        if not needle:
            return []
        if self._folded is None:
            self._folded = normalise(self.text)
        folded = self._folded
        found = _occurrences(folded.text, needle)
        return [folded.to_original(at, at + len(needle)) for at in found]


@dataclass(frozen=True)
class AnchorReport:
    kept: int = 0
    moved: int = 0
    orphaned: int = 0

    def __add__(self, other: AnchorReport) -> AnchorReport:
        return AnchorReport(
            self.kept + other.kept, self.moved + other.moved, self.orphaned + other.orphaned
        )


def carry_over(session: Session, old_id: int, new_id: int, new_text: str) -> AnchorReport:
    """Move what pointed into article ``old_id`` onto ``new_id``, its new version with
    ``new_text`` (in the caller's transaction).

    Tagged spans are placed on the new text, or kept with their quotes and old offsets and
    marked orphaned; whole-article tags and notes on the article simply move. A verdict passage
    or a furniture mark of the reviewer's that cannot be placed stays on the old version, where
    it still points at its text.
    """
    locator = Locator(new_text)
    counts = dict.fromkeys(AnchorState, 0)
    for annotation in session.scalars(select(Annotation).where(Annotation.article_id == old_id)):
        annotation.article_id = new_id
        if annotation.start is None or annotation.end is None:
            continue  # the whole article
        placed = locator.place(
            Anchor(
                annotation.start,
                annotation.end,
                annotation.exact,
                annotation.prefix,
                annotation.suffix,
            )
        )
        counts[placed.state] += 1
        if placed.state is not AnchorState.ORPHANED:
            _move(annotation, new_text, placed)
        annotation.anchor_state = placed.state
    refs: list[PassageRef | FactReviewRef | PassageEditRef] = [
        *session.scalars(select(PassageRef).where(PassageRef.article_id == old_id)),
        *session.scalars(select(FactReviewRef).where(FactReviewRef.article_id == old_id)),
        *session.scalars(select(PassageEditRef).where(PassageEditRef.article_id == old_id)),
    ]
    for ref in refs:  # verdicts' passages, fact decisions' facts, corrections' sentences
        placed = locator.place(Anchor(ref.start, ref.end, ref.exact, ref.prefix, ref.suffix))
        if placed.state is not AnchorState.ORPHANED:
            ref.article_id = new_id
            _move(ref, new_text, placed)
    old_text = session.scalar(select(Article.text).where(Article.id == old_id)) or ""
    marks = session.scalars(
        select(FurnitureSpan).where(
            FurnitureSpan.article_id == old_id, FurnitureSpan.origin == MarkOrigin.REVIEWER
        )
    )
    for mark in marks:
        placed = locator.place(Anchor(mark.start, mark.end, old_text[mark.start : mark.end]))
        if placed.state is not AnchorState.ORPHANED:
            mark.article_id, mark.start, mark.end = new_id, placed.start, placed.end
    session.execute(update(Note).where(Note.article_id == old_id).values(article_id=new_id))
    session.flush()
    return AnchorReport(
        counts[AnchorState.ANCHORED], counts[AnchorState.REANCHORED], counts[AnchorState.ORPHANED]
    )


def _move(
    row: Annotation | PassageRef | FactReviewRef | PassageEditRef, text: str, placed: Placement
) -> None:
    row.exact, row.prefix, row.suffix = quote_selector(text, placed.start, placed.end)
    row.start, row.end = placed.start, placed.end
