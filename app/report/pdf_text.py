"""The text layer of the PDF Qt prints: what each glyph stands for, as extractors read it.

Qt writes one text object per shaped run, one ``Td``/``Tj`` pair per glyph, and maps each glyph
back to a character through the font's character map only. That is wrong or empty wherever
shaping chose the glyph: a joined Arabic letter maps to a presentation form (U+FE8E, not ا) in
DejaVu Sans, and to nothing at all in Noto Sans Arabic or Amiri, whose joined forms have no
character of their own (measured on the demo report: pdfminer read 34 of 459 Arabic words
whole in Noto Sans Arabic).

The layout knows better. ``ui/report_pdf.py`` reads from Qt's own shaping
(``QTextLine.glyphRuns``) what every glyph shows and where it will be drawn; here each glyph of
the PDF is found by its place (a run's first glyph by position, the rest in order), and the
ToUnicode tables are rebuilt from what the glyphs show:

- one glyph can show several letters (Noto Sans Arabic draws ب ت ث ن ي with one body and the
  dots apart): each further reading is drawn with a copy of the font, the same font program with
  its own table;
- in right-to-left runs a glyph of several characters (lam-alef, a letter with its vowel mark)
  gives its first, the others ride on invisible glyphs (text render mode 3) just left of it,
  since poppler reverses the letters of one glyph in right-to-left text and pdfminer does not;
  where Qt's table is all there is, a bracket gives the one typed, not its mirror's;
- a synthetic bold's second pass and a line drawn where the page clips it away give no text;
- glyphs of no width get one in ``/W`` (``MARK_WIDTH``).

Where the layout has no place for a glyph (a page number, a table header repeated on a new
page), the text the same glyphs gave elsewhere, else Qt's table, is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.report.pdf_cmap import plain, read_cmap, write_cmap
from app.report.pdf_ops import Operation, hex_string, number, parse, serialize, string_bytes

# What the layout drew, run by run in the order of its glyphs: (page, x, y in points, text
# shown, None where the layout could not say)
GlyphRuns = Sequence[Sequence[tuple[int, float, float, str | None]]]
MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«"}
MIRRORED |= {"<": ">", ">": "<", "‹": "›", "›": "‹"}
NEAR = sorted(
    ((dx, dy) for dx in range(-3, 4) for dy in range(-2, 3)), key=lambda d: d[0] ** 2 + d[1] ** 2
)
_GLYPH = re.compile(
    rb"([-+]?(?:\d+\.?\d*|\.\d+))\s+([-+]?(?:\d+\.?\d*|\.\d+))\s+Td\s+"
    rb"(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\()])*\))\s*Tj"
)
CARRIER_OFFSET = 0.12
# The width extractors see for a glyph of none (marks, the dots Noto Sans Arabic draws apart):
# pdfminer ends a line between two glyphs of no width that do not touch. The glyphs are placed
# one by one, so widths change nothing drawn.
MARK_WIDTH = 300.0


def glyph_key(page: int, x: float, y: float) -> tuple[int, int, int]:
    """The key of a glyph drawn at (``x``, ``y``) points on ``page``: quarter points."""
    return page, round(x * 4), round(y * 4)


def multiply(a: Sequence[float], b: Sequence[float]) -> list[float]:
    """The product of two PDF matrices (a × b)."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


