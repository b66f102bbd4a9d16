"""Saved web pages: the article body and its metadata, without menus, related links or comments.

Main-content extraction is trafilatura's job (it is built and evaluated for news pages); this
module decodes the page exactly and maps the result onto a draft.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.ingest.decoding import BOMS, Decoded, DecodeProblem, decode_as, detect
from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.formats.plain import unify_line_endings

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class NoArticleText(Exception):  # noqa: N818 - a finding about the file
    """The page holds no article body that could be found."""


def decode_page(data: bytes, encoding: str | None) -> Decoded:
    """Override, byte-order mark, the page's own <meta charset>, then detection."""
    if encoding:
        return Decoded(decode_as(data, encoding), encoding, confident=True)
    if any(data.startswith(bom) for bom, _ in BOMS):
        return detect(data)
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return Decoded(decode_as(data, name), name.lower(), confident=True)
        except (ValueError, DecodeProblem):
            pass  # a wrong or unknown declaration: fall back to looking at the bytes
    return detect(data)


def extract(html: str) -> dict[str, Any]:
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        deduplicate=False,
    )
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    result: dict[str, Any] = document.as_dict()
    return result


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    decoded = decode_page(data, encoding)
    found = extract(decoded.text)
    text = unify_line_endings(found.get("text") or "").strip("\n")
    if not text.strip():
        raise NoArticleText("no article text was found in this page")
    return [
        ArticleDraft(
            source=path,
            text=text,
            format="html",
            encoding=decoded.encoding,
            encoding_confident=decoded.confident,
            title=found.get("title") or None,
            outlet=found.get("sitename") or None,
            published_on=parse_date(found.get("date")),
            url=found.get("url") or None,
        )
    ]
