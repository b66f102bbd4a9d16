"""The comparison drawn over the side-by-side panes: support highlights, the focused passage and
its counterparts, and stepping from difference to difference.

It owns no widgets: it is given the panes of the side-by-side view and the engine's result for
exactly those articles, and paints layers of ExtraSelections into their texts.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.views.article_pane import ArticlePane
from ui.views.highlights import fact_format, focus_format, reviewer_format, support_format

if TYPE_CHECKING:  # the engine (numpy, scipy) is imported by the worker that compares
    from app.compare.engine import ComparedSegment, Comparison


class ComparisonOverlay(QObject):
    sig_focused = Signal(int)  # segment id (-1: none)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.panes: list[ArticlePane] = []
        self.by_article: dict[int, list[ComparedSegment]] = {}
        self.starts: dict[int, list[int]] = {}
        self.counterparts: dict[int, list[int]] = {}
        self.focused: int | None = None
        self._check_order: list[int] | None = None  # worked out once per result
        self.checked: list[tuple[int, int, int]] = []  # sentences the reviewer marked checked
        self.support: dict[int, str] = {}  # segment → level as drawn (with the reviewer's checks)
        self._moving = False
        self.aligning = False  # scrolling panes level: synchronised scrolling holds off

    # ------------------------------------------------------------------ result
    def matches(self, panes: list[ArticlePane]) -> bool:
        if self.comparison is None:
            return False
        ids = sorted(a.summary.id for a in self.comparison.articles)
        return ids == sorted(p.article.summary.id for p in panes)

    def apply(self, comparison: Comparison | None, panes: list[ArticlePane]) -> None:
        """Show ``comparison`` over ``panes`` (None clears the highlights)."""
        self.comparison, self.panes, self.focused = comparison, list(panes), None
        self._check_order = None
        self.by_article = defaultdict(list)
        self.counterparts = {}
        if comparison is not None:
            for segment in comparison.segments:
                self.by_article[segment.article].append(segment)
            for group in comparison.groups:
                for member in group:
                    self.counterparts[member] = [m for m in group if m != member]
            for flag in comparison.flags:  # a related passage that counts differently
                a, b = flag.segments
                for one, other in ((a, b), (b, a)):
                    partners = self.counterparts.setdefault(one, [])
                    if other not in partners:
                        partners.append(other)
        self.starts = {a: [s.start for s in segs] for a, segs in self.by_article.items()}
        self.support = {}
        if comparison is not None:
            from app.compare.unsure import support_as_read

            self.support = support_as_read(comparison, self.checked)
        self._draw(focus=True)

    def _draw(self, focus: bool, articles: set[int] | None = None) -> None:
        """The layers of every pane (of ``articles`` only, when given); ``focus``: the focused
        passage's too (cleared)."""
        comparison = self.comparison
        differing = _differing_facts(comparison)
        mine: set[int] = set()
        if comparison is not None:  # the passages a reviewer set, and the sentences they tied
            mine = comparison.reviewer_segments()
            mine |= {end for pair in comparison.reviewer_ties() for end in pair}
        formats = {level: support_format(level) for level in ("all", "some", "unsure", "unique")}
        level = self.support
        for pane in self.panes:
            if articles is not None and pane.article.summary.id not in articles:
                continue
            segments = self.by_article.get(pane.article.summary.id, [])
            pane.text_view.set_layer(
                "support",
                [
                    (s.start, s.end, formats[level[s.id]])
                    for s in segments
                    if level[s.id] in formats
                ],
            )
            facts = differing.get(pane.article.summary.id, [])
            pane.text_view.set_layer(
                "facts", [(start, end, fact_format(status)) for start, end, status in facts]
            )
            pane.text_view.set_layer(
                "reviewer",
                [(s.start, s.end, reviewer_format()) for s in segments if s.id in mine],
            )
            if focus:
                pane.text_view.set_layer("focus", [])
            to_utf16 = pane.text_view.offsets.to_utf16
            overview = [
                (to_utf16(s.start), to_utf16(s.end), level[s.id])
                for s in segments
                if level[s.id] != "none"  # furniture, too few words, a caption: not compared
            ]
            overview += [
                (to_utf16(m.start), to_utf16(m.end), "furniture")
                for m in pane.text_view.furniture
                if m.excluded
            ]
            overview += [(to_utf16(a), to_utf16(b), "fact") for a, b, _status in facts]
            overview.sort(key=lambda span: (span[0], span[2] == "fact"))  # facts over their tint
            pane.overview.set_spans([] if comparison is None else overview)

    # ------------------------------------------------------------------ focus
    def segment_at(self, article_id: int, position: int) -> ComparedSegment | None:
        starts = self.starts.get(article_id)
        if not starts:
            return None
        index = bisect.bisect_right(starts, position) - 1
        if index < 0:
            return None
        segment = self.by_article[article_id][index]
        return segment if segment.start <= position <= segment.end else None

    def caret_moved(self, pane: ArticlePane, position: int) -> None:
        if self._moving:
            return
        segment = self.segment_at(pane.article.summary.id, position)
        if segment is None or segment.furniture:
            self.focus(None)
        elif segment.id != self.focused:
            self.focus(segment.id)

    def focus(self, segment_id: int | None) -> None:
        """Outline ``segment_id`` and its counterparts; bring them level with it."""
        self.focused = segment_id
        if self.comparison is None:
            return
        chosen = (
            set() if segment_id is None else {segment_id, *self.counterparts.get(segment_id, [])}
        )
        source = None if segment_id is None else self.comparison.segments[segment_id]
        for pane in self.panes:
            palette = pane.text_view.palette()
            fmt = focus_format(palette)
            mine = [s for s in self.by_article.get(pane.article.summary.id, []) if s.id in chosen]
            pane.text_view.set_layer("focus", [(s.start, s.end, fmt) for s in mine])
        if source is not None:
            self._align_counterparts(source)
        self.sig_focused.emit(-1 if segment_id is None else segment_id)

    def realign(self) -> None:
        """Bring the focused passage's counterparts level with it again, after the panes
        changed size (the panels opening below them); the passage itself back in view first."""
        if self.comparison is None or self.focused is None:
            return
        source = self.comparison.segments[self.focused]
        home = next((p for p in self.panes if p.article.summary.id == source.article), None)
        if home is None:
            return
        view = home.text_view
        if (
            not 0
            <= view.top_of(source.start)
            < view.viewport().height() - view.fontMetrics().height()
        ):
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + view.top_of(source.start) - view.viewport().height() // 3)
        self._align_counterparts(source)

    def _align_counterparts(self, source: ComparedSegment) -> None:
        home = next((p for p in self.panes if p.article.summary.id == source.article), None)
        if home is None:
            return
        level = home.text_view.top_of(source.start)
        for pane in self.panes:
            if pane is home:
                continue
            mine = [
                s
                for s in self.by_article.get(pane.article.summary.id, [])
                if s.id in self.counterparts.get(source.id, [])
            ]
            if not mine:
                continue
            bar = pane.text_view.verticalScrollBar()
            self.aligning = True
            try:
                bar.setValue(bar.value() + pane.text_view.top_of(mine[0].start) - max(0, level))
            finally:
                self.aligning = False

    # ------------------------------------------------------------------ navigation
    def step(self, pane: ArticlePane | None, forward: bool, kind: str = "difference") -> bool:
        """Move the focus to the next (or previous) difference in ``pane``; False at the end.

        A difference is a passage not carried by every open article (or a sentence the engine
        was unsure of); ``kind`` "unique" steps through the passages only this article
        carries, "flag" through those with a fact flag.
        """
        if pane is None or self.comparison is None:
            return False
        flagged = {i for f in self.comparison.flags for i in f.segments}

        def wanted(segment: ComparedSegment) -> bool:
            if kind == "unique":
                return self.support[segment.id] == "unique"
            if kind == "flag":
                return segment.id in flagged
            return self.support[segment.id] in ("some", "unsure", "unique")

        here = self.position(pane, forward)
        ahead = [
            s
            for s in self.by_article.get(pane.article.summary.id, [])
            if not s.furniture and wanted(s) and (s.start > here if forward else s.start < here)
        ]
        if not ahead:
            return False
        self.reveal((ahead[0] if forward else ahead[-1]).id)
        return True

    def position(self, pane: ArticlePane, forward: bool) -> int:
        """Where a step in ``pane`` starts from: the chosen passage when it is in ``pane``,
        else the caret (a passage starting right at the caret counts as the next)."""
        if self.comparison is not None and self.focused is not None:
            focused = self.comparison.segments[self.focused]
            if focused.article == pane.article.summary.id:
                return focused.start
        caret = pane.text_view.offsets.from_utf16(pane.text_view.textCursor().position())
        return caret - 1 if forward else caret + 1

    def check_order(self) -> list[int]:
        """What the comparison was unsure of, in the order the walk visits it: pane by pane, in
        text order (``app.compare.unsure``), worked out once per result."""
        if self.comparison is None:
            return []
        if self._check_order is None:
            from app.compare.unsure import to_check

            order = [p.article.summary.id for p in self.panes]
            self._check_order = to_check(self.comparison, order, self.checked)
        return self._check_order

    def set_checked(self, checked: list[tuple[int, int, int]]) -> None:
        """The sentences the reviewer marked checked: they leave the walk, and one the engine
        was unsure of is drawn as this outlet's only (``unsure.support_as_read``)."""
        self.checked = list(checked)
        self._check_order = None
        if self.comparison is not None:
            from app.compare.unsure import support_as_read

            support = support_as_read(self.comparison, self.checked)
            changed = {s.article for s in self.comparison.segments
                       if support[s.id] != self.support.get(s.id)}  # fmt: skip
            self.support = support
            if changed:  # one sentence checked: its pane is drawn again, not every pane
                self._draw(focus=False, articles=changed)

    def to_check(self) -> set[int]:
        """``check_order`` as a set: a sentence in no passage with close sentences in other open
        articles, and a passage with close sentences outside it, once each."""
        return set(self.check_order())

    def reveal(self, segment_id: int) -> None:
        """Put the caret at the start of ``segment_id`` in its pane and focus the passage."""
        if self.comparison is None:
            return
        target = self.comparison.segments[segment_id]
        pane = next((p for p in self.panes if p.article.summary.id == target.article), None)
        if pane is None:
            return
        self._moving = True
        try:
            pane.text_view.select_range(target.start, target.start)
            pane.text_view.setFocus()
            # a third of the way down, where the eye starts reading, not at the bottom edge
            bar = pane.text_view.verticalScrollBar()
            third = pane.text_view.viewport().height() // 3
            bar.setValue(bar.value() + pane.text_view.top_of(target.start) - third)
        finally:
            self._moving = False
        self.focus(segment_id)


def _differing_facts(comparison: Comparison | None) -> dict[int, list[tuple[int, int, str]]]:
    """Per article, the spans of the facts in the Facts table's rows that differ, with the
    row's status."""
    found: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    if comparison is None:
        return found
    sheet = comparison.facts
    for question in sheet.disagreements():
        for fact_id in question.facts:
            fact = sheet.fact(fact_id)
            found[fact.article].append((fact.start, fact.end, question.status))
    return found
