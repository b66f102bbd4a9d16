"""Word documents (.docx): paragraphs in order, each with its own direction (w:bidi) kept.

A .docx is a zip of XML; the standard library reads it exactly, so no extra package is needed.
Title and date come from the document's core properties when they are filled in (the date
of the last save, else of creation: a weak guess that a date in the text beats).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.formats.problems import FileProblem
from app.ingest.formats.zipped import BoundedZip
from app.messages import Message, T

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"


class NotADocx(FileProblem):
    """The file is not a readable Word document."""


def _paragraph_text(paragraph: ET.Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\u2028")  # a line break inside the paragraph, not a new paragraph
    return "".join(parts)


def _direction(paragraph: ET.Element) -> str:
    bidi = paragraph.find(f"{W}pPr/{W}bidi")
    if bidi is None:
        return "ltr"
    value = bidi.get(f"{W}val", "1")
    return "ltr" if value in ("0", "false", "off") else "rtl"


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    try:
        archive = BoundedZip(data)
        try:
            body = archive.xml("word/document.xml")
            core = (
                archive.xml("docProps/core.xml") if "docProps/core.xml" in archive.names else None
            )
        finally:
            archive.close()
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise NotADocx(
            Message(T("core", "the file is not a readable Word document (.docx)"))
        ) from exc
    paragraphs = list(body.iter(f"{W}p"))
    texts = [_paragraph_text(p) for p in paragraphs]
    directions = tuple(_direction(p) for p in paragraphs)
    title = created = None
    if core is not None:
        title = (core.findtext(f"{DC}title") or "").strip() or None
        # "created" is often the template's date (23 Dec 2013 for a new document): the last
        # save is a better guess, and a date in the text beats either ("weak")
        created = core.findtext(f"{DCTERMS}modified") or core.findtext(f"{DCTERMS}created")
    return [
        ArticleDraft(
            source=path,
            text="\n".join(texts),
            format="docx",
            encoding=None,
            title=title,
            published_on=parse_date(created),
            date_origin="weak",
            paragraph_directions=directions,
        )
    ]
