"""PDF with a text layer (press releases, saved articles): the text in reading order.

pypdf reads the text layer (it is already a dependency, for the reports). What it returns is in
the order the PDF draws the glyphs: logical order from some producers (Chromium, Word), visual
order from others (Qt, some typesetters), and Arabic letters as presentation forms (ﻋ ﻨ ﻮ). Both
are measured and fixed here, line by line:

- the shape of each word's glyphs tells the order: a word read in logical order starts with an
  initial (or isolated) form and ends with a final one; reversed, it is the other way round.
  A line in visual order is put back in logical order with the Unicode bidi algorithm;
- presentation forms are folded back to letters (NFKC on those characters only: marks stay);
- brackets drawn mirrored in right-to-left lines («)مثال(») are turned back.

Lines are joined into paragraphs (a PDF breaks every line); running headers and footers (a line
at the top or foot of most pages) and page numbers are kept in the text and marked as furniture.
A PDF without a text layer (a scan) is refused with a reason: there is nothing to read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from io import BytesIO
from pathlib import Path

from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.formats.html import NoArticleText
from app.messages import Message, T
from app.tasks import checkpoint

MAX_PAGES = 2000
_FILE_NAME = re.compile(r"\.[A-Za-z]{2,5}$|^Microsoft Word - ")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
_ARABIC_WORD = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]{2,}")
_PAGE_NUMBER = re.compile(
    r"^\W*(?:(?:page|صفحة|الصفحة|ص)\W*)?\d{1,4}(?:\W*(?:of|من|/)\W*\d{1,4})?\W*$", re.I
)
_SENTENCE_END = re.compile(r"[.!?؟:…»\"”)]\s*$")
_MIRRORED = re.compile(r"\)([^()\n]*)\(|\]([^\[\]\n]*)\[")


def _form(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for form in ("INITIAL", "MEDIAL", "FINAL", "ISOLATED"):
        if form in name:
            return form
    return ""


def in_visual_order(line: str) -> bool:
    """The line's Arabic words are drawn reversed (the first glyph of a word a final form)."""
    votes = 0
    for word in _ARABIC_WORD.findall(line):
        first, last = _form(word[0]), _form(word[-1])
        if first == "FINAL" or last == "INITIAL":
            votes += 1
        elif first == "INITIAL" or last == "FINAL":
            votes -= 1
    return votes > 0


def logical_line(line: str) -> str:
    """One extracted line in logical order, with letters instead of presentation forms."""
    line = line.replace("\t", " ")
    if in_visual_order(line):
        from bidi import get_display

        line = get_display(line, base_dir="R")  # the algorithm undoes a visual RTL line
    had_forms = bool(_PRESENTATION.search(line))
    line = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)
    if had_forms:  # glyph-level text: mirrored brackets came out as drawn
        line = _MIRRORED.sub(_unmirror, line)
    return line.rstrip()


def _unmirror(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return f"({match.group(1)})"
    return f"[{match.group(2)}]"


def _pattern(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits aside) at the top or foot of most pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_pattern(line) for line in lines[:2] + lines[-2:] if line.strip()}
        counts.update(edge)
    return {p for p, n in counts.items() if n >= max(2, len(pages) // 2)}


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs: a line ending a sentence, or clearly shorter than the
    page's lines, ends its paragraph; a blank line always does."""
    widths = sorted(len(line) for line in lines if line.strip())
    full = widths[len(widths) * 3 // 4] if widths else 0
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line.strip())
        if _SENTENCE_END.search(line) or len(line.strip()) < full * 0.7:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise NoArticleText(
                Message(T("core", "this PDF is protected by a password; save a copy without one"))
            )
        if len(reader.pages) > MAX_PAGES:
            template = T("core", "this PDF has over {pages} pages; it is not one article")
            raise NoArticleText(Message(template, pages=MAX_PAGES))
        pages: list[list[str]] = []
        for page in reader.pages:
            checkpoint()
            raw = page.extract_text() or ""
            pages.append([logical_line(line) for line in raw.split("\n")])
        info: dict[str, object] = dict(reader.metadata or {})
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise NoArticleText(Message(T("core", "this PDF cannot be read ({why})"), why=exc)) from exc
    if not any(line.strip() for lines in pages for line in lines):
        template = T(
            "core",
            "this PDF has no text layer (a scan or a picture of text); Tabayun reads the text "
            "of PDFs, it does not read pictures",
        )
        raise NoArticleText(Message(template))
    running = _running_lines(pages)
    text_parts: list[str] = []
    marks: list[tuple[int, int, str]] = []
    offset = 0
    for lines in pages:
        body: list[str] = []
        for line in lines:
            stripped = line.strip()
            if stripped and (_pattern(stripped) in running or _PAGE_NUMBER.match(stripped)):
                kind = "page-number" if _PAGE_NUMBER.match(stripped) else "page-header"
                if body:
                    for paragraph in _paragraphs(body):
                        text_parts.append(paragraph)
                        offset += len(paragraph) + 1
                    body = []
                text_parts.append(stripped)
                marks.append((offset, offset + len(stripped), kind))
                offset += len(stripped) + 1
            else:
                body.append(line)
        for paragraph in _paragraphs(body):
            text_parts.append(paragraph)
            offset += len(paragraph) + 1
    title = str(info.get("/Title") or "").strip()
    if (
        not title
        or title.lower() in ("untitled", "document")
        or title.lower().endswith((".doc", ".docx", ".pdf"))
    ):
        title = ""
    return [
        ArticleDraft(
            source=path,
            text="\n".join(text_parts),
            format="pdf",
            encoding=None,
            title=title or None,
            author=str(info.get("/Author") or "").strip() or None,
            published_on=parse_date(_pdf_date(info.get("/CreationDate"))),
            date_origin="file",
            marks=tuple(marks),
        )
    ]


def _pdf_date(value: object) -> str | None:
    """PDF dates look like D:20230913120000+03'00'."""
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(value or ""))
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None
