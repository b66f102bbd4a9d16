"""The PDF that Qt prints, made readable by extractors and screen readers.

Qt writes every shaped glyph run as its own text object (``BT … ET``), right-to-left runs in
logical order with negative advances, and maps each glyph back to one code point through the
font's ToUnicode table. Three things go wrong from there, measured on the demo report with
poppler's pdftotext and pdfminer:

- an Arabic letter's joined form maps to a presentation form (U+FE8E, not ا), so a search for
  «عاجل» misses «ﻋﺎﺟﻞ»;
- a vowel mark is a glyph of its own over its letter, and pdftotext cut 16 of 19 vowelled words
  at it («صاروخ ًا»);
- a bracket in right-to-left text is drawn with its mirror's glyph, and comes back reversed
  («)مثال(»).

So, after printing, every ToUnicode entry for a presentation form is mapped to its letters;
every glyph run is wrapped in marked content that carries the run's text (``/ActualText``,
brackets as typed) and an MCID; runs in right-to-left text use a copy of their font whose
ToUnicode gives mirrored glyphs their logical bracket; and a structure tree gives the reading
order (one element per line, headings as H1/H2), with bookmarks from the section headings and
the document's language. The font programs are not touched.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«"}
MIRRORED |= {"<": ">", ">": "<", "‹": "›", "›": "‹"}
_ENTRY = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])?")
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)


def _hex_text(value: bytes) -> str:
    return bytes.fromhex(value.decode()).decode("utf-16-be", "replace")


def read_cmap(data: bytes) -> dict[int, str]:
    """Glyph id → text from a ToUnicode CMap (bfchar and both forms of bfrange)."""
    mapping: dict[int, str] = {}
    for kind, body in _SECTION.findall(data):
        if kind == b"bfchar":
            for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", body):
                mapping[int(source, 16)] = _hex_text(target)
            continue
        for first, last, target in _ENTRY.findall(body):
            low, high = int(first, 16), int(last, 16)
            if target.startswith(b"["):
                for offset, item in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", target)):
                    mapping[low + offset] = _hex_text(item)
            else:
                start = int(target.strip(b"<>"), 16)
                for offset in range(high - low + 1):
                    mapping[low + offset] = chr(start + offset)
    return mapping


def write_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap with one bfchar entry per glyph (at most 100 per block, as the spec
    asks)."""
    head = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    )
    items = sorted(mapping.items())
    blocks = []
    for at in range(0, len(items), 100):
        chunk = items[at : at + 100]
        lines = "".join(
            f"<{gid:04X}> <{text.encode('utf-16-be').hex().upper()}>\n" for gid, text in chunk
        )
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}endbfchar\n")
    tail = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    return (head + "".join(blocks) + tail).encode("ascii")


def plain(text: str) -> str:
    """A glyph's text with presentation forms turned into the letters they show (U+FE8E → ا,
    the lam-alef ligature → لا, in logical order); anything else as it was."""
    out = []
    for char in text:
        if char == "\t":  # Qt maps the space glyph to the tab that shares it in the font
            out.append(" ")
        elif "\ufb00" <= char <= "\ufeff":  # Latin (ﬀ), Hebrew and Arabic presentation forms
            letters = unicodedata.normalize("NFKC", char)
            # an isolated vowel mark's form decomposes to a space (or tatweel) and the mark
            out.append(letters.lstrip(" \u0640") or letters)
        else:
            out.append(char)
    return "".join(out)


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


