"""The reviewer's corrections to the passages, from the panes: click a passage in one article,
right-click a sentence of another, and link it to the chosen passage or take it out of it.

Corrections are written through the tagging controller's one writer (History: undoable, in the
History panel), and the comparison runs again with them (``app.compare.corrections``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.icons import icon

if TYPE_CHECKING:
    from app.compare.engine import ComparedSegment, Comparison
    from ui.comparison import ComparisonController
    from ui.tagging import TaggingController
    from ui.views.article_pane import ArticlePane


class PassageEditsController(QObject):
    def __init__(
        self, comparison: ComparisonController, tagging: TaggingController, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.tagging = tagging
        self.view = comparison.view
        self.view.sig_articles_changed.connect(lambda _ids: self._hook_panes())
        tagging.sig_changed.connect(comparison.corrections_changed)
        comparison.panel.sig_show.connect(self.view.reveal)
        comparison.panel.sig_link.connect(self.link_closest)
        comparison.panel.sig_tie.connect(self.tie_closest)
        comparison.panel.sig_split_link.connect(self.split_and_link)
        comparison.sig_mark_checked.connect(self.mark_checked)

    def link_closest(self, candidate: int, chosen: int) -> None:
        """The Passage panel's Link (or Merge) beside one of the closest sentences: it and the
        chosen passage become one, as the reviewer's. The link is made with a member of the
        chosen passage from another article than the candidate's."""
        from app.compare.passages import link_partner

        result = self.comparison.result
        if result is None or max(candidate, chosen) >= len(result.segments):
            return
        partner = link_partner(result, candidate, chosen)
        if partner is not None:
            self.edit("link", result.segments[candidate], partner)

    def tie_closest(self, candidate: int, chosen: int) -> None:
        """The Passage panel's Link Without Merging beside a sentence of another passage: the
        two are linked as the reviewer's, and each passage keeps its sentences."""
        from app.compare.passages import link_partner

        result = self.comparison.result
        if result is None or max(candidate, chosen) >= len(result.segments):
            return
        partner = link_partner(result, candidate, chosen)
        if partner is not None:
            self.edit("tie", result.segments[candidate], partner)

    def split_and_link(self, segment_id: int, cut: int, head: bool, other_id: int) -> None:
        """The Passage panel's Split and Link: the chosen sentence cut at ``cut`` and its part
        (before the cut when ``head``) linked with ``other_id``; the rest stays in the passage
        the sentence was in. One change in History."""
        from app.compare.passages import passage_mate
        from app.review.passage_edits import split_and_link
        from app.review.records import FactRef

        result = self.comparison.result
        if result is None or max(segment_id, other_id) >= len(result.segments):
            return
        here, other = result.segments[segment_id], result.segments[other_id]
        if not here.start < cut < here.end:
            return
        collection = _collection_of(result, here.article)
        sentence = FactRef(here.article, here.start, here.end)
        there = FactRef(other.article, other.start, other.end)
        mate = passage_mate(result, segment_id)
        stay = None if mate is None else FactRef(mate.article, mate.start, mate.end)
        self.tagging.write(
            lambda h: split_and_link(h, collection, sentence, cut, head, there, stay)
        )

    def _hook_panes(self) -> None:
        for pane in self.view.panes:
            if pane.text_view.passage_menu is None:
                pane.text_view.passage_menu = lambda menu, position, p=pane: self.fill_menu(
                    p, menu, position
                )

    def chosen(self) -> ComparedSegment | None:
        result, focused = self.comparison.result, self.view.overlay.focused
        if result is None or focused is None:
            return None
        return result.segments[focused]

    def segment_at(self, pane: ArticlePane, position: int) -> ComparedSegment | None:
        result = self.comparison.result
        if result is None:
            return None
        article = pane.article.summary.id
        return next(
            (s for s in result.segments
             if s.article == article and s.start <= position < s.end and not s.furniture),
            None,
        )  # fmt: skip

    def fill_menu(self, pane: ArticlePane, menu: QMenu, position: int) -> None:
        chosen, here = self.chosen(), self.segment_at(pane, position)
        merging = (
            chosen is not None and here is not None and here.group is not None
            and chosen.group is not None and here.group != chosen.group
        )  # fmt: skip
        link = menu.addAction(
            icon("link"),
            self.tr("Merge Its Passage with the Chosen One")
            if merging
            else self.tr("Link to the Chosen Passage"),
        )
        if merging:
            link.setStatusTip(self.tr("Every sentence of both passages becomes one passage"))
            tie = menu.addAction(icon("link"), self.tr("Link Without Merging"))
            tie.setStatusTip(
                self.tr("The two sentences say the same; each passage keeps its sentences")
            )
            tie.triggered.connect(lambda: self.edit("tie", here, chosen))
        unlink = menu.addAction(icon("unlink"), self.tr("Take Out of the Chosen Passage"))
        usable = chosen is not None and here is not None and chosen.article != here.article
        link.setEnabled(usable and (here is None or chosen is None or here.group is None
                                    or here.group != chosen.group))  # fmt: skip
        unlink.setEnabled(
            usable and here is not None and chosen is not None
            and here.group is not None and here.group == chosen.group
        )  # fmt: skip
        if not usable:
            hint = self.tr("Click a passage in another article first; then right-click here.")
            link.setToolTip(hint)
            unlink.setToolTip(hint)
            menu.setToolTipsVisible(True)
        divide = menu.addAction(icon("split"), self.tr("Split the Chosen Passage Here"))
        divide.setEnabled(unlink.isEnabled())
        divide.setStatusTip(
            self.tr("Make a passage of this sentence and the versions closest to it")
        )
        link.triggered.connect(lambda: self.edit("link", here, chosen))
        unlink.triggered.connect(lambda: self.edit("unlink", here, chosen))
        divide.triggered.connect(lambda: self.divide(chosen, here))
        cut = split_point(here, position) if here is not None else None
        split = menu.addAction(icon("split"), self.tr("Split the Sentence Here"))
        split.setEnabled(cut is not None)
        split.setStatusTip(self.tr("Compare the two parts of this sentence on their own"))
        split.triggered.connect(lambda: self.split(here, cut))

    def divide(self, chosen: ComparedSegment | None, here: ComparedSegment | None) -> None:
        """Split the chosen passage in two: ``here`` and the versions linked more strongly to it
        than to the chosen sentence leave it together."""
        from app.compare.passages import split_sides
        from app.review.passage_edits import split_passage
        from app.review.records import FactRef

        result = self.comparison.result
        if here is None or chosen is None or result is None:
            return
        moved = [result.segments[i] for i in split_sides(result, chosen.id, here.id)]
        if not moved:
            return
        collection = _collection_of(result, here.article)
        kept = FactRef(chosen.article, chosen.start, chosen.end)
        refs = [FactRef(s.article, s.start, s.end) for s in moved]
        self.tagging.write(lambda h: split_passage(h, collection, kept, refs))

    def mark_checked(self, segment_id: int) -> None:
        """The walk's Nothing to Link Here: the sentence read, with nothing to link."""
        from app.review.passage_edits import mark_checked
        from app.review.records import FactRef

        result = self.comparison.result
        if result is None or segment_id >= len(result.segments):
            return
        here = result.segments[segment_id]
        collection = _collection_of(result, here.article)
        sentence = FactRef(here.article, here.start, here.end)
        self.tagging.write(lambda h: mark_checked(h, collection, sentence))

    def split(self, here: ComparedSegment | None, cut: int | None) -> None:
        from app.review.passage_edits import split_sentence
        from app.review.records import FactRef

        result = self.comparison.result
        if here is None or cut is None or result is None:
            return
        collection = _collection_of(result, here.article)
        at = FactRef(here.article, cut, here.end)
        self.tagging.write(lambda h: split_sentence(h, collection, at))

    def edit(self, kind: str, here: ComparedSegment | None, chosen: ComparedSegment | None) -> None:
        from app.review.passage_edits import edit_passages
        from app.review.records import FactRef

        result = self.comparison.result
        if here is None or chosen is None or result is None:
            return
        collection = _collection_of(result, here.article)
        first = FactRef(here.article, here.start, here.end)
        second = FactRef(chosen.article, chosen.start, chosen.end)
        self.tagging.write(lambda h: edit_passages(h, collection, kind, first, second))


def split_point(segment: ComparedSegment, position: int) -> int | None:
    """Where a cut at ``position`` falls: the start of the word there, when words stay on both
    sides; None otherwise."""
    offset = position - segment.start
    text = segment.text
    if not 0 < offset < len(text):
        return None
    while offset > 0 and not text[offset - 1].isspace():
        offset -= 1
    if not text[:offset].strip() or not text[offset:].strip():
        return None
    return segment.start + offset


def _collection_of(result: Comparison, article_id: int) -> int:
    """The collection the compared article belongs to."""
    return next(a.summary.collection_id for a in result.articles if a.summary.id == article_id)
