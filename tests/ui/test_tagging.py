"""Tagging in the real window: select Arabic text, press a tag's key, see it, undo it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.views.article_pane import ArticlePane

QUOTE = "هذا سبب قدومنا إلى هنا"


def _tag_texts(pane: ArticlePane) -> list[str]:
    return [s.cursor.selectedText() for s in pane.text_view.layers["tags"]]


def _ready(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _first_run(qtbot: QtBot, window: MainWindow) -> None:
    """The first run opens on the demo at once: nobody is asked anything yet."""
    from PySide6.QtWidgets import QInputDialog

    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    assert len(window.side_by_side.panes) == 5
    dialog = window.findChild(QInputDialog, "ReviewerDialog")
    assert dialog is None or not dialog.isVisible()
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _name_when_asked(qtbot: QtBot, window: MainWindow, reviewer: str = "ليلى") -> None:
    """The first change asks who is reviewing (without blocking the window): answer it."""
    from PySide6.QtWidgets import QInputDialog

    def asked() -> bool:
        dialog = window.findChild(QInputDialog, "ReviewerDialog")
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(asked, timeout=5000)
    dialog = window.findChild(QInputDialog, "ReviewerDialog")
    dialog.setTextValue(reviewer)
    dialog.accept()
    assert window.settings.reviewer_name == reviewer
    assert window.tagging.history is not None and window.tagging.history.reviewer == reviewer
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _press_claim_key_on_quote(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    """Select QUOTE in its pane and press 1 («ادعاء · Claim»); returns the pane."""
    pane = next(p for p in window.side_by_side.panes if QUOTE in p.article.text)
    at = pane.article.text.index(QUOTE)
    pane.text_view.setFocus()
    pane.text_view.select_range(at, at + len(QUOTE))
    qtbot.keyClick(pane.text_view, Qt.Key.Key_1)
    return pane


def test_select_an_arabic_span_tag_it_with_a_key_and_undo(
    qtbot: QtBot, first_run_window: MainWindow
) -> None:
    window = first_run_window
    _first_run(qtbot, window)
    pane = _press_claim_key_on_quote(qtbot, window)
    at = pane.article.text.index(QUOTE)
    _name_when_asked(qtbot, window)  # the first change: who is it?
    qtbot.waitUntil(lambda: _tag_texts(pane) == [QUOTE], timeout=5000)
    (annotation,) = window.tagging.annotations
    assert (annotation.start, annotation.end, annotation.exact) == (at, at + len(QUOTE), QUOTE)
    claim = next(t for t in window.tagging.tags.values() if t.shortcut == 1)
    assert annotation.tag_ids == (claim.id,)
    assert window.tagging.tagged.count() == 1
    assert claim.name in window.tagging.history_panel.labels()[-1]
    assert window.tagging.history_panel.labels()[-1].endswith("ليلى")  # who did it
    assert "Tag" in window.tagging.actions["undo"].text()
    # the tag is drawn in its colour, under the text
    fmt = pane.text_view.layers["tags"][0].format
    assert fmt.background().color().name().upper() == claim.color.upper()

    window.tagging.actions["undo"].trigger()
    qtbot.waitUntil(lambda: _tag_texts(pane) == [], timeout=5000)
    assert window.tagging.annotations == [] and window.tagging.tagged.count() == 0
    assert window.tagging.actions["redo"].isEnabled()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _tag_texts(pane) == [QUOTE], timeout=5000)


def test_overlapping_spans_across_sentences_and_the_filter(
    qtbot: QtBot, window: MainWindow
) -> None:
    _ready(qtbot, window)
    pane = window.side_by_side.panes[0]
    text = pane.article.text
    end_of_first = text.index(".") + 1
    first = next(t for t in window.tagging.tags.values() if t.shortcut == 1)
    second = next(t for t in window.tagging.tags.values() if t.shortcut == 2)
    pane.text_view.setFocus()
    pane.text_view.select_range(5, end_of_first + 20)  # across a sentence end
    window.tagging.tag_selection(first.id)
    qtbot.waitUntil(lambda: len(window.tagging.annotations) == 1, timeout=5000)
    pane.text_view.select_range(10, 30)  # overlapping
    window.tagging.tag_selection(second.id)
    qtbot.waitUntil(lambda: len(window.tagging.annotations) == 2, timeout=5000)
    assert sorted(_tag_texts(pane)) == sorted(
        [text[5 : end_of_first + 20].replace("\n", "\u2029"), text[10:30]]
    )
    # unticking a tag in the codebook hides its spans, in the pane and the list
    item = next(
        i for i in window.tagging.panel._items() if i.data(0, Qt.ItemDataRole.UserRole) == first.id
    )
    item.setCheckState(0, Qt.CheckState.Unchecked)  # as a click on its tick box does
    assert window.tagging.panel.hidden == {first.id}
    assert _tag_texts(pane) == [text[10:30]]
    assert window.tagging.tagged.count() == 1
    # a click in Tagged Passages selects that span in its pane
    pane.text_view.select_range(0, 0)
    view = window.tagging.tagged.tree
    window.tagging.tagged.show()
    window.tagging.tagged.raise_()
    qtbot.waitExposed(view)
    index = window.tagging.tagged.model.index(0, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert pane.text_view.selected_range() == (10, 30)


def test_offsets_stay_right_beside_astral_characters_and_joiners(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from app.ingest.service import import_paths

    _ready(qtbot, window)
    text = "🚀 أطلقت كوريا الشمالية 👩\u200d👩\u200d👧 صاروخًا جديدًا، وقالت سيول: «تجربة»."
    (tmp_path / "emoji.txt").write_text(text, encoding="utf-8")
    assert window.workspace is not None
    report = import_paths(window.workspace.sessions, [tmp_path / "emoji.txt"], "emoji")
    article_id = report.outcomes[0].article_id
    assert article_id is not None
    with qtbot.waitSignal(window.library.sig_imported, timeout=10000):
        window.library.refresh(then=window.library.sig_imported.emit)
    window.library.open_articles([article_id])
    qtbot.waitUntil(lambda: window.side_by_side.article_ids == [article_id], timeout=10000)
    pane = window.side_by_side.panes[0]
    word = "صاروخًا جديدًا"
    at = text.index(word)  # code points: past two astral characters and two joiners
    pane.text_view.setFocus()
    pane.text_view.select_range(at, at + len(word))
    assert pane.text_view.textCursor().selectedText() == word
    qtbot.keyClick(pane.text_view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: _tag_texts(pane) == [word], timeout=5000)
    (annotation,) = window.tagging.annotations
    assert (annotation.start, annotation.exact) == (at, word)
    assert annotation.prefix.endswith("👧 ")


def test_double_clicking_a_tag_in_the_codebook_tags_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    _ready(qtbot, window)
    pane = window.side_by_side.panes[0]
    pane.text_view.select_range(0, 12)
    panel = window.tagging.panel
    panel.show()
    panel.raise_()
    qtbot.waitExposed(panel.tree)
    quote = next(t for t in window.tagging.tags.values() if t.name_alt == "Quote")
    item = next(i for i in panel._items() if i.data(0, Qt.ItemDataRole.UserRole) == quote.id)
    where = panel.tree.visualItemRect(item).center()
    # an item view takes a double-click only after the press that starts it, as a mouse sends
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: len(window.tagging.annotations) == 1, timeout=5000)
    assert window.tagging.annotations[0].tag_ids == (quote.id,)
    assert (window.tagging.annotations[0].start, window.tagging.annotations[0].end) == (0, 12)


def test_new_edit_and_delete_a_tag_from_the_window(qtbot: QtBot, window: MainWindow) -> None:
    _ready(qtbot, window)
    claim = next(t for t in window.tagging.tags.values() if t.name_alt == "Claim")
    dialog = window.tagging.create_tag(claim.id)  # a child of «ادعاء»
    assert not dialog.ok_button.isEnabled()  # no name yet
    dialog.name.setText("ادعاء رسمي")
    dialog.name_alt.setText("Official claim")
    dialog.key.setCurrentIndex(9)
    dialog.accept()
    qtbot.waitUntil(
        lambda: any(t.name == "ادعاء رسمي" for t in window.tagging.tags.values()), timeout=5000
    )
    new = next(t for t in window.tagging.tags.values() if t.name == "ادعاء رسمي")
    assert (new.parent_id, new.shortcut, new.name_alt) == (claim.id, 9, "Official claim")
    assert any(i.text(0) == "ادعاء رسمي · Official claim" for i in window.tagging.panel._items())

    edit = window.tagging.edit_tag(new.id)
    assert edit is not None and edit.name.text() == "ادعاء رسمي"
    edit.set_colour("#123456")
    edit.accept()
    qtbot.waitUntil(lambda: window.tagging.tags[new.id].color == "#123456", timeout=5000)

    window.tagging.delete_tag(new.id, confirm=False)
    qtbot.waitUntil(lambda: new.id not in window.tagging.tags, timeout=5000)
    window.tagging.actions["undo"].trigger()  # the delete comes back
    qtbot.waitUntil(lambda: new.id in window.tagging.tags, timeout=5000)


def test_a_tag_another_reviewer_changed_meanwhile(qtbot: QtBot, window: MainWindow) -> None:
    """The edit dialog open, another reviewer renames the tag: recolouring it keeps their name;
    renaming it too is refused, said in a message with the name it has now."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.review.codebook import update_tag
    from app.review.history import History

    _ready(qtbot, window)
    claim = next(t for t in window.tagging.tags.values() if t.name_alt == "Claim")
    other = History(window.tagging.history.sessions, reviewer="علي")  # type: ignore[union-attr]
    edit = window.tagging.edit_tag(claim.id)
    assert edit is not None
    update_tag(other, claim.id, name="ادعاء رسمي")
    edit.set_colour("#123456")
    edit.accept()
    qtbot.waitUntil(lambda: window.tagging.tags[claim.id].color == "#123456", timeout=5000)
    assert window.tagging.tags[claim.id].name == "ادعاء رسمي"  # theirs kept

    edit = window.tagging.edit_tag(claim.id)
    assert edit is not None
    update_tag(other, claim.id, name="رواية رسمية")
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.append(box.text())
        box.accept()

    QTimer.singleShot(20, answer)
    edit.name.setText("ادعاء مضلل")
    edit.accept()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "رواية رسمية" in said[0] and "not saved" in said[0]
    qtbot.waitUntil(lambda: window.tagging.tags[claim.id].name == "رواية رسمية", timeout=5000)


