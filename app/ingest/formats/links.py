"""Articles on the web: shortcut files (.url, .webloc), feeds (RSS and Atom, as files or at an
address) and pasted addresses. Each page is fetched (``app.ingest.web``) and its article taken
out by the same main-text extraction as a saved page. A feed gives one article per item: the
item's page when it can be fetched, else the text the feed itself carries; an item that yields
nothing is a row that says why.
"""

from __future__ import annotations

import configparser
import plistlib
import re
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.formats.html import NoArticleText, decode_page, page_draft
from app.ingest.formats.problems import FileProblem
from app.ingest.web import FetchError, fetch, valid_address
from app.messages import Message, T
from app.tasks import checkpoint

MAX_ITEMS = 200
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)


class NotALink(FileProblem):
    """A shortcut without an address, or a feed that cannot be read."""


def is_feed(data: bytes, content_type: str = "") -> bool:
    return (content_type in FEED_TYPES and b"<" in data[:200]) or bool(
        _FEED_START.match(data[:2048])
    )


def _text(node: ET.Element | None) -> str:
    return " ".join((node.text or "").split()) if node is not None else ""


def _items(data: bytes) -> tuple[str, list[dict[str, str]]]:
    """The feed's title and its items: title, link, date, content (HTML)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        template = T("core", "the feed is not valid XML ({why})")
        raise NotALink(Message(template, why=exc)) from exc
    items: list[dict[str, str]] = []
    if root.tag == f"{ATOM}feed":
        title = _text(root.find(f"{ATOM}title"))
        for entry in root.iterfind(f"{ATOM}entry"):
            link = next(
                (
                    a.get("href", "")
                    for a in entry.iterfind(f"{ATOM}link")
                    if a.get("rel", "alternate") == "alternate"
                ),
                "",
            )
            items.append(
                {
                    "title": _text(entry.find(f"{ATOM}title")),
                    "link": link,
                    "date": _text(entry.find(f"{ATOM}published"))
                    or _text(entry.find(f"{ATOM}updated")),
                    "content": (entry.findtext(f"{ATOM}content") or "")
                    or (entry.findtext(f"{ATOM}summary") or ""),
                }
            )
        return title, items
    channel = root.find("channel")
    title = _text(channel.find("title")) if channel is not None else ""
    for item in root.iter("item"):
        items.append(
            {
                "title": _text(item.find("title")),
                "link": _text(item.find("link")) or _text(item.find("guid")),
                "date": _text(item.find("pubDate")),
                "content": item.findtext(f"{CONTENT}encoded") or item.findtext("description") or "",
            }
        )
    return title, items


def _item_date(value: str) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return value  # ISO (Atom) or anything parse_date reads


def feed_articles(path: Path, data: bytes, *, name: str | None = None) -> list[ArticleDraft]:
    """One draft per item of the feed in ``data`` (items fetched from the web)."""
    feed_title, items = _items(data)
    if not items:
        raise NotALink(Message(T("core", "the feed has no items")))
    drafts = []
    for index, item in enumerate(items[:MAX_ITEMS]):
        checkpoint()
        link = valid_address(item["link"]) if item["link"] else None
        draft = _item_draft(path, index, item, link)
        drafts.append(
            draft.with_metadata(
                title=item["title"] or None,
                published_on=parse_date(_item_date(item["date"])),
                date_origin="file",
                outlet=feed_title.split(" - ")[0].split(" | ")[0].strip() or None,
                outlet_origin="feed",
                url=link,
                name=f"{name or path.name} #{index + 1}",
            )
        )
    return drafts


def _item_draft(path: Path, index: int, item: dict[str, str], link: str | None) -> ArticleDraft:
    problem: str | Message | None = None
    if link:
        try:
            page = fetch(link)
            decoded = decode_page(page.data, page.charset)
            return page_draft(path, decoded.text, format="feed", url=page.url, record=index)
        except (FetchError, NoArticleText) as exc:
            problem = exc.message
    if item["content"].strip():
        wrapped = f"<html><body><article>{item['content']}</article></body></html>"
        try:
            return page_draft(path, wrapped, format="feed", url=link, record=index)
        except NoArticleText as exc:
            problem = problem or exc.message
    return ArticleDraft(
        source=path,
        text="",
        format="feed",
        encoding=None,
        record=index,
        problem=problem or Message(T("core", "the item has neither a page nor text")),
    )


def articles_at(address: str, *, source: Path, name: str | None = None) -> list[ArticleDraft]:
    """The article at a web address, or the articles of the feed there."""
    page = fetch(address)
    if is_feed(page.data, page.content_type):
        return feed_articles(source, page.data, name=name or page.url)
    decoded = decode_page(page.data, page.charset)
    draft = page_draft(source, decoded.text, format="web", encoding=decoded.encoding, url=page.url)
    return [draft.with_metadata(name=name or page.url)]


def read_url_file(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    """A Windows Internet shortcut: ``[InternetShortcut]`` with ``URL=…``."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(data.decode("utf-8-sig", errors="replace"))
        address = parser.get("InternetShortcut", "URL", fallback="")
    except configparser.Error:
        address = ""
    return _follow(path, address)


def read_webloc(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    """A macOS web location: a property list with a URL."""
    try:
        address = str(plistlib.loads(data).get("URL", ""))
    except (plistlib.InvalidFileException, ValueError, AttributeError):
        address = ""
    return _follow(path, address)


def _follow(path: Path, address: str) -> list[ArticleDraft]:
    if not valid_address(address):
        raise NotALink(Message(T("core", "the shortcut holds no web address")))
    return articles_at(address, source=path, name=f"{path.name} → {address}")


def read_feed_file(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    """A saved RSS or Atom feed: its items' pages are fetched."""
    if not is_feed(data):
        raise NotALink(Message(T("core", "the file is not an RSS or Atom feed")))
    return feed_articles(path, data)
