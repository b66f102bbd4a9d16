"""Where an article's outlet and date came from, in words (the import preview, the details)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.translations import fill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def outlet_origin_text(origin: str | None, evidence: str | None = None, named: bool = True) -> str:
    """How the outlet was found («from its source line: المصدر: …»), or that nothing names it."""
    if not named:
        return translate("Provenance", "Nothing in the file names the outlet.")
    words = {
        "sidecar": translate("Provenance", "From the metadata file beside it"),
        "front-matter": translate("Provenance", "From the file's front matter"),
        "record": translate("Provenance", "From the record's own fields"),
        "page": translate("Provenance", "From the page's own metadata"),
        "address": translate("Provenance", "From the page's web address"),
        "source-line": translate("Provenance", "From its source line"),
        "signature": translate("Provenance", "From the outlet's signature in the text"),
        "reviewer": translate("Provenance", "Named by a reviewer"),
    }
    text = words.get(origin or "", translate("Provenance", "Where it came from was not kept"))
    if evidence:
        text = fill(translate("Provenance", "%1: %2"), text, " ".join(evidence.split())[:120])
    return text


def outlet_origin_short(origin: str | None) -> str:
    """One or two words for a table cell."""
    words = {
        "sidecar": translate("Provenance", "metadata file"),
        "front-matter": translate("Provenance", "front matter"),
        "record": translate("Provenance", "record"),
        "page": translate("Provenance", "page metadata"),
        "address": translate("Provenance", "web address"),
        "source-line": translate("Provenance", "source line"),
        "signature": translate("Provenance", "signature"),
        "reviewer": translate("Provenance", "by hand"),
    }
    return words.get(origin or "", "")


def date_origin_text(origin: str | None) -> str:
    words = {
        "sidecar": translate("Provenance", "From the metadata file beside it"),
        "file": translate("Provenance", "From the file's own metadata"),
        "front-matter": translate("Provenance", "From the file's front matter"),
        "date-line": translate("Provenance", "From its date line"),
        "dateline": translate("Provenance", "From its dateline"),
        "text": translate("Provenance", "The first date in the text (may be the event's date)"),
        "file-time": translate("Provenance", "The file's own modification time"),
        "weak": translate(
            "Provenance", "When the document was last saved (a guess: no date in its text)"
        ),
        "reviewer": translate("Provenance", "Set by a reviewer"),
    }
    return words.get(origin or "", "")
