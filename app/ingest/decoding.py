"""Bytes to text, exactly: byte-order marks, strict UTF-8, then the Arabic legacy code pages.

Nothing is ever decoded with replacement characters. When no encoding fits, the caller gets a
``DecodeProblem`` saying where (byte offset, line, the bytes) so that the reviewer can choose.

Legacy Arabic text comes as Windows-1256 (Notepad on Windows) or ISO-8859-6. General detectors
guess wrong on short texts (charset-normalizer took a 7-letter word for cp932), so the choice
here is restricted to those two and decided by what the text looks like: the share of letters
that are Arabic, and how often the article «ال» appears, which every real Arabic text is full of.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from app.messages import Message, T

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_ARABIC = ("cp1256", "iso8859-6")
SUPPORTED = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", *LEGACY_ARABIC)

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ANY_LETTER = re.compile(r"[^\W\d_]")


class DecodeProblem(Exception):  # noqa: N818 - a finding about the file, reported to the user
    """The bytes do not decode; ``message`` says where, for the reviewer."""

    def __init__(self, message: str | Message, *, offset: int, line: int, snippet: bytes) -> None:
        super().__init__(str(message))
        self.message = message
        self.offset = offset
        self.line = line
        self.snippet = snippet


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec name used, e.g. "utf-8", "utf-8-sig", "cp1256"
    confident: bool  # False when a legacy code page was guessed: show it, allow an override


def normalise_encoding(name: str) -> str:
    """Canonical codec name for what a user typed ("windows-1256", "UTF8", "iso-8859-6")."""
    try:
        info = codecs.lookup(name)
    except LookupError as exc:
        raise ValueError(f"unknown encoding {name!r}") from exc
    canonical = {
        "utf_8": "utf-8",
        "utf_8_sig": "utf-8-sig",
        "iso8859_6": "iso8859-6",
        "utf_16": "utf-16",
        "utf_16_le": "utf-16-le",
        "utf_16_be": "utf-16-be",
        "utf_32": "utf-32",
    }
    return canonical.get(info.name.replace("-", "_"), info.name)


def _problem(data: bytes, exc: UnicodeDecodeError, encoding: str) -> DecodeProblem:
    start = exc.start
    line = data[:start].count(b"\n") + 1
    snippet = data[start : start + 8]
    template = T(
        "core",
        "the bytes at position {position} (line {line}: {bytes}) are not valid {encoding}; "
        "choose the file's encoding",
    )
    return DecodeProblem(
        Message(template, position=start, line=line, bytes=snippet.hex(" "), encoding=encoding),
        offset=start,
        line=line,
        snippet=snippet,
    )


def decode_as(data: bytes, encoding: str) -> str:
    """Decode strictly with the given encoding; DecodeProblem says where it fails."""
    encoding = normalise_encoding(encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _problem(data, exc, encoding) from exc


def arabic_score(text: str) -> float:
    """How much ``text`` looks like Arabic: share of Arabic letters plus «ال» density."""
    letters = len(_ANY_LETTER.findall(text))
    if not letters:
        return 0.0
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic / letters + min(1.0, 20 * text.count("ال") / letters)


def detect(data: bytes) -> Decoded:
    """BOM, then strict UTF-8, then the likelier Arabic code page. Raises DecodeProblem."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return Decoded(decode_as(data, encoding), encoding, confident=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", confident=True)
    except UnicodeDecodeError as utf8_error:
        candidates = []
        for encoding in LEGACY_ARABIC:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            candidates.append((arabic_score(text), encoding, text))
        if not candidates:
            raise _problem(data, utf8_error, "UTF-8") from None
        # Ties go to Windows-1256, by far the more common of the two.
        score, encoding, text = max(candidates, key=lambda c: (c[0], c[1] == "cp1256"))
        if score < 0.5:  # neither reads as Arabic: better to ask than to garble
            raise _problem(data, utf8_error, "UTF-8") from None
        return Decoded(text, encoding, confident=False)
