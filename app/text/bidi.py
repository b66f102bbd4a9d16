"""Bidi isolates: the one way Tabayun puts a piece of text of unknown direction (an outlet, a file
name, a number, a quote) inside a line of the other direction.

An isolate keeps the piece from reordering the words around it and from being reordered by them
(Unicode Bidirectional Algorithm, UAX #9, section 2.4). Every label, message and report line that
mixes Arabic and Latin text is built with these helpers, never with hand-written control
characters. Stored article text never gets them: they are for what Tabayun writes itself.
"""

from __future__ import annotations

from collections.abc import Iterable

FSI = "\u2068"  # first strong isolate: the piece takes the direction of its first letter
LRI = "\u2066"  # left-to-right isolate: a file name or an address, whatever letters it holds
PDI = "\u2069"  # pop directional isolate: the end of either
CONTROLS = frozenset({FSI, LRI, "\u2067", PDI})
# every bidi control: marks, embeddings, overrides, isolates (the text a reader does not see)
ALL_CONTROLS = CONTROLS | frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


def isolate(text: object) -> str:
    """``text`` in a first-strong isolate."""
    return f"{FSI}{text}{PDI}"


def isolate_ltr(text: object) -> str:
    """``text`` isolated and read left to right: a path or a file name such as ``2023_تقرير.txt``
    keeps its order in an Arabic layout."""
    return f"{LRI}{text}{PDI}"


def joined(parts: Iterable[object], separator: str = "  ·  ") -> str:
    """``parts`` joined, each in its own isolate, so that none reorders the rest."""
    return separator.join(isolate(part) for part in parts)


def strip_isolates(text: str) -> str:
    """``text`` without isolate controls (for comparing what a label says)."""
    return "".join(ch for ch in text if ch not in CONTROLS)
