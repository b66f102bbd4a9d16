"""Saved e-mails and newsletters (.eml), mailboxes (.mbox) and saved web pages (.mhtml).

All three are MIME messages, read with the standard library's ``email`` package. The HTML part
goes through the same main-text extraction as a web page (a newsletter's menus and footers are
left behind); a message with only a plain-text part is taken as it is. The subject is the
title when the page has none, the date header the date, and the sender's domain names the
outlet when the outlet table knows it (``news@aljazeera.net``). Each message of a mailbox is an
article of its own.
"""

from __future__ import annotations

import email
import re
from dataclasses import replace
from email import policy
from email.message import EmailMessage, Message
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from app.ingest.decoding import decode_as, detect
from app.ingest.drafts import ArticleDraft
from app.ingest.formats.html import NoArticleText, page_draft
from app.ingest.formats.plain import unify_line_endings
from app.ingest.formats.problems import FileProblem
from app.messages import Message as Text
from app.messages import T
from app.tasks import checkpoint

MAX_MESSAGES = 5000
_FROM_LINE = re.compile(rb"(?m)^From [^\r\n]*\r?\n")


class NotAMessage(FileProblem):
    """The file is not a readable e-mail, mailbox or saved page."""


def _part_text(part: Message, encoding: str | None) -> tuple[str, str]:
    """A text part decoded: its declared charset, else detection. Returns (text, encoding)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return "", ""
    if encoding:
        return decode_as(payload, encoding), encoding
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: look at the bytes
    decoded = detect(payload)
    return decoded.text, decoded.encoding


def _best_part(message: Message, kind: str) -> Message | None:
    for part in message.walk():
        attached = "attachment" in str(part.get("Content-Disposition", "")).lower()
        if part.get_content_type() == kind and not attached:
            return part
    return None


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    return " ".join(str(value).split()) if value else ""


def _draft(
    path: Path, message: Message, encoding: str | None, fmt: str, record: int | None
) -> ArticleDraft:
    subject = _header(message, "Subject") or None
    url = _header(message, "Content-Location") or _header(message, "Snapshot-Content-Location")
    html_part = _best_part(message, "text/html")
    draft: ArticleDraft
    if html_part is not None:
        page, used = _part_text(html_part, encoding)
        url = url or _header(html_part, "Content-Location")
        draft = page_draft(
            path, page, format=fmt, encoding=used, url=url or None, record=record, title=subject
        )
    else:
        plain_part = _best_part(message, "text/plain")
        if plain_part is None:
            raise NoArticleText(Text(T("core", "the message holds no text to read")))
        text, used = _part_text(plain_part, encoding)
        draft = ArticleDraft(
            source=path,
            text=unify_line_endings(text).strip("\n"),
            format=fmt,
            encoding=used,
            record=record,
            title=subject,
            url=url or None,
        )
    sender_name, sender = parseaddr(_header(message, "From"))
    date = None
    try:
        if _header(message, "Date"):
            date = parsedate_to_datetime(_header(message, "Date")).date()
    except (TypeError, ValueError):
        date = None
    domain = sender.rpartition("@")[2] if "@" in sender else ""
    return draft.with_metadata(
        published_on=date,
        date_origin="file" if date else None,
        url=url or None,
        # the sender's domain is resolved against the outlet table by ``describe``
        outlet=domain or None,
        outlet_origin="sender" if domain else None,
        author=sender_name or None,
    )


def read_eml(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    message = email.message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise NotAMessage(Text(T("core", "the file is not a readable e-mail message")))
    return [_draft(path, message, encoding, "eml", None)]


def read_mhtml(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    message = email.message_from_bytes(data, policy=policy.default)
    if _best_part(message, "text/html") is None:
        raise NotAMessage(Text(T("core", "the file is not a saved web page (no HTML inside)")))
    draft = _draft(path, message, encoding, "mhtml", None)
    # a saved page's "From" is the browser, not the outlet: the page itself names it
    if draft.outlet_origin == "sender":
        draft = replace(draft, outlet=None, outlet_origin=None, author=None)
    return [draft]


def read_mbox(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    starts = [m.start() for m in _FROM_LINE.finditer(data)]
    if not starts or starts[0] != 0:
        raise NotAMessage(
            Text(T("core", "the file is not a mailbox (it should start with 'From ')"))
        )
    if len(starts) > MAX_MESSAGES:
        template = T("core", "the mailbox holds over {count} messages; split it first")
        raise NotAMessage(Text(template, count=MAX_MESSAGES))
    drafts = []
    for index, (start, end) in enumerate(zip(starts, [*starts[1:], len(data)], strict=True)):
        checkpoint()
        chunk = data[start:end]
        chunk = chunk[chunk.find(b"\n") + 1 :]  # the "From " line is the mailbox's, not mail
        chunk = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)  # mboxrd quoting
        message = email.message_from_bytes(chunk, policy=policy.default)
        try:
            drafts.append(_draft(path, message, encoding, "mbox", index))
        except NoArticleText:
            continue  # a message with no text (a receipt, an attachment only) is no article
    return drafts
