"""Light and dark themes: the system's own, or Qt's Fusion style with a light or dark palette.

Qt follows the system's colour scheme where the platform reports one; "light" and "dark" set a
complete Fusion palette instead, so the choice holds on every platform (and offscreen, where the
tests and screenshots render). Highlights are translucent tints, readable on both.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_system_palette: QPalette | None = None
_system_style = ""


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1f1f1f",
        role.AlternateBase: "#2a2a2a", role.ToolTipBase: "#333333", role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6", role.Button: "#333333", role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b", role.Link: "#56B4E9", role.Highlight: "#3d7fc4",
        role.HighlightedText: "#ffffff", role.PlaceholderText: "#8a8a8a", role.Mid: "#444444",
        role.Dark: "#181818", role.Light: "#3a3a3a", role.Shadow: "#000000",
    }  # fmt: skip
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    return palette


def apply_theme(app: QApplication, name: str) -> str:
    """Use theme ``name`` ("system", "light" or "dark"); returns the name applied."""
    global _system_palette, _system_style
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    if name not in THEMES:
        name = "system"
    if name == "system":
        app.setStyle(QStyleFactory.create(_system_style) or app.style())
        app.setPalette(_system_palette)
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        style = app.style()
        app.setPalette(dark_palette() if name == "dark" else style.standardPalette())
    return name
