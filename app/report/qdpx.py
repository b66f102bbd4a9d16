"""The review as a REFI-QDA project (``.qdpx``), for QualCoder, ATLAS.ti, MAXQDA and NVivo.

A zip holding ``project.qde`` (XML, ``urn:QDA-XML:project:1.0``) and ``sources/<guid>.txt``,
one plain-text file per article: UTF-8 without a byte-order mark, ``\\n`` line endings, NFC.
Selections count characters (code points) from zero with an exclusive end, in that NFC text;
where NFC changes an article (a decomposed hamza, say), offsets are mapped onto it. Tags are the
codebook (nested codes with colours), tagged passages are ``PlainTextSelection`` elements with a
``Coding``, notes are ``Note`` elements linked by ``NoteRef``, verdicts are notes on their
passages. GUIDs are derived from the database ids, so exporting again gives the same GUIDs.

``read_project`` reads such a file back (the tests' round trip, and a reviewer's check).
"""

from __future__ import annotations

import unicodedata
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.report.model import Report

NS = "urn:QDA-XML:project:1.0"
Q = f"{{{NS}}}"
_ROOT = uuid.UUID("6f1c1e9e-7a39-4c59-9b0e-3b1f0d1e2a77")


def guid(kind: str, ident: object) -> str:
    return str(uuid.uuid5(_ROOT, f"{kind}:{ident}")).upper()


