"""E-books (.epub): each chapter an article, or the whole book one article.

The reviewer chooses per file in the import preview (the choice travels in the per-file
"encoding" slot: ``EPUB_ONE`` for one article; EPUB's XHTML says its own encoding). Chapters are
read in the spine's order; the navigation document and chapters with almost no text (covers,
title pages) are left out. Title, publisher (the outlet) and date come from the package.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from app.ingest.decoding import decode_as, detect
from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.formats.problems import FileProblem
from app.ingest.formats.zipped import BoundedZip
from app.messages import Message, T
from app.tasks import checkpoint
from app.text.words import count_words

EPUB_CHAPTERS = ""  # the default: an article per chapter
EPUB_ONE = "one article"
MIN_CHAPTER_WORDS = 30
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th",
     "figcaption", "caption"}
)  # fmt: skip


class NotAnEpub(FileProblem):
    """The file is not a readable e-book."""


def _not_epub() -> NotAnEpub:
    return NotAnEpub(Message(T("core", "the file is not a readable e-book (.epub)")))


_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding=[\"']([A-Za-z0-9_.:-]+)[\"'][^>]*\?>")


def _xml_text(data: bytes) -> str:
    """XHTML decoded as XML says (the declared encoding, else UTF-8), declaration removed:
    lxml reads undeclared bytes as Latin-1, which turned «الفصل» into «Ø§ÙÙØµÙ»."""
    declared = _XML_DECLARATION.match(data)
    if declared:
        text = decode_as(data[declared.end() :], declared.group(1).decode("ascii"))
    else:
        text = detect(data).text
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text)


def chapter_text(xhtml: bytes) -> tuple[str, str]:
    """A chapter's title (its first heading) and its text, one line per block."""
    import lxml.html

    root = lxml.html.fromstring(_xml_text(xhtml))
    lines: list[str] = []
    title = ""
    for element in root.iter():
        tag = element.tag.rpartition("}")[2].lower() if isinstance(element.tag, str) else ""
        if tag not in BLOCKS:
            continue
        if any(
            isinstance(a.tag, str) and a.tag.rpartition("}")[2].lower() in BLOCKS
            for a in element.iterancestors()
        ):
            continue  # a block inside a block: its text is in the outer one
        text = " ".join(element.text_content().split())
        if text:
            lines.append(text)
            if not title and tag.startswith("h"):
                title = text
    return title, "\n".join(lines)


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    try:
        archive = BoundedZip(data)
        try:
            return _read(path, archive, one=encoding == EPUB_ONE)
        finally:
            archive.close()
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise _not_epub() from exc


def _read(path: Path, archive: BoundedZip, *, one: bool) -> list[ArticleDraft]:
    container = archive.xml("META-INF/container.xml")
    rootfile = container.find(f".//{CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise _not_epub()
    opf_path = rootfile.get("full-path", "")
    package = archive.xml(opf_path)
    base = posixpath.dirname(opf_path)
    manifest = {item.get("id"): item for item in package.iterfind(f"{OPF}manifest/{OPF}item")}
    metadata = package.find(f"{OPF}metadata")
    book = publisher = date = author = None
    if metadata is not None:
        book = (metadata.findtext(f"{DC}title") or "").strip() or None
        publisher = (metadata.findtext(f"{DC}publisher") or "").strip() or None
        author = (metadata.findtext(f"{DC}creator") or "").strip() or None
        date = metadata.findtext(f"{DC}date")
    chapters: list[tuple[str, str]] = []
    for ref in package.iterfind(f"{OPF}spine/{OPF}itemref"):
        checkpoint()
        item = manifest.get(ref.get("idref"))
        if item is None or "nav" in (item.get("properties") or "").split():
            continue
        href = posixpath.normpath(posixpath.join(base, item.get("href", "")))
        if href not in archive.names:
            continue
        title, text = chapter_text(archive.read(href))
        if count_words(text) >= MIN_CHAPTER_WORDS or one:
            chapters.append((title, text))
    chapters = [(t, x) for t, x in chapters if x.strip()]
    common = {
        "source": path,
        "format": "epub",
        "encoding": None,
        "outlet": publisher,
        "outlet_origin": "record" if publisher else None,
        "author": author,
        "published_on": parse_date(date),
        "date_origin": "file",
    }
    if one:
        text = "\n".join(x for _t, x in chapters)
        return [ArticleDraft(text=text, title=book, **common)]  # type: ignore[arg-type]
    return [
        ArticleDraft(text=text, title=title or book, record=index, **common)  # type: ignore[arg-type]
        for index, (title, text) in enumerate(chapters)
    ]
