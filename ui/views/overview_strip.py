"""A thin strip beside an article: the support level along the whole text, and where the view is.

Each passage is drawn at its height in the laid-out document, in its level's colour (furniture in
grey); the visible part of the article is framed. A click (or a drag) scrolls the article there.
The passages are measured once per layout change, when control returns to the event loop (never
inside a paint), and drawn once into a pixmap; a scroll only moves the frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from ui.views.highlights import FACT_COLOURS, support_styles

WIDTH = 12


def _line(document: QTextDocument, position: int) -> tuple[float, QTextLine | None]:
    """The line that holds ``position`` (UTF-16) and its layout's top, in document pixels.

    Straight from the block's layout: a QTextCursor per position cost four times as much."""
    block = document.findBlock(position)
    layout = block.layout()
    if layout is None:
        return 0.0, None
    line = layout.lineForTextPosition(position - block.position())
    return layout.position().y(), line if line.isValid() else None


def _line_top(document: QTextDocument, position: int) -> float:
    top, line = _line(document, position)
    return top + (line.y() if line is not None else 0.0)


def _line_bottom(document: QTextDocument, position: int) -> float:
    top, line = _line(document, position)
    return top + (line.y() + line.height() if line is not None else 0.0)


class OverviewStrip(QWidget):
    def __init__(self, text_view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_view = text_view
        self.spans: list[tuple[int, int, str]] = []  # UTF-16 start, end, level or "furniture"
        self._geometry: list[tuple[float, float, str]] = []  # fractions of the document height
        self._laid_out_for = -1.0
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] = ()
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.timeout.connect(self._layout)
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
        self._relayout.start(0)

    def _layout(self) -> None:
        document = self.text_view.document()
        height = document.size().height()
        if height == self._laid_out_for:
            return
        self._laid_out_for = height
        geometry = []
        for start, end, level in self.spans if height > 0 else []:
            top = _line_top(document, start) / height
            bottom = _line_bottom(document, end) / height
            geometry.append((top, max(bottom, top + 0.002), level))
        self._geometry, self._picture = geometry, None
        self.update()

    def _passages(self) -> QPixmap:
        """The passages along the strip, drawn again only when they, the size or colours change."""
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.palette().cacheKey())
        if self._picture is not None and key == self._picture_key:
            return self._picture
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(picture)
        colours = {key: QColor(style.colour) for key, style in support_styles().items()}
        colours["fact"] = QColor(FACT_COLOURS["conflict"])  # a fact that differs, on top
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        usable = self.height()
        for top, bottom, level in self._geometry:
            painter.fillRect(
                QRectF(2, top * usable, WIDTH - 4, (bottom - top) * usable),
                colours.get(level, grey),
            )
        painter.end()
        self._picture, self._picture_key = picture, key
        return picture

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._passages())
        usable = self.height()
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
