"""The report as PDF, through Qt's text engine: Arabic shaped and joined by HarfBuzz, and the
PDF's text extractable in logical order.

The HTML writer's markup is laid out by QTextDocument and printed with QPdfWriter. The font
matters for extraction: with DejaVu Sans every glyph keeps its Unicode mapping (pdftotext gives
the Arabic words back); with Noto Sans Arabic or Amiri the substituted glyphs lose it (measured,
see docs/rendering.md). So DejaVu Sans is used where it is installed, else the system's sans serif.

Qt maps each shaped glyph back to the code point the font's cmap gives it, which for an Arabic
letter's joined form is a presentation-form character (U+FE8E for a final alef). Copied or
extracted, that is not the letter that went in, and a search for «عاجل» misses «ﻋﺎﺟﻞ». So the
PDF's ToUnicode maps are rewritten (with pypdf) to the letters themselves (NFKC: U+FE8E → ا,
the lam-alef ligature → لا): pdftotext then gives back the words as they were typed.
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import TYPE_CHECKING, BinaryIO

from app.report.html import write_html

if TYPE_CHECKING:
    from app.report.model import Report

EXTRACTABLE_FONTS = ("DejaVu Sans", "Arial", "Tahoma", "Segoe UI")
QT_CSS = """
th { background-color: #f2f2f2; font-weight: bold; }
.meta { color: #555555; }
.flag { color: #D55E00; font-weight: bold; }
.left-out { color: #777777; }
.insert { background-color: #C8EBDD; color: #000000; }
.replace { background-color: #F8DDA8; color: #000000; }
.variant { text-decoration: underline; color: #0072B2; }
h2 { margin-top: 24px; }
"""


def _application() -> object:
    """A Qt application for fonts, created offscreen when the command line has none."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        from ui.qt_app import ensure_platform

        ensure_platform()
        app = QGuiApplication([])
    return app


def write_pdf(report: Report, out: BinaryIO) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import (
        QFont,
        QFontDatabase,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )

    _application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Review report — {report.collection}")
    writer.setCreator("Tabayun")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    document = QTextDocument()
    families = set(QFontDatabase.families())
    family = next((f for f in EXTRACTABLE_FONTS if f in families), "")
    font = QFont(family) if family else QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    # Qt reads a subset of CSS; the browser stylesheet's page widths and margins confuse it
    document.setDefaultStyleSheet(QT_CSS)
    document.setHtml(re.sub(r"<style>.*?</style>", "", write_html(report, qt=True), flags=re.S))
    document.print_(writer)  # no page size set: Qt lays the pages out at the writer's size
    buffer.close()
    out.write(plain_letters(bytes(data.data()), language=report.options.language))


_PRESENTATION = re.compile(rb"<(F[B-E][0-9A-Fa-f]{2})>")


def _letters(match: re.Match[bytes]) -> bytes:
    char = chr(int(match.group(1), 16))
    plain = unicodedata.normalize("NFKC", char)
    if plain == char:
        return match.group(0)
    if len(plain) > 1 and all("\u0600" <= c <= "\u06ff" for c in plain):
        # A ligature (lam-alef) in right-to-left text: extractors put the line's glyphs in
        # logical order but keep each glyph's characters as written, so they are written in
        # visual order (measured: poppler's pdftotext and pypdf both gave «فالديمير» else).
        plain = plain[::-1]
    return b"<" + plain.encode("utf-16-be").hex().upper().encode() + b">"


def plain_letters(pdf: bytes, language: str = "") -> bytes:
    """``pdf`` with every ToUnicode entry for a presentation form mapped to its letters, and
    the document's language (``/Lang``, which screen readers and PDF/UA checks read) set."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    if language:
        writer.root_object[NameObject("/Lang")] = TextStringObject(language)
    done: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for font in fonts.get_object().values():
            font = font.get_object()
            if not isinstance(font, DictionaryObject) or "/ToUnicode" not in font:
                continue
            cmap = font["/ToUnicode"].get_object()
            if not isinstance(cmap, StreamObject) or id(cmap) in done:
                continue
            done.add(id(cmap))
            cmap.set_data(_PRESENTATION.sub(_letters, cmap.get_data()))
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()
