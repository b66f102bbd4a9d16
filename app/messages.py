"""Messages from the core that people read, translatable without the core knowing Qt.

A message is an English template with named fields. ``str()`` gives the English text (the
command line, the logs); the window translates the template (Qt Linguist context "core") and
fills in the fields, each in a bidi isolate. Templates are marked with ``T("core", "…")`` so
that lupdate finds them (``ui.translations`` passes ``-tr-function-alias
QT_TRANSLATE_NOOP+=T``):

    raise NoteError(Message(T("core", "The {kind} this note was for no longer exists."), kind=k))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
        return self.template.format(**self.values)
