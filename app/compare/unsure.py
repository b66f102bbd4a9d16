"""What the comparison was not sure of, in the order a reviewer walks it (issue 17).

A sentence in no passage that has close sentences in other articles (``Comparison.closest``),
and a passage with close sentences outside it, are "to check": the engine did not link them, but
something near them might say the same. Each is visited once (a passage at its version in the
first article of ``article_order`` that carries it), article by article, in text order. The
window walks them with Review → Next Sentence to Check; ``tabayun passages check`` lists them.
Pure data: no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine (numpy, scipy) is imported by whoever compared
    from app.compare.engine import Comparison


def to_check(comparison: Comparison, article_order: Sequence[int]) -> list[int]:
    """Segment ids to check, in walking order: articles in ``article_order`` (those not in it
    are left out, with their sentences as offers), each in text order."""
    place = {article: n for n, article in enumerate(article_order)}
    segments = comparison.segments
    found: set[int] = set()
    seen: set[int] = set()
    for segment_id, offers in comparison.closest.items():
        segment = segments[segment_id]
        if segment.furniture or segment.article not in place:
            continue
        if not any(segments[o].article in place for o, _ in offers):
            continue
        if segment.group is None:
            found.add(segment_id)
        elif segment.group not in seen:
            seen.add(segment.group)
            shown = [m for m in comparison.groups[segment.group] if segments[m].article in place]
            found.add(min(shown, key=lambda m: (place[segments[m].article], segments[m].start)))
    return sorted(found, key=lambda i: (place[segments[i].article], segments[i].start))
