"""Arabic for terminals: reshaped and reordered only when printing to a terminal that needs it.

Terminals mostly have no bidi or shaping engine, so logical Arabic prints reversed and unjoined.
arabic-reshaper joins the letters and python-bidi reorders the line, for the terminal only; text
piped to a file stays logical (``TABAYUN_BIDI=visual|logical`` forces either).
"""

from __future__ import annotations

import os
import sys

BIDI_ENV = "TABAYUN_BIDI"


def wants_visual() -> bool:
    forced = os.environ.get(BIDI_ENV, "").lower()
    if forced in ("visual", "logical"):
        return forced == "visual"
    return sys.stdout.isatty()


def for_terminal(text: str) -> str:
    """``text`` as a terminal without bidi support should receive it (logical when piped)."""
    if not wants_visual() or not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))
