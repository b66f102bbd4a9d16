"""The Facts controller: fills the Facts table from each comparison, with the reviewer's
decisions, opens a fact's sentence in its pane with the other outlets' sentences beside it, and
moves through the rows where outlets differ from anywhere in the window (Shift+F8, Shift+F7).

Decisions are written through the tagging controller's one writer and History, so Ctrl+Z undoes
them like any other change; they are read again after every change and every comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ui.icons import icon
from ui.operations import Operations
from ui.outlet_label import outlet_label
from ui.tasks import TaskRunner
from ui.views.facts_panel import FactRow, FactsPanel, rows_of

if TYPE_CHECKING:
    from app.compare.engine import Comparison
    from app.review.records import FactReviewRecord
    from ui.comparison import ComparisonController
    from ui.dialogs.bodies_dialog import BodiesDialog
    from ui.tagging import TaggingController
    from ui.views.article_pane import ArticlePane


class FactsController(QObject):
    def __init__(
        self,
        runner: TaskRunner,
        comparison: ComparisonController,
        tagging: TaggingController,
        parent: QMainWindow,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.comparison = comparison
        self.tagging = tagging
        self.view = comparison.view
        self.ops = Operations(runner, self, parent)
        self.panel = FactsPanel(parent)
        self.reviews: list[FactReviewRecord] = []
        self.panel.sig_fact_activated.connect(self.open_fact)
        self.panel.sig_decide.connect(self.decide)
        self.panel.sig_clear_decision.connect(self.clear_decision)
        self.bodies_action = QAction(icon("bodies"), self.tr("Sources and Their &Names…"), parent)
        self.bodies_action.setStatusTip(
            self.tr("Names that mean one body, so their figures count as one source")
        )
        self.bodies_action.triggered.connect(lambda: self.edit_bodies())
        comparison.sig_compared.connect(self.reload)
        comparison.sig_cleared.connect(self._cleared)
        comparison.fact_step = self.step
        tagging.sig_changed.connect(self.reload)

    @property
    def result(self) -> Comparison | None:
        return self.comparison.result

    @property
    def collection_id(self) -> int | None:
        panes = self.view.panes
        return panes[0].article.summary.collection_id if panes else None

    # ------------------------------------------------------------------ showing
    def _cleared(self) -> None:
        self.panel.clear(self.tr("Comparing…") if len(self.view.panes) > 1 else "")

    def reload(self) -> None:
        """Read the decisions (in the background), then show the comparison's rows."""
        result, collection = self.result, self.collection_id
        history = self.tagging.history
        if result is None or collection is None or history is None:
            self._show_rows([])
            return
        sessions = history.sessions

        def task(_control: object) -> list[FactReviewRecord]:
            from app.review.fact_reviews import list_fact_reviews

            return list_fact_reviews(sessions, collection)

        self.ops.run("fact reviews", task, on_done=self._show_rows, on_failed=lambda _e: None)

    def _show_rows(self, reviews: list[FactReviewRecord]) -> None:
        from app.review.fact_reviews import match_reviews
        from app.review.records import FactRef

        result = self.result
        if result is None:
            self.panel.clear()
            return
        self.reviews = reviews
        sheet = result.facts
        questions = [
            (q.id, [FactRef(f.article, f.start, f.end) for f in map(sheet.fact, q.facts)])
            for q in sheet.questions
        ]
        matched = match_reviews(questions, reviews)
        articles = [(a.summary.id, outlet_label(a.summary)) for a in result.articles]
        corrected = [result.segments[i] for i in sorted(result.reviewer_segments())]
        self.panel.set_rows(
            rows_of(sheet, matched), articles, [(s.article, s.start, s.end) for s in corrected]
        )

    # ------------------------------------------------------------------ opening
    def open_fact(self, question_id: str, fact_id: str) -> None:
        """The fact's sentence selected in its pane, the row's other facts shown in theirs."""
        result = self.result
        if result is None:
            return
        sheet = result.facts
        question = next((q for q in sheet.questions if q.id == question_id), None)
        if question is None:
            return
        chosen = sheet.fact(fact_id)
        panes = {p.article.summary.id: p for p in self.view.panes}
        for fid in question.facts:
            fact = sheet.fact(fid)
            pane = panes.get(fact.article)
            if pane is None or (fact.article == chosen.article and fact.id != chosen.id):
                continue
            if fact.article != chosen.article and fid != next(
                f for f in question.facts if sheet.fact(f).article == fact.article
            ):
                continue  # one sentence per other outlet: its first
            _show(pane, fact.start, fact.end)
        pane = panes.get(chosen.article)
        if pane is not None:
            _show(pane, chosen.start, chosen.end)
            pane.text_view.setFocus()

    def step(self, forward: bool) -> bool:
        """The next (or previous) row where outlets differ, opened; False at the end."""
        row = self.panel.step(forward)
        if row is None:
            return False
        self.panel.show()
        self.panel.raise_()
        if row.facts:
            self.open_fact(row.question.id, row.facts[0].id)
        return True

    # ------------------------------------------------------------------ deciding
    def decide(self, decision: str, status: str) -> None:
        from app.facts.labels import question_title
        from app.review.fact_reviews import review_facts
        from app.review.records import FactRef

        row, collection = self.panel.current_row(), self.collection_id
        if row is None or collection is None:
            return
        facts = [FactRef(f.article, f.start, f.end) for f in row.facts]
        label = question_title(row.question)
        question = row.question.id
        self.tagging.write(
            lambda h: review_facts(h, collection, question, label, facts, decision, status)
        )

    def clear_decision(self) -> None:
        from app.review.fact_reviews import clear_fact_review

        row = self.panel.current_row()
        review: FactRow | None = row
        if review is None or review.review is None:
            return
        review_id = review.review.id
        self.tagging.write(lambda h: clear_fact_review(h, review_id))

    def edit_bodies(self) -> BodiesDialog | None:
        """The alias table of bodies; saving it compares the open articles again."""
        from ui.dialogs.bodies_dialog import BodiesDialog

        data_dir = self.comparison.data_dir
        if data_dir is None:
            return None
        dialog = BodiesDialog(data_dir / "bodies.json", self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.comparison.recompare)
        dialog.open()
        return dialog


def _show(pane: ArticlePane, start: int, end: int) -> None:
    """Select ``start``..``end`` in ``pane``, a third of the way down its view."""
    view = pane.text_view
    view.select_range(start, end)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.top_of(start) - view.viewport().height() // 3)
