"""The PDF that Qt prints, tagged: marked content, a structure tree in reading order,
bookmarks, the document's language; its text layer made right by ``app.report.pdf_text``.

Every glyph run (``BT … ET``) becomes marked content with an MCID; runs on one baseline make one
structure element (P, or H1–H3 where the line shows one of the report's headings at a larger
size) under one Document element, with a ParentTree, ``/MarkInfo`` and ``/Lang``; a line in the
other direction says its own language. Sections (H2) and their passages (H3) become bookmarks.
The font programs are not touched.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.messages import Message, T
from app.report.pdf_ops import UnreadableContentError
from app.report.pdf_text import GlyphRuns, TextLayer, multiply
from app.tasks import progress


@dataclass
class Run:
    """One text object: its glyphs' text in the order written, its place and size."""

    page: int
    text: str
    rtl: bool
    y: float  # baseline, in page space (points from the bottom)
    size: float  # in points
    mcid: int = -1


@dataclass
class Line:
    page: int
    runs: list[Run] = field(default_factory=list)
    role: str = "P"

    @property
    def text(self) -> str:
        return " ".join(r.text.strip() for r in self.runs if r.text.strip())

    @property
    def size(self) -> float:
        return max((r.size for r in self.runs), default=0.0)


class _Tagger:
    def __init__(
        self,
        writer: Any,
        glyph_runs: GlyphRuns | None,
        visible: tuple[float, float, float, float] | None,
    ) -> None:
        self.writer = writer
        self.layer = TextLayer(writer, glyph_runs, visible)

    def page(self, index: int, page: Any) -> list[Run]:
        """Mark every run of ``page`` (MCIDs from 0) and read it. The page is handled as bytes:
        its text objects found by one expression, the graphics state between them followed for
        ``q``, ``Q`` and ``cm`` only."""
        from pypdf.generic import NameObject, NumberObject, StreamObject

        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        contents = page.get_contents()
        if fonts is None or contents is None:
            return []
        fonts = fonts.get_object()
        data = contents.get_data()
        out: list[bytes] = []
        runs: list[Run] = []
        ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        stack: list[tuple[float, ...]] = []
        products: dict[tuple[bytes, tuple[float, ...]], tuple[float, ...]] = {}
        at = 0
        for match in _TEXT_OBJECT.finditer(data):
            between = data[at : match.start()]
            at = match.end()
            out.append(between)
            for state in _STATE.finditer(between):
                operator, more = state.groups()
                if more:
                    if operator != b"c":
                        continue  # not an operator Qt writes
                    # cm: its six numbers stand just before it; Qt repeats a few matrices
                    # thousands of times on a page
                    start = state.start()
                    line = between[between.rfind(b"\n", 0, start) + 1 : start]
                    product = products.get((line, ctm))
                    if product is None:
                        numbers = between[max(0, start - 160) : start].split()[-6:]
                        product = tuple(multiply([float(v) for v in numbers], ctm))
                        products[(line, ctm)] = product
                    ctm = product
                elif operator == b"q":
                    stack.append(ctm)
                elif operator == b"Q":
                    ctm = stack.pop() if stack else ctm
            block = match.group(0)
            try:
                run = self.layer.read(block, fonts, ctm, index)
            except UnreadableContentError:
                run = None  # left as Qt wrote it: untagged, its text as Qt mapped it
            if run is None:
                out.append(block)
                continue
            if not run.text.strip():  # a page number, a line the page clips: no content
                out.append(b"/Artifact BMC\n%s\nEMC" % run.data)
                continue
            mcid = len(runs)
            runs.append(Run(index, run.text, run.rtl, run.origin[1], run.size, mcid))
            out.append(b"/Span <</MCID %d>> BDC\n%s\nEMC" % (mcid, run.data))
        out.append(data[at:])
        stream = StreamObject()
        stream.set_data(b"".join(out))
        page[NameObject("/Contents")] = self.writer._add_object(stream.flate_encode())
        if runs:
            page[NameObject("/StructParents")] = NumberObject(index)
        return runs


_TEXT_OBJECT = re.compile(rb"(?m)^BT$.*?^ET$", re.S)  # Qt writes each on a line of its own
# q, Q and cm (and the curve operator c, passed over): a pattern that starts with its first
# letters is scanned several times faster, and a page holds megabytes of table borders
_STATE = re.compile(rb"([qQc])(?<!\S[qQc])(m?)(?!\S)")


