"""The window's geometry, dock layout and splitter, kept between runs in the settings'
``ui_state`` (base64 of Qt's own state blobs)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

from app.paths import AppPaths
from app.settings import Settings, save_settings
from ui.views.article_pane import PANE_MIN_WIDTH

log = logging.getLogger(__name__)


def _blob(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode()


def restore_layout(
    window: QMainWindow, splitter: QSplitter, settings: Settings, bottom: QDockWidget
) -> None:
    """The layout of the last run; on a first start, most of the height for the articles and a
    sixth of it for the ``bottom`` panels."""
    state = settings.ui_state
    if geometry := state.get("geometry"):
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
    else:  # first start: most of the screen, so that five articles fit side by side
        available = window.screen().availableGeometry()
        window.resize(min(1920, int(available.width() * 0.92)), int(available.height() * 0.9))
    if window_state := state.get("window_state"):
        window.restoreState(QByteArray.fromBase64(window_state.encode()))
        # panels never used yet: they still open on the first passage chosen
        window.setProperty("docks_waiting", bool(state.get("docks_waiting")))
    else:  # once the window is on screen: before, the docks take their size hint
        window.setProperty("first_docks", True)
    if sizes := state.get("splitter"):
        splitter.restoreState(QByteArray.fromBase64(sizes.encode()))


def bottom_docks(window: QMainWindow) -> list[QDockWidget]:
    return [
        dock
        for dock in window.findChildren(QDockWidget)
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    ]


def first_docks(window: QMainWindow, bottom: QDockWidget) -> None:
    """On the first start only (``restore_layout`` found no layout) the panels under the
    articles wait, closed, until they are first used (``open_docks``): the articles get the whole
    height. From then on the reviewer's own layout is kept (``save_layout``)."""
    if not window.property("first_docks"):
        return
    window.setProperty("first_docks", False)
    window.setProperty("docks_waiting", True)
    for dock in bottom_docks(window):
        dock.hide()
    splitter = window.centralWidget()
    if isinstance(splitter, QSplitter) and splitter.count() == 2:
        splitter.setSizes(first_split(sum(splitter.sizes())))


FIRST_PANES = 5  # the demo's outlets: a first start shows them all side by side if it can
PANE_ROOM = PANE_MIN_WIDTH + 12  # a pane's least width with its splitter handle and margins
SIDEBAR = (180, 320)  # the library's least and widest share on a first start


def first_split(total: int) -> list[int]:
    """The library's and the articles' shares of ``total`` pixels on a first start: the library
    narrower (down to 180) when that lets the demo's five articles fit without scrolling, as on
    a 1366-pixel laptop screen, where the fifth had been cut off."""
    side = max(SIDEBAR[0], min(SIDEBAR[1], total - FIRST_PANES * PANE_ROOM))
    return [side, max(0, total - side)]


def open_docks(window: QMainWindow, bottom: QDockWidget) -> bool:
    """The first time a passage is chosen on a first start: the panels open, ``bottom`` (the
    Passage panel) in front, at a sixth of the height (room for a passage's versions). True
    when they opened (the panes above are shorter now)."""
    if not window.property("docks_waiting"):
        return False
    window.setProperty("docks_waiting", False)
    for dock in bottom_docks(window):
        if dock.isHidden():
            dock.show()
    bottom.raise_()
    height = max(150, window.height() // 6)
    window.resizeDocks([bottom], [height], Qt.Orientation.Vertical)
    return True


def save_layout(
    window: QMainWindow, splitter: QSplitter, settings: Settings, paths: AppPaths
) -> None:
    """Remember the layout and write the settings; a settings file that cannot be written is
    logged, never a reason to keep the window from closing."""
    state = settings.ui_state
    state["geometry"] = _blob(window.saveGeometry())
    state["window_state"] = _blob(window.saveState())
    state["splitter"] = _blob(splitter.saveState())
    state["docks_waiting"] = "1" if window.property("docks_waiting") else ""
    try:
        save_settings(paths.settings_file, settings)
    except OSError:
        log.exception("could not save settings")
