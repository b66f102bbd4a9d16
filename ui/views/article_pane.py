"""One article, read-only, with its header: the unit of the side-by-side view.

The stored text is shown exactly as stored. Each paragraph gets its own direction from its strong
characters (so "CNN: قال …" is still right-to-left in an Arabic article) and is aligned to its
start edge; Qt shapes and joins Arabic by itself, so no reshaping happens here.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.library.records import ArticleDocument, ArticleSummary, FurnitureMark
from app.text.bidi import joined
from app.text.direction import dominant_direction
from app.text.offsets import Utf16Map
from ui.fonts import article_font
from ui.icons import icon
from ui.models.two_level import article_details
from ui.outlet_label import outlet_label
from ui.views.elided_label import ElidedLabel
from ui.views.overview_strip import OverviewStrip


def qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


def start_alignment(direction: str) -> Qt.AlignmentFlag:
    edge = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
    return edge | Qt.AlignmentFlag.AlignAbsolute


class ArticleText(QTextEdit):
    """The read-only text of one article, with per-paragraph direction and dimmed furniture."""

    sig_furniture_requested = Signal(int, int, bool)  # start, end (code points), mark (or unmark)
    sig_caret_moved = Signal(int)  # code point where the caret now is (click or keys), no selection
    sig_tag_key = Signal(int)  # 1–9 pressed: tag the selection with the tag of that key

    LAYERS = (
        "support",
        "reviewer",
        "facts",
        "tags",
        "furniture",
        "focus",
    )  # in this order, the last on top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offsets = Utf16Map("")
        self.furniture: tuple[FurnitureMark, ...] = ()
        self.layers: dict[str, list[QTextEdit.ExtraSelection]] = {name: [] for name in self.LAYERS}
        # more context-menu entries (tagging), given the menu and whether text is selected
        self.menu_extras: Callable[[QMenu, bool], None] | None = None
        # the reviewer's corrections to the passages, given the code point right-clicked
        self.passage_menu: Callable[[QMenu, int], None] | None = None
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Article text"))

    def show_text(
        self, text: str, direction: str, paragraph_directions: tuple[str, ...] | None = None
    ) -> None:
        self.offsets = Utf16Map(text)
        document = self.document()
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(qt_direction(direction))
        option.setAlignment(start_alignment(direction))
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self.setPlainText(text)
        self._apply_paragraph_directions(direction, paragraph_directions)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _apply_paragraph_directions(
        self, article_direction: str, given: tuple[str, ...] | None
    ) -> None:
        """Each paragraph's direction: as the source file said (Word), else from its letters."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        while block.isValid():
            number = block.blockNumber()
            if given is not None and number < len(given):
                direction = given[number]
            else:
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

    # ------------------------------------------------------------------ furniture
    def set_furniture(self, marks: tuple[FurnitureMark, ...]) -> None:
        """Dim the excluded furniture spans, without touching the text layout."""
        self.furniture = marks
        dim = QTextCharFormat()
        dim.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.set_layer("furniture", [(m.start, m.end, dim) for m in marks if m.excluded])

    def set_layer(self, name: str, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Replace one layer of highlights (code-point spans), keeping the others."""
        selections = []
        for start, end, fmt in spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_utf16(start))
            cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.layers[name] = selections
        self.setExtraSelections([s for layer in self.LAYERS for s in self.layers[layer]])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 1–9 (no modifier) tag the selection with the tag that has that key."""
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            self.sig_tag_key.emit(event.key() - Qt.Key.Key_0)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_cursor_moved(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            self.sig_caret_moved.emit(self.offsets.from_utf16(cursor.position()))

    def top_of(self, position: int) -> int:
        """Where ``position`` (code points) is, in pixels from the top of the viewport. The
        text is laid out down to there first (Qt lays long text out lazily, and until then the
        scroll bar cannot reach it)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(position))
        self.document().documentLayout().blockBoundingRect(cursor.block())
        return self.cursorRect(cursor).top()

    def select_range(self, start: int, end: int) -> None:
        """Select ``start``..``end`` (code points) and scroll it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points into the stored text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self.offsets.from_utf16(cursor.selectionStart()),
            self.offsets.from_utf16(cursor.selectionEnd()),
        )

    def furniture_at(self, start: int, end: int) -> list[FurnitureMark]:
        return [m for m in self.furniture if m.excluded and m.start < end and m.end > start]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        selected = self.selected_range()
        if selected is None:
            position = self.offsets.from_utf16(self.cursorForPosition(event.pos()).position())
            around = (position, position + 1)
        else:
            around = selected
        mark = menu.addAction(self.tr("Mark as Page Furniture"))
        mark.setEnabled(selected is not None)
        mark.triggered.connect(lambda: self.sig_furniture_requested.emit(*around, True))
        unmark = menu.addAction(self.tr("Not Page Furniture"))
        unmark.setEnabled(bool(self.furniture_at(*around)))
        unmark.triggered.connect(lambda: self.sig_furniture_requested.emit(*around, False))
        if self.passage_menu is not None:
            menu.addSeparator()
            self.passage_menu(menu, around[0])
        if self.menu_extras is not None:
            menu.addSeparator()
            self.menu_extras(menu, selected is not None)
        menu.exec(event.globalPos())


def _header_button(icon_name: str, tip: str, accessible_name: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(icon_name))
    button.setIconSize(QSize(14, 14))  # small: the header is one line, even in a narrow pane
    button.setFixedSize(22, 22)
    button.setAutoRaise(True)
    button.setToolTip(tip)
    button.setAccessibleName(accessible_name)
    return button


PANE_MIN_WIDTH = 210  # five fit beside the library on a 1366-pixel screen (window_state)
PANE_NARROW_WIDTH = 160  # with more open than fit at 210: eight beside the library at 1920


class ArticlePane(QFrame):
    """Header (title, outlet, date, words) above the article text."""

    sig_close_requested = Signal(int)  # article id
    sig_edit_requested = Signal(int)  # article id: edit title, outlet, date, URL
    sig_move_requested = Signal(int, int)  # article id, -1 (earlier) or +1 (later)
    sig_furniture_requested = Signal(int, int, int, bool)  # article id, start, end, mark
    sig_name_outlet_requested = Signal(int)  # article id: its outlet is not named yet

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

        # One line: the outlet first (or a link to name it), then the headline elided to the room
        # left; date, length and the whole headline in the tooltip.
        self.title_label = ElidedLabel(summary.title)
        self.title_label.setLayoutDirection(direction)
        self.title_label.setAlignment(
            start_alignment(summary.direction) | Qt.AlignmentFlag.AlignVCenter
        )
        self.meta_label = QLabel()
        self.meta_label.setObjectName("PaneDetails")
        self.meta_label.setTextFormat(Qt.TextFormat.RichText)
        self.meta_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.meta_label.setWordWrap(False)
        self.meta_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.meta_label.setLayoutDirection(direction)
        self.meta_label.setAccessibleName(self.tr("Outlet, date and length"))
        self.meta_label.linkActivated.connect(
            lambda _link: self.sig_name_outlet_requested.emit(self.article.summary.id)
        )
        self._show_meta()

        earlier = _header_button(
            "move_earlier", self.tr("Move this article one place earlier"), self.tr("Move earlier")
        )
        earlier.clicked.connect(lambda: self.sig_move_requested.emit(summary.id, -1))
        later = _header_button(
            "move_later", self.tr("Move this article one place later"), self.tr("Move later")
        )
        later.clicked.connect(lambda: self.sig_move_requested.emit(summary.id, +1))
        close = _header_button(
            "close_pane", self.tr("Close this article"), self.tr("Close article")
        )
        close.clicked.connect(lambda: self.sig_close_requested.emit(summary.id))
        edit = _header_button(
            "edit", self.tr("Edit the title, outlet, date and URL"), self.tr("Edit article details")
        )
        edit.clicked.connect(lambda: self.sig_edit_requested.emit(summary.id))

        titles = QWidget()  # in the article's direction: the outlet where its script starts
        titles.setLayoutDirection(direction)
        line = QHBoxLayout(titles)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        line.addWidget(self.meta_label)
        line.addWidget(self.title_label, 1)
        header = QHBoxLayout()
        header.setSpacing(0)
        header.addWidget(titles, 1)
        for button in (earlier, later, edit, close):
            header.addWidget(button)

        self.text_view = ArticleText()
        self.set_zoom(zoom_steps, font_family)  # before the text: lay it out once, not twice
        self.text_view.show_text(article.text, summary.direction, article.paragraph_directions)
        self.text_view.set_furniture(article.furniture)
        self.text_view.sig_furniture_requested.connect(
            lambda start, end, mark: self.sig_furniture_requested.emit(summary.id, start, end, mark)
        )

        self.overview = OverviewStrip(self.text_view)
        body = QHBoxLayout()
        body.setSpacing(2)
        body.addWidget(self.text_view, 1)
        body.addWidget(self.overview)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setMinimumWidth(PANE_MIN_WIDTH)

    def set_summary(self, summary: ArticleSummary) -> None:
        self.article = replace(self.article, summary=summary)
        self.title_label.setText(summary.title)
        self._show_meta()

    @property
    def outlet_named(self) -> bool:
        return self.article.summary.named

    def _show_meta(self) -> None:
        """The outlet in bold (or the link to name it); each detail in its own bidi isolate in
        the tooltip, so an Arabic outlet does not reorder the rest."""
        summary = self.article.summary
        if summary.named:
            shown = f"<b>{html.escape(outlet_label(summary))}</b>"
        else:
            link = self.tr("Name the outlet…")  # outside the f-string: lupdate finds it
            shown = f'<a href="name-outlet">{html.escape(link)}</a>'
        self.meta_label.setText(shown)
        details = [outlet_label(summary), *article_details(summary, outlet=False)[1:]]
        self.details = joined(html.escape(d) for d in details)
        tip = QTextDocumentFragment.fromHtml(self.details).toPlainText()
        if not summary.named:
            tip = (
                self.tr(
                    "Nothing in this file names its outlet. Name it: the comparison and the "
                    "reports will use the name."
                )
                + "\n"
                + tip
            )
        if summary.original_filename:
            tip += "\n" + summary.original_filename
        self.meta_label.setToolTip(tip)
        self.title_label.setToolTip(summary.title + "\n" + tip)

    def meta_text(self) -> str:
        """The header's outlet and its details as a reader sees them (without markup)."""
        shown = QTextDocumentFragment.fromHtml(self.meta_label.text()).toPlainText()
        return shown + " · " + QTextDocumentFragment.fromHtml(self.details).toPlainText()

    def set_zoom(self, steps: int, font_family: str = "") -> None:
        self.text_view.setFont(article_font(self.article.summary.direction, font_family, steps))
