"""Reading article files into text, exactly: no silent replacement of undecodable bytes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is surely not one


class ReadError(Exception):
    """A file that cannot be taken in, with the reason in plain words."""


@dataclass(frozen=True)
class DecodedFile:
    path: Path
    text: str
    encoding: str
    format: str


def unify_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_utf8(data: bytes) -> tuple[str, str]:
    """Strict UTF-8 (with or without a byte-order mark). Raises ReadError naming the place."""
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReadError(
            f"the file is not valid UTF-8 text (byte {exc.start}, line {line});"
            " it may use another encoding"
        ) from exc


def read_text_file(path: Path) -> DecodedFile:
    """Read a .txt or .md file: UTF-8 only for now, line endings unified to \\n."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(f"the file is {size // (1024 * 1024)} MB, too large for an article")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"the file cannot be read ({exc.strerror or exc})") from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("the file is binary, not text")
    text, encoding = decode_utf8(data)
    text = unify_line_endings(text)
    if not text.strip():
        raise ReadError("the file is empty")
    return DecodedFile(
        path=path, text=text, encoding=encoding, format=path.suffix.lstrip(".").lower() or "txt"
    )