@dataclass
class _Font:
    """One font of the PDF: Qt's table, what each glyph was seen to show, and the copies.

    One glyph can show different letters: Noto Sans Arabic draws ف and ق (and ب ت ث ن ي) with
    one dotless body and adds the dots as glyphs of their own, so the body stands for whichever
    letter its dots make. A ToUnicode table gives a glyph one text; so each further reading of
    a glyph is its variant, and variant ``v`` is drawn with copy ``v`` of the font (the same font
    program, its own table). Right-to-left runs have copies of their own (see the module)."""

    font: Any
    table: dict[int, str]
    readings: dict[int, list[str | None]] = field(default_factory=dict)  # gid → its texts
    variants: dict[tuple[int, str], int] = field(default_factory=dict)  # (gid, text) → copy
    copies: dict[tuple[int, bool], Any] = field(default_factory=dict)  # (variant, rtl) → dict
    carriers: dict[str, int] = field(default_factory=dict)  # character → glyph in the carrier
    specials: dict[str, Any] = field(default_factory=dict)  # "C" carriers, "S" silent → dict
    narrow: list[int] = field(default_factory=list)  # glyph ids, narrowest first

    def variant(self, gid: int, text: str | None) -> int:
        """The copy that gives ``text`` for ``gid``. Copy 0, the font itself, gives the first
        letter the glyph was seen to show, and stands in where its text is not known here."""
        texts = self.readings.setdefault(gid, [None])
        if text is None:
            return 0
        if text in texts:
            return texts.index(text)
        if text and texts[0] is None:
            texts[0] = text
            return 0
        texts.append(text)
        return len(texts) - 1

    def text(self, gid: int, variant: int = 0, rtl: bool = False) -> str:
        """What ``gid`` shows in copy ``variant``: as the layout said, else from Qt's table,
        where a bracket in right-to-left text is its mirror's glyph and reads as the other."""
        texts = self.readings.get(gid, [None])
        chosen = texts[variant] if variant < len(texts) else None
        if chosen is not None:
            return chosen
        text = self.table.get(gid, "")
        return MIRRORED.get(text, text) if rtl else text

    def table_of(self, variant: int, rtl: bool) -> dict[int, str]:
        """The ToUnicode table of copy ``variant``: in right-to-left runs a glyph of several
        characters gives its first (carriers give the rest) and a bracket the one typed."""
        mapping = {}
        for gid in set(self.table) | set(self.readings):
            text = self.text(gid, variant, rtl)
            mapping[gid] = text[:1] if rtl else text
        return mapping

    def carrier(self, char: str) -> int:
        """The glyph that stands for ``char`` in the carrier copy. Carriers are never seen, so
        any glyph would do, but extractors judge words by the glyphs' widths: the narrowest
        glyphs of the font are used (a wide one laid over its letter split words in poppler)."""
        if char not in self.carriers:
            if not self.narrow:
                widths = _widths(self.font)
                self.narrow = sorted((g for g in widths if g), key=lambda g: (widths[g], g))
            taken = len(self.carriers)
            self.carriers[char] = self.narrow[taken] if taken < len(self.narrow) else taken + 1
        return self.carriers[char]


@dataclass
class GlyphRun:
    """One text object as read: its glyphs' texts in the order written, where it starts."""

    data: bytes  # the text object as it is to be written
    text: str
    rtl: bool
    origin: tuple[float, float]  # page space, points
    size: float  # points


