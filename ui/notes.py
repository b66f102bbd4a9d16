"""Notes and verdicts in the window: the Notes dock and the verdict bar of the Passage panel.

Writes go through the tagging controller's one writer and History, so a note or a verdict is
undone by the same Ctrl+Z as a tag, and every change (whoever made it) redraws notes and
verdicts from the database.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app.review.records import NoteRecord, Passage, VerdictRecord, shorten
from ui.operations import Operations
from ui.outlet_label import outlet_label
from ui.tasks import TaskRunner
from ui.translations import fill
from ui.views.notes_panel import NotesPanel
from ui.views.side_by_side import SideBySideView

if TYPE_CHECKING:
    from app.review.history import History
    from ui.comparison import ComparisonController
    from ui.tagging import TaggingController

NotesSnapshot = tuple[list[NoteRecord], dict[tuple[str, int], str]]


class NotesController(QObject):
    sig_notes_shown = Signal()
    sig_verdicts_shown = Signal()

    def __init__(
        self,
        view: SideBySideView,
        runner: TaskRunner,
        tagging: TaggingController,
        comparison: ComparisonController,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self.window, self.view, self.runner = window, view, runner
        self.tagging, self.comparison = tagging, comparison
        self.panel = NotesPanel(window)
        self.bar = comparison.panel.verdict
        self.passages: tuple[Passage, ...] = ()  # the passage group in focus
        self.query = ""
        self.ops = Operations(runner, self, window)  # only the latest read of each is shown
        self._hooked: weakref.WeakSet[QObject] = weakref.WeakSet()
        self._targets_timer = QTimer(self, singleShot=True, interval=120)
        self._targets_timer.timeout.connect(self.update_targets)
        self.panel.sig_add.connect(self.add_note)
        self.panel.sig_save.connect(self.save_note)
        self._unsaved: tuple[int, str] | None = None  # (note, text) an edit could not save
        self.panel.sig_delete.connect(self.delete_note)
        self.panel.sig_search.connect(self.search)
        self.bar.sig_set.connect(self.set_verdict)
        self.bar.sig_clear.connect(self.clear_verdict)
        self.bar.sig_note.connect(self.note_on_passage)
        tagging.sig_changed.connect(self.reload)
        view.overlay.sig_focused.connect(self._on_focused)
        view.sig_articles_changed.connect(self._on_articles_changed)

    # ------------------------------------------------------------------ state
    @property
    def history(self) -> History | None:
        return self.tagging.history

    @property
    def collection_id(self) -> int | None:
        panes = self.view.panes
        return panes[0].article.summary.collection_id if panes else None

    def _on_articles_changed(self, _ids: list[int]) -> None:
        for pane in self.view.panes:
            if pane not in self._hooked:
                self._hooked.add(pane)
                pane.text_view.sig_caret_moved.connect(lambda _at: self._targets_timer.start())
        self.passages = ()
        self.update_targets()

    def _on_focused(self, segment_id: int) -> None:
        result = self.comparison.result
        if segment_id < 0 or result is None:
            self.passages = ()
        else:
            from app.compare.passages import members

            segments = (result.segments[i] for i in members(result, segment_id))
            self.passages = tuple(sorted(Passage(s.article, s.start, s.end) for s in segments))
        self.update_targets()
        self.reload_verdicts()

    def targets(self) -> list[tuple[str, str]]:
        """What a new note can be on, the most specific last: (key, label)."""
        found: list[tuple[str, str]] = []
        if self.collection_id is not None:
            found.append((f"collection:{self.collection_id}", self.tr("The collection")))
        pane = self.view.current_pane()
        if pane is not None:
            summary = pane.article.summary
            found.append(
                (f"article:{summary.id}", fill(self.tr("Article: %1"), outlet_label(summary)))
            )
            cursor = pane.text_view.textCursor()
            at = pane.text_view.offsets.from_utf16(cursor.position())
            span = next(
                (
                    a
                    for a in self.tagging.annotations
                    if a.article_id == summary.id
                    and a.start is not None
                    and a.end is not None
                    and a.anchor_state != "orphaned"
                    and a.start <= at <= a.end
                ),
                None,
            )
            if span is not None:
                found.append(
                    (
                        f"annotation:{span.id}",
                        fill(self.tr("Tagged passage «%1»"), shorten(span.exact)),
                    )
                )
        if self.passages:
            found.append(("group", self.tr("The passage in focus, in all its versions")))
        return found

    def update_targets(self, preferred: str = "") -> None:
        self.panel.set_targets(self.targets(), preferred)

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        self.reload_notes()
        self.reload_verdicts()

    def reload_notes(self) -> None:
        from app.review.notes import list_notes, target_labels

        history = self.history
        if history is None:
            return
        collection, query = self.collection_id, self.query

        def task(_control: object) -> NotesSnapshot:
            notes = list_notes(history.sessions, collection, query)
            return notes, target_labels(history.sessions, notes)

        self.ops.run("notes", task, on_done=self._show_notes)

    def _show_notes(self, snapshot: NotesSnapshot) -> None:
        notes, about = snapshot
        self.panel.show_notes(notes, about)
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None:  # an edit refused because the note changed meanwhile
            note_id, body = unsaved
            self.panel.start_editing(note_id)  # begins from the note as it now reads
            self.panel.editor.setPlainText(body)
        self.sig_notes_shown.emit()

    def reload_verdicts(self) -> None:
        from app.review.verdicts import list_verdicts

        history, collection, passages = self.history, self.collection_id, self.passages
        if history is None or collection is None or not passages:
            self.ops.cancel("verdicts")  # a read still on its way is moot
            self.bar.show_verdicts([], "")
            return

        def task(_control: object) -> list[VerdictRecord]:
            return list_verdicts(history.sessions, collection, passages)

        self.ops.run("verdicts", task, on_done=self._show_verdicts)

    def _show_verdicts(self, verdicts: list[VerdictRecord]) -> None:
        if self.history is not None:
            self.bar.show_verdicts(verdicts, self.history.reviewer)
            self.sig_verdicts_shown.emit()

    def search(self, query: str) -> None:
        self.query = query
        self.reload_notes()

    # ------------------------------------------------------------------ writing
    def _write(self, change: Callable[[History], object]) -> None:
        self.tagging.write(change)

    def add_note(self, key: str, body: str) -> None:
        from app.review.notes import add_note, add_passage_note

        kind, _, ident = key.partition(":")
        if kind == "group":
            collection, passages = self.collection_id, self.passages
            if collection is None or not passages:
                return
            self._write(lambda h: add_passage_note(h, collection, passages, body))
        elif kind in ("collection", "article", "annotation") and ident.isdigit():
            target_id = int(ident)
            self._write(lambda h: add_note(h, kind, target_id, body))  # type: ignore[arg-type]

    def save_note(self, note_id: int, body: str, seen: str | None = None) -> None:
        """Save an edited note; when someone changed it meanwhile, nothing is saved, the
        reviewer is told what it reads now, and their text goes back into the editor."""
        from app.review.notes import NoteChangedError, edit_note

        def change(history: History) -> None:
            try:
                edit_note(history, note_id, body, seen)
            except NoteChangedError:
                self._unsaved = (note_id, body)  # read back on the GUI thread after the reload
                raise

        self._write(change)

    def delete_note(self, note_id: int) -> None:
        from app.review.notes import delete_note

        self._write(lambda h: delete_note(h, note_id))
        self.window.statusBar().showMessage(self.tr("Note deleted. Ctrl+Z brings it back."), 5000)

    def set_verdict(self, value: str, comment: str) -> None:
        from app.review.verdicts import set_verdict

        collection, passages = self.collection_id, self.passages
        if collection is not None and passages:
            self._write(lambda h: set_verdict(h, collection, passages, value, comment))

    def clear_verdict(self) -> None:
        from app.review.verdicts import clear_verdict

        mine = self.bar.mine
        if mine is not None:
            self._write(lambda h: clear_verdict(h, mine.id))

    def note_on_passage(self) -> None:
        self.update_targets(preferred="group")
        self.panel.show()
        self.panel.raise_()
        self.panel.editor.setFocus()
