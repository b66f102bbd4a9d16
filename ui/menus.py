"""The window's menus and toolbar, from the actions the window and its controllers own.

Strings keep the "MainWindow" translation context they had when this lived in main_window.py.
Built from the collaborators it is given, not from the window: nothing here imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QToolBar

from ui.comparison import ComparisonController
from ui.facts import FactsController
from ui.notes import NotesController
from ui.outlets import OutletController
from ui.search import SearchController
from ui.tagging import TaggingController, fill_edit_menu
from ui.window_actions import WindowActions

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class MenuSources:
    actions: WindowActions
    comparison: ComparisonController
    tagging: TaggingController
    notes: NotesController
    facts: FactsController
    outlets: OutletController
    search: SearchController
    theme: str  # the current one
    set_theme: Callable[[str], None]


def build_menus(window: QMainWindow, sources: MenuSources) -> QActionGroup:
    """Menus, toolbar and search box; returns the theme actions (checked as the theme changes)."""
    a = sources.actions
    menu = window.menuBar()
    file_menu = menu.addMenu(translate("MainWindow", "&File"))
    for action in (a.import_folder, a.import_web, a.open, a.export):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
    fill_edit_menu(sources.tagging, edit_menu, a.reviewer)
    edit_menu.addSeparator()
    edit_menu.addAction(sources.outlets.actions["name_outlet"])
    edit_menu.addAction(sources.outlets.actions["outlets"])
    edit_menu.addAction(sources.facts.bodies_action)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)
    view_menu = menu.addMenu(translate("MainWindow", "&View"))
    for action in (a.sidebar, a.sync, sources.search.panel.toggleViewAction()):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for action in (a.zoom_in, a.zoom_out, a.zoom_reset):
        view_menu.addAction(action)
    view_menu.addSeparator()
    themes = _theme_menu(view_menu.addMenu(translate("MainWindow", "&Theme")), sources)
    _review_menu(menu.addMenu(translate("MainWindow", "&Review")), sources)
    menu.addMenu(translate("MainWindow", "&Help")).addAction(a.about)

    toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("MainToolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    view_menu.insertAction(a.sync, toolbar.toggleViewAction())
    groups: list[list[QAction]] = [
        [a.import_folder, a.open, a.sync],
        [a.zoom_out, a.zoom_in],
        [sources.comparison.actions[n] for n in ("previous_difference", "next_difference")]
        + [sources.comparison.actions["pairwise"]],
        [sources.tagging.actions["undo"], sources.tagging.actions["redo"]],
    ]
    for group in groups:
        for action in group:
            toolbar.addAction(action)
        toolbar.addSeparator()
    toolbar.addWidget(sources.search.box)
    window.addToolBar(toolbar)
    window.addAction(a.find)  # Ctrl+F, from anywhere in the window
    return themes


def _theme_menu(theme_menu: object, sources: MenuSources) -> QActionGroup:
    from PySide6.QtWidgets import QMenu

    assert isinstance(theme_menu, QMenu)
    group = QActionGroup(theme_menu)
    names = {
        "system": translate("MainWindow", "&System"),
        "light": translate("MainWindow", "&Light"),
        "dark": translate("MainWindow", "&Dark"),
    }
    for key in THEMES:
        action = theme_menu.addAction(names[key])
        action.setCheckable(True)
        action.setChecked(key == sources.theme)
        action.setData(key)
        group.addAction(action)
    group.triggered.connect(lambda action: sources.set_theme(action.data()))
    return group


def _review_menu(review_menu: object, sources: MenuSources) -> None:
    from PySide6.QtWidgets import QMenu

    assert isinstance(review_menu, QMenu)
    comparison, tagging = sources.comparison, sources.tagging
    for name in (
        "next_difference", "previous_difference", "next_unique", "previous_unique",
        "next_flag", "previous_flag", "next_check", "previous_check",
    ):  # fmt: skip
        review_menu.addAction(comparison.actions[name])
    # the Passage panel's numbered offers, Alt+1 … Alt+5: a submenu of their own
    takes = review_menu.addMenu(translate("MainWindow", "Take an O&ffer"))
    takes.setObjectName("take_offers")
    names = sorted(n for n in comparison.actions if n.startswith("take_offer_"))
    for name in names:
        takes.addAction(comparison.actions[name])
    review_menu.addAction(comparison.actions["nothing_to_link"])
    review_menu.addSeparator()
    review_menu.addAction(comparison.actions["pairwise"])
    review_menu.addAction(comparison.panel.toggleViewAction())
    review_menu.addAction(sources.facts.panel.toggleViewAction())
    review_menu.addMenu(sources.facts.panel.decisions)
    review_menu.addAction(comparison.grid.toggleViewAction())
    review_menu.addSeparator()
    review_menu.addAction(tagging.panel.toggleViewAction())
    review_menu.addMenu(tagging.panel.tag_menu)
    review_menu.addAction(tagging.tagged.toggleViewAction())
    review_menu.addAction(sources.notes.panel.toggleViewAction())
    review_menu.addAction(tagging.history_panel.toggleViewAction())
