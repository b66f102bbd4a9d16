"""Notes and verdicts in the real window: written, shown in their own direction, searched,
edited, deleted, undone; a verdict on the passage in focus survives a fresh comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow

QUOTE = "هذا سبب قدومنا إلى هنا"
ARABIC_NOTE = "تحقق من الرقم مع وكالة أخرى"
ENGLISH_NOTE = "Check the figure with a second agency."


def _ready(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    window.notes.panel.show()
    window.notes.panel.raise_()


def _write(qtbot: QtBot, window: MainWindow, target_prefix: str, body: str) -> None:
    """Write ``body`` on the first target whose key starts with ``target_prefix``; wait
    until it is listed."""
    panel = window.notes.panel
    index = next(
        i for i in range(panel.target.count()) if panel.target.itemData(i).startswith(target_prefix)
    )
    panel.target.setCurrentIndex(index)
    panel.editor.setPlainText(body)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: body in _bodies(window), timeout=5000)


def _bodies(window: MainWindow) -> list[str]:
    return [n.body for n in window.notes.panel.notes]


def test_notes_on_an_article_and_the_collection_edit_search_delete_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    _ready(qtbot, window)
    pane = window.side_by_side.panes[1]
    pane.text_view.setFocus()
    pane.text_view.select_range(10, 10)
    window.notes.update_targets()
    _write(qtbot, window, "article:", ARABIC_NOTE)
    _write(qtbot, window, "collection:", ENGLISH_NOTE)
    assert _bodies(window) == [ENGLISH_NOTE, ARABIC_NOTE]  # newest first
    notes = {n.body: n for n in window.notes.panel.notes}
    assert notes[ARABIC_NOTE].target == "article"
    assert notes[ARABIC_NOTE].target_id == pane.article.summary.id
    assert notes[ARABIC_NOTE].reviewer == "Tester"

    # each note in its own direction: the Arabic one right to left, the English one left to right
    document = window.notes.panel.browser.document()
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions[ARABIC_NOTE] == Qt.LayoutDirection.RightToLeft
    assert directions[ENGLISH_NOTE] == Qt.LayoutDirection.LeftToRight
    assert "Tester" in window.notes.panel.browser.toPlainText()

    # search: folded letters, a half-typed word
    window.notes.panel.search.setText("وكاله")
    qtbot.waitUntil(lambda: _bodies(window) == [ARABIC_NOTE], timeout=5000)
    window.notes.panel.search.setText("")
    qtbot.waitUntil(lambda: len(_bodies(window)) == 2, timeout=5000)

    # edit through the note's Edit link
    window.notes.panel.browser.anchorClicked.emit(QUrl(f"edit:{notes[ENGLISH_NOTE].id}"))
    assert window.notes.panel.editor.toPlainText() == ENGLISH_NOTE
    window.notes.panel.editor.setPlainText("Checked: both agencies agree.")
    qtbot.mouseClick(window.notes.panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checked: both agencies agree." in _bodies(window), timeout=5000)
    edited = window.notes.panel.notes[0]
    assert edited.body == "Checked: both agencies agree." and edited.id == notes[ENGLISH_NOTE].id

    # delete, then undo brings it back
    window.notes.panel.browser.anchorClicked.emit(QUrl(f"delete:{edited.id}"))
    qtbot.waitUntil(lambda: _bodies(window) == [ARABIC_NOTE], timeout=5000)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.tagging.actions["undo"].trigger()
    qtbot.waitUntil(lambda: "Checked: both agencies agree." in _bodies(window), timeout=5000)


def test_a_note_on_a_tagged_passage_under_the_caret(qtbot: QtBot, window: MainWindow) -> None:
    _ready(qtbot, window)
    pane = next(p for p in window.side_by_side.panes if QUOTE in p.article.text)
    at = pane.article.text.index(QUOTE)
    pane.text_view.setFocus()
    pane.text_view.select_range(at, at + len(QUOTE))
    with qtbot.waitSignal(window.tagging.sig_changed, timeout=5000):
        window.tagging.tag_selection(next(iter(window.tagging.tags)))
    pane.text_view.select_range(at + 3, at + 3)
    window.notes.update_targets()
    keys = [window.notes.panel.target.itemData(i) for i in range(window.notes.panel.target.count())]
    (annotation,) = window.tagging.annotations
    assert f"annotation:{annotation.id}" in keys
    _write(qtbot, window, "annotation:", "اقتباس مباشر")
    (note,) = window.notes.panel.notes
    assert note.target == "annotation" and note.target_id == annotation.id
    assert QUOTE[:20] in window.notes.panel.browser.toPlainText()  # "on «…quote…»"


def test_a_verdict_on_the_passage_in_focus_survives_recomparison(
    qtbot: QtBot, window: MainWindow
) -> None:
    _ready(qtbot, window)
    pane = next(p for p in window.side_by_side.panes if QUOTE in p.article.text)
    at = pane.article.text.index(QUOTE)
    with qtbot.waitSignal(window.notes.sig_verdicts_shown, timeout=5000):
        pane.text_view.select_range(at + 2, at + 2)
        window.side_by_side.overlay.caret_moved(pane, at + 2)
    bar = window.comparison.panel.verdict
    assert bar.isEnabled() and bar.mine is None
    assert len(window.notes.passages) >= 2  # the quote is carried by several outlets
    bar.comment.setText("كلهم نقلوا العبارة نفسها")
    with qtbot.waitSignal(window.notes.sig_verdicts_shown, timeout=5000):
        qtbot.mouseClick(bar.buttons["agree"], Qt.MouseButton.LeftButton)
    assert bar.mine is not None and bar.mine.value == "agree"
    assert bar.buttons["agree"].isChecked() and not bar.buttons["differ"].isChecked()
    assert bar.mine.comment == "كلهم نقلوا العبارة نفسها"

    # comparing again chooses the same passage again; its verdict is found by its passages
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        window.comparison.recompare()
    qtbot.waitUntil(lambda: bar.isEnabled() and bar.mine is not None, timeout=5000)
    assert bar.buttons["agree"].isChecked()
    with qtbot.waitSignal(window.notes.sig_verdicts_shown, timeout=5000):
        window.side_by_side.overlay.caret_moved(pane, at + 2)
        window.side_by_side.overlay.focus(None)
        window.side_by_side.overlay.caret_moved(pane, at + 2)
    assert bar.mine is not None and bar.buttons["agree"].isChecked()

    # a second click on the chosen verdict clears it; undo restores it
    with qtbot.waitSignal(window.notes.sig_verdicts_shown, timeout=5000):
        qtbot.mouseClick(bar.buttons["agree"], Qt.MouseButton.LeftButton)
    assert bar.mine is None and not bar.buttons["agree"].isChecked()
    with qtbot.waitSignal(window.notes.sig_verdicts_shown, timeout=5000):
        window.tagging.actions["undo"].trigger()
    assert bar.mine is not None and bar.mine.value == "agree"


def test_an_edit_of_a_note_someone_changed_meanwhile_is_refused_and_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Another reviewer (another window: a second History on the same file) changes the note
    while this one edits it: saving says what the note reads now, saves nothing, and puts this
    reviewer's text back in the editor, on the note as it now reads."""
    from PySide6.QtWidgets import QMessageBox

    from app.review.history import History
    from app.review.notes import edit_note

    _ready(qtbot, window)
    window.notes.update_targets()
    _write(qtbot, window, "collection:", ENGLISH_NOTE)
    note = window.notes.panel.notes[0]
    window.notes.panel.browser.anchorClicked.emit(QUrl(f"edit:{note.id}"))
    other = History(window.context.sessions, reviewer="سارة")
    edit_note(other, note.id, "Sara: the agency retracted it.", seen=ENGLISH_NOTE)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    window.notes.panel.editor.setPlainText("Mine: both agencies agree.")
    qtbot.mouseClick(window.notes.panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "Sara: the agency retracted it." in told[0]
    qtbot.waitUntil(
        lambda: window.notes.panel.editor.toPlainText() == "Mine: both agencies agree.",
        timeout=5000,
    )
    assert window.notes.panel.editing == note.id
    assert window.notes.panel.editing_from == "Sara: the agency retracted it."
    assert _bodies(window) == ["Sara: the agency retracted it."]
