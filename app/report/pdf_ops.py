"""A page's content stream as operations, read and written fast.

pypdf parses a content stream into Python objects one token at a time: 130 of the 227 seconds
that the 640-page PDF of the 200-article benchmark took to tag. Qt writes a small, regular
part of the language (text objects, paths, graphics state, marked content), so the tokens are
read here with one regular expression and kept as the bytes they were; what is rewritten is
written back as bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Operation = tuple[list[bytes], bytes]  # operands as written, operator


class UnreadableContentError(ValueError):
    """A content stream this reader does not follow (inline images, say): left as it is."""


_ALL = re.compile(
    rb"\((?:\\.|[^\\()])*\)|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]<>(){}%]*|%[^\r\n]*"
    rb"|[^\s/\[\]<>(){}%]+"
)
_KEYWORDS = frozenset((b"true", b"false", b"null"))


def parse(data: bytes) -> list[Operation]:
    """The operations of ``data``; raises ``UnreadableContentError`` on what it does not know.

    The tokens come from one ``findall`` (C speed); a Python loop only groups them."""
    operations: list[Operation] = []
    operands: list[bytes] = []
    for token in _ALL.findall(data):
        if token[:1].isalpha() and token not in _KEYWORDS:
            if token in (b"BI", b"ID", b"EI"):
                raise UnreadableContentError("an inline image")
            operations.append((operands, token))
            operands = []
        elif token[:1] != b"%":
            operands.append(token)
    return operations


def serialize(operations: Iterable[Operation]) -> bytes:
    return b"".join(b" ".join([*operands, operator]) + b"\n" for operands, operator in operations)


def number(value: float) -> bytes:
    """A number as a content stream writes it: no exponent, no trailing zeros."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return (text if text not in ("", "-0") else "0").encode("ascii")


def string_bytes(token: bytes) -> bytes:
    """The bytes of a string operand, hex (``<0001>``) or literal (``(\\000\\001)``)."""
    if token.startswith(b"<"):
        digits = re.sub(rb"\s", b"", token[1:-1])
        return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
    body, out, i = token[1:-1], bytearray(), 0
    escapes = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
    while i < len(body):
        char = body[i : i + 1]
        if char != b"\\":
            out += char
            i += 1
            continue
        following = body[i + 1 : i + 2]
        octal = re.match(rb"[0-7]{1,3}", body[i + 1 : i + 4])
        if octal:
            out.append(int(octal.group(0), 8) & 0xFF)
            i += 1 + len(octal.group(0))
        else:
            out += bytes([escapes[following]]) if following in escapes else following
            i += 2
    return bytes(out)


def hex_string(data: bytes) -> bytes:
    return b"<" + data.hex().upper().encode("ascii") + b">"
