"""The review as a REFI-QDA project (``.qdpx``), for QualCoder, ATLAS.ti, MAXQDA and NVivo.

A zip holding ``project.qde`` (XML, ``urn:QDA-XML:project:1.0``) and ``sources/<guid>.txt``,
one plain-text file per article: UTF-8 without a byte-order mark, ``\\n`` line endings, NFC.
Selections count characters (code points) from zero with an exclusive end, in that NFC text;
where NFC changes an article (a decomposed hamza, say), offsets are mapped onto it. Tags are the
codebook (nested codes with colours), tagged passages are ``PlainTextSelection`` elements with a
``Coding``. Notes go where QDA tools read them (QualCoder's importer was read to check):

- a note on a tagged passage is a ``Note`` holding its text and the selection it is tied to,
  referred to by the article's ``TextSource`` and by the selection (QualCoder: an annotation);
- a note on an article is its source's ``Description`` (QualCoder: the file's memo) and a
  ``Note`` the source refers to;
- notes on the collection and on passage groups, and every verdict, are project notes whose
  text is a file beside the sources (``plainTextPath``; QualCoder: a journal entry).

Characters XML 1.0 does not allow (NUL, ESC and the other C0 controls but tab and line breaks)
are left out, and the project's ``Description`` says how many. GUIDs are derived from the
database ids, so exporting again gives the same GUIDs.

``read_project`` reads such a file back (the tests' round trip, and a reviewer's check).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.messages import counted
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


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class Xml:
    """Elements whose text and attributes XML 1.0 can hold: what it cannot is left out, and
    counted (``dropped``)."""

    def __init__(self) -> None:
        self.dropped = 0

    def clean(self, text: str) -> str:
        kept, count = _NOT_XML.subn("", text)
        self.dropped += count
        return kept

    def sub(self, parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
        values = {k: self.clean(v) for k, v in attrs.items() if v != ""}
        return ET.SubElement(parent, Q + tag, values)

    def text(self, parent: ET.Element, tag: str, text: str) -> ET.Element:
        element = ET.SubElement(parent, Q + tag)
        element.text = self.clean(unicodedata.normalize("NFC", text))
        return element


@dataclass(frozen=True)
class _NoteOut:
    guid: str
    name: str
    body: str
    user: str
    when: str
    selection: tuple[str, int, int] | None = None  # guid, start, end: a note on a passage


def project_xml(report: Report) -> tuple[bytes, dict[str, str]]:
    """(project.qde, {file name in sources/: its text}) for ``report``: the articles, and the
    project notes' texts."""
    ET.register_namespace("", NS)
    xml = Xml()
    users = {name: guid("user", name) for name in report.reviewers}
    anyone = guid("user", "Tabayun")
    users.setdefault("", anyone)
    now = _when(report.generated_at)
    project = ET.Element(
        Q + "Project",
        {"name": xml.clean(report.collection), "origin": "Tabayun", "creationDateTime": now},
    )
    users_el = xml.sub(project, "Users")
    for name, ident in users.items():
        xml.sub(users_el, "User", guid=ident, name=name or "Tabayun")
    made = _codebook(xml, xml.sub(xml.sub(project, "CodeBook"), "Codes"), report)
    texts: dict[str, str] = {}
    notes: list[_NoteOut] = []
    on_span: dict[int, list[_NoteOut]] = {}
    on_article: dict[int, list[_NoteOut]] = {}
    for note in report.notes:
        about = report.note_about.get((note.target, note.target_id), "")
        out = _NoteOut(
            guid("note", note.id),
            f"Note on {note.target}" + (f": {about}" if about else ""),
            note.body,
            users.get(note.reviewer, anyone),
            _when(note.created_at),
        )
        if note.target == "annotation":
            on_span.setdefault(note.target_id, []).append(out)
        elif note.target == "article":
            on_article.setdefault(note.target_id, []).append(out)
        else:
            notes.append(out)
    sources_el = xml.sub(project, "Sources")
    tied: set[str] = set()
    for article in report.articles:
        summary = article.summary
        text = NfcText(article.text)
        ident = guid("article", summary.id)
        texts[f"{ident}.txt"] = text.normal
        source = xml.sub(
            sources_el,
            "TextSource",
            guid=ident,
            name=f"{summary.label} — {summary.title}"[:200],
            plainTextPath=f"internal://{ident}.txt",
            creatingUser=anyone,
            creationDateTime=now,
        )
        article_notes = on_article.get(summary.id, [])
        if article_notes:  # QualCoder reads a source's Description as its memo
            xml.text(source, "Description", "\n\n".join(n.body for n in article_notes))
        refs = [n.guid for n in article_notes]
        for span in (s for s in report.spans if s.article_id == summary.id):
            start = 0 if span.start is None else text.offset(span.start)
            end = len(text.normal) if span.end is None else text.offset(span.end)
            if span.anchor_state == "orphaned" or end <= start:
                continue  # its quote is not in this text: listed in the other formats
            user = users.get(span.reviewer, anyone)
            selection_guid = guid("annotation", span.id)
            selection = xml.sub(
                source,
                "PlainTextSelection",
                guid=selection_guid,
                name=text.normal[start:end][:60],
                startPosition=str(start),
                endPosition=str(end),
                creatingUser=user,
                creationDateTime=_when(span.created_at),
            )
            for tag_id in span.tag_ids:
                if tag_id in made:  # credited to the reviewer who applied this tag
                    coding = xml.sub(
                        selection,
                        "Coding",
                        guid=guid(f"coding:{span.id}", tag_id),
                        creatingUser=users.get(span.tagged_by(tag_id), user),
                        creationDateTime=_when(span.created_at),
                    )
                    xml.sub(coding, "CodeRef", targetGUID=guid("tag", tag_id))
            for out in on_span.get(span.id, []):
                xml.sub(selection, "NoteRef", targetGUID=out.guid)
                notes.append(_replace_selection(out, (selection_guid, start, end)))
                refs.append(out.guid)  # QualCoder looks for a passage's notes on its source
                tied.add(out.guid)
        for ref in refs:
            xml.sub(source, "NoteRef", targetGUID=ref)
        notes += article_notes
    for outs in on_span.values():  # notes on passages whose quote is gone: project notes
        notes += [n for n in outs if n.guid not in tied]
    for verdict in report.verdicts:
        quotes = "\n".join(
            f"{report.labels.get(p.article_id, '')}: {q}"
            for p, q in zip(verdict.passages, verdict.quotes, strict=True)
        )
        body = f"Verdict: {verdict.value}\n{verdict.comment}\n\n{quotes}".replace("\n\n\n", "\n\n")
        notes.append(
            _NoteOut(
                guid("verdict", verdict.id),
                f"Verdict: {verdict.value}",
                body,
                users.get(verdict.reviewer, anyone),
                _when(verdict.updated_at),
            )
        )
    on_sources = {n.guid for outs in on_article.values() for n in outs}
    if notes:
        holder = xml.sub(project, "Notes")
        for out in notes:
            attrs = {"guid": out.guid, "name": out.name, "creatingUser": out.user}
            attrs["creationDateTime"] = out.when
            if out.selection is None and out.guid not in on_sources:
                # a project note: its text in a file (QualCoder reads a journal entry from it)
                attrs["plainTextPath"] = f"internal://{out.guid}.txt"
                texts[f"{out.guid}.txt"] = xml.clean(unicodedata.normalize("NFC", out.body))
                xml.sub(holder, "Note", **attrs)
                continue
            note_el = xml.sub(holder, "Note", **attrs)
            xml.text(note_el, "PlainTextContent", out.body)
            if out.selection is not None:
                selection_guid, start, end = out.selection
                xml.sub(
                    note_el,
                    "PlainTextSelection",
                    guid=guid("note-selection", selection_guid + out.guid),
                    startPosition=str(start),
                    endPosition=str(end),
                )
    if xml.dropped:
        xml.text(
            project,
            "Description",
            f"Tabayun left out {counted(xml.dropped, 'character')} that XML 1.0 cannot hold "
            "(control characters such as NUL or ESC) from notes, quotes and names.",
        )
    for note in report.notes:
        if note.target == "collection":
            xml.sub(project, "NoteRef", targetGUID=guid("note", note.id))
    ET.indent(project)
    return ET.tostring(project, encoding="utf-8", xml_declaration=True), texts


