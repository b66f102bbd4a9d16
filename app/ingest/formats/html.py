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
from app.ingest.formats.problems import FileProblem
from app.messages import Message, T

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class NoArticleText(FileProblem):
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


def page_draft(
    path: Path,
    page: str,
    *,
    format: str = "html",
    encoding: str | None = None,
    confident: bool = True,
    url: str | None = None,
    record: int | None = None,
    title: str | None = None,
) -> ArticleDraft:
    """The article in a web page's HTML (main text, title, site name, date, author, address).
    ``url`` and ``title`` say what the container knew (a saved page's address, a mail's
    subject): the page's own metadata comes first. Raises NoArticleText."""
    found = extract(page)
    text = unify_line_endings(found.get("text") or "").strip("\n")
    if not text.strip():
        raise NoArticleText(Message(T("core", "no article text was found in this page")))
    return ArticleDraft(
        source=path,
        text=text,
        format=format,
        encoding=encoding,
        encoding_confident=confident,
        record=record,
        title=found.get("title") or title or None,
        outlet=found.get("sitename") or None,
        published_on=parse_date(found.get("date")),
        author=found.get("author") or None,
        url=found.get("url") or url or None,
    )


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    decoded = decode_page(data, encoding)
    return [page_draft(path, decoded.text, encoding=decoded.encoding, confident=decoded.confident)]
