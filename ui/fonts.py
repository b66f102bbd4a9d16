"""The Arabic faces that ship with Tabayun, and choosing the article font.

Noto Sans Arabic and Amiri come from PyPI as dependencies (fontpkg-noto-sans-arabic,
fontpkg-amiri: the fonts unmodified, under the OFL) and are registered with Qt when the window
opens, so Windows, macOS and a fresh Linux show the same Arabic in the article panes. The
reviewer can choose any other installed face in Preferences.

Measured before choosing (the seeds in a pane 290 px wide, how far Qt sets a right-to-left line
past the right edge): DejaVu Sans 1 px, Noto Sans Arabic 0 px, Amiri 11 px, with or without its
kerning, so that the end of a line was clipped. Noto Sans Arabic is the default; Amiri, a Naskh
face many readers prefer, is offered and not chosen for them.

The interface keeps the system's face: adding Noto Sans Arabic to the application font's
families raised every line of the interface by its tall vertical metrics (the menu bar from 19
to 31 px, the status bar from 27 to 38 px), English included.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from app.report.faces import shipped_font_files

READING_FAMILY = "Noto Sans Arabic"  # the default face of the article panes, shipped
NASKH_FAMILY = "Amiri"  # shipped too, offered in Preferences
_registered: list[str] = []


def register_shipped_fonts() -> list[str]:
    """Register the shipped faces with Qt (once; needs a Qt application). Returns the
    families now available from them."""
    if not _registered:
        for path in shipped_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))


# Best first: the shipped face (the same Arabic on every system), then installed faces with good
# Arabic, should the shipped one be missing (a packaging that left it out).
ARABIC_FONT_PREFERENCE = (
    READING_FAMILY,
    "Noto Naskh Arabic",
    "Noto Naskh Arabic UI",
    "Scheherazade New",
    "Noto Sans Arabic UI",
    "Geeza Pro",  # macOS
    "SF Arabic",  # macOS
    "Segoe UI",  # Windows: has Arabic
    "Arial",  # Windows: has Arabic
    "Tahoma",
    "DejaVu Sans",  # Linux fallback with Arabic coverage
)
ARTICLE_POINT_SIZE = 13


def arabic_article_family(preferred: str = "") -> str:
    """The reviewer's chosen family if installed, else the best installed Arabic font."""
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
    if preferred and preferred in installed:
        return preferred
    for family in ARABIC_FONT_PREFERENCE:
        if family in installed:
            return family
    return QFont().family()


def article_font(direction: str, preferred: str = "", zoom_steps: int = 0) -> QFont:
    family = arabic_article_family(preferred) if direction == "rtl" else ""
    font = QFont(family) if family else QFont()
    font.setPointSize(max(6, ARTICLE_POINT_SIZE + zoom_steps))
    return font
