"""The window's menus and toolbar, from the actions the window and its controllers own.

Strings keep the "MainWindow" translation context they had when this lived in main_window.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QToolBar

from ui.icons import icon
from ui.tagging import fill_edit_menu

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def build_menus(window: MainWindow) -> None:
    menu = window.menuBar()
    file_menu = menu.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.act_import)
    file_menu.addAction(window.act_import_web)
    file_menu.addAction(window.act_open)
    file_menu.addAction(window.act_export)
    file_menu.addSeparator()
    file_menu.addAction(window.act_quit)
    edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
    fill_edit_menu(window.tagging, edit_menu, window.act_reviewer)
    edit_menu.addSeparator()
    edit_menu.addAction(window.outlets.actions["name_outlet"])
    edit_menu.addAction(window.outlets.actions["outlets"])
    edit_menu.addSeparator()
    edit_menu.addAction(window.act_preferences)
    view_menu = menu.addMenu(translate("MainWindow", "&View"))
    for action in (window.act_sidebar, window.act_sync, window.search_panel.toggleViewAction()):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for action in (window.act_zoom_in, window.act_zoom_out, window.act_zoom_reset):
        view_menu.addAction(action)
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
    window.theme_group = QActionGroup(window)
    names = {
        "system": translate("MainWindow", "&System"),
        "light": translate("MainWindow", "&Light"),
        "dark": translate("MainWindow", "&Dark"),
    }
    current = window.settings.theme
    for key, text in names.items():
        action = theme_menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(key == current)
        action.setData(key)
        window.theme_group.addAction(action)
    window.theme_group.triggered.connect(lambda action: window.set_theme(action.data()))
    review_menu = menu.addMenu(translate("MainWindow", "&Review"))
    for name in (
        "next_difference",
        "previous_difference",
        "next_unique",
        "previous_unique",
        "next_flag",
        "previous_flag",
    ):
        review_menu.addAction(window.review.actions[name])
    review_menu.addSeparator()
    review_menu.addAction(window.review.actions["pairwise"])
    review_menu.addAction(window.review.panel.toggleViewAction())
    review_menu.addAction(window.review.grid.toggleViewAction())
    review_menu.addSeparator()
    review_menu.addAction(window.tagging.panel.toggleViewAction())
    review_menu.addAction(window.tagging.tagged.toggleViewAction())
    review_menu.addAction(window.notes.panel.toggleViewAction())
    review_menu.addAction(window.tagging.history_panel.toggleViewAction())
    menu.addMenu(translate("MainWindow", "&Help")).addAction(window.act_about)

    toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("MainToolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    view_menu.insertAction(window.act_sync, toolbar.toggleViewAction())
    for action in (window.act_import, window.act_open, window.act_sync):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (window.act_zoom_out, window.act_zoom_in):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for name in ("previous_difference", "next_difference", "pairwise"):
        toolbar.addAction(window.review.actions[name])
    toolbar.addSeparator()
    for name in ("undo", "redo"):
        toolbar.addAction(window.tagging.actions[name])
    toolbar.addSeparator()
    window.search_box = QLineEdit()
    window.search_box.setObjectName("SearchBox")
    window.search_box.setPlaceholderText(translate("MainWindow", "Search the articles (Ctrl+F)"))
    window.search_box.setClearButtonEnabled(True)
    window.search_box.setMaximumWidth(360)
    window.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    window.search_box.setAccessibleName(translate("MainWindow", "Search"))
    window.search_box.returnPressed.connect(lambda: window.search(window.search_box.text()))
    toolbar.addWidget(window.search_box)
    window.addToolBar(toolbar)
    focus_search = QAction(window)
    focus_search.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    focus_search.triggered.connect(window.focus_search)
    window.addAction(focus_search)
