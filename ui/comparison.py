"""The comparison controller: compares the open articles in the background and drives the overlay.

Whenever the set of open articles or their furniture changes, the engine runs on the task
runner (the panes show the text at once; the highlights follow), and a newer run makes an older
one's result moot. Navigation actions step through the differences of the pane in use.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolButton, QWidget

from app.compare.cache import ComparisonCache, compare_documents
from ui.icons import icon
from ui.operations import Operations
from ui.outlet_label import outlet_label
from ui.tasks import TaskRunner, error_text
from ui.translations import fill
from ui.views.coverage_grid import CoverageGrid
from ui.views.highlights import SupportLegend
from ui.views.pairwise import PairwiseView
from ui.views.passage_panel import OFFERS_SHOWN, PassagePanel, take_keys
from ui.views.side_by_side import SideBySideView

if TYPE_CHECKING:  # the engine (numpy, scipy) is imported by the worker that compares
    from app.compare.corrections import Correction, Span
    from app.compare.engine import Comparison
    from app.tasks import TaskControl
    from ui.views.article_pane import ArticlePane


class ComparisonController(QObject):
    sig_compared = Signal()  # the highlights of the open articles are shown
    sig_cleared = Signal()  # the open articles changed: the last result no longer holds
    sig_mark_checked = Signal(int)  # a sentence read in the walk, nothing to link (segment id)

    def __init__(self, view: SideBySideView, runner: TaskRunner, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.window = parent
        self.view = view
        self.runner = runner
        self.cache = ComparisonCache(size=4)
        self.result: Comparison | None = None
        self.data_dir: Path | None = None  # where the reviewer's alias table of bodies is
        # the reviewer's corrections to the passages of these collections (set by the window)
        self.corrections_of: Callable[[set[int]], list[Correction]] | None = None
        self.ops = Operations(runner, self, parent)
        self.legend = SupportLegend()
        self.cancel_button = QToolButton()
        self.cancel_button.setIcon(icon("cancel"))
        self.cancel_button.setToolTip(self.tr("Stop comparing"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.legend.add_trailing(self.cancel_button)
        self.panel = PassagePanel(parent)
        self._refocus: tuple[int, int] | None = None  # (article, offset) to choose again
        self.grid = CoverageGrid(parent)
        self.grid.sig_segment_activated.connect(view.reveal)
        self.legend.status.linkActivated.connect(lambda _link: self.step(True, "check"))
        view.overlay.sig_focused.connect(self._on_focused)
        view.sig_articles_changed.connect(lambda _ids: self.recompare())
        self.actions = self._build_actions(parent)
        keys = self.actions["next_check"].shortcut()
        self.legend.status.setToolTip(
            fill(
                self.tr(
                    "To check: sentences in no passage, and passages, that have close sentences "
                    "in other articles the comparison was not sure enough to link. %1 goes to "
                    "the next."
                ),
                keys.toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        # Set by the Facts controller: Shift+F8 / Shift+F7 move through its rows.
        self.fact_step: Callable[[bool], bool] | None = None

    def _build_actions(self, parent: QWidget) -> dict[str, QAction]:
        def make(
            name: str,
            text: str,
            keys: list[QKeySequence],
            tip: str,
            slot: Callable[..., object],
            glyph: str = "",
        ) -> QAction:
            action = QAction(icon(glyph or name), text, parent)
            action.setObjectName(name)
            action.setShortcuts(keys)
            action.setToolTip(f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            parent.addAction(action)
            return action

        key = QKeySequence
        alt = Qt.Modifier.ALT
        ctrl = Qt.Modifier.CTRL
        return {
            "next_difference": make(
                "next_difference", self.tr("&Next Difference"),
                [key(Qt.Key.Key_F8), key(alt | Qt.Key.Key_Down)],
                self.tr("The next passage not every open article carries"),
                lambda: self.step(True),
            ),
            "previous_difference": make(
                "previous_difference", self.tr("&Previous Difference"),
                [key(Qt.Key.Key_F7), key(alt | Qt.Key.Key_Up)],
                self.tr("The previous passage not every open article carries"),
                lambda: self.step(False),
            ),
            "next_unique": make(
                "next_unique", self.tr("Next Passage Only &Here"),
                [key(ctrl | Qt.Key.Key_F8)],
                self.tr("The next passage only this article carries"),
                lambda: self.step(True, "unique"),
            ),
            "previous_unique": make(
                "previous_unique", self.tr("Previous Passage Only H&ere"),
                [key(ctrl | Qt.Key.Key_F7)],
                self.tr("The previous passage only this article carries"),
                lambda: self.step(False, "unique"),
            ),
            "next_flag": make(
                "next_flag", self.tr("Next &Fact Where Outlets Differ"),
                [key(Qt.Modifier.SHIFT | Qt.Key.Key_F8)],
                self.tr("The next row of the Facts table where the outlets' figures, times, "
                        "sources or wording differ"),
                lambda: self.step(True, "flag"),
            ),
            "previous_flag": make(
                "previous_flag", self.tr("Previous Fact Where Outlets D&iffer"),
                [key(Qt.Modifier.SHIFT | Qt.Key.Key_F7)],
                self.tr("The previous row of the Facts table where the outlets' figures, times, "
                        "sources or wording differ"),
                lambda: self.step(False, "flag"),
            ),
            "next_check": make(
                "next_check", self.tr("Next Sentence to &Check"),
                [key(ctrl | Qt.Modifier.SHIFT | Qt.Key.Key_F8)],
                self.tr("The next sentence or passage the comparison was not sure of, in any "
                        "open article: take one of its close sentences (Alt+1 to Alt+3), or "
                        "split off a part that says what another sentence says (Alt+4, Alt+5), "
                        "if it says the same"),
                lambda: self.step(True, "check"),
            ),
            "previous_check": make(
                "previous_check", self.tr("Previous Sentence to C&heck"),
                [key(ctrl | Qt.Modifier.SHIFT | Qt.Key.Key_F7)],
                self.tr("The previous sentence or passage the comparison was not sure of"),
                lambda: self.step(False, "check"),
            ),
            **{
                f"take_offer_{n}": make(
                    f"take_offer_{n}", fill(self.tr("&Take Offer %1"), n),
                    [take_keys(n)],
                    fill(self.tr("Take the offer numbered %1 in the Passage panel: link that "
                                 "close sentence to the chosen one (its Link or Merge), or "
                                 "split the chosen sentence and link the part (Split and "
                                 "Link)"), n),
                    lambda _checked=False, n=n: self.take_offer(n),
                    glyph="take_offer",
                )
                for n in range(1, OFFERS_SHOWN + 1)
            },
            "nothing_to_link": make(
                "nothing_to_link", self.tr("&Nothing to Link Here"),
                [key(alt | Qt.Key.Key_0)],
                self.tr("Mark the chosen sentence as read, with no close sentence to link (it "
                        "leaves what is to check; Ctrl+Z takes it back), and go to the next"),
                self.nothing_to_link,
                glyph="checked",
            ),
            "pairwise": make(
                "pairwise", self.tr("Compare &Two Articles…"),
                [key(ctrl | Qt.Modifier.SHIFT | Qt.Key.Key_D)],
                self.tr("Two articles with their linked passages joined and the words that "
                        "differ marked"),
                self.open_pairwise,
            ),
        }  # fmt: skip

    # ------------------------------------------------------------------ comparing
    def warm_up(self) -> None:
        """Import the engine (numpy, scipy: about half a second) in the background now, so the
        first comparison does not wait for it."""
        self.ops.run("warm", lambda _control: importlib.import_module("app.compare.engine"))

    def recompare(self) -> None:
        """Compare the open articles again (in the background); their highlights follow."""
        self.ops.cancel("compare")
        panes = list(self.view.panes)
        focused, self._refocus = self.view.overlay.focused, None
        if self.result is not None and focused is not None:  # come back to it (a correction)
            chosen = self.result.segments[focused]
            self._refocus = (chosen.article, chosen.start)
        self.view.overlay.apply(None, panes)
        self.result = None
        self.panel.clear()
        self.grid.set_comparison(None, {})
        self.sig_cleared.emit()
        if len(panes) < 2:
            self.cancel_button.hide()
            self.legend.status.setText(
                self.tr("Open two articles or more to compare them.") if panes else ""
            )
            return
        documents = [replace(p.article, furniture=p.text_view.furniture) for p in panes]
        self.legend.status.setText(self.tr("Comparing…"))
        self.cancel_button.show()
        cache = self.cache
        data_dir = self.data_dir
        collections = {p.article.summary.collection_id for p in panes}
        corrections_of = self.corrections_of

        def task(control: TaskControl) -> tuple[Comparison, list[Span]]:
            from app.compare.pipeline import pipeline_for
            from app.compare.unsure import checked_of

            corrections = corrections_of(collections) if corrections_of else []
            pipeline = pipeline_for(data_dir, corrections)
            found = compare_documents(documents, cache, control, pipeline=pipeline)
            return found, checked_of(corrections)

        self.ops.run(
            "compare",
            task,
            on_done=self._show,
            on_failed=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def corrections_changed(self) -> None:
        """After any change the history made: compare again if the reviewer's corrections to
        the open articles' passages are no longer those the comparison used."""
        result, corrections_of = self.result, self.corrections_of
        if result is None or corrections_of is None:
            return
        collections = {a.summary.collection_id for a in result.articles}
        used, data_dir = result.pipeline, self.data_dir

        def task(_control: TaskControl) -> tuple[bool, list[Span]]:
            from app.compare.pipeline import pipeline_for
            from app.compare.unsure import checked_of

            corrections = corrections_of(collections)
            wanted = pipeline_for(data_dir, corrections)  # as a fresh comparison would
            changed = (wanted.segmenter, wanted.grouper) != (used.segmenter, used.grouper)
            return changed, checked_of(corrections)

        def done(answer: tuple[bool, list[Span]]) -> None:
            changed, checked = answer
            if changed:
                self.recompare()
            elif checked != self.view.overlay.checked:  # only what is left to check
                self.view.overlay.set_checked(checked)
                self._say_counts()
                if self.view.overlay.focused is not None:
                    self._on_focused(self.view.overlay.focused)

        self.ops.run("corrections", task, on_done=done)

    def _progress(self, done: int, total: int, step: str) -> None:
        self.legend.status.setText(
            fill(self.tr("Comparing… %1 (%2 of %3)"), step, str(min(done + 1, total)), str(total))
        )

    def cancel(self) -> None:
        """Stop comparing (the Stop button); the legend says so."""
        if self.ops.running("compare"):
            self.ops.cancel("compare")
            self._cancelled()

    @property
    def comparing(self) -> bool:
        return self.ops.running("compare")

    def _show(self, done: tuple[Comparison, list[Span]]) -> None:
        result, checked = done
        ids = sorted(a.summary.id for a in result.articles)
        if ids != sorted(self.view.article_ids):
            return
        self.cancel_button.hide()
        self.result = result
        self.view.overlay.apply(result, self.view.panes)
        self.view.overlay.set_checked(checked)
        if self._refocus is not None:  # the sentence chosen before, in the new passages
            article, start = self._refocus
            self._refocus = None
            found = next(
                (x for x in result.segments
                 if x.article == article and x.start <= start < x.end and not x.furniture),
                None,
            )  # fmt: skip
            if found is not None:
                self.view.overlay.focus(found.id)
        self.grid.set_comparison(result, self.labels())
        self._say_counts()
        self.sig_compared.emit()

    def _say_counts(self) -> None:
        """The status line under the panes: shared passages, facts that differ, to check."""
        result = self.result
        if result is None:
            return
        shared = len(result.groups)
        differing = len(result.facts.disagreements())
        unsure = len(self.view.overlay.check_order())
        said = html.escape(
            self.tr("%n shared passage(s)", "", shared)
            + " · "
            + self.tr("%n fact(s) where outlets differ", "", differing)
        )
        if unsure:  # a link: the walk through them
            check = self.tr("%n to check", "", unsure)
            said += f" · <a href='check'>{html.escape(check)}</a>"
        self.legend.status.setText(said)
        self.legend.fit()  # the counts in view, before the legend's words

    def _failed(self, error: object) -> None:
        self.cancel_button.hide()
        self.legend.status.setText(fill(self.tr("The comparison failed: %1"), error_text(error)))

    def _cancelled(self) -> None:
        self.cancel_button.hide()
        self.legend.status.setText(self.tr("Comparison stopped."))

    def labels(self) -> dict[int, str]:
        """Each open article's outlet (or file name), as the panel and grid name it."""
        return {p.article.summary.id: outlet_label(p.article.summary) for p in self.view.panes}

    def _on_focused(self, segment_id: int) -> None:
        if segment_id < 0 or self.result is None:
            self.panel.clear()
        else:
            order = self.view.overlay.check_order()
            walk = None
            if segment_id in order:
                keys = self.actions["next_check"].shortcut()
                native = keys.toString(QKeySequence.SequenceFormat.NativeText)
                walk = (order.index(segment_id) + 1, len(order), native)
            level = self.view.overlay.support.get(segment_id)  # with the reviewer's checks
            self.panel.show_passage(self.result, segment_id, self.labels(), walk, level)

    def open_pairwise(self) -> PairwiseView | None:
        """The pane in use and the next one (or the two first), in the pairwise view."""
        ids = self.view.article_ids
        if self.result is None or len(ids) < 2:
            self.window.statusBar().showMessage(
                self.tr("Open two articles or more, and wait for the comparison."), 4000
            )
            return None
        pane = self.view.current_pane()
        first = pane.article.summary.id if pane is not None else ids[0]
        second = ids[(ids.index(first) + 1) % len(ids)]
        dialog = PairwiseView(self.result, self.labels(), first, second, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ------------------------------------------------------------------ navigating
    def step(self, forward: bool, kind: str = "difference") -> None:
        if kind == "flag":  # collection-wide: the Facts table's rows, from anywhere
            if self.fact_step is None or not self.fact_step(forward):
                self.window.statusBar().showMessage(
                    self.tr("No more facts where outlets differ.")
                    if self.result is not None
                    else self.tr("Open two articles or more, and wait for the comparison."),
                    3000,
                )
            return
        pane = self.view.current_pane()
        if kind == "check":  # through every open article, one pane after another
            if not self._step_check(pane, forward):
                self.window.statusBar().showMessage(
                    self.tr(
                        "Nothing left to check: every sentence is in a passage or has no "
                        "close sentence in another article."
                    ),
                    3000,
                )
            return
        if not self.view.overlay.step(pane, forward, kind):
            message = {
                "unique": self.tr("No more passages only this article carries."),
            }.get(kind, self.tr("No more differences in this article."))
            self.window.statusBar().showMessage(message, 3000)

    def take_offer(self, number: int) -> None:
        """Alt+1…5: the Passage panel's offer of that number taken (a close sentence linked to
        the chosen one, or a part of it split off and linked)."""
        if not self.panel.take(number):
            self.window.statusBar().showMessage(
                fill(self.tr("No offer numbered %1 in the Passage panel."), number)
                if self.panel.chosen is not None
                else self.tr("Choose a sentence first (Next Sentence to Check finds one)."),
                3000,
            )

    def nothing_to_link(self) -> None:
        """Alt+0: the chosen sentence (of a passage, its chosen version) marked checked, and
        the walk goes on to the next."""
        chosen = self.panel.chosen
        if chosen is None or self.result is None:
            self.window.statusBar().showMessage(
                self.tr("Choose a sentence first (Next Sentence to Check finds one)."), 3000
            )
            return
        self.sig_mark_checked.emit(chosen)
        self.step(True, "check")

    def _step_check(self, pane: ArticlePane | None, forward: bool) -> bool:
        """The next (or previous) sentence to check after the one chosen or the caret, in the
        walk's order (pane by pane), coming round at the end."""
        overlay, panes = self.view.overlay, self.view.panes
        order = overlay.check_order()
        if not order or self.result is None:
            return False
        place = {p.article.summary.id: n for n, p in enumerate(panes)}
        segments = self.result.segments

        def at(i: int) -> tuple[int, int]:
            return place[segments[i].article], segments[i].start

        here = (panes.index(pane), overlay.position(pane, forward)) if pane in panes else (0, -1)
        later = [i for i in order if (at(i) > here if forward else at(i) < here)]
        target = (later[0] if later else order[0]) if forward else (later or order)[-1]
        self.view.reveal(target)
        self.panel.show()  # the close sentences to take are there, three in view
        self.panel.raise_()
        QTimer.singleShot(0, self._room_for_offers)  # once the panels that waited are open
        return True

    def _room_for_offers(self) -> None:
        """The Passage panel at least a third of the window high while walking, scrolled to the
        close sentences: all three in view (at 1366×768 a sixth of the height held one)."""
        room = self.window.height() // 3
        if self.panel.isVisible() and not self.panel.isFloating() and self.panel.height() < room:
            self.window.resizeDocks([self.panel], [room], Qt.Orientation.Vertical)
        if self.panel.offers:  # a passage's come after its versions: the walk is about them
            self.panel.browser.scrollToAnchor("offers")
