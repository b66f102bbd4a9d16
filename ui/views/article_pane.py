"""One article, read-only, with its header: the unit of the side-by-side view.

The stored text is shown exactly as stored. Each paragraph gets its own direction from its strong
characters (so "CNN: قال …" is still right-to-left in an Arabic article) and is aligned to its
start edge; Qt shapes and joins Arabic by itself, so no reshaping happens here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.records import ArticleDocument
from app.text.direction import dominant_direction
from ui.fonts import article_font
from ui.icons import icon
from ui.models.library_model import article_details


def qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


def start_alignment(direction: str) -> Qt.AlignmentFlag:
    edge = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
    return edge | Qt.AlignmentFlag.AlignAbsolute


class ArticleText(QTextEdit):
    """The read-only text of one article, with per-paragraph direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Article text"))

    def show_text(self, text: str, direction: str) -> None:
        document = self.document()
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(qt_direction(direction))
        option.setAlignment(start_alignment(direction))
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self.setPlainText(text)
        self._apply_paragraph_directions(direction)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _apply_paragraph_directions(self, article_direction: str) -> None:
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        while block.isValid():
            direction = dominant_direction(block.text(), default=article_direction)  # type: ignore[arg-type]
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(qt_direction(direction))
            fmt.setAlignment(start_alignment(direction))
            fmt.setBottomMargin(6)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(fmt)
            block = block.next()
        cursor.endEditBlock()
        document.setModified(False)


class ArticlePane(QFrame):
    """Header (title, outlet, date, words) above the article text."""

    sig_close_requested = Signal(int)  # article id

    def __init__(
        self,
        article: ArticleDocument,
        *,
        zoom_steps: int = 0,
        font_family: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.article = article
        summary = article.summary
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("ArticlePane")
        direction = qt_direction(summary.direction)

        self.title_label = QLabel(summary.title)
        self.title_label.setWordWrap(True)
        self.title_label.setLayoutDirection(direction)
        self.title_label.setAlignment(
            start_alignment(summary.direction) | Qt.AlignmentFlag.AlignTop
        )
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title_label.setFont(title_font)

        self.meta_label = QLabel(self._meta_text())
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setWordWrap(True)
        self.meta_label.setLayoutDirection(direction)
        self.meta_label.setAlignment(start_alignment(summary.direction))
        self.meta_label.setStyleSheet("color: palette(placeholder-text);")
        self.meta_label.setToolTip(summary.original_filename or "")

        close = QToolButton()
        close.setIcon(icon("close_pane"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this article"))
        close.setAccessibleName(self.tr("Close article"))
        close.clicked.connect(lambda: self.sig_close_requested.emit(summary.id))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.meta_label)
        header.addLayout(titles, 1)
        header.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

        self.text_view = ArticleText()
        self.set_zoom(zoom_steps, font_family)  # before the text: lay it out once, not twice
        self.text_view.show_text(article.text, summary.direction)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.text_view, 1)
        self.setMinimumWidth(240)

    def _meta_text(self) -> str:
        # Each part in its own bidi isolate, so an Arabic outlet does not reorder the rest.
        return "  ·  ".join(f"\u2068{part}\u2069" for part in article_details(self.article.summary))

    def set_zoom(self, steps: int, font_family: str = "") -> None:
        self.text_view.setFont(article_font(self.article.summary.direction, font_family, steps))
