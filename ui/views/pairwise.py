"""Two articles, Meld-like: side by side with a band joining each pair of linked passages (a
passage one outlet moved shows as crossing bands), and the words that differ marked inside.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.compare.diff import WordOp
from app.library.records import ArticleDocument
from ui.fonts import article_font
from ui.views.article_pane import ArticleText
from ui.views.highlights import support_styles

if TYPE_CHECKING:
    from app.compare.engine import ComparedSegment, Comparison

_SWAPPED = {"insert": "delete", "delete": "insert"}  # the right article's view of an op

CANVAS_WIDTH = 70
OP_COLOURS = {"insert": "#009E73", "delete": "#D55E00", "replace": "#E69F00"}


def _op_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind in ("variant", "synonym"):  # a name respelled; the same said in other words
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor("#0072B2" if kind == "variant" else "#777777"))
        return fmt
    colour = QColor(OP_COLOURS[kind])
    colour.setAlpha(90)
    fmt.setBackground(colour)
    return fmt


class ConnectorCanvas(QWidget):
    """Bands between the passages of the left text and their counterparts in the right one."""

    def __init__(self, left: ArticleText, right: ArticleText, parent: QWidget | None = None):
        super().__init__(parent)
        self.left, self.right = left, right
        self.pairs: list[tuple[int, int, int, int, str]] = []  # code points a, b; level
        self.reviewer: set[tuple[int, int]] = set()  # (a start, b start): a reviewer's pairs
        self.setFixedWidth(CANVAS_WIDTH)
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(lambda _v: self.update())

    def _band(self, view: ArticleText, start: int, end: int) -> tuple[float, float]:
        shift = view.viewport().mapToGlobal(view.viewport().rect().topLeft()).y()
        shift -= self.mapToGlobal(self.rect().topLeft()).y()
        line = view.fontMetrics().height()
        return view.top_of(start) + shift, view.top_of(end) + line + shift

    def crossings(self) -> int:
        """How many pairs of bands cross: passages the two articles put in different orders."""
        order = sorted(self.pairs, key=lambda p: (p[0], p[2]))
        return sum(
            1
            for i, first in enumerate(order)
            for second in order[i + 1 :]
            if second[0] > first[0] and second[2] < first[2]
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = float(self.width()), float(self.height())
        styles = support_styles()
        for a_start, a_end, b_start, b_end, level in self.pairs:
            top_a, bottom_a = self._band(self.left, a_start, a_end)
            top_b, bottom_b = self._band(self.right, b_start, b_end)
            if max(bottom_a, bottom_b) < 0 or min(top_a, top_b) > height:
                continue
            path = QPainterPath(QPointF(0, top_a))
            path.cubicTo(
                QPointF(width / 2, top_a), QPointF(width / 2, top_b), QPointF(width, top_b)
            )
            path.lineTo(QPointF(width, bottom_b))
            path.cubicTo(
                QPointF(width / 2, bottom_b), QPointF(width / 2, bottom_a), QPointF(0, bottom_a)
            )
            path.closeSubpath()
            colour = QColor(styles.get(level, styles["some"]).colour)
            pen = QPen(colour.darker(160), 1)
            if (a_start, b_start) in self.reviewer:  # the reviewer's, not the engine's: dashed
                pen = QPen(colour.darker(180), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            colour.setAlpha(70)
            painter.fillPath(path, colour)
            painter.drawPath(path)


class PairwiseView(QDialog):
    def __init__(
        self,
        comparison: Comparison,
        labels: Mapping[int, str],
        first: int,
        second: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PairwiseView")
        self.setWindowTitle(self.tr("Two Articles"))
        self.comparison = comparison
        self.documents: dict[int, ArticleDocument] = {a.summary.id: a for a in comparison.articles}
        self.left, self.right = ArticleText(), ArticleText()
        self.canvas = ConnectorCanvas(self.left, self.right)
        self.left.verticalScrollBar().valueChanged.connect(lambda _v: self.follow())
        self.choosers = (QComboBox(), QComboBox())
        for chooser, chosen in zip(self.choosers, (first, second), strict=True):
            for article_id, document in self.documents.items():
                chooser.addItem(labels.get(article_id, document.summary.title), article_id)
            chooser.setCurrentIndex(chooser.findData(chosen))
            chooser.currentIndexChanged.connect(lambda _i: self.show_pair())
        top = QHBoxLayout()
        top.addWidget(self.choosers[0], 1)
        top.addSpacing(CANVAS_WIDTH)
        top.addWidget(self.choosers[1], 1)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.left, 1)
        body.addWidget(self.canvas)
        body.addWidget(self.right, 1)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        self.resize(1400, 800)
        self.show_pair()

    def follow(self) -> None:
        """Scroll the right article so the first linked passage in view on the left is level
        with its counterpart (the left one leads, as in Meld)."""
        for a_start, a_end, b_start, _b_end, _level in sorted(self.canvas.pairs):
            if self.left.top_of(a_end) >= 0:
                bar = self.right.verticalScrollBar()
                bar.setValue(bar.value() + self.right.top_of(b_start) - self.left.top_of(a_start))
                return

    def show_pair(self) -> None:
        a_id = int(self.choosers[0].currentData())
        b_id = int(self.choosers[1].currentData())
        for view, article_id in ((self.left, a_id), (self.right, b_id)):
            document = self.documents[article_id]
            view.setFont(article_font(document.summary.direction))
            view.show_text(document.text, document.summary.direction, document.paragraph_directions)
            view.set_furniture(document.furniture)
        pairs, left_marks, right_marks = [], [], []
        self.canvas.reviewer = set()
        for sa, sb, ops, mine_too in self._pairs(a_id, b_id):
            pairs.append((sa.start, sa.end, sb.start, sb.end, sa.support))
            if mine_too:
                self.canvas.reviewer.add((sa.start, sb.start))
            for op in ops:
                if op.op == "equal":
                    continue
                if op.a is not None and op.op in ("delete", "replace", "variant", "synonym"):
                    left_marks.append((op.a[0], op.a[1], _op_format(op.op)))
                if op.b is not None and op.op in ("insert", "replace", "variant", "synonym"):
                    right_marks.append((op.b[0], op.b[1], _op_format(op.op)))
        self.left.set_layer("support", left_marks)
        self.right.set_layer("support", right_marks)
        self.canvas.pairs = pairs
        self.canvas.update()
        moved = self.canvas.crossings()
        text = self.tr("%n linked passage(s)", "", len(pairs))
        if moved:
            text += " · " + self.tr("%n pair(s) in a different order (crossing bands)", "", moved)
        if self.canvas.reviewer:
            text += " · " + self.tr("%n set by a reviewer (dashed)", "", len(self.canvas.reviewer))
        self.summary.setText(text)

    def _pairs(
        self, a_id: int, b_id: int
    ) -> list[tuple[ComparedSegment, ComparedSegment, Sequence[WordOp], bool]]:
        """The passages the two articles share, left article first: the engine's links whose
        sentences are still in one passage, the pairs a reviewer's correction put there and the
        reviewer's links between two passages (``True``), each with its word diff."""
        from app.compare.engine import link_ops
        from app.compare.tokens import tokenize

        comparison = self.comparison
        segments = comparison.segments
        found: list[tuple[ComparedSegment, ComparedSegment, Sequence[WordOp], bool]] = []
        linked = set()
        tied = comparison.reviewer_ties()
        for link in comparison.links:
            sa, sb = segments[link.a], segments[link.b]
            if {sa.article, sb.article} != {a_id, b_id}:
                continue
            tie = (link.a, link.b) in tied  # linked by a reviewer, each in its passage
            if not tie and (sa.group is None or sa.group != sb.group):  # a reviewer took one out
                continue
            swap = sa.article != a_id
            ops = [
                WordOp(_SWAPPED.get(op.op, op.op), op.b, op.a) if swap else op
                for op in link_ops(comparison, link)
            ]
            if swap:
                sa, sb = sb, sa
            linked.add((sa.id, sb.id))
            found.append((sa, sb, ops, tie))
        mine = comparison.reviewer_segments()
        differ = comparison.pipeline.differ
        for group in comparison.groups:
            lefts = [segments[i] for i in group if segments[i].article == a_id]
            rights = [segments[i] for i in group if segments[i].article == b_id]
            for sa in lefts:
                for sb in rights:
                    if (sa.id, sb.id) in linked or not ({sa.id, sb.id} & mine):
                        continue
                    ops = differ.diff(tokenize(sa.text, sa.start), tokenize(sb.text, sb.start))
                    found.append((sa, sb, ops, True))
        return found
