"""Part of a sentence that says what another article's sentence says: split there, then link.

A sentence belongs to one passage. When it carries two claims (a pledge and what it was asked,
a toll and the place), it is linked with the outlets that report one of them and apart from
those that report the other; on six hand-labelled sets of real coverage, 81 % of the same-claim
pairs the engine missed had such a sentence on one side. The engine does not cut sentences on a
guess (links between clauses cost a tenth of the links' precision), so it offers the cut to the
reviewer instead: a part of the sentence (cut after a comma or colon, each side keeping
``MIN_WORDS`` words) whose wording is closer to another article's sentence than the whole
sentence's is (``MARGIN`` above it, ``FLOOR`` or more), the part's best in that article, not
already in one passage with it, and sharing with it a word that fewer than ``COMMON`` of the
articles around carry (not only the story's names and place). Taking the offer stores a split
and a link, as the reviewer would by hand (``app.review.passage_edits.split_and_link``).

Measured on three hand-labelled sets (the seeds, Istiklal, Beirut) with a simulated reviewer
who takes an offer only when it is right and cuts a sentence once: the walk ends at 0.62 of
the same-claim pairs together with these rules (31 offers, 26 right), at 0.63 without the
common-words test (70 offers, 38 right: twice the reading for the same end), at 0.63–0.64 with
a floor of 0.25 or 0.2 (91 and 101 offers), at 0.57 with a margin of 0.1.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from app.compare.stages import Scores, Segmented
    from app.compare.vectors import Vectors

FLOOR = 0.3
MARGIN = 0.05
MIN_WORDS = 4
PER_SENTENCE = 2
BLOCK = 256  # parts scored at once
COMMON = 0.8  # a word this share of the articles around a sentence carry is common ground
_CUT = re.compile(r"[،,:؛;]\s+")


class _CommonWords:
    """The story's common ground: a word that ``COMMON`` of the articles around a sentence
    carry (those it has candidate pairs in, and its own) links nothing by itself. Each
    article's words are gathered when first asked (few offers reach this test)."""

    def __init__(self, segmented: Segmented, partners: Mapping[int, list[tuple[int, float]]]):
        self.segmented = segmented
        self.partners = partners
        self.keys: dict[int, set[str]] = {}
        self.segments_of: dict[int, list[int]] = {}
        for segment in segmented.segments:
            if segmented.usable[segment.id] and not segment.furniture:
                self.segments_of.setdefault(segment.article_id, []).append(segment.id)

    def _article_keys(self, article: int) -> set[str]:
        if article not in self.keys:
            from app.compare.match import match_key  # a word's key is its stem's

            tokens = self.segmented.tokens
            stems = {t.stem for s in self.segments_of.get(article, ()) for t in tokens[s]}
            self.keys[article] = {match_key(stem) for stem in stems}
        return self.keys[article]

    def beyond(self, segment_id: int, offer: PartOffer) -> bool:
        """The part and the other sentence share a word (of three letters or more) that fewer
        than ``COMMON`` of the articles around the sentence carry."""
        article_of = self.segmented.article_of
        around = {article_of[b] for b, _score in self.partners[segment_id]}
        around.add(article_of[segment_id])
        tokens = self.segmented.tokens
        part = {
            t.match
            for t in tokens[segment_id]
            if (t.end <= offer.cut if offer.head else t.start >= offer.cut)
        }
        shared = {k for k in part & {t.match for t in tokens[offer.other]} if len(k) > 2}
        limit = COMMON * len(around)
        return any(sum(1 for a in around if key in self._article_keys(a)) < limit for key in shared)


@dataclass(frozen=True, slots=True)
class PartOffer:
    cut: int  # where the sentence splits: the first character of its second part (article offsets)
    head: bool  # the part before the cut is the one that matches (else the part after it)
    other: int  # the other article's sentence
    score: float  # the part's cosine with it
    whole: float  # the whole sentence's

    def pieces(self, text: str, start: int) -> tuple[str, str]:
        """The sentence (``text``, at ``start`` in its article) before the cut and from it."""
        return text[: self.cut - start], text[self.cut - start :]


def cuts(text: str, start: int, words: Sequence[tuple[int, int]]) -> list[int]:
    """Where a sentence (``text`` at ``start``; ``words``: its words' spans) can be split: after
    a comma, semicolon or colon, with ``MIN_WORDS`` words or more on each side."""
    found = []
    for match in _CUT.finditer(text):
        at = start + match.end()
        before = sum(1 for _s, e in words if e <= at)
        if before >= MIN_WORDS and len(words) - before >= MIN_WORDS:
            found.append(at)
    return found


