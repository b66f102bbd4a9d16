"""ToUnicode character maps: reading and writing them, and the letters a glyph's text stands
for (presentation forms folded back)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

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


def write_cmap(mapping: Mapping[int, str]) -> bytes:
    """A ToUnicode CMap with one bfchar entry per glyph (at most 100 per block, as the spec
    asks)."""
    head = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    )
    items = sorted(mapping.items())  # an empty text too: a dot that its letter's body reads
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
    the lam-alef ligature → لا, ﬀ → ff, in logical order); anything else as it was."""
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