def test_overlapping_spans_of_one_colour_are_drawn_as_one() -> None:
    from PySide6.QtGui import QTextCharFormat

    from ui.tagging import merged

    blue, red = QTextCharFormat(), QTextCharFormat()
    spans = [(10, 20, blue), (0, 5, blue), (15, 30, blue), (30, 32, blue), (12, 18, red)]
    assert merged(spans) == [(0, 5, blue), (10, 32, blue), (12, 18, red)]
    assert merged([(5, 9, red), (40, 50, red)]) == [(5, 9, red), (40, 50, red)]


def _answer_choice(qtbot: QtBot, choice: str) -> None:
    """Answer the next modal list dialog (QInputDialog.getItem) with ``choice``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(choice)
        dialog.accept()

    QTimer.singleShot(20, answer)


def test_move_and_merge_tags_through_their_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    _ready(qtbot, window)
    tagging = window.tagging
    by_name = {t.name: t for t in tagging.tags.values()}
    casualties, figure = by_name["عدد الضحايا"], by_name["رقم"]
    assert casualties.parent_id == figure.id
    _answer_choice(qtbot, tagging.tr("(top level)"))
    tagging.move_tag(casualties.id)
    qtbot.waitUntil(lambda: tagging.tags[casualties.id].parent_id is None, timeout=5000)

    quote, claim = by_name["اقتباس"], by_name["ادعاء"]
    pane = window.side_by_side.panes[0]
    pane.text_view.select_range(0, 12)
    tagging.tag_selection(quote.id)
    qtbot.waitUntil(lambda: len(tagging.annotations) == 1, timeout=5000)
    _answer_choice(qtbot, claim.label)
    tagging.merge_tag(quote.id)
    qtbot.waitUntil(lambda: quote.id not in tagging.tags, timeout=5000)
    (annotation,) = tagging.annotations
    assert annotation.tag_ids == (claim.id,)  # its use went along to the tag merged into


def test_declining_to_give_a_name_still_keeps_the_tag_and_asks_once(
    qtbot: QtBot, first_run_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = first_run_window
    _first_run(qtbot, window)
    pane = _press_claim_key_on_quote(qtbot, window)
    dialog = window.findChild(QInputDialog, "ReviewerDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
    dialog.reject()  # no name now
    qtbot.waitUntil(lambda: _tag_texts(pane) == [QUOTE], timeout=5000)
    assert window.settings.reviewer_name == ""
    window.tagging.undo()
    qtbot.waitUntil(lambda: _tag_texts(pane) == [], timeout=5000)
    assert not dialog.isVisible()  # asked once
