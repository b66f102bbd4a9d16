"""Choosing a good font for Arabic article text from what is installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

# Best first. Naskh faces read best at length; the rest are common system fonts with good Arabic.
ARABIC_FONT_PREFERENCE = (
    "Noto Naskh Arabic",
    "Noto Naskh Arabic UI",
    "Amiri",
    "Scheherazade New",
    "Noto Sans Arabic",
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
    font = QFont(arabic_article_family(preferred)) if direction == "rtl" else QFont()
    font.setPointSize(max(6, ARTICLE_POINT_SIZE + zoom_steps))
    return font
