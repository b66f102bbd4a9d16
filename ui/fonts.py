"""The Arabic faces that ship with Tabayun, and choosing the article font.

Amiri (a Naskh reading face) and Noto Sans Arabic (a matching sans serif for the interface)
come from PyPI as dependencies (fontpkg-amiri, fontpkg-noto-sans-arabic: the fonts unmodified,
under the OFL) and are registered with Qt at start, so Windows, macOS and a fresh Linux show the
same Arabic in the window and the PDF. The reviewer can still choose any installed face.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

READING_FAMILY = "Amiri"
INTERFACE_FAMILY = "Noto Sans Arabic"
_registered: list[str] = []


def shipped_font_files() -> list[Path]:
    """The font files of the packaged faces (none when a package is missing)."""
    from importlib.util import find_spec

    files: list[Path] = []
    for module in ("fontpkg_amiri", "fontpkg_noto_sans_arabic"):
        spec = find_spec(module)
        if spec is None or spec.origin is None:
            continue
        files += sorted((Path(spec.origin).parent / "files").glob("*.ttf"))
    return files


def register_shipped_fonts() -> list[str]:
    """Register the shipped faces with Qt (once; needs a Qt application). Returns the
    families now available from them."""
    if not _registered:
        for path in shipped_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))


def install_fonts() -> None:
    """Register the shipped faces and give the application's font the interface face for
    Arabic letters (idempotent; call with a Qt application running)."""
    from PySide6.QtGui import QGuiApplication

    if register_shipped_fonts():
        QGuiApplication.setFont(interface_font(QGuiApplication.font()))


def interface_font(base: QFont) -> QFont:
    """``base`` with the shipped sans serif as the face for Arabic letters it lacks."""
    font = QFont(base)
    families = [*base.families()] or [base.family()]
    if INTERFACE_FAMILY not in families:
        font.setFamilies([*families, INTERFACE_FAMILY])
    return font


# Best first: the shipped reading face, then Naskh faces, then system fonts with good Arabic.
ARABIC_FONT_PREFERENCE = (
    READING_FAMILY,
    "Noto Naskh Arabic",
    "Noto Naskh Arabic UI",
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