class TextLayer:
    """Reads and rewrites the text objects of a PDF's pages, then its ToUnicode tables."""

    def __init__(
        self,
        writer: Any,
        glyph_runs: GlyphRuns | None = None,
        visible: tuple[float, float, float, float] | None = None,
    ) -> None:
        self.writer = writer
        self.runs = list(glyph_runs or ())
        self.visible = visible  # x0, y0, x1, y1 points: what lies outside is clipped away
        self.known: dict[tuple[int, ...], list[str | None]] = {}  # glyphs of a run → texts
        self.at: dict[tuple[int, int, int], list[tuple[int, int]]] = {}  # key → (run, glyph)s
        self.starts: dict[tuple[int, int, int], list[int]] = {}  # key → runs that start there
        self.pages: dict[int, list[int]] = {}  # page → its runs, indexed when first needed
        for r, run in enumerate(self.runs):
            if run:
                page, x, y, _text = run[0]
                self.pages.setdefault(page, []).append(r)
                self.starts.setdefault(glyph_key(page, x, y), []).append(r)
        self.fonts: dict[int, _Font] = {}

    def _font(self, fonts: Any, name: str) -> _Font:
        from pypdf.generic import IndirectObject, StreamObject

        reference = fonts.raw_get(name)
        key = reference.idnum if isinstance(reference, IndirectObject) else id(reference)
        if key not in self.fonts:
            font = fonts[name].get_object()
            stream = font.get("/ToUnicode")
            stream = stream.get_object() if stream is not None else None
            table = {}
            if isinstance(stream, StreamObject):
                table = {gid: plain(text) for gid, text in read_cmap(stream.get_data()).items()}
            self.fonts[key] = _Font(font, table)
        return self.fonts[key]

    def _clipped(self, x: float, y: float) -> bool:
        """Whether a glyph drawn at (``x``, ``y``) falls outside the page's printed area: Qt
        draws a line that crosses a page's edge on both pages, and clips it on one."""
        if self.visible is None:
            return False
        x0, y0, x1, y1 = self.visible
        return not (x0 - 2 <= x <= x1 + 2 and y0 - 2 <= y <= y1 + 2)

    def _looked_up(
        self, page: int, x: float, y: float, after: tuple[int, int] | None, count: int = 0
    ) -> tuple[int, int] | None:
        """The layout's glyph drawn at (``x``, ``y``): the one after ``after`` (the glyph
        before it in this run) when that one is there, else the nearest within ¾ point (the
        PDF writer rounds positions a little differently from the layout)."""
        if after is not None:
            r, g = after
            if g + 1 < len(self.runs[r]):
                p, gx, gy, _text = self.runs[r][g + 1]
                if p == page and abs(gx - x) < 1.5 and abs(gy - y) < 1.5:
                    return r, g + 1
        key = glyph_key(page, x, y)
        if after is None:  # a run's first glyph: a run of the layout that starts there, of as
            # many glyphs (a bidi control's glyph can stand at the same place), if any
            best: tuple[int, int] | None = None
            for dx, dy in NEAR:
                for r in self.starts.get((key[0], key[1] + dx, key[2] + dy), ()):
                    if len(self.runs[r]) == count:
                        return r, 0
                    best = best or (r, 0)
            if best is not None:
                return best
        if page in self.pages:  # every glyph of the page, indexed when first needed
            for r in self.pages.pop(page):
                for g, (p, gx, gy, _text) in enumerate(self.runs[r]):
                    self.at.setdefault(glyph_key(p, gx, gy), []).append((r, g))
        for dx, dy in NEAR:  # the nearest glyph will do
            candidates = self.at.get((key[0], key[1] + dx, key[2] + dy))
            if candidates:
                return candidates[0]
        return None

    def read(self, block: bytes, fonts: Any, ctm: Sequence[float], page: int) -> GlyphRun | None:
        """The text object ``block`` (``BT`` … ``ET``) drawn under ``ctm`` on ``page``: each
        glyph found by its place, and the block rewritten to draw every glyph with the copy of
        its font whose table gives the text it shows here.

        Qt writes every glyph as ``x y Td <gid> Tj``: those are read with one expression, and
        only what lies between them is parsed token by token (a 640-page report has a million
        glyphs)."""
        name, size = "", 0.0
        matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        placed: list[float] | None = None  # the text matrix in page space
        x = y = 0.0
        silent = passes = 0
        origin: tuple[float, float] | None = None
        advance, advanced = 0.0, False  # the run's advances after its first glyph: the direction
        events: list[tuple[Any, list[Operation] | None, float, float]] = []
        glyphs: list[int] = []
        found: list[str | None] = []  # per glyph: the text it shows, where the layout says
        quiet: list[bool] = []  # per glyph: gives no text (a bold's second pass, clipped)
        last: tuple[int, int] | None = None
        parts = _GLYPH.split(block)  # gap, x, y, string, gap, …, what follows the last
        count = (len(parts) - 1) // 4
        if not count or count != block.count(b"Tj"):
            return None  # not the form Qt writes: left as it is
        # one pass, no marked content: if its first glyph starts a run of the layout of as
        # many glyphs, the rest follow that run (44,186 of the 62,705 runs of the benchmark)
        simple = b"BDC" not in block and block.count(b"Tm") == 1
        whole: Sequence[tuple[int, float, float, str | None]] | None = None
        for k in range(count):
            gap = parts[4 * k]  # between two glyphs, a line break
            if len(gap) > 2 and gap.strip(b" \n\r\tBT"):
                operations = [op for op in parse(gap) if op[1] != b"BT"]
                for operands, operator in operations:
                    if operator == b"Tf":
                        name, size = operands[0].decode("latin-1"), float(operands[1])
                    elif operator == b"Tm":
                        matrix, x, y, placed = [float(v) for v in operands], 0.0, 0.0, None
                        passes += origin is not None  # a synthetic bold draws it all again
                    elif operator == b"Td":
                        x, y = x + float(operands[0]), y + float(operands[1])
                    elif operator == b"BDC":
                        silent += _is_empty_actual_text(operands)
                    elif operator == b"EMC" and silent:
                        silent -= 1
                events.append((b"", operations, x, y))  # where the line matrix is after it
            first, second, token = parts[4 * k + 1 : 4 * k + 4]
            dx, dy = float(first), float(second)
            if origin is not None and not passes:
                advance += dx
                advanced = True
            x, y = x + dx, y + dy
            events.append(((first, second, token), None, x, y))
            if len(token) == 6 and token[:1] == b"<":  # Qt's way: one glyph, four hex digits
                glyphs.append(int(token[1:5], 16))
            else:
                glyphs.append(int.from_bytes(string_bytes(token)[:2], "big"))
            if whole is not None:  # a run of the layout, glyph for glyph: its texts in order
                found.append(whole[len(found)][3])
                quiet.append(False)
                continue
            if placed is None:
                placed = multiply(matrix, ctm)
            px = placed[0] * x + placed[2] * y + placed[4]
            py = placed[1] * x + placed[3] * y + placed[5]
            if origin is None:
                origin = (px, py)
            hidden = silent > 0 or self._clipped(px, py)
            quiet.append(hidden)
            if hidden:
                found.append("")
                continue
            last = self._looked_up(page, px, py, last, count)
            found.append(None if last is None else self.runs[last[0]][last[1]][3])
            if len(found) == 1 and simple and last is not None and last[1] == 0:
                run = self.runs[last[0]]
                whole = run if len(run) == count else None
        if not name or name not in fonts or origin is None:
            return None
        font = self._font(fonts, name)
        # a run the layout has no place for (a table's header row, repeated on a new page)
        # reads as the same glyphs did where it had one
        key = (id(font), *glyphs)
        if None in found and key in self.known:
            found = [f if f is not None else k for f, k in zip(found, self.known[key], strict=True)]
        elif None not in found:
            self.known.setdefault(key, found)
        variants = []
        known_variants = font.variants
        for gid, text, hush in zip(glyphs, found, quiet, strict=True):
            if hush or text is None:
                variants.append(0)  # the font itself: its first reading, or Qt's table
                continue
            variant = known_variants.get((gid, text))
            if variant is None:
                variant = known_variants[(gid, text)] = font.variant(gid, text)
            variants.append(variant)
        if advanced:
            rtl = advance < 0
        else:
            shown = (
                t if t is not None else font.text(g) for g, t in zip(glyphs, found, strict=True)
            )
            rtl = _right_to_left("".join(t for t in shown if t))
        texts = [
            "" if hush else text if text is not None else font.text(g, 0, rtl)
            for g, text, hush in zip(glyphs, found, quiet, strict=True)
        ]
        if not rtl and not any(variants) and not any(quiet):
            data = block
        else:
            data = self._rewrite(
                events, parts[-1], fonts, name, size, font, texts, variants, quiet, rtl
            )
        scale = abs(ctm[3] * matrix[3]) or 1.0
        return GlyphRun(data, "".join(texts), rtl, origin, size * scale)

    def _rewrite(
        self,
        events: list[tuple[Any, list[Operation] | None, float, float]],
        tail: bytes,
        fonts: Any,
        name: str,
        size: float,
        font: _Font,
        texts: list[str],
        variants: list[int],
        quiet: list[bool],
        rtl: bool,
    ) -> bytes:
        """The run with each glyph drawn in the copy of its font for its variant (and
        direction), or in the silent copy where it gives no text (``quiet``).

        In right-to-left text a glyph that shows several characters (a ligature, a letter with
        its vowel mark) gives its first, and the others ride on invisible glyphs (text render
        mode 3) of the carrier copy just left of it, after the cluster's other glyphs: poppler
        reverses the letters of one glyph in right-to-left text and pdfminer does not; one
        character per glyph, in the order a reader of the line expects, satisfies both."""
        out: list[bytes] = []
        names: dict[tuple[int, bool], str] = {}  # (variant, or -1 for silent; rtl) → resource
        index, current = 0, ""
        x = y = 0.0
        pending: tuple[bytes, float, float] | None = None  # carriers and where their letter is

        def flush() -> None:
            nonlocal current, pending
            if pending is None:
                return
            carriers, at_x, at_y = pending
            dx, dy = at_x - x - CARRIER_OFFSET * size, at_y - y
            current = self._special_copy(fonts, name, font, "C")
            out.append(
                b"%s %s Tf 3 Tr %s %s Td %s Tj %s %s Td 0 Tr\n"
                % (
                    current.encode("latin-1"),
                    number(size),
                    number(dx),
                    number(dy),
                    hex_string(carriers),
                    number(-dx),
                    number(-dy),
                )
            )
            pending = None

        for glyph, operations, gx, gy in events:
            if operations is not None:  # what lies between glyphs, less the font: set below
                if any(op in (b"Tm", b"BDC") for _o, op in operations):
                    flush()
                for operands, operator in operations:
                    if operator == b"Tf":
                        size = float(operands[1])
                out.append(serialize([(o, op) for o, op in operations if op != b"Tf"]))
                x, y = gx, gy
                continue
            text = texts[index]
            if text:  # a new cluster: the last one's carriers go after all its glyphs
                flush()
            choice = (-1 if quiet[index] else variants[index], rtl)
            wanted = names.get(choice, "")
            if not wanted:
                wanted = names[choice] = (
                    self._special_copy(fonts, name, font, "S")
                    if quiet[index]
                    else self._copy(fonts, name, font, variants[index], rtl)
                )
            if wanted != current:
                out.append(b"%s %s Tf\n" % (wanted.encode("latin-1"), number(size)))
                current = wanted
            out.append(b"%s %s Td %s Tj\n" % glyph)
            x, y = gx, gy
            index += 1
            if rtl and len(text) > 1:
                carriers = b"".join(font.carrier(c).to_bytes(2, "big") for c in text[1:])
                pending = (carriers, x, y)
        flush()
        return b"BT\n" + b"".join(out) + tail

    def _special_copy(self, fonts: Any, name: str, font: _Font, kind: str) -> str:
        """The resource name of ``font``'s carrier copy ("C": its glyphs stand for the
        characters carriers carry) or silent copy ("S": its glyphs stand for nothing)."""
        from pypdf.generic import DictionaryObject, NameObject, StreamObject

        if kind not in font.specials:
            copy = DictionaryObject(dict(font.font.items()))
            copy[NameObject("/ToUnicode")] = self.writer._add_object(StreamObject())
            font.specials[kind] = self.writer._add_object(copy)
        fonts[NameObject(f"{name}{kind}")] = font.specials[kind]
        return f"{name}{kind}"

    def _copy(self, fonts: Any, name: str, font: _Font, variant: int, rtl: bool) -> str:
        """The resource name, on this page, of ``font``'s copy for ``variant`` and direction
        (the font itself for variant 0 left to right)."""
        from pypdf.generic import DictionaryObject, NameObject, StreamObject

        if variant == 0 and not rtl:
            return name
        if (variant, rtl) not in font.copies:
            copy = DictionaryObject(dict(font.font.items()))
            copy[NameObject("/ToUnicode")] = self.writer._add_object(StreamObject())
            font.copies[(variant, rtl)] = self.writer._add_object(copy)
        resource = f"{name}V{variant}{'R' if rtl else ''}"
        fonts[NameObject(resource)] = font.copies[(variant, rtl)]
        return resource

    def finish(self) -> None:
        """Write every font's ToUnicode table (and its copies') from what was read."""
        from pypdf.generic import NameObject, StreamObject

        for font in self.fonts.values():
            if font.readings:
                _widen_marks(font.font, MARK_WIDTH)
            stream = font.font.get("/ToUnicode")
            stream = stream.get_object() if stream is not None else None
            if not isinstance(stream, StreamObject):
                stream = StreamObject()
                font.font[NameObject("/ToUnicode")] = self.writer._add_object(stream)
            stream.set_data(write_cmap(font.table_of(0, False)))
            for (variant, rtl), copy in font.copies.items():
                table = copy.get_object()["/ToUnicode"].get_object()
                table.set_data(write_cmap(font.table_of(variant, rtl)))
            special = {
                "C": {gid: char for char, gid in font.carriers.items()},
                "S": dict.fromkeys(font.table_of(0, False), ""),
            }
            for kind, copy in font.specials.items():
                table = copy.get_object()["/ToUnicode"].get_object()
                table.set_data(write_cmap(special[kind]))


