"""OpenDocument text (.odt, LibreOffice): paragraphs and headings in order, with the document's
title, author and date from its metadata. Read with a bound (see ``zipped``)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.formats.problems import FileProblem
from app.ingest.formats.zipped import BoundedZip
from app.messages import Message, T

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


class NotAnOdt(FileProblem):
    """The file is not a readable OpenDocument text."""


def _inline(node: ET.Element, parts: list[str]) -> None:
    """The text of a paragraph: spans, spaces (text:s c="n"), tabs, line breaks; notes left out."""
    if node.text:
        parts.append(node.text)
    for child in node:
        tag = child.tag
        if tag == f"{TEXT}s":
            parts.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
        elif tag == f"{TEXT}tab":
            parts.append("\t")
        elif tag == f"{TEXT}line-break":
            parts.append("\u2028")
        elif tag not in (f"{TEXT}note", f"{OFFICE}annotation"):
            _inline(child, parts)
        if child.tail:
            parts.append(child.tail)


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    try:
        archive = BoundedZip(data)
        try:
            content = archive.xml("content.xml")
            meta = archive.xml("meta.xml") if "meta.xml" in archive.names else None
        finally:
            archive.close()
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        template = T("core", "the file is not a readable OpenDocument text (.odt)")
        raise NotAnOdt(Message(template)) from exc
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise NotAnOdt(Message(T("core", "the file is not a readable OpenDocument text (.odt)")))
    paragraphs = []
    for node in body.iter():
        if node.tag in (f"{TEXT}p", f"{TEXT}h"):
            parts: list[str] = []
            _inline(node, parts)
            paragraphs.append("".join(parts))
    title = author = date = None
    if meta is not None:
        title = (meta.findtext(f".//{DC}title") or "").strip() or None
        author = (meta.findtext(f".//{DC}creator") or "").strip() or None
        date = meta.findtext(f".//{DC}date") or meta.findtext(f".//{META}creation-date")
    return [
        ArticleDraft(
            source=path,
            text="\n".join(paragraphs),
            format="odt",
            encoding=None,
            title=title,
            author=author,
            published_on=parse_date(date),
            date_origin="weak",  # when the file was saved: a date in the text is better
        )
    ]
