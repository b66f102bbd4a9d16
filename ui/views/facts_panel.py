"""The Facts table: one row per question the articles answer ("how many died in Turkey"), one
column per open article, each cell that outlet's value with its hedge, source and time.

Rows where outlets differ stand out (a coloured status, a conflict in bold); an update reads as
its sequence (296 → 632 → 820). The reviewer confirms, dismisses or reclassifies the chosen row;
a click on a cell opens that sentence in its pane with the other outlets' sentences beside it.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.facts.labels import reading
from app.text.bidi import isolate
from ui.icons import icon
from ui.translations import fill


def core_text(template: str) -> str:
    return QCoreApplication.translate("core", template)


if TYPE_CHECKING:
    from app.facts.model import Fact, FactSheet, Question
    from app.review.records import FactReviewRecord

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
FACT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLOURS = {  # Okabe–Ito: vermilion, blue, reddish purple, bluish green
    "conflict": "#D55E00",
    "update": "#0072B2",
    "different_source": "#CC79A7",
    "different_description": "#56B4E9",
    "different_scope": "#E69F00",
    "agree": "#009E73",
}
SHOW_DIFFERENCES, SHOW_SHARED, SHOW_ALL = range(3)


@dataclass(frozen=True)
class FactRow:
    question: Question
    facts: tuple[Fact, ...]
    status: str  # as shown: the reviewer's reclassification, or the engine's
    review: FactReviewRecord | None
    event_places: frozenset[str] = frozenset()  # places that name the whole event

    @property
    def differs(self) -> bool:
        dismissed = self.review is not None and self.review.decision == "dismissed"
        return self.status != "agree" and not dismissed


def rows_of(sheet: FactSheet, reviews: Mapping[str, FactReviewRecord]) -> list[FactRow]:
    rows = []
    for question in sheet.questions:
        review = reviews.get(question.id)
        status = question.status
        if review is not None and review.decision == "reclassified" and review.status:
            status = review.status
        facts = tuple(sheet.fact(i) for i in question.facts)
        rows.append(FactRow(question, facts, status, review, sheet.event_places))
    return rows


class FactsPanel(QDockWidget):
    sig_fact_activated = Signal(str, str)  # question id, fact id
    sig_decide = Signal(str, str)  # decision (confirmed, dismissed, reclassified), status
    sig_clear_decision = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactsPanel")
        self.setWindowTitle(self.tr("Facts"))
        self.rows: list[FactRow] = []
        self.shown: list[FactRow] = []
        self.reviewer_spans: list[tuple[int, int, int]] = []
        self.articles: list[tuple[int, str]] = []
        self.show_filter = QComboBox()
        self.show_filter.addItems(
            [
                self.tr("Where outlets differ"),
                self.tr("Every fact two outlets or more give"),
                self.tr("Every fact"),
            ]
        )
        self.show_filter.setAccessibleName(self.tr("Which facts to list"))
        self.show_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.summary = QLabel()
        self.confirm = self._action("confirm", self.tr("&Confirm"), self.tr(
            "The outlets do differ here, as the row says"))  # fmt: skip
        self.dismiss = self._action("dismiss", self.tr("&Dismiss"), self.tr(
            "Not a real difference: the row no longer counts as one"))  # fmt: skip
        self.reclassify_menu = QMenu(self.tr("&Reclassify"), self)
        self.reclassify_menu.setIcon(icon("reclassify"))
        self.reclassify_menu.setToolTipsVisible(True)
        for status, text in self.status_names().items():
            action = self.reclassify_menu.addAction(text)
            action.triggered.connect(
                lambda _c=False, s=status: self.sig_decide.emit("reclassified", s)
            )
        self.reclassify = self.reclassify_menu.menuAction()
        self.reclassify.setToolTip(self.tr("Give the row another status"))
        self.undecide = self._action("undecide", self.tr("C&lear Decision"), self.tr(
            "Forget your decision on this row"))  # fmt: skip
        self.confirm.triggered.connect(lambda: self.sig_decide.emit("confirmed", ""))
        self.dismiss.triggered.connect(lambda: self.sig_decide.emit("dismissed", ""))
        self.undecide.triggered.connect(self.sig_clear_decision.emit)
        self.decisions = QMenu(self.tr("Fact &Decision"), self)
        for action in (self.confirm, self.dismiss):
            self.decisions.addAction(action)
        self.decisions.addMenu(self.reclassify_menu)
        self.decisions.addAction(self.undecide)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Facts each outlet gives"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.cellClicked.connect(self._on_clicked)
        self.table.cellActivated.connect(self._on_clicked)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        bar = QToolBar()
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(self.show_filter)
        # the room left in the bar, cut when narrow (Ignored had given it no room at all: the
        # counts were never seen)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.summary.setMinimumWidth(1)
        bar.addWidget(self.summary)
        for action in (self.confirm, self.dismiss, self.reclassify, self.undecide):
            bar.addAction(action)
        more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:  # shown when the panel is narrow
            more.setAccessibleName(self.tr("More decisions"))
        button = bar.widgetForAction(self.reclassify)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        # what an empty list means, when the filter hides every row
        self.empty = QLabel()
        self.empty.setObjectName("FactsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(8, 6, 8, 6)
        self.empty.linkActivated.connect(lambda _link: self.show_filter.setCurrentIndex(SHOW_ALL))
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.clear()

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(icon(name), text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def status_names(self) -> dict[str, str]:
        from app.facts.labels import STATUS_NAMES

        return {status: core_text(name) for status, name in STATUS_NAMES.items()}

    def title(self, question: Question) -> str:
        """The question in the reader's language (the core's templates, context "core")."""
        from app.facts.labels import question_title

        return question_title(question, core_text)

    # ------------------------------------------------------------------ contents
    def clear(self, message: str = "") -> None:
        self.rows, self.shown, self.articles = [], [], []
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.empty.hide()
        self.summary.setText(
            message or self.tr("Open two articles or more: their facts are listed here.")
        )
        self._update_buttons()

    def set_rows(
        self,
        rows: Sequence[FactRow],
        articles: Sequence[tuple[int, str]],
        reviewer_spans: Sequence[tuple[int, int, int]] = (),
    ) -> None:
        """Show ``rows`` with a column per article (id, outlet label), keeping the row chosen.
        A fact whose sentence lies in a passage a reviewer set (``reviewer_spans``: article,
        start, end) is marked ✎, as in the panes and the Coverage grid."""
        chosen = self.current_row()
        self.rows, self.articles = list(rows), list(articles)
        self.reviewer_spans = list(reviewer_spans)
        self._fill(chosen.question.id if chosen else None)

    def _visible(self) -> list[FactRow]:
        mode = self.show_filter.currentIndex()
        rows = self.rows
        if mode == SHOW_DIFFERENCES:
            return [r for r in rows if r.differs or (r.review is not None and r.status != "agree")]
        if mode == SHOW_SHARED:
            return [r for r in rows if len({f.article for f in r.facts}) >= 2]
        return rows

    def _fill(self, keep: str | None = None) -> None:
        self.shown = self._visible()
        differing = sum(r.differs for r in self.rows)
        # each count its own plural: Arabic agrees a noun with its number («10 أسئلة», «13 سؤالًا»)
        counts = (
            self.tr("%n fact(s)", "", sum(len(r.facts) for r in self.rows)),
            self.tr("%n question(s)", "", len(self.rows)),
            self.tr("%n where outlets differ", "", differing),
        )
        self.summary.setText(fill(self.tr("%1, %2, %3"), *counts))
        self.table.clear()
        self.table.setColumnCount(2 + len(self.articles))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Question")] + [label for _id, label in self.articles]
        )
        self.table.setRowCount(len(self.shown))
        hidden = bool(self.rows) and not self.shown
        if hidden:
            said = (
                self.tr(
                    "No fact where the outlets differ: every fact that two outlets or more "
                    "give, they give alike."
                )
                if self.show_filter.currentIndex() == SHOW_DIFFERENCES
                else self.tr("No fact that two outlets or more give.")
            )
            every = self.tr("Show every fact")
            self.empty.setText(f"{html.escape(said)} <a href='#all'>{html.escape(every)}</a>")
        self.empty.setVisible(hidden)
        for r, row in enumerate(self.shown):
            self._fill_row(r, row)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 220)
        for c in range(len(self.articles)):
            self.table.setColumnWidth(2 + c, 200)
        self.table.resizeRowsToContents()
        if keep is not None:
            for r, row in enumerate(self.shown):
                if row.question.id == keep:
                    self.table.setCurrentCell(r, 1)
        self._update_buttons()

    def _fill_row(self, r: int, row: FactRow) -> None:
        names = self.status_names()
        status = names.get(row.status, row.status)
        review = row.review
        if review is not None:
            decided = {
                "confirmed": self.tr("confirmed"),
                "dismissed": self.tr("dismissed"),
                "reclassified": self.tr("reclassified"),
            }[review.decision]
            status = f"{status} · {decided}"
        item = QTableWidgetItem(status)
        item.setData(QUESTION_ROLE, row.question.id)
        colour = QColor(STATUS_COLOURS.get(row.status, "#777777"))
        if row.differs:
            item.setForeground(QBrush(QColor("#ffffff")))
            item.setBackground(QBrush(colour))
            if row.status == "conflict":
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        else:
            item.setForeground(QBrush(colour if review is None else QColor("#777777")))
        if review is not None:
            who = review.reviewer or self.tr("no name")
            tip = fill(self.tr("%1 by %2, %3"), status, who,
                       review.updated_at.strftime("%Y-%m-%d %H:%M"))  # fmt: skip
            item.setToolTip(tip + (f"\n{review.comment}" if review.comment else ""))
        self.table.setItem(r, 0, item)
        title = self.title(row.question)
        if row.question.sequence:
            # each reading in its own isolate, the arrows in reading order: joined bare, the
            # bidi algorithm ran an English reading, the figures and the Arabic words together
            # and showed «29 → 32» as «32 → 29»
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            arrow = " ← " if rtl else " → "
            # and the line opens with the interface's direction mark: its only strong letters
            # are inside the isolates, so laid out on its own (a tooltip, a copy) it had no
            # direction and read left to right, an Arabic panel's arrows pointing backwards
            mark = "\u200f" if rtl else "\u200e"
            title += "\n" + mark + arrow.join(isolate(x) for x in row.question.sequence)
        question = QTableWidgetItem(title)
        question.setData(QUESTION_ROLE, row.question.id)
        question.setToolTip(title)
        self.table.setItem(r, 1, question)
        for c, (article, _label) in enumerate(self.articles):
            mine = [f for f in row.facts if f.article == article]
            cell = QTableWidgetItem()
            cell.setData(QUESTION_ROLE, row.question.id)
            if not mine:
                cell.setText("—")
                cell.setForeground(self.palette().placeholderText())
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                lines = self._cell_lines(row, mine)
                tip = "\n\n".join(self._tip(f) for f in mine)
                if any(self._reviewers(f) for f in mine):
                    lines[0] = f"✎ {lines[0]}"
                    tip += "\n\n" + self.tr("A reviewer set the passage of this sentence")
                cell.setText("\n".join(lines))
                cell.setData(FACT_ROLE, mine[0].id)
                cell.setToolTip(tip)
                edge = (
                    Qt.AlignmentFlag.AlignRight if _arabic(lines[0]) else Qt.AlignmentFlag.AlignLeft
                )
                cell.setTextAlignment(
                    edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
                )
            self.table.setItem(r, 2 + c, cell)

    def _reviewers(self, fact: Fact) -> bool:
        """Whether ``fact``'s sentence lies in a passage a reviewer set."""
        start, end = fact.sentence if fact.sentence != (0, 0) else (fact.start, fact.end)
        return any(a == fact.article and s < end and start < e for a, s, e in self.reviewer_spans)

    @staticmethod
    def _cell_lines(row: FactRow, mine: list[Fact]) -> list[str]:
        """The figures an article gives for the row, then who says them and when; a line for
        each figure when two bodies say them (a ministry's count and a union's in one article
        are not both the ministry's)."""
        sources = {f.source for f in mine if f.kind != "source"}
        if len(sources) > 1:
            return [
                " · ".join(
                    [reading(f, row.question, row.event_places, core_text)]
                    + [isolate(x) for x in (f.source, f.time) if x]
                )
                for f in mine
            ]
        shown = (reading(f, row.question, row.event_places, core_text) for f in mine)
        lines = [" / ".join(dict.fromkeys(shown))]
        first = mine[0]
        about = [isolate(x) for x in (first.source, first.time) if x and first.kind != "source"]
        if about:
            lines.append(" · ".join(about))
        return lines

    def _tip(self, fact: Fact) -> str:
        bits = [fact.reading]
        if fact.source and fact.kind != "source":
            bits.append(fill(self.tr("Source: %1"), fact.source))
        if fact.time:
            bits.append(fill(self.tr("Reported for: %1"), fact.time))
        return "\n".join(bits)

    # ------------------------------------------------------------------ choosing
    def current_row(self) -> FactRow | None:
        r = self.table.currentRow()
        return self.shown[r] if 0 <= r < len(self.shown) else None

    def _on_clicked(self, r: int, column: int) -> None:
        if not 0 <= r < len(self.shown):
            return
        row = self.shown[r]
        item = self.table.item(r, column)
        fact = item.data(FACT_ROLE) if item is not None else None
        if not fact and row.facts:
            fact = row.facts[0].id
        if fact:
            self.sig_fact_activated.emit(row.question.id, str(fact))

    def step(self, forward: bool) -> FactRow | None:
        """Choose the next (or previous) row where outlets differ; None at the end."""
        here = self.table.currentRow()
        order = range(here + 1, len(self.shown)) if forward else range(here - 1, -1, -1)
        if here < 0 and not forward:
            order = range(len(self.shown) - 1, -1, -1)
        for r in order:
            if self.shown[r].differs:
                self.table.setCurrentCell(r, 1)
                item = self.table.item(r, 1)
                if item is not None:
                    self.table.scrollToItem(item)
                return self.shown[r]
        return None

    def _update_buttons(self) -> None:
        row = self.current_row()
        for action in (self.confirm, self.dismiss, self.reclassify):
            action.setEnabled(row is not None)
        self.undecide.setEnabled(row is not None and row.review is not None)


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