def _introduces(text: str, cut: int) -> bool:
    """The part before ``cut`` ends with a colon: it introduces what follows («ورد على بوتين
    بقوله إن:») and says nothing alone, so it is not offered (what follows may be)."""
    return text[:cut].rstrip().endswith(":")


def part_offers(
    segmented: Segmented,
    vectors: Vectors,
    scores: Scores,
    groups: Sequence[Sequence[int]],
) -> Mapping[int, tuple[PartOffer, ...]]:
    """Each sentence with a part worth splitting off → its ``PER_SENTENCE`` best offers."""
    group_of = {s: g for g, members in enumerate(groups) for s in members}
    partners: dict[int, list[tuple[int, float]]] = {}
    outside: set[int] = set()  # with a candidate outside its passage: the others offer nothing
    for (a, b), score in scores.items():
        partners.setdefault(a, []).append((b, score))
        partners.setdefault(b, []).append((a, score))
        if group_of.get(a, -1) != group_of.get(b, -2):
            outside.update((a, b))
    parts: list[tuple[int, int, bool]] = []  # segment, cut, head
    words = []
    for segment in segmented.segments:
        if segment.furniture or not segmented.usable[segment.id] or segment.id not in outside:
            continue
        tokens = segmented.tokens[segment.id]
        spans = [(t.start, t.end) for t in tokens]
        for at in cuts(segment.text, segment.start, spans):
            if not _introduces(segment.text, at - segment.start):
                parts.append((segment.id, at, True))
                words.append([t for t in tokens if t.end <= at])
            parts.append((segment.id, at, False))
            words.append([t for t in tokens if t.start >= at])
    if not parts:
        return {}
    rows = vectors.rows(words)
    counts = [len(partners[segment_id]) for segment_id, _at, _head in parts]
    part_of = np.repeat(np.arange(len(parts), dtype=np.int64), counts)
    other_of = np.fromiter(
        (b for segment_id, _at, _head in parts for b, _score in partners[segment_id]),
        dtype=np.int64,
        count=len(part_of),
    )
    cosine_of = np.zeros(len(part_of))
    bounds = np.r_[0, np.cumsum(counts)]
    for start in range(0, len(parts), BLOCK):  # parts × the union of their partners, a block
        end = min(start + BLOCK, len(parts))
        pairs = slice(bounds[start], bounds[end])
        union, where = np.unique(other_of[pairs], return_inverse=True)
        block = (rows[start:end] @ vectors.matrix[union].T).toarray()
        cosine_of[pairs] = block[part_of[pairs] - start, where]
    article_of = np.asarray(segmented.article_of, dtype=np.int64)[other_of]
    # each part's best sentence in each other article: the first of its run, best first
    order = np.lexsort((other_of, -cosine_of, article_of, part_of))
    keep = np.ones(len(order), dtype=bool)
    runs = part_of[order] * (int(article_of.max()) + 1) + article_of[order]
    keep[1:] = runs[1:] != runs[:-1]
    chosen = order[keep & (cosine_of[order] >= FLOOR)]
    best: dict[tuple[int, int], PartOffer] = {}  # (segment, other sentence) → its best cut
    for row, other, cosine in zip(
        part_of[chosen].tolist(), other_of[chosen].tolist(), cosine_of[chosen].tolist(), strict=True
    ):
        segment_id, at, head = parts[row]
        if group_of.get(segment_id, -1) == group_of.get(other, -2):
            continue  # its best there is in its passage already
        whole = scores[(min(segment_id, other), max(segment_id, other))]
        key = (segment_id, other)
        if cosine >= whole + MARGIN and (key not in best or cosine > best[key].score):
            best[key] = PartOffer(at, head, other, round(cosine, 4), round(whole, 4))
    found: dict[int, list[PartOffer]] = {}
    common = _CommonWords(segmented, partners)
    for (segment_id, _other), offer in best.items():
        if common.beyond(segment_id, offer):
            found.setdefault(segment_id, []).append(offer)
    return {
        s: tuple(sorted(offers, key=lambda o: (-o.score, o.other, o.cut))[:PER_SENTENCE])
        for s, offers in sorted(found.items())
    }
