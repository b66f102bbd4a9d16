"""Keyboard and screen-reader access: names on what has no text, menus with access keys, a Tab
order that reaches the articles and the panels, and the first-run demo banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.views.article_pane import ArticleText


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QHeaderView):
            continue  # a table's header is part of the table
        if isinstance(widget.parent(), QLineEdit):
            continue  # Qt's own clear button inside a search box
        named = bool(widget.accessibleName())
        if isinstance(widget, QAbstractButton):
            named = named or bool(widget.text().replace("&", "").strip()) or bool(widget.toolTip())
        elif isinstance(widget, QLineEdit):
            named = named or bool(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit | QComboBox):
            pass  # these must carry a name of their own
        else:
            continue
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    for dock in (window.tagging.panel, window.notes.panel, window.tagging.tagged):
        dock.raise_()
    assert _unnamed(window) == []


def test_menus_have_access_keys_and_every_action_is_in_a_menu_or_has_a_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: bool(window.tagging.tags), timeout=10000)
    titles = [a.text() for a in window.menuBar().actions()]
    assert all("&" in t for t in titles), titles
    keys = [t[t.index("&") + 1].lower() for t in titles]
    assert len(keys) == len(set(keys)), titles  # each menu its own Alt+letter
    in_menus: set[object] = set()
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:  # submenus too (View → Theme)
        menu = pending.pop()
        for action in menu.actions():
            in_menus.add(action)
            if action.menu() is not None:
                pending.append(action.menu())
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        if action.text() and action.isVisible() and not action.isSeparator():
            assert action in in_menus or not action.shortcut().isEmpty() or action.menu(), (
                action.text()
            )


def test_tab_reaches_the_articles_and_the_panels(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    text = window.side_by_side.panes[0].text_view
    text.setFocus()
    for _ in range(4):  # the caret into a passage, by keys: the panels below open
        QTest.keyClick(text, Qt.Key.Key_Down)
    qtbot.waitUntil(window.comparison.panel.isVisible, timeout=3000)
    window.library.tree.setFocus()
    seen: list[QWidget] = []
    for _ in range(80):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.append(focused)
    assert any(isinstance(w, ArticleText) for w in seen)  # the article panes
    assert window.search.box in seen or any(w.parent() is window.search.box for w in seen)
    assert any(w is window.comparison.panel.browser for w in seen)  # the passage panel


def test_the_first_run_shows_the_demo_and_the_way_to_import(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: len(window.side_by_side.panes) == 5, timeout=20000)
    banner = window.library.demo_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.import_button.isVisible() and "Import" in banner.import_button.text()
    banner.findChild(QAbstractButton, "DemoBannerClose").click()
    assert not banner.isVisible()
    assert "demo_banner_dismissed" in window.settings.ui_state
    window.side_by_side.close_article(window.side_by_side.article_ids[0])
    assert not banner.isVisible()  # once hidden, it stays hidden


def test_focus_is_visible(qtbot: QtBot, window: MainWindow) -> None:
    """The focused control looks different from the same control without focus."""
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    pane = window.side_by_side.panes[0].text_view
    for widget, elsewhere in (
        (window.library.tree, window.search.box),
        (window.search.box, window.library.tree),
        (pane, window.library.tree),
    ):
        elsewhere.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus(), timeout=2000)
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2000)
        after = widget.grab().toImage()
        assert before != after, type(widget).__name__
