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

import html
import re
from typing import TYPE_CHECKING, BinaryIO

from app.report.html import write_html
from app.report.pdf_tags import tag_pdf

if TYPE_CHECKING:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter, QTextDocument

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


LAYOUT_DPI = 96.0  # the units QTextDocument lays text out in when it has no paint device
FOOTER = 0.3  # inches kept at the foot of each page for its number


def write_pdf(report: Report, out: BinaryIO) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
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
    title = f"Review report — {report.collection}"
    writer.setTitle(title)
    writer.setCreator("Tabayun")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 15),
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
    markup = re.sub(r"<style>.*?</style>", "", write_html(report, qt=True), flags=re.S)
    document.setHtml(markup)
    document.setDocumentMargin(0)
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    page = QSizeF(area.width() * LAYOUT_DPI, (area.height() - FOOTER) * LAYOUT_DPI)
    keep_headings_with_text(document, page)
    _paint_pages(document, writer, page)
    buffer.close()
    pdf = bytes(data.data())
    out.write(tag_pdf(pdf, report.options.language, headings(markup), title=title))


def _paint_pages(document: QTextDocument, writer: QPdfWriter, page: QSizeF) -> None:
    """Each page of ``document`` (laid out at ``page`` size) with its number at the foot."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPainter

    scale = writer.resolution() / LAYOUT_DPI
    count = document.pageCount()
    painter = QPainter(writer)
    number_font = QFont(document.defaultFont())
    number_font.setPixelSize(round(8 * LAYOUT_DPI / 72))  # 8 pt, in the layout's units
    try:
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * page.height())
            document.drawContents(
                painter, QRectF(0, index * page.height(), page.width(), page.height())
            )
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(number_font)
            footer = QRectF(0, page.height(), page.width(), FOOTER * LAYOUT_DPI)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignCenter), f"{index + 1} / {count}")
            painter.restore()
    finally:
        painter.end()


def keep_headings_with_text(document: QTextDocument, page: QSizeF) -> int:
    """Start a new page before any heading that would stand at the foot of a page with its
    text on the next one (Qt's layout has no keep-with-next); a heading that directly follows
    another moves with it. ``page`` is the printable area in the document's units. Returns
    how many headings moved."""
    from PySide6.QtGui import QFontMetricsF, QTextCursor, QTextFormat

    document.setPageSize(page)
    height = page.height()
    line = QFontMetricsF(document.defaultFont()).lineSpacing() * 1.6
    layout = document.documentLayout()
    moved = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            layout.documentSize()  # the layout is lazy: lay out what a move changed
            rect = layout.blockBoundingRect(block)
            top = rect.top() % height
            if top > 0 and height - top < rect.height() + 3 * line:
                first = block
                while first.previous().isValid() and first.previous().blockFormat().headingLevel():
                    first = first.previous()
                fmt = first.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(first).setBlockFormat(fmt)
                moved += 1
        block = block.next()
    return moved


_HEADING = re.compile(r"<h([1-3])[^>]*>(.*?)</h\1>", re.S)


def headings(markup: str) -> list[tuple[int, str]]:
    """(level, text) of the report's headings, in order, as the page shows them."""
    return [
        (int(level), html.unescape(re.sub(r"<[^>]+>", "", inner)))
        for level, inner in _HEADING.findall(markup)
    ]