def _multiply(a: Sequence[float], b: Sequence[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _is_rtl(text: str, advances: Sequence[float]) -> bool:
    if advances:
        return sum(advances) < 0
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _raw(item: Any) -> bytes:
    """A string operand's bytes (pypdf may have decoded it as text)."""
    original = getattr(item, "original_bytes", None)
    if original is not None:
        return bytes(original)
    return item.encode("latin-1") if isinstance(item, str) else bytes(item)


class _Tagger:
    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.maps: dict[int, dict[int, str]] = {}  # font object id → glyph texts
        self.copies: dict[int, Any] = {}  # font object number → its right-to-left copy
        self.lines: list[Line] = []

    def font_map(self, font: Any) -> dict[int, str]:
        """The glyph texts of ``font``, presentation forms rewritten to letters in the PDF."""
        from pypdf.generic import StreamObject

        key = id(font)
        if key not in self.maps:
            mapping: dict[int, str] = {}
            stream = font.get("/ToUnicode")
            stream = stream.get_object() if stream is not None else None
            if isinstance(stream, StreamObject):
                mapping = {gid: plain(text) for gid, text in read_cmap(stream.get_data()).items()}
                stream.set_data(write_cmap(mapping))
            self.maps[key] = mapping
        return self.maps[key]

    def right_to_left(self, fonts: Any, name: str) -> str:
        """The resource name of a copy of font ``name`` for right-to-left runs: a mirrored
        glyph reads as the bracket typed and a ligature as its first letter (an invisible
        carrier gives the rest, see ``_carried``)."""
        from pypdf.generic import DictionaryObject, IndirectObject, NameObject, StreamObject

        reference = fonts.raw_get(name)
        key = reference.idnum if isinstance(reference, IndirectObject) else id(reference)
        new_name = f"{name}R"
        if key not in self.copies:
            font = fonts[name].get_object()
            mapping = {
                gid: MIRRORED.get(text, text[:1]) for gid, text in self.font_map(font).items()
            }
            copy = DictionaryObject(dict(font.items()))
            cmap = StreamObject()
            cmap.set_data(write_cmap(mapping))
            copy[NameObject("/ToUnicode")] = self.writer._add_object(cmap)
            self.copies[key] = self.writer._add_object(copy)
        fonts[NameObject(new_name)] = self.copies[key]
        return new_name

    def _carried(
        self, block: list[tuple[Any, Any]], name: str, fonts: Any, mapping: dict[int, str]
    ) -> list[tuple[Any, Any]]:
        """A right-to-left run drawn with the font's right-to-left copy, each ligature's further
        letters given by an invisible glyph (text render mode 3) just left of it.

        Extractors differ on a glyph that stands for several characters in right-to-left text:
        poppler reverses them, pdfminer does not. One character per glyph, each where a reader
        of the line expects it, satisfies both (measured on the demo report: see
        docs/rendering.md)."""
        from pypdf.generic import ByteStringObject, FloatObject, NameObject, NumberObject

        copy = self.right_to_left(fonts, name)
        by_text = {text: gid for gid, text in sorted(mapping.items(), reverse=True)}
        out: list[tuple[Any, Any]] = []
        size = 0.0
        for operands, operator in block:
            if operator == b"Tf":
                size = float(operands[1])
                out.append(([NameObject(copy), operands[1]], operator))
                continue
            out.append((operands, operator))
            if operator != b"Tj":
                continue
            text = mapping.get(int.from_bytes(_raw(operands[0])[:2], "big"), "")
            if len(text) < 2 or not all(c in by_text for c in text[1:]):
                continue
            carriers, dx = [by_text[c] for c in text[1:]], -0.12 * size
            out += [
                ([NameObject(name), FloatObject(size)], b"Tf"),
                ([NumberObject(3)], b"Tr"),
                ([FloatObject(dx), NumberObject(0)], b"Td"),
                ([ByteStringObject(b"".join(c.to_bytes(2, "big") for c in carriers))], b"Tj"),
                ([FloatObject(-dx), NumberObject(0)], b"Td"),
                ([NumberObject(0)], b"Tr"),
                ([NameObject(copy), FloatObject(size)], b"Tf"),
            ]
        return out

    def page(self, index: int, page: Any, first_mcid: int) -> list[Run]:
        from pypdf.generic import ContentStream, NameObject, NumberObject

        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None or page.get_contents() is None:
            return []
        fonts = fonts.get_object()
        content = ContentStream(page.get_contents(), self.writer)
        operations = content.operations
        out: list[tuple[Any, Any]] = []
        runs: list[Run] = []
        ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        stack: list[list[float]] = []
        block: list[tuple[Any, Any]] | None = None
        for operands, operator in operations:
            if block is not None:
                block.append((operands, operator))
                if operator == b"ET":
                    out.extend(self._run(block, fonts, ctm, index, first_mcid + len(runs), runs))
                    block = None
                continue
            if operator == b"BT":
                block = [(operands, operator)]
                continue
            if operator == b"q":
                stack.append(ctm)
            elif operator == b"Q" and stack:
                ctm = stack.pop()
            elif operator == b"cm":
                ctm = _multiply([float(v) for v in operands], ctm)
            out.append((operands, operator))
        content.operations = out
        page.replace_contents(content)
        page.compress_content_streams()
        if runs:
            page[NameObject("/StructParents")] = NumberObject(index)
        return runs

    def _run(
        self,
        block: list[tuple[Any, Any]],
        fonts: Any,
        ctm: list[float],
        page: int,
        mcid: int,
        runs: list[Run],
    ) -> list[tuple[Any, Any]]:
        from pypdf.generic import DictionaryObject, NameObject, NumberObject

        font_name, size, glyphs, moves = None, 0.0, [], []
        matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        for operands, operator in block:
            if operator == b"Tf":
                font_name, size = str(operands[0]), float(operands[1])
            elif operator == b"Tm":
                matrix = [float(v) for v in operands]
            elif operator == b"Td":
                moves.append((float(operands[0]), float(operands[1])))
            elif operator in (b"Tj", b"TJ"):
                items = operands[0] if operator == b"TJ" else [operands[0]]
                for item in items:
                    if isinstance(item, bytes | str):
                        raw = _raw(item)
                        glyphs += [
                            int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)
                        ]
        if font_name is None or font_name not in fonts or not glyphs:
            return block
        mapping = self.font_map(fonts[font_name].get_object())
        text = "".join(mapping.get(g, "") for g in glyphs)
        rtl = _is_rtl(text, [x for x, _y in moves[1:]])
        if rtl:
            block = self._carried(block, font_name, fonts, mapping)
            text = "".join(MIRRORED.get(c, c) for c in text)
        start = moves[0] if moves else (0.0, 0.0)
        origin = _multiply([1, 0, 0, 1, start[0], start[1]], matrix)
        y = _multiply(origin, ctm)[5]
        scale = (abs(ctm[3]) * abs(matrix[3])) or 1.0
        runs.append(Run(page, text, rtl, y, size * scale, mcid))
        properties = DictionaryObject({NameObject("/MCID"): NumberObject(mcid)})
        return [([NameObject("/Span"), properties], b"BDC"), *block, ([], b"EMC")]


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
    pdf: bytes, language: str = "", headings: Sequence[tuple[int, str]] = (), title: str = ""
) -> bytes:
    """``pdf`` (as Qt printed it) with letters for presentation forms, marked content with the
    text of every run, a structure tree in reading order, bookmarks for ``headings`` ((level,
    text) in order) and the document's language."""
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
    tagger = _Tagger(writer)
    runs: list[Run] = []
    for index, page in enumerate(writer.pages):
        runs += tagger.page(index, page, 0)  # MCIDs count from 0 on every page
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
    for line in lines:
        element = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject(f"/{line.role}"),
                NameObject("/P"): document_ref,
                NameObject("/Pg"): writer.pages[line.page].indirect_reference,
                NameObject("/K"): ArrayObject(NumberObject(r.mcid) for r in line.runs),
            }
        )
        if any(r.rtl for r in line.runs) != (language in ("ar", "fa", "ur", "he")):
            element[NameObject("/Lang")] = TextStringObject(
                "ar" if any(r.rtl for r in line.runs) else "en"
            )
        reference = writer._add_object(element)
        kids.append(reference)
        for run in line.runs:
            slots = parents.setdefault(line.page, [])
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
