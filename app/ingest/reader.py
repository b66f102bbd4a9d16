"""Reading one file into article drafts, refusing what is not an article with a plain reason.

Nothing is ever decoded with replacement characters and nothing is silently dropped: a file
either yields its text exactly, or a ReadError that says why (and, for encoding trouble, where).
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

from app.ingest.decoding import DecodeProblem
from app.ingest.drafts import ArticleDraft
from app.ingest.formats import (
    docx,
    epub,
    html,
    json_articles,
    links,
    mail,
    opendoc,
    pdf,
    plain,
    rtf,
)
from app.ingest.formats.problems import FileProblem
from app.messages import Message, T
from app.tasks import Cancelled

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is surely not one

Reader = Callable[[Path, bytes, str | None], list[ArticleDraft]]
READERS: dict[str, Reader] = {
    ".txt": plain.read,
    ".text": plain.read,
    ".md": plain.read,
    ".markdown": plain.read,
    ".html": html.read,
    ".htm": html.read,
    ".xhtml": html.read,
    ".docx": docx.read,
    ".json": json_articles.read,
    ".jsonl": json_articles.read,
    ".pdf": pdf.read,
    ".odt": opendoc.read,
    ".epub": epub.read,
    ".eml": mail.read_eml,
    ".mbox": mail.read_mbox,
    ".mhtml": mail.read_mhtml,
    ".mht": mail.read_mhtml,
    ".rtf": rtf.read,
    ".url": links.read_url_file,
    ".webloc": links.read_webloc,
    ".rss": links.read_feed_file,
    ".atom": links.read_feed_file,
}
SUPPORTED_SUFFIXES = frozenset(READERS)
ZIP_SUFFIXES = frozenset({".docx", ".odt", ".epub"})
SNAPSHOT_TRIES = 3
SNAPSHOT_PAUSE = 0.2  # seconds between two reads of a file that is changing

# Magic numbers of formats people drop into article folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc); save it as .docx"),
)


class ReadError(Exception):
    """A file that cannot be taken in, with the reason in plain words."""

    def __init__(self, message: str | Message, *, problem: DecodeProblem | None = None) -> None:
        super().__init__(str(message))
        self.message = message  # a Message where the window can translate it
        self.problem = problem  # set when the trouble is the encoding: the reviewer may choose


def binary_kind(data: bytes, suffix: str) -> str | None:
    """What a binary file is, or None when it may be text (or a zip-based document).

    A text with a few stray NUL bytes is still text: decoding reports how many and where.
    """
    if suffix in ZIP_SUFFIXES and data.startswith(b"PK\x03\x04"):
        return None
    if suffix == ".pdf" and data.startswith(b"%PDF"):
        return None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        nuls = data.count(b"\x00")
        if nuls > max(8, len(data) // 1000):
            return "binary data, not text"
    return None


def read_snapshot(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes as one snapshot: read again when its size or time changed meanwhile
    (a file still being written), and refused when it keeps changing. Raises ReadError."""
    try:
        for attempt in range(SNAPSHOT_TRIES):
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):  # a pipe or device would block the read forever
                template = T("core", "this is not an ordinary file (a pipe, socket or device)")
                raise ReadError(Message(template))
            if info.st_size > max_bytes:
                raise _too_big(info.st_size, max_bytes)
            with path.open("rb") as handle:
                before = os.fstat(handle.fileno())
                data = handle.read(max_bytes + 1)
                after = os.fstat(handle.fileno())
            if len(data) > max_bytes:
                raise _too_big(len(data), max_bytes)
            same = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
            if same and len(data) == after.st_size:
                return data
            if attempt + 1 < SNAPSHOT_TRIES:
                time.sleep(SNAPSHOT_PAUSE)
    except OSError as exc:
        template = T("core", "the file cannot be read ({why})")
        raise ReadError(Message(template, why=exc.strerror or exc)) from exc
    template = T(
        "core",
        "the file changed while it was being read (perhaps it is still being written); "
        "import it again once it is complete",
    )
    raise ReadError(Message(template))


def _too_big(size: int, limit: int) -> ReadError:
    template = T("core", "the file is {size} MB, over the {limit} MB limit for one article")
    return ReadError(
        Message(template, size=f"{size / 1_048_576:.1f}", limit=f"{limit / 1_048_576:.0f}")
    )


def read_file(
    path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[ArticleDraft]:
    """Drafts for the articles in ``path``; ``encoding`` overrides detection. Raises ReadError.

    Whatever goes wrong inside a reader (a malformed file, nesting too deep, memory) becomes a
    ReadError for this file alone: the rest of the folder is read as usual.
    """
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        template = T("core", "files of type “{suffix}” are not articles Tabayun reads")
        raise ReadError(Message(template, suffix=suffix or "—"))
    data = read_snapshot(path, max_bytes)
    if not data.strip():
        raise ReadError(Message(T("core", "the file is empty")))
    kind = binary_kind(data, suffix)
    if kind:
        raise ReadError(Message(T("core", "the file is {kind}, not an article"), kind=kind))
    try:
        drafts = reader(path, data, encoding)
    except DecodeProblem as exc:
        raise ReadError(exc.message, problem=exc) from exc
    except ReadError:
        raise
    except FileProblem as exc:
        raise ReadError(exc.message) from exc
    except ValueError as exc:  # an unknown encoding name
        raise ReadError(str(exc)) from exc
    except RecursionError as exc:
        template = T("core", "the file is nested too deeply to be read safely")
        raise ReadError(Message(template)) from exc
    except MemoryError as exc:
        template = T("core", "the file needs more memory to read than is free")
        raise ReadError(Message(template)) from exc
    except Cancelled:
        raise
    except Exception as exc:
        log.warning("reading %s failed", path, exc_info=True)
        template = T("core", "the file could not be read ({why})")
        raise ReadError(Message(template, why=f"{type(exc).__name__}: {exc}")) from exc
    drafts = [d for d in drafts if d.text.strip() or d.problem is not None]
    if not drafts:
        raise ReadError(Message(T("core", "the file holds no text")))
    return drafts
