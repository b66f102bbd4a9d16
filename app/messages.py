"""Messages from the core that people read, translatable without the core knowing Qt.

A message is an English template with named fields. ``str()`` gives the English text (the
command line, the logs); the window translates the template (Qt Linguist context "core") and
fills in the fields, each in a bidi isolate. Templates are marked with ``T("core", "…")`` so
that lupdate finds them (``ui.translations`` passes ``-tr-function-alias
QT_TRANSLATE_NOOP+=T``):

    raise NoteError(Message(T("core", "The {kind} this note was for no longer exists."), kind=k))
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# «{count} article(s)»: a field, the words it counts, and the plural ending
_COUNTED = re.compile(r"\{(\w+)\}([^{}()]*?)\((s|es)\)")


def T(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    template: str
    values: dict[str, Any] = field(default_factory=dict)

    def __init__(self, template: str, **values: Any) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "values", values)

    def __str__(self) -> str:
        return say(self.template, **self.values)


def say(template: str, translate: Callable[[str], str] = str, **values: Any) -> str:
    """``template`` translated, its counts agreeing in English («1 article»), its fields filled
    (the command line and the reports; the window isolates each field, ``ui.translations``)."""
    return english_counts(translate(template), values).format(**values)


def english_counts(template: str, values: dict[str, Any]) -> str:
    """``template`` with each count's noun in the English number: «{count} article(s)» says
    «1 article» or «3 articles» (a field that is no whole number keeps the «(s)»)."""

    def agree(match: re.Match[str]) -> str:
        count = values.get(match.group(1))
        if isinstance(count, bool) or not isinstance(count, int):
            return match.group(0)
        ending = "" if count == 1 else match.group(3)
        return "{" + match.group(1) + "}" + match.group(2) + ending

    return _COUNTED.sub(agree, template)


def counted(count: int, noun: str, nouns: str = "") -> str:
    """«1 article», «3 articles» (``nouns``: an irregular plural)."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"