def _is_empty_actual_text(operands: Sequence[bytes]) -> bool:
    """Whether a ``BDC`` opens a span whose ``/ActualText`` is empty (Qt's synthetic bold)."""
    if b"/ActualText" not in operands:
        return False
    value = operands[operands.index(b"/ActualText") + 1 :][:1]
    return bool(value) and value[0] in (b"()", b"<>", b"<FEFF>", b"<feff>")


def _widths(font: Any) -> dict[int, float]:
    """Glyph id → width, from the /W array of a Type0 font's descendant."""
    from pypdf.generic import ArrayObject

    descendants = font.get("/DescendantFonts")
    widths = descendants[0].get_object().get("/W") if descendants is not None else None
    flat: dict[int, float] = {}
    i = 0
    while widths is not None and i + 1 < len(widths):
        first = int(widths[i])
        if isinstance(widths[i + 1], ArrayObject):
            for k, w in enumerate(widths[i + 1]):
                flat[first + k] = float(w)
            i += 2
        else:
            for g in range(first, int(widths[i + 1]) + 1):
                flat[g] = float(widths[i + 2])
            i += 3
    return flat


def _widen_marks(font: Any, width: float) -> None:
    """Glyphs of no width (marks, dots) given ``width`` in the font's /W array (see
    ``MARK_WIDTH``)."""
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject

    flat = _widths(font)
    if not flat:
        return
    descendant = font["/DescendantFonts"][0].get_object()
    new = ArrayObject()
    for gid in sorted(flat):
        new += [NumberObject(gid), ArrayObject([FloatObject(flat[gid] or width)])]
    descendant[NameObject("/W")] = new


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
