"""Plain text and Markdown: the text as it is (Markdown syntax is kept, it is the reviewer's)."""

from __future__ import annotations

from pathlib import Path

from app.ingest.decoding import Decoded, decode_as, detect
from app.ingest.drafts import ArticleDraft


def unify_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, encoding: str | None) -> Decoded:
    if encoding:
        return Decoded(decode_as(data, encoding), encoding, confident=True)
    return detect(data)


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    decoded = decode(data, encoding)
    text = unify_line_endings(decoded.text)
    return [
        ArticleDraft(
            source=path,
            text=text,
            format=path.suffix.lstrip(".").lower() or "txt",
            encoding=decoded.encoding,
            encoding_confident=decoded.confident,
        )
    ]