def _lines(runs: list[Run]) -> list[Line]:
    lines: list[Line] = []
    for run in runs:
        last = lines[-1] if lines else None
        if (
            last is not None
            and last.page == run.page
            and abs(last.runs[-1].y - run.y) < max(run.size, 1.0) * 0.5
        ):
            last.runs.append(run)
        else:
            lines.append(Line(run.page, [run]))
    return lines


def _letters_only(text: str) -> str:
    return "".join(text.split())


def _mark_headings(
    lines: list[Line], headings: Sequence[tuple[int, str]]
) -> list[tuple[Line, str]]:
    """The lines that show the headings, in order, set larger than the body text (the list of
    sections at the top carries the same words at body size), each with its heading."""
    sizes = sorted(line.size for line in lines)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    found, at = [], 0
    for level, title in headings:
        wanted = _letters_only(title)
        for index in range(at, len(lines)):
            line = lines[index]
            if line.size > body * 1.15 and _letters_only(line.text) == wanted:
                line.role = f"H{min(level, 6)}"
                found.append((line, title))
                at = index + 1
                break
    return found


def tag_pdf(
    pdf: bytes,
    language: str = "",
    headings: Sequence[tuple[int, str]] = (),
    title: str = "",
    glyph_runs: GlyphRuns | None = None,
    visible: tuple[float, float, float, float] | None = None,
) -> bytes:
    """``pdf`` (as Qt printed it) with its text layer rewritten (``glyph_runs``: what each
    glyph shows, by position; see ``app.report.pdf_text``; ``visible``: the printed area, x0,
    y0, x1, y1 in points), marked content for every run, a
    structure tree in reading order, bookmarks for ``headings`` ((level, text) in order) and
    the document's language."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        Fit,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    root = writer.root_object
    if language:
        root[NameObject("/Lang")] = TextStringObject(language)
    tagger = _Tagger(writer, glyph_runs, visible)
    runs: list[Run] = []
    count = len(writer.pages)
    for index, page in enumerate(writer.pages):
        progress(
            index,
            count,
            Message(
                T("core", "Making the text searchable: page {n} of {count}"),
                n=index + 1,
                count=count,
            ),
        )
        runs += tagger.page(index, page)  # MCIDs count from 0 on every page
    tagger.layer.finish()
    lines = _lines(runs)
    heading_lines = _mark_headings(lines, headings)
    document = DictionaryObject({NameObject("/Type"): NameObject("/StructElem")})
    document[NameObject("/S")] = NameObject("/Document")
    document_ref = writer._add_object(document)
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_ref = writer._add_object(tree)
    document[NameObject("/P")] = tree_ref
    if language:
        document[NameObject("/Lang")] = TextStringObject(language)
    parents: dict[int, list[Any]] = {}
    kids = ArrayObject()
    pages = [page.indirect_reference for page in writer.pages]
    right_to_left = language in ("ar", "fa", "ur", "he")
    for line in lines:
        element = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject(f"/{line.role}"),
                NameObject("/P"): document_ref,
                NameObject("/Pg"): pages[line.page],
                NameObject("/K"): ArrayObject(NumberObject(r.mcid) for r in line.runs),
            }
        )
        rtl = any(r.rtl for r in line.runs)
        if rtl != right_to_left:
            element[NameObject("/Lang")] = TextStringObject("ar" if rtl else "en")
        reference = writer._add_object(element)
        kids.append(reference)
        slots = parents.setdefault(line.page, [])
        for run in line.runs:
            slots += [None] * (run.mcid + 1 - len(slots))
            slots[run.mcid] = reference
    document[NameObject("/K")] = kids
    numbers = ArrayObject()
    for page_index in sorted(parents):
        numbers += [NumberObject(page_index), ArrayObject(parents[page_index])]
    tree[NameObject("/K")] = document_ref
    tree[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): numbers})
    )
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(len(writer.pages))
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    root[NameObject("/StructTreeRoot")] = tree_ref
    if title:
        preferences = DictionaryObject({NameObject("/DisplayDocTitle"): BooleanObject(True)})
        root[NameObject("/ViewerPreferences")] = preferences
    _bookmarks(writer, heading_lines, Fit)
    result = io.BytesIO()
    writer.write(result)
    return result.getvalue()


def _bookmarks(writer: Any, lines: list[tuple[Line, str]], fit: Any) -> None:
    """Sections (H2) as bookmarks, their subsections (H3) under them; the title (H1) is the
    document's own."""
    parent = None
    for line, title in lines:
        level = int(line.role[1:])
        if level < 2:
            continue
        item = writer.add_outline_item(
            title=title,
            page_number=line.page,
            parent=parent if level > 2 else None,
            fit=fit.xyz(top=line.runs[0].y + line.size),
        )
        if level == 2:
            parent = item
