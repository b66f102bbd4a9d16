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
# The reviewer's choice for a UTF-8 file with a few bad bytes (or stray NULs): the text with
# each bad byte shown as U+FFFD. Stored as the article's encoding, so the choice stays visible.
REPLACE = "utf-8:replace"
MOJIBAKE_SHARE = 0.5  # at least this share in valid UTF-8 sequences: UTF-8, not a code page
_SURROGATE = re.compile("[\udc80-\udcff]")
_ASCII = bytes(range(128))
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ANY_LETTER = re.compile(r"[^\W\d_]")


class DecodeProblem(Exception):  # noqa: N818 - a finding about the file, reported to the user
    """The bytes do not decode; ``message`` says where, for the reviewer.

    ``replaceable`` is True when the file is UTF-8 but for a few bad bytes (or stray NULs): the
    reviewer may then take it with those bytes shown as U+FFFD (encoding ``REPLACE``).
    """

    def __init__(
        self,
        message: str | Message,
        *,
        offset: int,
        line: int,
        snippet: bytes,
        count: int = 1,
        replaceable: bool = False,
    ) -> None:
        super().__init__(str(message))
        self.message = message
        self.offset = offset
        self.line = line
        self.snippet = snippet
        self.count = count
        self.replaceable = replaceable


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec name used, e.g. "utf-8", "utf-8-sig", "cp1256"
    confident: bool  # False when a legacy code page was guessed: show it, allow an override


def normalise_encoding(name: str) -> str:
    """Canonical codec name for what a user typed ("windows-1256", "UTF8", "iso-8859-6");
    ``utf-8:replace`` (any spelling of UTF-8) is the reviewer's "bad bytes as U+FFFD"."""
    base, _, errors = name.strip().partition(":")
    if errors:
        if errors.strip().lower() != "replace" or normalise_encoding(base) != "utf-8":
            raise ValueError(f"unknown encoding {name!r}; the only choice with ':' is {REPLACE}")
        return REPLACE
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


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _problem(data: bytes, exc: UnicodeDecodeError, encoding: str) -> DecodeProblem:
    start = exc.start
    line = _line_of(data, start)
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


@dataclass(frozen=True)
class Utf8Damage:
    """Where UTF-8 bytes break, for the message and for the choice between UTF-8 and a code page."""

    bad_bytes: int  # bytes that are in no valid UTF-8 sequence
    first: int  # byte offset of the first of them (-1: none)
    valid_share: float  # share of the non-ASCII bytes that are in valid UTF-8 sequences
    cut_at_end: bool  # only the last character is cut off (still being written, truncated)

    @property
    def mostly_utf8(self) -> bool:
        """UTF-8 with damage, not a legacy code page: most non-ASCII bytes form valid UTF-8
        sequences, which a code page's text almost never does («café» in Latin-1 does not)."""
        return self.bad_bytes > 0 and self.valid_share >= MOJIBAKE_SHARE


def _is_cut_sequence(tail: bytes) -> bool:
    """``tail`` is the start of a multi-byte UTF-8 character, cut before its end."""
    if not tail:
        return False
    lead = tail[0]
    need = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if lead <= 0xF4 else 0
    return len(tail) < need and all(0x80 <= b <= 0xBF for b in tail[1:])


def utf8_damage(data: bytes) -> Utf8Damage:
    """The bad spots of ``data`` read as UTF-8 (linear; each bad byte is one lone surrogate)."""
    text = data.decode("utf-8", errors="surrogateescape")
    first_bad = _SURROGATE.search(text)
    bad = len(_SURROGATE.findall(text)) if first_bad else 0
    first = len(text[: first_bad.start()].encode("utf-8")) if first_bad else -1
    non_ascii = len(data.translate(None, _ASCII))
    valid = sum(len(m.group()) for m in _UTF8_SEQUENCE.finditer(data))
    share = valid / non_ascii if non_ascii else 0.0
    cut = first > 0 and _is_cut_sequence(data[first:])
    return Utf8Damage(bad, first, share, cut)


