"""The Stories tab: Find Stories in the background, the stories listed with their articles,
open one side by side, rename, merge and split them, and Undo takes a change back."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def _stories(window: MainWindow) -> list[tuple[str, int]]:
    model = window.stories.model
    return [(s.name, len(m)) for s, m in zip(model.stories, model.articles, strict=True)]


MENUS: list[QMenu] = []  # kept alive while their actions are used


def _action(window: MainWindow, prefix: str):  # type: ignore[no-untyped-def]
    menu = QMenu()
    MENUS.append(menu)
    window.stories.tree.fill_menu(menu)
    return next(a for a in menu.actions() if a.text().startswith(prefix))


def test_find_open_rename_split_merge_and_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    stories = window.stories
    window.library.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: stories.collection_box.count() == 2, timeout=10000)
    assert stories.collection_box.currentData() == 1  # the demo, the collection last used
    qtbot.waitUntil(lambda: "No stories yet" in stories.status.text(), timeout=10000)
    qtbot.mouseClick(stories.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stories(window) != [], timeout=20000)
    assert [n for _name, n in _stories(window)] == [5]  # the five outlets report one summit
    assert stories.status.text().startswith("1 stor")
    assert not stories.stop_button.isVisible()

    # open the story side by side (Open side by side opens what the tab in front selects)
    tree, model = stories.tree, stories.model
    tree.setCurrentIndex(model.index(0, 0))
    window.library.open_selected()
    assert sorted(window.side_by_side.article_ids) == sorted(model.stories[0].article_ids)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("قمة فوستوشني", True))
    _action(window, "Rename Story").trigger()
    qtbot.waitUntil(lambda: _stories(window) == [("قمة فوستوشني", 5)], timeout=10000)

    tree.expand(model.index(0, 0))
    selection = tree.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        selection.select(model.index(row, 0, model.index(0, 0)), flags)
    split = _action(window, "Move 2 Article")
    assert split.isEnabled()
    split.trigger()
    qtbot.waitUntil(lambda: sorted(n for _s, n in _stories(window)) == [2, 3], timeout=10000)

    selection.clearSelection()
    for row in (0, 1):
        selection.select(model.index(row, 0), flags)
    merge = _action(window, "Merge 2 Stories")
    assert merge.isEnabled() and not _action(window, "Rename Story").isEnabled()
    merge.trigger()
    qtbot.waitUntil(lambda: [n for _s, n in _stories(window)] == [5], timeout=10000)

    window.tagging.undo()  # the merge
    qtbot.waitUntil(lambda: sorted(n for _s, n in _stories(window)) == [2, 3], timeout=10000)


def test_a_first_start_on_a_large_library_opens_nothing_unasked(window: MainWindow) -> None:
    """The first start opens the demo; a collection of thousands (a newsroom's library, built
    outside the window) is not opened side by side: it was comparing 3,000 articles."""
    from app.library.records import ArticleSummary, CollectionSummary

    library = window.library
    big = CollectionSummary(7, "library", False, 9)
    rows = [
        ArticleSummary(100 + n, 7, f"خبر {n}", None, None, 100, "ar", "rtl", f"{n}.txt")
        for n in range(9)
    ]
    demo = library.model.collections[0]
    library.model.set_library([big, demo], {7: rows, demo.id: library.model.articles[0]})
    state = window.context.settings.ui_state
    state.pop("open_articles", None)
    state.pop("opened_once", None)
    window.context.settings.last_collection_id = 7
    assert library.initial_articles() == []
    window.context.settings.last_collection_id = demo.id
    assert len(library.initial_articles()) == 5  # the demo is opened whole