def _replace_selection(out: _NoteOut, selection: tuple[str, int, int]) -> _NoteOut:
    return _NoteOut(out.guid, out.name, out.body, out.user, out.when, selection)


def _codebook(xml: Xml, codes_el: ET.Element, report: Report) -> dict[int, ET.Element]:
    """The tags as nested codes; parents before children (a parent outside the report's scope
    puts its child on top)."""
    made: dict[int, ET.Element] = {}
    pending = list(report.tags)
    while pending:
        progressed = False
        for tag in list(pending):
            parent = made.get(tag.parent_id or -1)
            if (
                tag.parent_id is None
                or parent is not None
                or tag.parent_id not in {t.id for t in pending}
            ):
                element = xml.sub(
                    parent if parent is not None else codes_el,
                    "Code",
                    guid=guid("tag", tag.id),
                    name=tag.name,
                    isCodable="true",
                    color=tag.color.upper(),
                )
                description = tag.description or tag.name_alt
                if description:
                    xml.text(element, "Description", description)
                made[tag.id] = element
                pending.remove(tag)
                progressed = True
        if not progressed:  # a cycle cannot happen (the codebook forbids it); be safe
            break
    return made


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
    description: str = ""  # the notes on the article
    note_refs: tuple[str, ...] = ()  # guids of the notes the source refers to


@dataclass(frozen=True)
class ReadProject:
    name: str
    codes: dict[str, str]  # guid → name
    code_parents: dict[str, str | None]  # code name → parent code name
    sources: tuple[ReadSource, ...]
    notes: dict[str, str]  # guid → text (from the note, or from its file)
    description: str = ""
    journal: tuple[str, ...] = ()  # guids of the project notes kept in files


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
        notes: dict[str, str] = {}
        journal = []
        for n in root.iter(Q + "Note"):
            stored = n.attrib.get("plainTextPath", "")
            if stored:
                journal.append(n.attrib["guid"])
                name = stored.removeprefix("internal://")
                notes[n.attrib["guid"]] = archive.read(f"sources/{name}").decode("utf-8")
            else:
                notes[n.attrib["guid"]] = n.findtext(Q + "PlainTextContent") or ""
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
            refs = tuple(r.attrib["targetGUID"] for r in source.findall(Q + "NoteRef"))
            sources.append(
                ReadSource(
                    source.attrib["name"], text, selections,
                    source.findtext(Q + "Description") or "", refs,
                )
            )  # fmt: skip
    return ReadProject(
        root.attrib.get("name", ""), codes, parents, tuple(sources), notes,
        root.findtext(Q + "Description") or "", tuple(journal),
    )  # fmt: skip
