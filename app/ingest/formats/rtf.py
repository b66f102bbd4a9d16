"""Rich Text Format (.rtf): the text, with Arabic from the document's code page or Unicode.

striprtf does the parsing (control words, groups, \\'hh bytes in the document's \\ansicpg code
page, \\uN characters); here the document's title is taken from its \\info group.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import cast

from app.ingest.decoding import decode_as
from app.ingest.drafts import ArticleDraft
from app.ingest.formats.plain import unify_line_endings
from app.ingest.formats.problems import FileProblem
from app.messages import Message, T

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_TITLE = re.compile(r"\{\\title\s?((?:[^{}\\]|\\.)*)\}")


class NotRtf(FileProblem):
    """The file is not readable RTF."""


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    from striprtf.striprtf import rtf_to_text as untyped

    rtf_to_text = cast(Callable[..., str], untyped)
    if not data.lstrip().startswith(b"{\\rtf"):
        raise NotRtf(Message(T("core", "the file is not RTF (it should start with {\\rtf)")))
    page = _CODE_PAGE.search(data[:4096])
    code_page = encoding or (f"cp{page.group(1).decode()}" if page else "cp1252")
    try:
        source = decode_as(data, "latin-1")  # RTF is 7-bit: bytes above 127 come as \\'hh
        text = rtf_to_text(source, encoding=code_page, errors="strict")
        title_match = _TITLE.search(source)
        title = (
            rtf_to_text("{\\rtf1 " + title_match.group(1) + "}", encoding=code_page)
            if title_match
            else ""
        )
    except (LookupError, ValueError, IndexError) as exc:
        template = T("core", "the RTF cannot be read ({why})")
        raise NotRtf(Message(template, why=exc)) from exc
    return [
        ArticleDraft(
            source=path,
            text=unify_line_endings(text).strip("\n"),
            format="rtf",
            encoding=code_page,
            title=" ".join(title.split()) or None,
        )
    ]
