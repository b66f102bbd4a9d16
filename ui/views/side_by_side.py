"""Articles side by side in a splitter, with synchronised scrolling and zoom.

More panes than fit scroll horizontally: each pane keeps a readable minimum width.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.library.records import ArticleDocument, ArticleSummary, FurnitureMark
from ui.icons import icon
from ui.views.article_pane import PANE_MIN_WIDTH, PANE_NARROW_WIDTH, ArticlePane
from ui.views.comparison_overlay import ComparisonOverlay

MIN_ZOOM, MAX_ZOOM = -6, 24


class SideBySideView(QStackedWidget):
    sig_articles_changed = Signal(list)  # ids of the open articles, in order
    sig_furniture_requested = Signal(int, int, int, bool)  # article id, start, end, mark
    sig_import_requested = Signal()  # the empty state's "Import your articles…" button
    sig_edit_requested = Signal(int)  # article id
    sig_name_outlet_requested = Signal(int)  # article id whose outlet is not named

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panes: list[ArticlePane] = []
        self.sync_scroll = True
        self.zoom_steps = 0
        self.font_family = ""
        self._syncing = False
        self.overlay = ComparisonOverlay(self)

        self.placeholder = QWidget()
        self.placeholder.setObjectName("EmptyState")
        hint = QLabel(
            self.tr(
                "Select articles in the sidebar, then press Enter or "
                "“Open side by side” to read them next to each other."
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.import_button = QPushButton(icon("import"), self.tr("Import Your Articles…"))
        self.import_button.setObjectName("EmptyStateImport")
        self.import_button.setMinimumHeight(40)
        self.import_button.clicked.connect(self.sig_import_requested)
        empty = QVBoxLayout(self.placeholder)
        empty.addStretch(1)
        empty.addWidget(hint)
        empty.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(1)

        self.splitter = self._new_splitter()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.holder = holder = QWidget()
        self.holder_layout = QVBoxLayout(holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.holder_layout.addWidget(self.splitter)
        self.scroll_area.setWidget(holder)

        self.addWidget(self.placeholder)
        self.addWidget(self.scroll_area)

    @property
    def article_ids(self) -> list[int]:
        return [pane.article.summary.id for pane in self.panes]

    @staticmethod
    def _new_splitter() -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(6)
        return splitter

    def show_articles(self, articles: Sequence[ArticleDocument]) -> None:
        # The new panes go into a splitter that is not on screen yet, so each text is laid out
        # once, at its final width, when the splitter is shown (not once per pane added).
        old = self.splitter
        self.splitter = self._new_splitter()
        self.panes = []
        for article in articles:
            pane = ArticlePane(article, zoom_steps=self.zoom_steps, font_family=self.font_family)
            pane.sig_close_requested.connect(self.close_article)
            pane.sig_furniture_requested.connect(self.sig_furniture_requested)
            pane.sig_edit_requested.connect(self.sig_edit_requested)
            pane.sig_name_outlet_requested.connect(self.sig_name_outlet_requested)
            pane.sig_move_requested.connect(self.move_article)
            pane.text_view.verticalScrollBar().valueChanged.connect(
                lambda _value, source=pane: self._on_scrolled(source)
            )
            pane.text_view.sig_caret_moved.connect(
                lambda position, source=pane: self.overlay.caret_moved(source, position)
            )
            self.splitter.addWidget(pane)
            self.panes.append(pane)
        self._relayout()
        self.holder_layout.replaceWidget(old, self.splitter)
        old.hide()
        old.deleteLater()
        self.sig_articles_changed.emit(self.article_ids)

    def close_article(self, article_id: int) -> None:
        for pane in list(self.panes):
            if pane.article.summary.id == article_id:
                self.panes.remove(pane)
                pane.setParent(None)
                pane.deleteLater()
        self._relayout()
        self.sig_articles_changed.emit(self.article_ids)

    def move_article(self, article_id: int, delta: int) -> None:
        """Move a pane ``delta`` places in reading order (first on the right when the interface
        is right-to-left: the splitter mirrors with the layout direction)."""
        index = next(
            (i for i, p in enumerate(self.panes) if p.article.summary.id == article_id), -1
        )
        target = index + delta
        if index < 0 or not 0 <= target < len(self.panes):
            return
        pane = self.panes.pop(index)
        self.panes.insert(target, pane)
        self.splitter.insertWidget(target, pane)
        self.sig_articles_changed.emit(self.article_ids)

    def _relayout(self) -> None:
        count = len(self.panes)
        self.setCurrentWidget(self.scroll_area if count else self.placeholder)
        if count:
            self._fit_minimums()
            self.splitter.setSizes([1000] * count)  # equal shares

    def _fit_minimums(self) -> None:
        """Each pane's least width: ``PANE_MIN_WIDTH``, or, when more articles are open than
        fit so, their share of the view down to ``PANE_NARROW_WIDTH``: eight outlets beside
        the library on a 1920-pixel screen all in view (the eighth was behind a scroll bar)."""
        count = len(self.panes)
        if not count:
            return
        handle = self.splitter.handleWidth()
        room = self.scroll_area.viewport().width() if self.scroll_area.isVisible() else 0
        each = PANE_MIN_WIDTH
        if room and count * (PANE_MIN_WIDTH + handle) > room:
            each = max(PANE_NARROW_WIDTH, room // count - handle)
        for pane in self.panes:
            pane.setMinimumWidth(each)
        self.holder.setMinimumWidth((each + handle) * count)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_minimums()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_minimums()

    def current_pane(self) -> ArticlePane | None:
        """The pane being read: the one with the keyboard focus, else the focused passage's, else
        the first in reading order."""
        for pane in self.panes:
            if pane.text_view.hasFocus():
                return pane
        focused = self.overlay.focused
        if focused is not None and self.overlay.comparison is not None:
            article = self.overlay.comparison.segments[focused].article
            for pane in self.panes:
                if pane.article.summary.id == article:
                    return pane
        return self.panes[0] if self.panes else None

    def reveal(self, segment_id: int) -> None:
        """Bring ``segment_id`` into view and focus its passage: its pane scrolled into the
        window when the panes are wider than it, the caret at the sentence."""
        self.overlay.reveal(segment_id)
        pane = self.current_pane()
        if pane is not None:
            self.scroll_into_view(pane)

    def scroll_into_view(self, pane: ArticlePane) -> None:
        """Scroll the panes sideways so ``pane`` is in view (its reading edge first, when it is
        wider than the view). QScrollArea.ensureWidgetVisible scrolls the wrong way in a
        right-to-left window, where the first article is on the right: there a larger value
        moves the panes right, not left."""
        port = self.scroll_area.viewport()
        bar = self.scroll_area.horizontalScrollBar()
        left = pane.mapTo(port, pane.rect().topLeft()).x()
        right = left + pane.width()
        wide = pane.width() > port.width()
        move = 0  # how far the panes must go right (negative: left)
        if self.scroll_area.isRightToLeft():  # the right edge is where it starts
            if right > port.width() or wide:
                move = port.width() - right
            elif left < 0:
                move = -left
            bar.setValue(bar.value() + move)
        else:
            if left < 0 or wide:
                move = -left
            elif right > port.width():
                move = port.width() - right
            bar.setValue(bar.value() - move)

    def select_passage(self, text: str) -> bool:
        """Focus the passage containing ``text`` in the first open article that has it, its pane
        scrolled into view when the panes are wider than the window."""
        for pane in self.panes:
            at = pane.article.text.find(text)
            if at >= 0:
                pane.text_view.select_range(at, at)
                self.scroll_into_view(pane)
                return True
        return False

    def set_sync_scroll(self, enabled: bool) -> None:
        self.sync_scroll = enabled
        if enabled and self.panes:
            self._on_scrolled(self.panes[0])

    def set_zoom(self, steps: int) -> int:
        self.zoom_steps = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        for pane in self.panes:
            pane.set_zoom(self.zoom_steps, self.font_family)
        return self.zoom_steps

    def _on_scrolled(self, source: ArticlePane) -> None:
        """Keep the other panes at the same fraction of their length."""
        if not self.sync_scroll or self._syncing or self.overlay.aligning:
            return
        bar = source.text_view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._syncing = True
        try:
            for pane in self.panes:
                if pane is not source:
                    other = pane.text_view.verticalScrollBar()
                    other.setValue(round(fraction * other.maximum()))
        finally:
            self._syncing = False

    def update_furniture(self, article_id: int, marks: tuple[FurnitureMark, ...]) -> None:
        for pane in self.panes:
            if pane.article.summary.id == article_id:
                pane.text_view.set_furniture(marks)

    def update_summary(self, summary: ArticleSummary) -> None:
        """New title, outlet or date for an open article: only its header changes."""
        for pane in self.panes:
            if pane.article.summary.id == summary.id:
                pane.set_summary(summary)
