"""The one icon registry: every icon the interface shows is named here, mapped to qtawesome once.

Widgets ask for ``icon("open_side_by_side")``, never for a font-icon name, so a change of icon
set touches this file only.

Icons are drawn late: ``icon`` gives a QIcon whose engine asks qtawesome for the glyph only when
the icon is first painted. Importing qtawesome (and the qtpy layer under it) takes longer than
building the whole window, so the window is shown first and the icons fill in as it paints.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

ICON_NAMES: dict[str, str] = {
    "app": "mdi6.newspaper-variant-outline",
    "collection": "mdi6.folder-open",
    "article": "mdi6.file-document-outline",
    "open_side_by_side": "mdi6.view-column",
    "import": "mdi6.folder-download-outline",
    "web": "mdi6.web",
    "export": "mdi6.file-export-outline",
    "preferences": "mdi6.cog-outline",
    "search": "mdi6.magnify",
    "edit": "mdi6.pencil-outline",
    "outlet": "mdi6.newspaper-variant-outline",
    "sync_scroll": "mdi6.link-variant",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "zoom_reset": "mdi6.magnify",
    "close_pane": "mdi6.close",
    "sidebar": "mdi6.view-split-vertical",
    "about": "mdi6.information-outline",
    "quit": "mdi6.exit-to-app",
    "error": "mdi6.alert-circle-outline",
    "cancel": "mdi6.close-circle-outline",
    "next_difference": "mdi6.arrow-down-bold-outline",
    "previous_difference": "mdi6.arrow-up-bold-outline",
    "next_unique": "mdi6.chevron-double-down",
    "previous_unique": "mdi6.chevron-double-up",
    "next_flag": "mdi6.flag-variant-outline",
    "move_earlier": "mdi6.chevron-left",
    "pairwise": "mdi6.compare-horizontal",
    "move_later": "mdi6.chevron-right",
    "previous_flag": "mdi6.flag-outline",
    "next_check": "mdi6.link-variant-plus",
    "previous_check": "mdi6.link-variant-minus",
    "take_offer": "mdi6.link-plus",
    "checked": "mdi6.check-circle-outline",
    "facts": "mdi6.table-search",
    "confirm": "mdi6.check-decagram-outline",
    "dismiss": "mdi6.close-octagon-outline",
    "reclassify": "mdi6.swap-horizontal",
    "undecide": "mdi6.backspace-outline",
    "bodies": "mdi6.account-group-outline",
    "link": "mdi6.link-variant",
    "unlink": "mdi6.link-variant-off",
    "split": "mdi6.content-cut",
    "tag": "mdi6.tag-outline",
    "tag_add": "mdi6.tag-plus-outline",
    "tag_child": "mdi6.file-tree-outline",
    "tag_merge": "mdi6.call-merge",
    "tag_move": "mdi6.folder-move-outline",
    "delete": "mdi6.delete-outline",
    "tag_article": "mdi6.tag-text-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "history": "mdi6.history",
    "note": "mdi6.note-text-outline",
    "reviewer": "mdi6.account-edit-outline",
    "shortcuts": "mdi6.numeric-1-box-outline",
    "story": "mdi6.newspaper-variant-multiple-outline",
    "find_stories": "mdi6.layers-search-outline",
    "rename": "mdi6.rename-outline",
    "story_split": "mdi6.call-split",
}


@cache
def app_icon() -> QIcon:
    """Tabayun's own icon (resources/icons/tabayun.svg), drawn by Qt's SVG image plug-in."""
    from app.resources import resources_dir

    return QIcon(str(resources_dir() / "icons" / "tabayun.svg"))


@cache
def font_icon(name: str) -> QIcon:
    """The qtawesome icon itself (imports qtawesome on first use)."""
    import qtawesome

    result: QIcon = qtawesome.icon(ICON_NAMES[name])
    return result


class _LateIconEngine(QIconEngine):
    """Paints the named font icon, made the first time it is painted."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font_icon(self.name).paint(painter, rect, mode=mode, state=state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return font_icon(self.name).pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return font_icon(self.name).pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _LateIconEngine(self.name)

    def key(self) -> str:
        return "tabayun-late"

    def iconName(self) -> str:
        return self.name


@cache
def icon(name: str) -> QIcon:
    if name == "app":
        return app_icon()
    if name not in ICON_NAMES:
        raise KeyError(name)
    return QIcon(_LateIconEngine(name))
