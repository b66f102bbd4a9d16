"""Plain text and Markdown: the text as it is (Markdown syntax is kept, it is the reviewer's)."""

from __future__ import annotations

import re
from pathlib import Path

from app.ingest.decoding import Decoded, decode_as, detect
from app.ingest.drafts import ArticleDraft, parse_date


def unify_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, encoding: str | None) -> Decoded:
    if encoding:
        return Decoded(decode_as(data, encoding), encoding, confident=True)
    return detect(data)


# Front matter (Markdown, Jekyll, Hugo, Obsidian): "---" lines around "key: value" lines.
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(?P<body>(?:.*\n){0,60}?)---[ \t]*\n")
_FIELD = re.compile(r"^(?P<key>[\w\u0600-\u06ff -]{1,30}?)\s*:\s*(?P<value>.*?)\s*$")
FRONT_KEYS = {
    "title": "title", "العنوان": "title",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "publisher": "outlet",
    "المصدر": "outlet",
    "date": "date", "published": "date", "التاريخ": "date",
    "author": "author", "by": "author", "الكاتب": "author",
    "url": "url", "link": "url", "الرابط": "url",
}  # fmt: skip


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields of a front matter block and where it ends ({} and 0 when there is none). The
    block stays in the text, marked as metadata: it describes the article, it is not part of it."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group("body").split("\n"):
        found = _FIELD.match(line)
        if found:
            key = FRONT_KEYS.get(found.group("key").strip().lower())
            value = found.group("value").strip().strip("\"'")
            if key and value:
                fields[key] = value
    if not fields:
        return {}, 0
    return fields, match.end() - 1


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    decoded = decode(data, encoding)
    text = unify_line_endings(decoded.text)
    fields, end = front_matter(text)
    return [
        ArticleDraft(
            source=path,
            text=text,
            format=path.suffix.lstrip(".").lower() or "txt",
            encoding=decoded.encoding,
            encoding_confident=decoded.confident,
            title=fields.get("title"),
            outlet=fields.get("outlet"),
            outlet_origin="front-matter" if fields.get("outlet") else None,
            published_on=parse_date(fields.get("date")),
            date_origin="front-matter" if fields.get("date") else None,
            author=fields.get("author"),
            url=fields.get("url"),
            marks=((0, end, "front-matter"),) if end else (),
        )
    ]
