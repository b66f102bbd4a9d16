"""Fetching web pages and feeds for the import: with a time-out, a size limit and Cancel.

Only http and https; redirects are followed (the final address is the article's); the body is
read in pieces so that Cancel takes effect within a moment and a page that never ends is cut at
the limit. Every failure is a ``FetchError`` whose message says what happened in plain words.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from app import __version__
from app.ingest.formats.problems import FileProblem
from app.messages import Message, T
from app.tasks import checkpoint

TIMEOUT = 20.0  # seconds without an answer
MAX_PAGE_BYTES = 8 * 1024 * 1024
CHUNK = 64 * 1024
USER_AGENT = f"Tabayun/{__version__} (news coverage review; +https://example.invalid/tabayun)"


class FetchError(FileProblem):
    """A page or feed could not be fetched; the message says why."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str  # e.g. "text/html"
    charset: str | None


def valid_address(text: str) -> str | None:
    """``text`` as an http(s) address, or None (a bare domain gets https://)."""
    text = text.strip().strip("<>\"'")
    if not text or " " in text:
        return None
    if "://" not in text and "." in text.split("/")[0]:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return text


def fetch(url: str, *, timeout: float | None = None, max_bytes: int = MAX_PAGE_BYTES) -> Fetched:
    """The page at ``url``. Raises FetchError (and Cancelled when the task is cancelled)."""
    timeout = timeout or TIMEOUT
    address = valid_address(url)
    if address is None:
        template = T("core", "{address} is not a web address (http or https)")
        raise FetchError(Message(template, address=url))
    request = urllib.request.Request(address, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            pieces: list[bytes] = []
            size = 0
            while True:
                checkpoint()
                piece = response.read1(CHUNK)  # what has arrived: Cancel is seen soon
                if not piece:
                    break
                size += len(piece)
                if size > max_bytes:
                    template = T("core", "the page at {address} is over {limit} MB")
                    raise FetchError(
                        Message(template, address=address, limit=max_bytes // 1_048_576)
                    )
                pieces.append(piece)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            return Fetched(response.geturl(), b"".join(pieces), content_type, charset)
    except urllib.error.HTTPError as exc:
        template = T("core", "the site answered {code} ({reason}) for {address}")
        raise FetchError(
            Message(template, code=exc.code, reason=exc.reason, address=address)
        ) from exc
    except TimeoutError as exc:
        template = T("core", "{address} did not answer within {seconds} seconds")
        raise FetchError(Message(template, address=address, seconds=int(timeout))) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError | socket.timeout):
            template = T("core", "{address} did not answer within {seconds} seconds")
            raise FetchError(Message(template, address=address, seconds=int(timeout))) from exc
        template = T("core", "{address} could not be reached ({why})")
        raise FetchError(Message(template, address=address, why=reason)) from exc