def _damaged_problem(data: bytes, damage: Utf8Damage) -> DecodeProblem:
    offset = damage.first
    line = _line_of(data, offset)
    snippet = data[offset : offset + 4]
    if damage.cut_at_end:
        template = T(
            "core",
            "the file is UTF-8 but its last character is cut off at position {position} "
            "(line {line}), as if it was still being written or was truncated; take it with "
            "the cut character shown as �, or choose another encoding",
        )
        message = Message(template, position=offset, line=line)
    else:
        template = T(
            "core",
            "the file is UTF-8 but has bytes that are not valid UTF-8 ({count} in all, the "
            "first at position {position}, line {line}: {bytes}); take it with those bytes "
            "shown as �, or choose another encoding",
        )
        message = Message(
            template, count=damage.bad_bytes, position=offset, line=line, bytes=snippet.hex(" ")
        )
    return DecodeProblem(
        message,
        offset=offset,
        line=line,
        snippet=snippet,
        count=damage.bad_bytes,
        replaceable=True,
    )


def nul_problem(data: bytes) -> DecodeProblem | None:
    """Stray NUL bytes in a text: how many and where (None when there are none)."""
    first = data.find(b"\x00")
    if first < 0:
        return None
    count = data.count(b"\x00")
    line = _line_of(data, first)
    template = T(
        "core",
        "the text holds NUL bytes, which no article contains ({count} in all, the first at "
        "position {position}, line {line}); take it with them shown as �, or leave it out",
    )
    return DecodeProblem(
        Message(template, count=count, position=first, line=line),
        offset=first,
        line=line,
        snippet=data[first : first + 8],
        count=count,
        replaceable=True,
    )


def decode_as(data: bytes, encoding: str) -> str:
    """Decode strictly with the given encoding; DecodeProblem says where it fails.

    ``REPLACE`` is UTF-8 with each bad byte (and each NUL) shown as U+FFFD: the reviewer chose it.
    """
    encoding = normalise_encoding(encoding)
    if encoding == REPLACE:
        return data.decode("utf-8-sig", errors="replace").replace("\x00", "\ufffd")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _problem(data, exc, encoding) from exc
    if "\x00" in text and not encoding.startswith(("utf-16", "utf-32")):
        problem = nul_problem(data)
        assert problem is not None
        raise problem
    if "\x00" in text:
        raise DecodeProblem(
            Message(T("core", "the text holds NUL characters, which no article contains")),
            offset=0,
            line=1,
            snippet=b"",
        )
    return text


def arabic_score(text: str) -> float:
    """How much ``text`` looks like Arabic: share of Arabic letters plus «ال» density."""
    letters = len(_ANY_LETTER.findall(text))
    if not letters:
        return 0.0
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic / letters + min(1.0, 20 * text.count("ال") / letters)


def looks_like_mojibake(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences: any single-byte code page
    (cp1256, Latin-1) would read them as UTF-8 taken for that code page («طھط¹ظ‡ط¯»)."""
    return utf8_damage(data).valid_share >= MOJIBAKE_SHARE


def detect(data: bytes) -> Decoded:
    """BOM, then strict UTF-8, then the likelier Arabic code page. Raises DecodeProblem.

    Bytes that are UTF-8 but for a few bad places or a cut last character are never given to a
    code page (that is how whole articles became «طھط¹ظ‡ط¯»): the reviewer is told where and
    chooses. Stray NUL bytes are reported the same way.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return Decoded(decode_as(data, encoding), encoding, confident=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        damage = utf8_damage(data)
        if damage.mostly_utf8:
            raise _damaged_problem(data, damage) from None
        candidates = []
        for encoding in LEGACY_ARABIC:
            try:
                legacy = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            candidates.append((arabic_score(legacy), encoding, legacy))
        if not candidates:
            raise _problem(data, utf8_error, "UTF-8") from None
        # Ties go to Windows-1256, by far the more common of the two.
        score, encoding, text = max(candidates, key=lambda c: (c[0], c[1] == "cp1256"))
        if score < 0.5:  # neither reads as Arabic: better to ask than to garble
            raise _problem(data, utf8_error, "UTF-8") from None
        problem = nul_problem(data)
        if problem is not None:
            raise problem from None
        return Decoded(text, encoding, confident=False)
    if "\x00" in text:
        problem = nul_problem(data)
        assert problem is not None
        raise problem
    return Decoded(text, "utf-8", confident=True)
