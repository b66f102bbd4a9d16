"""Reading one file into article drafts, refusing what is not an article with a plain reason.

Nothing is ever decoded with replacement characters and nothing is silently dropped: a file
either yields its text exactly, or a ReadError that says why (and, for encoding trouble, where).
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from app.ingest.decoding import DecodeProblem
from app.ingest.drafts import ArticleDraft
from app.ingest.formats import docx, html, plain, records
from app.messages import Message, T

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
    ".json": records.read,
    ".jsonl": records.read,
}
SUPPORTED_SUFFIXES = frozenset(READERS)

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
    """What a binary file is, or None when it may be text (or a .docx, which is a zip)."""
    if suffix == ".docx" and data.startswith(b"PK\x03\x04"):
        return None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data, not text"
    return None


def read_file(
    path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[ArticleDraft]:
    """Drafts for the articles in ``path``; ``encoding`` overrides detection. Raises ReadError."""
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        template = T("core", "files of type “{suffix}” are not articles Tabayun reads")
        raise ReadError(Message(template, suffix=suffix or "—"))
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block the read forever
            template = T("core", "this is not an ordinary file (a pipe, socket or device)")
            raise ReadError(Message(template))
        size = info.st_size
        if size > max_bytes:
            template = T("core", "the file is {size} MB, over the {limit} MB limit for one article")
            size_mb, limit_mb = f"{size / 1_048_576:.1f}", f"{max_bytes / 1_048_576:.0f}"
            raise ReadError(Message(template, size=size_mb, limit=limit_mb))
        data = path.read_bytes()
    except OSError as exc:
        template = T("core", "the file cannot be read ({why})")
        raise ReadError(Message(template, why=exc.strerror or exc)) from exc
    if not data.strip():
        raise ReadError(Message(T("core", "the file is empty")))
    kind = binary_kind(data, suffix)
    if kind:
        raise ReadError(Message(T("core", "the file is {kind}, not an article"), kind=kind))
    try:
        drafts = reader(path, data, encoding)
    except DecodeProblem as exc:
        raise ReadError(exc.message, problem=exc) from exc
    except ValueError as exc:  # unknown encoding name, bad records, no article text, bad docx
        raise ReadError(str(exc)) from exc
    except (html.NoArticleText, docx.NotADocx, records.BadRecords) as exc:
        raise ReadError(str(exc)) from exc
    drafts = [d for d in drafts if d.text.strip()]
    if not drafts:
        raise ReadError(Message(T("core", "the file holds no text")))
    return drafts
