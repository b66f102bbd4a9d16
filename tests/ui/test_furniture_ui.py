"""Page furniture in the window: dimmed on screen, unmarked and marked from the context menu."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.views.article_pane import ArticlePane


def pane_of(window: MainWindow, prefix: str) -> ArticlePane:
    return next(
        p
        for p in window.side_by_side.panes
        if (p.article.summary.original_filename or "").startswith(prefix)
    )


def choose_from_context_menu(qtbot: QtBot, pane: ArticlePane, text: str) -> None:
    """Open the text's real context menu and click the entry called ``text``."""
    clicked: list[str] = []

    def click() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, click)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        assert action.isEnabled()
        clicked.append(text)
        action.trigger()
        menu.close()

    QTimer.singleShot(20, click)
    view = pane.text_view
    rect = view.cursorRect()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    view.contextMenuEvent(event)
    assert clicked == [text]


def test_detected_furniture_is_dimmed(window: MainWindow) -> None:
    pane = pane_of(window, "004")
    source, tail = [m for m in pane.article.furniture if m.excluded]
    assert (source.kind, pane.article.text[source.start : source.end]) == (
        "source-line",
        "المصدر: سكاي نيوز عربية",  # metadata, dimmed like furniture
    )
    assert pane.article.text[tail.start :].startswith("كلمات دلالية")
    selections = pane.text_view.extraSelections()
    assert [s.cursor.selectedText()[:12] for s in selections] == [
        "المصدر: سكاي",
        "كلمات دلالية",
    ]
    dim = pane.text_view.palette().color(pane.text_view.palette().ColorRole.PlaceholderText)
    assert all(s.format.foreground().color() == dim for s in selections)
    assert pane_of(window, "000").text_view.extraSelections() == []


def test_unmark_then_mark_again(window: MainWindow, qtbot: QtBot) -> None:
    pane = pane_of(window, "003")
    text = pane.article.text
    crumb = text.index("آسياأخبار العالم")
    before = len(pane.text_view.extraSelections())
    cursor = pane.text_view.textCursor()
    cursor.setPosition(pane.text_view.offsets.to_utf16(crumb + 2))
    pane.text_view.setTextCursor(cursor)
    with qtbot.waitSignal(window.furniture.sig_changed, timeout=5000):
        choose_from_context_menu(qtbot, pane, "Not Page Furniture")
    assert len(pane.text_view.extraSelections()) == before - 1

    cursor = pane.text_view.textCursor()
    start = text.index("وتبادل الزعيمان")
    cursor.setPosition(pane.text_view.offsets.to_utf16(start))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    pane.text_view.setTextCursor(cursor)
    with qtbot.waitSignal(window.furniture.sig_changed, timeout=5000):
        choose_from_context_menu(qtbot, pane, "Mark as Page Furniture")
    selections = pane.text_view.extraSelections()
    assert len(selections) == before
    assert any(s.cursor.selectedText().startswith("وتبادل الزعيمان") for s in selections)

    # Saved: a fresh load of the article has the same marks.
    window.library.open_articles(window.side_by_side.article_ids)
    reloaded = pane_of(window, "003").article.furniture
    assert [(m.kind, m.excluded) for m in reloaded if m.start == crumb] == [("breadcrumb", False)]
    assert any(m.origin == "reviewer" and m.excluded for m in reloaded)
