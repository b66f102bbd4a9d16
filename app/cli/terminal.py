"""Arabic for terminals: reshaped and reordered only when printing to a terminal that needs it.

Terminals mostly have no bidi or shaping engine, so logical Arabic prints reversed and unjoined.
arabic-reshaper joins the letters and python-bidi reorders the line, for the terminal only; text
piped to a file stays logical (``TABAYUN_BIDI=visual|logical`` forces either).

What is printed is the user's data: file names, titles and outlets from web pages. A newline
in a file name would start a line of its own, an escape sequence would drive the terminal, and
U+202E (right-to-left override) would show «txt.exe» as «exe.txt». Such characters are printed
escaped (``\n``, ``\x1b``, ``\u202e``), visible and harmless.
"""

from __future__ import annotations

import os
import re
import sys

from app.text.bidi import ALL_CONTROLS

BIDI_ENV = "TABAYUN_BIDI"


def wants_visual() -> bool:
    forced = os.environ.get(BIDI_ENV, "").lower()
    if forced in ("visual", "logical"):
        return forced == "visual"
    return sys.stdout.isatty()


# C0 and C1 controls, DEL, and the bidi formatting characters (marks, embeddings, overrides,
# isolates): a tab is kept
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f" + "".join(sorted(ALL_CONTROLS)) + "]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def escaped(text: str) -> str:
    """``text`` with every control and bidi formatting character written as an escape."""
    return _UNSAFE.sub(lambda m: _NAMED.get(m.group(), f"\\u{ord(m.group()):04x}"
                       if ord(m.group()) > 0xFF else f"\\x{ord(m.group()):02x}"), text)  # fmt: skip


def for_terminal(text: str) -> str:
    """``text`` (one line of the user's data) as a terminal should receive it: controls and
    bidi formatting characters escaped, Arabic reshaped and reordered for a terminal without
    bidi support (logical when piped)."""
    text = escaped(text)
    if not wants_visual() or not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))
