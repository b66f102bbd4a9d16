"""A thin strip beside an article: the support level along the whole text, and where the view is.

Each passage is drawn at its height in the laid-out document, in its level's colour (furniture in
grey); the visible part of the article is framed. A click (or a drag) scrolls the article there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from ui.views.highlights import support_styles

WIDTH = 12


class OverviewStrip(QWidget):
    def __init__(self, text_view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_view = text_view
        self.spans: list[tuple[int, int, str]] = []  # UTF-16 start, end, level or "furniture"
        self._geometry: list[tuple[float, float, str]] = []  # fractions of the document height
        self._laid_out_for = -1.0
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("The whole article: click to go there"))
        self.setAccessibleName(self.tr("Overview of the article"))
        text_view.verticalScrollBar().valueChanged.connect(lambda _v: self.update())
        layout = text_view.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._invalidate())

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def set_spans(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = spans
        self._invalidate()

    def _invalidate(self) -> None:
        self._laid_out_for = -1.0
        self.update()

    def _document_y(self, position: int) -> float:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(position)
        return self.text_view.cursorRect(cursor).top() + self.text_view.verticalScrollBar().value()

    def _layout(self) -> None:
        height = self.text_view.document().size().height()
        if height == self._laid_out_for:
            return
        self._laid_out_for = height
        self._geometry = []
        if height <= 0:
            return
        for start, end, level in self.spans:
            top = self._document_y(start) / height
            bottom = (self._document_y(end) + self.text_view.fontMetrics().height()) / height
            self._geometry.append((top, max(bottom, top + 0.002), level))

    def paintEvent(self, _event: QPaintEvent) -> None:
        self._layout()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        styles = support_styles()
        usable = self.height()
        for top, bottom, level in self._geometry:
            colour = (
                QColor(styles[level].colour)
                if level in styles
                else self.palette().color(QPalette.ColorRole.PlaceholderText)
            )
            painter.fillRect(QRectF(2, top * usable, WIDTH - 4, (bottom - top) * usable), colour)
        bar = self.text_view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        if total > 0:
            pen = QPen(self.palette().color(QPalette.ColorRole.Text), 1)
            painter.setPen(pen)
            top = bar.value() / total * usable
            painter.drawRect(QRectF(0.5, top, WIDTH - 1, bar.pageStep() / total * usable - 1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._scroll_to(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._scroll_to(event.position().y())

    def _scroll_to(self, y: float) -> None:
        bar = self.text_view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        fraction = min(1.0, max(0.0, y / max(1, self.height())))
        bar.setValue(round(fraction * total - bar.pageStep() / 2))
