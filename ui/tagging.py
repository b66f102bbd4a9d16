"""The tagging controller: the codebook dock, tagged spans in the panes, undo, redo and history.

Every change runs on the task runner's one writer, through the ``app.review`` services and their
one ``History``; the same task reads back the tags and the open articles' annotations, so a tag
shows in the pane one round trip after the key press. Plain reloads go to the same writer queue,
so snapshots come back in the order they were asked for and an older one never hides a newer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox

from app.review.records import PALETTE, AnnotationRecord, TagRecord, tag_tree_order
from ui.dialogs.tag_dialog import TagDialog
from ui.icons import icon
from ui.operations import Operations
from ui.outlet_label import outlet_label
from ui.tasks import TaskRunner, error_text
from ui.translations import fill, text_of
from ui.views.article_pane import ArticlePane
from ui.views.history_panel import HistoryPanel
from ui.views.side_by_side import SideBySideView
from ui.views.tag_panel import TagPanel
from ui.views.tagged_list import TaggedList

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.review.history import History

TAG_ALPHA = 110
# The codebook, the open articles' annotations, and the tables the change just made (or
# undone, or redone) touched.
Snapshot = tuple[list[TagRecord], list[AnnotationRecord], frozenset[str]]
ARTICLE_TABLES = frozenset({"articles", "sources", "source_aliases"})


def _moved(history: History, before: tuple[object, object]) -> frozenset[str]:
    """The tables touched by the change that was just made, undone or redone."""
    done = history.done[-1] if history.done else None
    undone = history.undone[-1] if history.undone else None
    if done is not None and done is not before[0]:
        return frozenset(r.table for r in done.rows)
    if undone is not None and undone is not before[1]:
        return frozenset(r.table for r in undone.rows)
    return frozenset()


class TaggingController(QObject):
    sig_changed = Signal()  # tags, spans and history are shown as they now are
    sig_articles_touched = Signal()  # a change (or its undo) edited articles or outlets

    def __init__(self, view: SideBySideView, runner: TaskRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.runner = runner
        self.history: History | None = None
        # asks who is reviewing, then goes on (set by the window; asked once, at the first
        # change made with no name)
        self.ask_name: Callable[[Callable[[], None]], None] | None = None
        self.ops = Operations(runner, self, window)
        self._changes = 0
        self.tags: dict[int, TagRecord] = {}
        self.annotations: list[AnnotationRecord] = []
        self.panel = TagPanel(window)
        self.tagged = TaggedList(window)
        self.history_panel = HistoryPanel(window)
        self.panel.sig_apply.connect(self.tag_selection)
        self.panel.sig_apply_article.connect(self.tag_article)
        self.panel.sig_create.connect(self.create_tag)
        self.panel.sig_edit.connect(self.edit_tag)
        self.panel.sig_move.connect(self.move_tag)
        self.panel.sig_merge.connect(self.merge_tag)
        self.panel.sig_delete.connect(self.delete_tag)
        self.panel.sig_shortcuts_by_use.connect(self._shortcuts_by_use)
        self.panel.sig_filter_changed.connect(self._draw)
        self.tagged.sig_activated.connect(self.reveal)
        view.sig_articles_changed.connect(self._on_articles_changed)
        self.actions = self._build_actions(window)
        self._update_undo_actions()

    # ------------------------------------------------------------------ actions
    def _build_actions(self, window: QMainWindow) -> dict[str, QAction]:
        actions: dict[str, QAction] = {}

        def make(name: str, text: str, keys: list[QKeySequence], slot: Callable[[], Any]) -> None:
            action = QAction(icon(name) if name in ("undo", "redo") else icon("tag"), text, window)
            action.setObjectName(name)
            action.setIconText(text.replace("&", ""))  # the toolbar keeps the short name
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            window.addAction(action)
            actions[name] = action

        ctrl, shift = Qt.Modifier.CTRL, Qt.Modifier.SHIFT
        make("undo", self.tr("&Undo"), [QKeySequence(ctrl | Qt.Key.Key_Z)], self.undo)
        make(
            "redo", self.tr("&Redo"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_Z), QKeySequence(ctrl | Qt.Key.Key_Y)],
            self.redo,
        )  # fmt: skip
        return actions

    def _update_undo_actions(self) -> None:
        history = self.history
        undo, redo = self.actions["undo"], self.actions["redo"]
        undo.setEnabled(bool(history and history.can_undo()))
        redo.setEnabled(bool(history and history.can_redo()))
        undo.setText(
            fill(self.tr("&Undo %1"), text_of(history.done[-1].label))
            if history and history.done
            else self.tr("&Undo")
        )
        redo.setText(
            fill(self.tr("&Redo %1"), text_of(history.undone[-1].label))
            if history and history.undone
            else self.tr("&Redo")
        )
        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))
        undo.setToolTip(undo.text().replace("&", "") + " (Ctrl+Z)")
        redo.setToolTip(redo.text().replace("&", "") + " (Ctrl+Shift+Z)")

    # ------------------------------------------------------------------ data
    def set_workspace(self, sessions: sessionmaker[Session], reviewer: str) -> None:
        from app.review.history import History  # the database layer: once the workspace is open

        self.history = History(sessions, reviewer=reviewer)
        self.reload()

    def set_reviewer(self, name: str) -> None:
        if self.history is not None:
            self.history.reviewer = name

    def ask_reviewer(self, current: str, on_named: Callable[[str], None]) -> QInputDialog:
        """Ask for the reviewer's name without blocking the window (first run, Edit menu)."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("ReviewerDialog")
        dialog.setWindowTitle(self.tr("Who Is Reviewing?"))
        dialog.setLabelText(
            self.tr("Your name, as it will stand beside your tags, notes and verdicts:")
        )
        dialog.setTextValue(current)

        def named(name: str) -> None:
            if name.strip():
                self.set_reviewer(name.strip())
                on_named(name.strip())

        dialog.textValueSelected.connect(named)
        dialog.open()
        return dialog

    def reviewer_then(self, ask: Callable[[], QInputDialog]) -> None:
        """Ask for the name (``ask``: the window's question, which remembers the answer)
        before the first change is written, once."""

        def asking(go_on: Callable[[], None]) -> None:
            dialog = ask()
            dialog.finished.connect(lambda _result: go_on())  # named, or not: the change goes

        self.ask_name = asking

    def _on_articles_changed(self, _ids: list[int]) -> None:
        for pane in self.view.panes:
            self._hook_pane(pane)
        self.reload()

    def reload(self) -> None:
        """Read the codebook and the open articles' annotations again (in the background)."""
        self.write(None)

    def write(self, change: Callable[[History], object] | None) -> None:
        """Run one change (or none) on the writer, then show the state it left."""
        from app.review.annotations import annotations_for
        from app.review.codebook import list_tags

        history = self.history
        if history is None:
            return
        if change is not None and not history.reviewer and self.ask_name is not None:
            # the first change of a reviewer not yet named: ask now (not at start, where the
            # demo would wait), then write it, named or not
            ask, self.ask_name = self.ask_name, None
            ask(lambda: self.write(change))
            return
        article_ids = self.view.article_ids  # read here: widgets belong to the GUI thread

        def task(_control: object) -> Snapshot:
            before = (
                history.done[-1] if history.done else None,
                history.undone[-1] if history.undone else None,
            )
            if change is not None:
                change(history)
            sessions = history.sessions
            touched = _moved(history, before)
            return list_tags(sessions), annotations_for(sessions, article_ids), touched

        # A read: only the latest counts. A change: each one is delivered (the one writer runs
        # them in order, so the last delivered is the latest state).
        self._changes += change is not None
        kind = "annotations" if change is None else f"change {self._changes}"
        self.ops.run(kind, task, on_done=self._show, on_failed=self._failed, writes=True)

    def _failed(self, error: object) -> None:
        QMessageBox.warning(self.window, self.tr("Tabayun"), error_text(error))
        self.reload()

    def _show(self, snapshot: Snapshot) -> None:
        tags, annotations, touched = snapshot
        open_ids = set(self.view.article_ids)
        self.tags = {t.id: t for t in tags}
        self.annotations = [a for a in annotations if a.article_id in open_ids]
        self.panel.set_tags(tags)
        self._draw()
        self.history_panel.show_history(self.history)
        self._update_undo_actions()
        self.sig_changed.emit()
        if touched & ARTICLE_TABLES:
            self.sig_articles_touched.emit()

    def _draw(self) -> None:
        hidden = self.panel.hidden
        labels = {p.article.summary.id: outlet_label(p.article.summary) for p in self.view.panes}
        self.tagged.set_annotations(self.annotations, self.tags, labels, hidden)
        formats: dict[str, QTextCharFormat] = {}
        spans: dict[int, list[tuple[int, int, QTextCharFormat]]] = defaultdict(list)
        for annotation in self.annotations:
            if annotation.start is None or annotation.end is None:
                continue  # a whole-article tag: listed, not drawn
            if annotation.anchor_state == "orphaned":
                continue  # not found in the new text: listed, not drawn
            colour = next(
                (
                    self.tags[t].color
                    for t in annotation.tag_ids
                    if t in self.tags and t not in hidden
                ),
                None,
            )
            if colour is not None:
                if colour not in formats:
                    formats[colour] = _tag_format(colour)
                spans[annotation.article_id].append(
                    (annotation.start, annotation.end, formats[colour])
                )
        for pane in self.view.panes:
            pane.text_view.set_layer("tags", merged(spans.get(pane.article.summary.id, [])))

    # ------------------------------------------------------------------ tagging
    def _pane_with_selection(self) -> tuple[ArticlePane, int, int] | None:
        panes = sorted(self.view.panes, key=lambda p: not p.text_view.hasFocus())
        for pane in panes:
            selected = pane.text_view.selected_range()
            if selected is not None:
                return pane, *selected
        return None

    def tag_selection(self, tag_id: int) -> bool:
        """Tag the selected text (in the focused pane, else any pane with a selection)."""
        from app.review.annotations import tag_span

        found = self._pane_with_selection()
        if found is None:
            self.window.statusBar().showMessage(
                self.tr("Select some text in an article first, then choose a tag."), 5000
            )
            return False
        pane, start, end = found
        article_id = pane.article.summary.id
        self.write(lambda h: tag_span(h, article_id, start, end, tag_id))
        return True

    def tag_with_key(self, number: int) -> None:
        tag = next((t for t in self.tags.values() if t.shortcut == number), None)
        if tag is None:
            self.window.statusBar().showMessage(
                fill(self.tr("No tag has the key %1 yet (Tags panel: Edit)."), str(number)),
                5000,
            )
            return
        self.tag_selection(tag.id)

    def tag_article(self, tag_id: int) -> None:
        from app.review.annotations import tag_article

        pane = self.view.current_pane()
        if pane is not None:
            article_id = pane.article.summary.id
            self.write(lambda h: tag_article(h, article_id, tag_id))

    def undo(self) -> None:
        self.write(lambda h: h.undo())

    def redo(self) -> None:
        self.write(lambda h: h.redo())

    def reveal(self, article_id: int, start: int, end: int) -> None:
        for pane in self.view.panes:
            if pane.article.summary.id == article_id:
                if start >= 0:
                    pane.text_view.select_range(start, end)
                pane.text_view.setFocus()

    def _hook_pane(self, pane: ArticlePane) -> None:
        view = pane.text_view
        if view.menu_extras is None:  # once per pane
            view.menu_extras = self._pane_menu
            view.sig_tag_key.connect(self.tag_with_key)

    def _pane_menu(self, menu: QMenu, has_selection: bool) -> None:
        sub = menu.addMenu(icon("tag"), self.tr("Tag Selection"))
        sub.setEnabled(has_selection and bool(self.tags))
        for depth, tag in tag_tree_order(list(self.tags.values())):
            key = f"\t{tag.shortcut}" if tag.shortcut else ""
            action = sub.addAction("    " * depth + tag.label + key)
            action.triggered.connect(lambda _checked=False, t=tag.id: self.tag_selection(t))

    # ------------------------------------------------------------------ codebook
    def create_tag(self, parent_id: int | None) -> TagDialog:
        from app.review.codebook import create_tag

        used = {t.color for t in self.tags.values()}
        dialog = TagDialog(
            None, next((c for c in PALETTE if c not in used), PALETTE[0]), self.window
        )

        def save() -> None:
            v = dialog.values()
            self.write(lambda h: create_tag(
                h, v.name, name_alt=v.name_alt, color=v.color, description=v.description,
                parent_id=parent_id, shortcut=v.shortcut,
            ))  # fmt: skip

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_tag(self, tag_id: int) -> TagDialog | None:
        from app.review.codebook import update_tag

        tag = self.tags.get(tag_id)
        if tag is None:
            return None
        dialog = TagDialog(tag, tag.color, self.window)

        def save() -> None:
            v = dialog.values()
            # as the dialog opened it: what the reviewer left alone keeps another's change,
            # and a change both made differently is refused in words (app.review.codebook)
            self.write(lambda h: update_tag(
                h, tag_id, name=v.name, name_alt=v.name_alt, color=v.color,
                description=v.description, shortcut=v.shortcut, seen=tag,
            ))  # fmt: skip

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def _choose_other_tag(self, tag_id: int, title: str, allow_top: bool) -> int | bool | None:
        """A tag other than ``tag_id`` from a list; None for the top level; False: cancelled."""
        choices = [(t.label, t.id) for _d, t in tag_tree_order(list(self.tags.values()))]
        choices = [(label, i) for label, i in choices if i != tag_id]
        names = ([self.tr("(top level)")] if allow_top else []) + [c[0] for c in choices]
        chosen, ok = QInputDialog.getItem(self.window, title, title, names, 0, False)
        if not ok:
            return False
        if allow_top and chosen == names[0]:
            return None
        return next(i for label, i in choices if label == chosen)

    def move_tag(self, tag_id: int) -> None:
        from app.review.codebook import move_tag

        target = self._choose_other_tag(tag_id, self.tr("Move under which tag?"), True)
        if target is None or (isinstance(target, int) and not isinstance(target, bool)):
            self.write(lambda h: move_tag(h, tag_id, target))

    def merge_tag(self, tag_id: int) -> None:
        from app.review.codebook import merge_tags

        target = self._choose_other_tag(tag_id, self.tr("Merge into which tag?"), False)
        if isinstance(target, int) and not isinstance(target, bool):
            self.write(lambda h: merge_tags(h, tag_id, target))

    def delete_tag(self, tag_id: int, confirm: bool = True) -> None:
        from app.review.codebook import delete_tag

        tag = self.tags.get(tag_id)
        if tag is None:
            return
        # from the codebook as last read, not a query on the GUI thread (the writer may hold
        # the database for a while)
        uses = tag.uses
        kids = sum(1 for t in self.tags.values() if t.parent_id == tag_id)
        if confirm:
            text = fill(
                self.tr("Delete the tag «%1»? Its %2 use(s) go with it."), tag.name, str(uses)
            )
            if kids:
                text += " " + self.tr("Its %1 child tag(s) move up one level.").replace(
                    "%1", str(kids)
                )
            text += " " + self.tr("You can undo this with Ctrl+Z.")
            answer = QMessageBox.question(self.window, self.tr("Delete Tag"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.write(lambda h: delete_tag(h, tag_id))

    def _shortcuts_by_use(self) -> None:
        from app.review.codebook import assign_shortcuts_by_use

        self.write(assign_shortcuts_by_use)


def merged(
    spans: list[tuple[int, int, QTextCharFormat]],
) -> list[tuple[int, int, QTextCharFormat]]:
    """Overlapping or touching spans of one colour as one: they look the same, and Qt draws
    each extra selection on its own (10,000 tags on five articles: ~2,000 selections fewer
    than tags, not one per tag). Spans of different colours still overlap."""
    out: list[tuple[int, int, QTextCharFormat]] = []
    open_by_format: dict[int, int] = {}  # id(format) -> index in out of its last span
    for start, end, fmt in sorted(spans, key=lambda s: s[0]):
        last = open_by_format.get(id(fmt))
        if last is not None and start <= out[last][1]:
            if end > out[last][1]:
                out[last] = (out[last][0], end, fmt)
            continue
        open_by_format[id(fmt)] = len(out)
        out.append((start, end, fmt))
    return out


def _tag_format(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    tint = QColor(colour)
    tint.setAlpha(TAG_ALPHA)
    fmt.setBackground(tint)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(colour).darker(140))
    return fmt


def fill_edit_menu(controller: TaggingController, menu: QMenu, change_reviewer: QAction) -> None:
    """Undo, redo, the history and the reviewer's name, in the Edit menu."""
    menu.addAction(controller.actions["undo"])
    menu.addAction(controller.actions["redo"])
    menu.addSeparator()
    menu.addAction(controller.history_panel.toggleViewAction())
    menu.addAction(change_reviewer)