class NfcText:
    """An article's text in NFC, and its code-point offsets mapped from the stored text."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.normal = unicodedata.normalize("NFC", text)
        self.same = self.normal == text

    def offset(self, at: int) -> int:
        if self.same:
            return at
        return len(unicodedata.normalize("NFC", self.original[:at]))


def _when(value: object) -> str:
    import datetime as dt

    assert isinstance(value, dt.datetime)
    return value.replace(microsecond=0).isoformat() + "Z"


def _sub(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, Q + tag, {k: v for k, v in attrs.items() if v != ""})


def _note(parent: ET.Element, ident: str, name: str, body: str, user: str, when: str) -> None:
    note = _sub(parent, "Note", guid=ident, name=name, creatingUser=user, creationDateTime=when)
    _sub(note, "PlainTextContent").text = unicodedata.normalize("NFC", body)


def project_xml(report: Report) -> tuple[bytes, dict[str, str]]:
    """(project.qde, {source file name: its text}) for ``report``."""
    ET.register_namespace("", NS)
    users = {name: guid("user", name) for name in report.reviewers}
    anyone = guid("user", "Tabayun")
    users.setdefault("", anyone)
    now = _when(report.generated_at)
    project = ET.Element(
        Q + "Project",
        {"name": report.collection, "origin": "Tabayun", "creationDateTime": now},
    )
    users_el = _sub(project, "Users")
    for name, ident in users.items():
        _sub(users_el, "User", guid=ident, name=name or "Tabayun")
    codes_el = _sub(_sub(project, "CodeBook"), "Codes")
    made: dict[int, ET.Element] = {}
    pending = list(report.tags)
    while pending:  # parents before children; a parent outside the scope puts a child on top
        progressed = False
        for tag in list(pending):
            parent = made.get(tag.parent_id or -1)
            if (
                tag.parent_id is None
                or parent is not None
                or tag.parent_id not in {t.id for t in pending}
            ):
                element = _sub(
                    parent if parent is not None else codes_el,
                    "Code",
                    guid=guid("tag", tag.id),
                    name=tag.name,
                    isCodable="true",
                    color=tag.color.upper(),
                )
                description = tag.description or tag.name_alt
                if description:
                    _sub(element, "Description").text = description
                made[tag.id] = element
                pending.remove(tag)
                progressed = True
        if not progressed:  # a cycle cannot happen (the codebook forbids it); be safe
            break
    texts: dict[str, str] = {}
    notes_el: list[tuple[str, str, str, str, str]] = []  # guid, name, body, user, when
    span_notes: dict[int, list[str]] = {}
    for note in report.notes:
        ident = guid("note", note.id)
        about = report.note_about.get((note.target, note.target_id), "")
        name = f"Note on {note.target}" + (f": {about}" if about else "")
        notes_el.append(
            (ident, name, note.body, users.get(note.reviewer, anyone), _when(note.created_at))
        )
        if note.target == "annotation":
            span_notes.setdefault(note.target_id, []).append(ident)
    sources_el = _sub(project, "Sources")
    for article in report.articles:
        summary = article.summary
        text = NfcText(article.text)
        ident = guid("article", summary.id)
        texts[f"{ident}.txt"] = text.normal
        source = _sub(
            sources_el,
            "TextSource",
            guid=ident,
            name=f"{summary.label} — {summary.title}"[:200],
            plainTextPath=f"internal://{ident}.txt",
            creatingUser=anyone,
            creationDateTime=now,
        )
        for span in (s for s in report.spans if s.article_id == summary.id):
            start = 0 if span.start is None else text.offset(span.start)
            end = len(text.normal) if span.end is None else text.offset(span.end)
            if span.anchor_state == "orphaned" or end <= start:
                continue  # its quote is not in this text: listed in the other formats
            user = users.get(span.reviewer, anyone)
            selection = _sub(
                source,
                "PlainTextSelection",
                guid=guid("annotation", span.id),
                name=text.normal[start:end][:60],
                startPosition=str(start),
                endPosition=str(end),
                creatingUser=user,
                creationDateTime=_when(span.created_at),
            )
            for tag_id in span.tag_ids:
                if tag_id in made:
                    coding = _sub(
                        selection,
                        "Coding",
                        guid=guid(f"coding:{span.id}", tag_id),
                        creatingUser=user,
                        creationDateTime=_when(span.created_at),
                    )
                    _sub(coding, "CodeRef", targetGUID=guid("tag", tag_id))
            for note_guid in span_notes.get(span.id, []):
                _sub(selection, "NoteRef", targetGUID=note_guid)
        for note in report.notes:
            if note.target == "article" and note.target_id == summary.id:
                _sub(source, "NoteRef", targetGUID=guid("note", note.id))
    for verdict in report.verdicts:
        quotes = "\n".join(
            f"{report.labels.get(p.article_id, '')}: {q}"
            for p, q in zip(verdict.passages, verdict.quotes, strict=True)
        )
        body = f"Verdict: {verdict.value}\n{verdict.comment}\n\n{quotes}".replace("\n\n\n", "\n\n")
        notes_el.append(
            (
                guid("verdict", verdict.id),
                f"Verdict: {verdict.value}",
                body,
                users.get(verdict.reviewer, anyone),
                _when(verdict.updated_at),
            )
        )
    if notes_el:
        holder = _sub(project, "Notes")
        for ident, name, body, user, when in notes_el:
            _note(holder, ident, name, body, user, when)
    for note in report.notes:
        if note.target == "collection":
            _sub(project, "NoteRef", targetGUID=guid("note", note.id))
    ET.indent(project)
    xml = ET.tostring(project, encoding="utf-8", xml_declaration=True)
    return xml, texts


def write_qdpx(report: Report, out: BinaryIO) -> None:
    xml, texts = project_xml(report)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for name, text in texts.items():
            archive.writestr(f"sources/{name}", text.encode("utf-8"))


@dataclass(frozen=True)
class ReadSelection:
    start: int
    end: int
    codes: tuple[str, ...]  # code names
    notes: tuple[str, ...]  # note texts


@dataclass(frozen=True)
class ReadSource:
    name: str
    text: str
    selections: tuple[ReadSelection, ...]


@dataclass(frozen=True)
class ReadProject:
    name: str
    codes: dict[str, str]  # guid → name
    code_parents: dict[str, str | None]  # code name → parent code name
    sources: tuple[ReadSource, ...]
    notes: dict[str, str]  # guid → text


def read_project(path: Path) -> ReadProject:
    """Read a .qdpx as a QDA tool would: the XML, each source's text, selections by offset."""
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("project.qde"))
        codes: dict[str, str] = {}
        parents: dict[str, str | None] = {}

        def walk(element: ET.Element, parent: str | None) -> None:
            for code in element.findall(Q + "Code"):
                codes[code.attrib["guid"]] = code.attrib["name"]
                parents[code.attrib["name"]] = parent
                walk(code, code.attrib["name"])

        codebook = root.find(f"{Q}CodeBook/{Q}Codes")
        if codebook is not None:
            walk(codebook, None)
        notes = {
            n.attrib["guid"]: (n.findtext(Q + "PlainTextContent") or "")
            for n in root.iter(Q + "Note")
        }
        sources = []
        for source in root.iter(Q + "TextSource"):
            internal = source.attrib["plainTextPath"].removeprefix("internal://")
            text = archive.read(f"sources/{internal}").decode("utf-8")
            selections = tuple(
                ReadSelection(
                    int(s.attrib["startPosition"]),
                    int(s.attrib["endPosition"]),
                    tuple(codes[c.attrib["targetGUID"]] for c in s.iter(Q + "CodeRef")),
                    tuple(notes[r.attrib["targetGUID"]] for r in s.findall(Q + "NoteRef")),
                )
                for s in source.findall(Q + "PlainTextSelection")
            )
            sources.append(ReadSource(source.attrib["name"], text, selections))
    return ReadProject(root.attrib.get("name", ""), codes, parents, tuple(sources), notes)
