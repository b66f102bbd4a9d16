"""The window's own actions (files, view, preferences, quit), made from the handlers the window
passes in. The controllers keep their own actions (comparison, tagging, outlets)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.icons import icon

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
Handler = Callable[..., object]


@dataclass(frozen=True)
class WindowActions:
    open: QAction
    sync: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    sidebar: QAction
    import_folder: QAction
    import_web: QAction
    export: QAction
    preferences: QAction
    quit: QAction
    about: QAction
    reviewer: QAction
    find: QAction


def _action(
    parent: QWidget, name: str, text: str, slot: Handler, keys: list[QKeySequence], tip: str = ""
) -> QAction:
    action = QAction(icon(name), text, parent)
    action.setShortcuts(keys)
    action.setToolTip(tip or text.replace("&", ""))
    action.setStatusTip(tip or text.replace("&", ""))
    action.triggered.connect(slot)
    return action


def make_actions(parent: QWidget, handlers: dict[str, Handler], sync: bool) -> WindowActions:
    """The actions, each calling ``handlers[name]``; ``sync`` is whether scrolling is
    synchronised (the action is checkable)."""
    ctrl, shift, key = Qt.Modifier.CTRL, Qt.Modifier.SHIFT, QKeySequence
    standard = QKeySequence.StandardKey

    def make(name: str, text: str, keys: list[QKeySequence], tip: str = "") -> QAction:
        return _action(parent, name, text, handlers[name], keys, tip)

    actions = WindowActions(
        open=make(
            "open_side_by_side",
            translate("MainWindow", "&Open Side by Side"),
            [key(ctrl | Qt.Key.Key_Return)],
            translate("MainWindow", "Open the selected articles next to each other"),
        ),
        sync=make(
            "sync_scroll",
            translate("MainWindow", "&Synchronised Scrolling"),
            [key(ctrl | shift | Qt.Key.Key_S)],
            translate("MainWindow", "Scroll all articles together"),
        ),
        zoom_in=make(
            "zoom_in",
            translate("MainWindow", "Zoom &In"),
            [key(standard.ZoomIn), key(ctrl | Qt.Key.Key_Equal)],
        ),
        zoom_out=make("zoom_out", translate("MainWindow", "Zoom &Out"), [key(standard.ZoomOut)]),
        zoom_reset=make(
            "zoom_reset", translate("MainWindow", "&Reset Zoom"), [key(ctrl | Qt.Key.Key_0)]
        ),
        sidebar=make(
            "sidebar", translate("MainWindow", "Show &Sidebar"), [key(ctrl | Qt.Key.Key_B)]
        ),
        import_folder=make(
            "import",
            translate("MainWindow", "&Import Folder…"),
            [key(ctrl | Qt.Key.Key_I)],
            translate(
                "MainWindow",
                "Import a folder of articles: text, web pages, Word, OpenDocument, PDF, e-books, "
                "e-mails, RTF, JSON, shortcuts and feeds",
            ),
        ),
        import_web=make(
            "web",
            translate("MainWindow", "Import &Web Addresses…"),
            [key(ctrl | shift | Qt.Key.Key_I)],
            translate(
                "MainWindow", "Fetch articles or RSS/Atom feeds from the web and import them"
            ),
        ),
        export=make(
            "export",
            translate("MainWindow", "&Export Report…"),
            [key(ctrl | Qt.Key.Key_E)],
            translate(
                "MainWindow", "Write a review report: HTML, PDF, CSV, W3C annotations or REFI-QDA"
            ),
        ),
        preferences=make(
            "preferences",
            translate("MainWindow", "&Preferences…"),
            # the system's key where it has one (Cmd+, on macOS), else Ctrl+,
            QKeySequence.keyBindings(standard.Preferences) or [key(ctrl | Qt.Key.Key_Comma)],
            translate(
                "MainWindow", "Your name, the interface language, theme, article font, data folder"
            ),
        ),
        quit=make("quit", translate("MainWindow", "&Quit"), [key(standard.Quit)]),
        about=make("about", translate("MainWindow", "&About Tabayun"), []),
        reviewer=make(
            "reviewer",
            translate("MainWindow", "Reviewer &Name…"),
            [],
            translate("MainWindow", "The name that stands beside your tags, notes and verdicts"),
        ),
        find=make(
            "search", translate("MainWindow", "Search the articles (Ctrl+F)"), [key(standard.Find)]
        ),
    )
    actions.sync.setCheckable(True)
    actions.sync.setChecked(sync)
    actions.sidebar.setCheckable(True)
    actions.sidebar.setChecked(True)
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    return actions


def show_about(parent: QWidget) -> None:
    from app import __version__

    text = translate("MainWindow", "Tabayun {version}\nReview news coverage across outlets.")
    title = translate("MainWindow", "About Tabayun")
    QMessageBox.about(parent, title, text.format(version=__version__))
