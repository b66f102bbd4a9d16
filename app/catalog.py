"""Core messages in another language without Qt: read straight from the Qt Linguist source.

The window translates through Qt (the compiled .qm); the core, which never loads Qt, needs the
same translations for what it writes itself (an Arabic report from the command line, say). The
.ts file is plain XML: the "core" context's finished translations are read once per language.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable

from app.resources import resources_dir

Translate = Callable[[str], str]


@functools.cache
def catalog(language: str) -> dict[str, str]:
    """English template → translation, for the "core" context ({} for English or no file)."""
    if language == "en":
        return {}
    path = resources_dir() / "translations" / f"tabayun_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "core":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if (
                source
                and translation is not None
                and translation.text
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            ):
                found[source] = translation.text
    return found


def translator(language: str) -> Translate:
    """A function giving ``template`` in ``language`` (the template itself when untranslated)."""
    table = catalog(language)
    return lambda template: table.get(template, template)
