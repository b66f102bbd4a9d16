"""Searching from the window: the box, the results panel, and jumping to the match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def test_search_box_results_and_jump(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    window.search.box.setText("صاروخين")  # QTest cannot type Arabic key by key
    with qtbot.waitSignal(window.search.sig_done, timeout=5000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    panel = window.search.panel
    assert panel.isVisible()
    assert panel.summary.text() == "2 articles"
    shown = panel.results.toPlainText()
    assert shown.count("صاروخين") >= 2 and panel.hits[0].article.title in shown
    from ui.views.search_panel import hit_html

    entry = hit_html(0, panel.hits[0])
    assert "dir='rtl'" in entry and "font-weight:bold'>صاروخين</span>" in entry

    # the hit's article is not open
    window.library.open_articles([window.side_by_side.article_ids[1]])
    hit = panel.hits[0]
    from PySide6.QtCore import QUrl

    panel.results.anchorClicked.emit(QUrl("hit:0"))
    pane = next(p for p in window.side_by_side.panes if p.article.summary.id == hit.article.id)
    selected = pane.text_view.textCursor().selectedText()
    assert selected == pane.article.text[hit.match_start : hit.match_end] == "صاروخين"


def test_no_results_are_said_plainly(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.search.sig_done, timeout=5000):
        window.search.search("كلمة لا توجد في أي مقال قطعا")
    assert window.search.panel.summary.text().startswith("No article holds every word")
    assert window.search.panel.results.toPlainText() == ""
