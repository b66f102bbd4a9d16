"""The real main window, driven as a reviewer would, on a temporary data folder."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from ui.main_window import MainWindow
from ui.models.two_level import ARTICLE_ID_ROLE, DETAIL_ROLE
from ui.views.article_pane import ArticlePane


def article_indexes(window: MainWindow) -> list:  # type: ignore[type-arg]
    model = window.library.model
    collection = model.index(0, 0)
    return [model.index(row, 0, collection) for row in range(model.rowCount(collection))]


def assert_lays_out_right_to_left(pane: ArticlePane) -> None:
    """Every paragraph is RTL and its lines hug the right edge: checked on the laid-out lines."""
    view = pane.text_view
    document = view.document()
    width = document.textWidth()
    margin = document.documentMargin()
    right_edge = width - margin
    checked = 0
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            document.documentLayout().blockBoundingRect(
                block
            )  # lays the block out if still pending
            assert block.textDirection() == Qt.LayoutDirection.RightToLeft, block.text()[:30]
            layout = block.layout()
            assert layout.lineCount() >= 1
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                rect = line.naturalTextRect()
                assert abs(rect.right() - (right_edge - margin)) <= 2.5, (rect, right_edge)
            last = layout.lineAt(layout.lineCount() - 1)
            if layout.lineCount() > 1 and last.naturalTextWidth() < width / 2:
                assert last.naturalTextRect().left() > width / 3  # short last line: right side
            # The paragraph's first character sits at the right end of its first line.
            first_x = layout.lineAt(0).cursorToX(0)[0]
            assert first_x > width * 0.8, (first_x, width)
            checked += 1
        block = block.next()
    assert checked >= 5


def test_five_seed_articles_are_listed(window: MainWindow) -> None:
    indexes = article_indexes(window)
    assert len(indexes) == 5
    details = [i.data(DETAIL_ROLE) for i in indexes]
    assert all("words" in d for d in details)
    assert any("سكاي نيوز عربية" in d for d in details)  # outlet from the «المصدر:» line
    assert any("13 Sep 2023" in d for d in details)
    titles = [i.data(Qt.ItemDataRole.DisplayRole) for i in indexes]
    assert "بوتين: روسيا ستساعد كوريا الشمالية في بناء الأقمار الصناعية" in titles


def test_first_run_opens_the_demo_side_by_side_and_fits_1920(window: MainWindow) -> None:
    assert len(window.side_by_side.panes) == 5
    assert window.side_by_side.scroll_area.horizontalScrollBar().maximum() == 0  # all visible
    for pane in window.side_by_side.panes:
        assert pane.isVisible() and pane.width() >= 240


def test_select_three_and_open_side_by_side(window: MainWindow, qtbot: QtBot) -> None:
    tree = window.library.tree
    indexes = article_indexes(window)
    tree.clearSelection()
    for index in (indexes[0], indexes[2], indexes[3]):
        rect = tree.visualRect(index)
        qtbot.mouseClick(
            tree.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )
    assert tree.selected_article_ids() == [indexes[i].data(ARTICLE_ID_ROLE) for i in (0, 2, 3)]
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    panes = window.side_by_side.panes
    assert [p.article.summary.id for p in panes] == tree.selected_article_ids()
    qtbot.waitUntil(lambda: all(p.text_view.isVisible() for p in panes))
    for pane in panes:
        assert pane.title_label.text() == pane.article.summary.title
        assert "words" in pane.meta_text() and "words" in pane.title_label.toolTip()
        assert pane.title_label.height() < 2 * pane.fontMetrics().height() + 8  # one line
        assert pane.text_view.isReadOnly()
        assert pane.text_view.toPlainText().replace("\u00a0", " ") == pane.article.text.replace(
            "\u00a0", " "
        )
        assert_lays_out_right_to_left(pane)


def test_latin_article_stays_left_to_right(
    open_window,
    paths: AppPaths,
    tmp_path,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    from app.ingest.service import import_paths
    from app.workspace import open_workspace

    english = tmp_path / "reuters.txt"
    english.write_text(
        "Putin pledges to help North Korea build satellites\n"
        "Russian President Vladimir Putin said on Wednesday that Russia would help North Korea "
        "build satellites, after showing Kim Jong Un around the Vostochny cosmodrome.\n"
        "بيان الكرملين: «سنتحدث عن كل القضايا» قال المتحدث باسم الكرملين في بيان رسمي\n",
        encoding="utf-8",
    )
    ws = open_workspace(paths)
    report = import_paths(ws.sessions, [english], "English")
    ws.close()
    window = open_window(paths)
    (article_id,) = [o.article_id for o in report.outcomes]
    window.library.open_articles([article_id])
    (pane,) = window.side_by_side.panes
    blocks = []
    block = pane.text_view.document().begin()
    while block.isValid():
        blocks.append(block.textDirection())
        block = block.next()
    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    assert blocks[:3] == [ltr, ltr, rtl]  # the Arabic quote paragraph is RTL on its own


def test_zoom_and_sync_scroll(window: MainWindow, qtbot: QtBot) -> None:
    panes = window.side_by_side.panes
    before = panes[0].text_view.font().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert panes[0].text_view.font().pointSize() == before + 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert all(p.text_view.font().pointSize() == before + 1 for p in panes)
    assert window.settings.zoom_steps == 1

    window.resize(1920, 700)
    qtbot.waitUntil(lambda: panes[0].text_view.verticalScrollBar().maximum() > 0)
    assert window.window_actions.sync.isChecked()
    first = panes[0].text_view.verticalScrollBar()
    first.setValue(first.maximum())
    for pane in panes[1:]:
        bar = pane.text_view.verticalScrollBar()
        assert bar.value() == bar.maximum()

    window.window_actions.sync.trigger()  # off
    first.setValue(0)
    assert (
        panes[1].text_view.verticalScrollBar().value()
        == panes[1].text_view.verticalScrollBar().maximum()
    )


def test_layout_and_open_articles_are_remembered(
    open_window,
    paths: AppPaths,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(paths, size=(700, 500))  # fits the offscreen screen
    ids = [a.data(ARTICLE_ID_ROLE) for a in article_indexes(window)]
    window.library.open_articles(ids[1:3])
    window.appearance.zoom(+2)
    window.splitter.setSizes([260, 440])
    sidebar_width = window.splitter.sizes()[0]
    window.close()

    again = open_window(paths, size=None)
    assert again.side_by_side.article_ids == ids[1:3]
    assert again.settings.zoom_steps == 2
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert again.splitter.sizes()[0] == sidebar_width


def test_closing_a_pane(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.side_by_side.panes[1]
    closed_id = pane.article.summary.id
    button = next(
        b for b in pane.findChildren(QToolButton) if b.accessibleName() == "Close article"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert closed_id not in window.side_by_side.article_ids
    assert len(window.side_by_side.panes) == 4


def test_selection_in_rtl_text_is_code_points(window: MainWindow) -> None:
    pane = window.side_by_side.panes[0]
    cursor = pane.text_view.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    pane.text_view.setTextCursor(cursor)
    assert pane.text_view.textCursor().selectedText() == pane.article.text.split()[0]
    assert QApplication.clipboard() is not None
    assert pane.text_view.cursorForPosition(QPoint(5, 5)) is not None


def test_the_window_backs_the_database_up_after_it_is_ready(  # type: ignore[no-untyped-def]
    open_window, paths: AppPaths, qtbot: QtBot
) -> None:
    """The window is ready without waiting for a copy; the copy follows in the background,
    and only when the database changed since the last one."""
    open_window(paths).close()  # the first run creates the database: nothing to copy yet
    assert not list(paths.backup_dir.glob("tabayun-*.sqlite3"))
    window = open_window(paths)  # ready (sig_ready) first
    assert window.ops.running("backup")  # started once the window was ready
    qtbot.waitUntil(lambda: not window.ops.running("backup"), timeout=20000)
    copies = list(paths.backup_dir.glob("tabayun-*.sqlite3"))
    assert len(copies) == 1 and window.backup_result == copies[0]
    window.close()
    again = open_window(paths)
    qtbot.waitUntil(lambda: not again.ops.running("backup"), timeout=20000)
    assert again.backup_result is None  # unchanged since the copy
    assert len(list(paths.backup_dir.glob("tabayun-*.sqlite3"))) == 1


def test_the_articles_get_the_room_on_a_first_start(window: MainWindow, qtbot: QtBot) -> None:
    """No layout saved yet: the bottom panels wait, closed, until a passage is chosen; then they
    take about a sixth of the height (as little as their contents allow), the panes the rest."""
    from ui.window_state import first_docks

    window.resize(1366, 768)
    window.show()
    window.setProperty("first_docks", True)
    first_docks(window, window.comparison.panel)
    panels = (window.comparison.panel, window.facts.panel, window.notes.panel)
    assert all(not p.isVisible() for p in panels)
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    chosen = next(s for s in window.comparison.result.segments if s.group is not None)
    window.side_by_side.overlay.focus(chosen.id)
    assert all(p.isVisibleTo(window) for p in panels)
    assert window.comparison.panel.isVisible()  # in front of its tabs
    qtbot.waitUntil(lambda: window.comparison.panel.height() <= 768 // 4, timeout=3000)
    assert window.side_by_side.height() > 2 * window.comparison.panel.height()


def test_the_demo_fits_a_laptop_screen_on_a_first_start(window: MainWindow, qtbot: QtBot) -> None:
    """At 1366×768 the fifth outlet had been cut off behind a scroll bar: on a first start the
    library takes less of the width (down to 180 pixels) so that five articles fit."""
    from ui.window_state import first_docks, first_split

    assert first_split(1920) == [320, 1600] and first_split(1000) == [180, 820]
    window.resize(1366, 768)
    window.show()
    window.setProperty("first_docks", True)
    first_docks(window, window.comparison.panel)
    scroll = window.side_by_side.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() == 0, timeout=3000)
    assert len(window.side_by_side.panes) == 5
    assert all(p.isVisible() and p.width() >= 210 for p in window.side_by_side.panes)
    assert window.library.sidebar.width() >= 180


def test_panels_never_used_still_wait_on_the_next_start(open_window, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    from ui.window_state import first_docks

    window = open_window(paths)
    window.setProperty("first_docks", True)
    first_docks(window, window.comparison.panel)
    window.close()  # saves the layout with the panels closed, never used
    again = open_window(paths)
    assert again.property("docks_waiting")
    again.show()
    assert not again.comparison.panel.isVisible()
    again.setProperty("docks_waiting", True)
    from ui.window_state import open_docks

    open_docks(again, again.comparison.panel)
    assert again.comparison.panel.isVisible()
    again.close()
    assert not open_window(paths).property("docks_waiting")  # used: the layout is the reviewer's


def test_eight_outlets_fit_side_by_side_before_a_scroll_bar(qtbot: QtBot) -> None:
    """Eight outlets beside the library at 1920 pixels: the eighth had been behind a scroll bar.
    Panes now narrow to their share of the view (not under 160 pixels) before it scrolls."""
    from app.library.records import ArticleDocument, ArticleSummary
    from ui.views.article_pane import PANE_NARROW_WIDTH
    from ui.views.side_by_side import SideBySideView

    text = "انهار جسر فرانسيس سكوت كي في بالتيمور بعد أن اصطدمت به سفينة حاويات فجر الثلاثاء. " * 8
    articles = [
        ArticleDocument(ArticleSummary(n, 1, f"t{n}", None, None, 120, "ar", "rtl", None), text)
        for n in range(1, 9)
    ]
    view = SideBySideView()
    qtbot.addWidget(view)
    view.show_articles(articles)
    view.resize(1560, 600)  # 1920 less the library
    view.show()
    scroll = view.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: all(p.width() > 0 for p in view.panes), timeout=3000)
    qtbot.waitUntil(lambda: scroll.maximum() == 0, timeout=3000)
    assert all(PANE_NARROW_WIDTH <= p.width() < 210 for p in view.panes)
    view.resize(1000, 600)  # too narrow even at 160: scroll, never squeeze below it
    qtbot.waitUntil(lambda: scroll.maximum() > 0, timeout=3000)
    assert all(p.width() >= PANE_NARROW_WIDTH for p in view.panes)
    view.resize(1900, 600)  # room again: back to the comfortable least width, no scroll bar
    qtbot.waitUntil(lambda: scroll.maximum() == 0, timeout=3000)
    assert all(p.minimumWidth() == 210 for p in view.panes)
