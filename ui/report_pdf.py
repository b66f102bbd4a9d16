"""The report as PDF, through Qt's text engine: Arabic shaped and joined by HarfBuzz in the
shipped face (Noto Sans Arabic, as in the window), on A4 pages with their numbers, tagged, and
its text extractable in logical order.

The HTML writer's markup is laid out by QTextDocument; a heading with no room for its text below
it starts the next page; the pages are painted one by one on a QPdfWriter. Qt maps each glyph
back to a character through the font's character map only, which has no entry for a joined
Arabic form, so before painting, every glyph's text is read from Qt's own shaping
(``glyph_runs``) and ``app.report.pdf_tags`` rewrites the PDF's text layer from it, marks the
content, and adds the structure tree and the bookmarks.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, BinaryIO

from app.messages import Message, T
from app.report.html import write_html
from app.report.pdf_tags import tag_pdf
from app.report.pdf_text import GlyphRuns
from app.tasks import checkpoint, progress
from app.text.bidi import ALL_CONTROLS
from ui.fonts import READING_FAMILY, register_shipped_fonts

if TYPE_CHECKING:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QGlyphRun, QPageLayout, QPdfWriter, QTextDocument, QTextLine

    from app.report.model import Report

# The shipped face first (the window's): the same Arabic on paper on every system
PDF_FONTS = (READING_FAMILY, "DejaVu Sans", "Arial", "Tahoma", "Segoe UI")
QT_CSS = """
th { background-color: #f2f2f2; font-weight: bold; }
.meta { color: #555555; }
.flag { color: #D55E00; font-weight: bold; }
.left-out { color: #777777; }
.insert { background-color: #C8EBDD; color: #000000; }
.replace { background-color: #F8DDA8; color: #000000; }
.variant { text-decoration: underline; color: #0072B2; }
.synonym { text-decoration: underline; color: #555555; }
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
    register_shipped_fonts()
    return app


BIDI_CONTROLS = dict.fromkeys(map(ord, ALL_CONTROLS))  # dropped from what glyphs show
LAYOUT_DPI = 96.0  # the units QTextDocument lays text out in when it has no paint device
FOOTER = 0.3  # inches kept at the foot of each page for its number


def write_pdf(report: Report, out: BinaryIO) -> None:
    title = f"Review report — {report.collection}"
    markup = re.sub(r"<style>.*?</style>", "", write_html(report, qt=True), flags=re.S)
    out.write(print_markup(markup, title, report.options.language))


def print_markup(markup: str, title: str, language: str) -> bytes:
    """``markup`` as a tagged PDF (see ``_print_markup``), with Python's cycle collector paused:
    the text layer makes millions of small objects, none of them in a cycle, and the
    collector's passes over them took 3 of the 200-article benchmark's 17 seconds."""
    from ui.gc_guard import collector_paused

    with collector_paused():
        return _print_markup(markup, title, language)


def _print_markup(markup: str, title: str, language: str) -> bytes:
    """``markup`` (Qt's rich text) as a tagged PDF on A4: laid out in the shipped face, its
    headings kept with their text, its glyphs read from the layout, painted page by page with
    their numbers, then tagged (``app.report.pdf_tags``)."""
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
    family = next((f for f in PDF_FONTS if f in families), "")
    font = QFont(family) if family else QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    # Qt reads a subset of CSS; the browser stylesheet's page widths and margins confuse it
    document.setDefaultStyleSheet(QT_CSS)
    progress(0, 0, Message(T("core", "Laying out the pages")))
    document.setHtml(markup)
    document.setDocumentMargin(0)
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    page = QSizeF(area.width() * LAYOUT_DPI, (area.height() - FOOTER) * LAYOUT_DPI)
    keep_headings_with_text(document, page)
    texts = glyph_runs(document, page, writer.pageLayout())
    _paint_pages(document, writer, page)
    buffer.close()
    # what drawContents leaves unclipped: the layout's page, above the page number
    printed = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    top = writer.pageLayout().fullRect(QPageLayout.Unit.Point).height() - printed.top()
    bottom = top - page.height() * 72.0 / LAYOUT_DPI
    visible = (printed.left(), bottom, printed.right(), top)
    return tag_pdf(bytes(data.data()), language, headings(markup), title, texts, visible)


def glyph_runs(document: QTextDocument, page: QSizeF, layout: QPageLayout) -> GlyphRuns:
    """What every glyph of ``document`` shows, run by run, with where ``_paint_pages`` will
    draw it (page, points from the bottom left), from Qt's own shaping: the characters each
    glyph stands for (the first glyph of a cluster takes them all; a mark joins its letter's
    cluster). The PDF writer maps glyphs back to characters through the font's character map
    only, which knows no joined Arabic form."""
    from PySide6.QtGui import QPageLayout, QTextLayout

    flag = QTextLayout.GlyphRunRetrievalFlag
    wanted = flag.RetrieveGlyphIndexes | flag.RetrieveGlyphPositions | flag.RetrieveStringIndexes
    area = layout.paintRect(QPageLayout.Unit.Point)
    height = layout.fullRect(QPageLayout.Unit.Point).height()
    points = 72.0 / LAYOUT_DPI
    left, top, tall = area.left(), height - area.top(), page.height()  # Qt calls, taken once
    found: list[list[tuple[int, float, float, str | None]]] = []
    block = document.begin()
    count = 0
    while block.isValid():
        count += 1
        if not count % 500:
            checkpoint()
        corner = document.documentLayout().blockBoundingRect(block).topLeft()
        block_x, block_y = corner.x(), corner.y()
        text_layout = block.layout()
        source = block.text()  # QGlyphRun.sourceString() comes back empty, as does the layout's
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            runs = line.glyphRuns(-1, -1, wanted)
            starts = sorted({i for run in runs for i in run.stringIndexes()})
            ends = [*starts[1:], line.textStart() + line.textLength()]
            after = dict(zip(starts, ends, strict=False))  # no glyphs: no starts
            for run in runs:
                done: set[int] = set()
                glyphs: list[tuple[int, float, float, str | None]] = []
                found.append(glyphs)
                indexes = run.stringIndexes()
                if len(indexes) > 2 and len(set(indexes)) == 1:
                    # Qt gives some runs (a bold line with a glyph from another font) one
                    # index for every glyph: then each character is asked for its glyphs
                    texts = _by_character(line, run, source)
                else:
                    texts = []
                    for start in indexes:
                        texts.append("" if start in done else source[start : after[start]])
                        done.add(start)
                for text, position in zip(texts, run.positions(), strict=False):
                    y = block_y + position.y()
                    index = int(y // tall)
                    glyphs.append(
                        (
                            index,
                            left + (block_x + position.x()) * points,
                            top - (y - index * tall) * points,
                            text.translate(BIDI_CONTROLS) if text else text,
                        )
                    )
        block = block.next()
    return found


def _by_character(line: QTextLine, run: QGlyphRun, source: str) -> list[str | None]:
    """What each glyph of ``run`` shows, asked of the layout one character at a time (for
    runs whose string indexes Qt leaves all alike): a glyph that several characters share
    shows them all; a character's further glyphs (its dots) show nothing."""
    from PySide6.QtGui import QTextLayout

    flag = QTextLayout.GlyphRunRetrievalFlag
    wanted = flag.RetrieveGlyphIndexes | flag.RetrieveGlyphPositions
    texts: dict[tuple[int, int, int], str] = {}
    for at in range(line.textStart(), line.textStart() + line.textLength()):
        char = source[at : at + 1]
        for part in line.glyphRuns(at, 1, wanted):
            for glyph, position in zip(part.glyphIndexes(), part.positions(), strict=False):
                key = (glyph, round(position.x() * 8), round(position.y() * 8))
                texts[key] = texts.get(key, "") + char
                char = ""
    return [
        texts.pop((glyph, round(position.x() * 8), round(position.y() * 8)), None)
        for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=False)
    ]


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
            progress(
                index,
                count,
                Message(T("core", "Drawing page {n} of {count}"), n=index + 1, count=count),
            )
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
            checkpoint()
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
