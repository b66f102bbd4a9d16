"""What the comparison was not sure of, in the order a reviewer walks it (issue 17).

A sentence in no passage that has close sentences in other articles (``Comparison.closest``),
a passage with close sentences outside it, and a sentence with a part closer to another
article's sentence than the whole (``Comparison.parts``: to split and link) are "to check": the
engine did not link them, but something near them might say the same. Each is visited once (a
passage at its version in the first article of ``article_order`` that carries it), article by
article, in text order. The window walks them with Review → Next Sentence to Check;
``tabayun passages check`` lists them.
A sentence the reviewer marked checked (read, nothing to link) is done. Pure data: no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.compare.corrections import Correction, Span, segment_at
from app.text.direction import Direction, dominant_direction

if TYPE_CHECKING:  # the engine (numpy, scipy) is imported by whoever compared
    from app.compare.engine import Comparison


def to_check(
    comparison: Comparison,
    article_order: Sequence[int],
    checked: Sequence[Span] = (),
    parts: bool = True,
) -> list[int]:
    """Segment ids to check, in walking order: articles in ``article_order`` (those not in it
    are left out, with their sentences as offers), each in text order. ``checked``: sentences
    the reviewer marked as read with nothing to link (article, start, end, as stored: each
    names the segment that overlaps it most today); a passage with one of them is done too.
    ``parts``: the sentences with parts to split off are visited too (each at itself)."""
    place = {article: n for n, article in enumerate(article_order)}
    segments = comparison.segments
    done = checked_segments(comparison, checked)
    found: set[int] = set()
    seen = {g for i in done if (g := segments[i].group) is not None}  # passages done
    for segment_id, offers in comparison.closest.items():
        segment = segments[segment_id]
        if segment.furniture or segment.article not in place:
            continue
        if not any(segments[o].article in place for o, _ in offers):
            continue
        if segment.group is None:
            if segment_id not in done:
                found.add(segment_id)
        elif segment.group not in seen:
            seen.add(segment.group)
            shown = [m for m in comparison.groups[segment.group] if segments[m].article in place]
            found.add(min(shown, key=lambda m: (place[segments[m].article], segments[m].start)))
    for segment_id, split_offers in comparison.parts.items() if parts else ():
        # a part of it says what another sentence says: visited at itself, to split and link
        here = segments[segment_id].article in place and segment_id not in done
        if here and any(segments[o.other].article in place for o in split_offers):
            found.add(segment_id)
    return sorted(found, key=lambda i: (place[segments[i].article], segments[i].start))


def checked_segments(comparison: Comparison, checked: Sequence[Span]) -> set[int]:
    """The segments the reviewer's ``checked`` marks name: each mark, the sentence of its own
    article that overlaps it most today."""
    by_article: dict[int, list[Span]] = {}
    ids: dict[int, list[int]] = {}
    for s in comparison.segments:
        by_article.setdefault(s.article, []).append((s.article, s.start, s.end))
        ids.setdefault(s.article, []).append(s.id)
    return {
        ids[span[0]][i]
        for span in checked
        if (i := segment_at(by_article.get(span[0], []), span)) is not None
    }


def support_as_read(comparison: Comparison, checked: Sequence[Span]) -> dict[int, str]:
    """Each segment's support level with the reviewer's reading: a sentence the engine was
    unsure of ("unsure": close to another article's sentence, in no passage) that the reviewer
    marked checked (read, nothing to link) is carried by this outlet only."""
    done = checked_segments(comparison, checked) if checked else set()
    return {
        s.id: "unique" if s.support == "unsure" and s.id in done else s.support
        for s in comparison.segments
    }


def checked_of(corrections: Sequence[Correction]) -> list[Span]:
    """The sentences the reviewer marked checked (read, nothing to link), from the corrections
    as the engine takes them."""
    return [(c[1], c[2], c[3]) for c in corrections if c[0] == "checked"]


def main_direction(directions: Sequence[str]) -> Direction | None:
    """The writing direction most articles of a collection have (None for no articles)."""
    rtl = sum(d == "rtl" for d in directions)
    return None if not directions else ("rtl" if 2 * rtl >= len(directions) else "ltr")


def in_other_script(text: str, main: Direction | None) -> bool:
    """``text`` is written mostly in the script of the other direction than most of the
    collection: a tweet quoted in German or English inside Arabic articles. Our matching is
    word for word, so nothing in the other articles can come close to it, and "this outlet
    only" would be a guess (read on real coverage: the five German sentences of Scholz's tweet
    quoted by one outlet, whose Arabic versions four others carry)."""
    return main is not None and dominant_direction(text, main) != main


def written_apart(comparison: Comparison, segment_id: int) -> bool:
    """The sentence is "not sure" because of its script: nothing came close to it, and it is
    written in the other script than most of the articles (what the Passage panel and
    ``tabayun passages offers`` say of it)."""
    if comparison.closest.get(segment_id):
        return False
    main = main_direction([a.summary.direction for a in comparison.articles])
    return in_other_script(comparison.segments[segment_id].text, main)
