"""Reviewer notes: every note of the collection in view, newest first, with a search box and a
place to write a new one on the collection, the article in use, the tagged passage under the
caret or the passage group in focus.

Each note is shown in its own direction (an Arabic note right-aligned, an English one left),
with who wrote it and when; Edit and Delete are links under it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.review.records import NoteRecord
from app.text.bidi import isolate
from app.text.direction import dominant_direction

SEARCH_DELAY_MS = 200


def ui_direction(widget: QWidget) -> str:
    """The interface's direction, for HTML the widget shows ("rtl" when Arabic is active)."""
    return "rtl" if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"


def paragraph(text: str, style: str = "") -> str:
    """``text`` as HTML paragraphs, each set in the direction of its own letters."""
    parts = []
    for line in text.split("\n"):
        direction = dominant_direction(line, default="ltr")
        align = "right" if direction == "rtl" else "left"
        parts.append(
            f"<p dir='{direction}' align='{align}' style='margin:0;{style}'>"
            f"{html.escape(line) or '&nbsp;'}</p>"
        )
    return "".join(parts)


class NotesPanel(QDockWidget):
    sig_add = Signal(str, str)  # target key, body
    sig_save = Signal(int, str, str)  # note id, new body, the body the editing began from
    sig_delete = Signal(int)  # note id
    sig_search = Signal(str)  # the search words (may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notes"), parent)
        self.setObjectName("NotesPanel")
        self.notes: list[NoteRecord] = []
        self.editing: int | None = None
        self.editing_from = ""  # the note as it read when editing began
        self.search = QLineEdit()
        self.search.setObjectName("NoteSearch")
        self.search.setPlaceholderText(self.tr("Search notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.sig_search.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Notes, newest first"))
        self.browser.anchorClicked.connect(self._on_link)
        self.target = QComboBox()
        self.target.setObjectName("NoteTarget")
        self.target.setAccessibleName(self.tr("What the note is about"))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("NoteEditor")
        self.editor.setPlaceholderText(self.tr("Write a note, in Arabic or English…"))
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setMaximumHeight(90)
        self.editor.setMinimumHeight(34)  # the panels share the bottom: keep them shrinkable
        self.browser.setMinimumHeight(34)
        self.editor.textChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add Note"))
        self.add_button.setObjectName("AddNote")
        self.add_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        about = QHBoxLayout()
        about.addWidget(QLabel(self.tr("On:")))
        about.addWidget(self.target, 1)
        about.addWidget(self.cancel_button)
        about.addWidget(self.add_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.editor)
        layout.addLayout(about)
        self.setWidget(body)
        self._update_buttons()

    # ------------------------------------------------------------------ writing
    def set_targets(self, targets: Sequence[tuple[str, str]], preferred: str = "") -> None:
        """The things a new note can be on: (key, label); ``preferred`` is chosen if offered."""
        current = preferred or self.target.currentData() or ""
        self.target.clear()
        for key, label in targets:
            self.target.addItem(label, key)
        found = self.target.findData(current)
        self.target.setCurrentIndex(max(found, 0) if found >= 0 else self.target.count() - 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_text = bool(self.editor.toPlainText().strip())
        self.add_button.setEnabled(
            has_text and (self.editing is not None or self.target.count() > 0)
        )

    def _submit(self) -> None:
        body = self.editor.toPlainText().strip()
        if not body:
            return
        if self.editing is not None:
            self.sig_save.emit(self.editing, body, self.editing_from)
            self.stop_editing()
        elif self.target.currentData():
            self.sig_add.emit(str(self.target.currentData()), body)
            self.editor.clear()

    def start_editing(self, note_id: int) -> None:
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is None:
            return
        self.editing = note_id
        self.editing_from = note.body
        self.editor.setPlainText(note.body)
        self.editor.setFocus()
        self.target.setEnabled(False)
        self.add_button.setText(self.tr("Save Note"))
        self.cancel_button.show()
        self._update_buttons()

    def stop_editing(self) -> None:
        self.editing = None
        self.editor.clear()
        self.target.setEnabled(True)
        self.add_button.setText(self.tr("Add Note"))
        self.cancel_button.hide()
        self._update_buttons()

    # ------------------------------------------------------------------ showing
    def show_notes(self, notes: list[NoteRecord], about: dict[tuple[str, int], str]) -> None:
        """``about``: a label for each note's target, by (kind, id)."""
        self.notes = notes
        if not notes:
            hint = (
                self.tr("No note matches the search.")
                if self.search.text().strip()
                else self.tr("No notes yet. Write one below.")
            )
            self.browser.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")
            return
        parts = [self._note_html(n, about.get((n.target, n.target_id), "")) for n in notes]
        self.browser.setHtml("<hr/>".join(parts))

    def _note_html(self, note: NoteRecord, about: str) -> str:
        stamp = note.updated_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        meta = [isolate(note.reviewer or self.tr("(no name)")), stamp]
        if note.edited:
            meta.append(self.tr("edited"))
        on = {
            "collection": self.tr("on the collection %1"),
            "article": self.tr("on the article %1"),
            "annotation": self.tr("on the tagged passage %1"),
            "group": self.tr("on the passage group %1"),
        }[note.target]
        meta.append(on.replace("%1", f"«{isolate(about)}»" if about else "").strip())
        edit, delete = html.escape(self.tr("Edit")), html.escape(self.tr("Delete"))
        links = (
            f"<a href='edit:{note.id}'>{edit}</a> &nbsp; <a href='delete:{note.id}'>{delete}</a>"
        )
        head = (
            f"<p dir='{ui_direction(self)}' style='margin:0;color:gray'>"
            f"{html.escape(' · '.join(meta))}"
            f" &nbsp; {links}</p>"
        )
        return paragraph(note.body) + head

    def _on_link(self, url: QUrl) -> None:
        action, _, ident = url.toString().partition(":")
        if not ident.isdigit():
            return
        if action == "edit":
            self.start_editing(int(ident))
        elif action == "delete":
            self.sig_delete.emit(int(ident))
