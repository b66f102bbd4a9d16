"""REFI-QDA: the project validates against the standard's schema, and every note reaches the
place QDA tools read it (QualCoder's importer: annotations tied to a source's selection, a
source's Description as its memo, journal entries from a note's plainTextPath)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.report.export import write_report
from app.report.model import build_report
from app.report.qdpx import NS, read_project
from app.review.history import History
from app.review.notes import add_note
from tests.app.report.conftest import QUOTE, Reviewed

STANDARDS = Path(__file__).resolve().parents[3].parent / "shared" / "standards"
SCHEMA = STANDARDS / "refi-qda-Project.xsd"
Q = f"{{{NS}}}"


def _validate(path: Path) -> None:
    lxml = pytest.importorskip("lxml.etree", reason="lxml reads the schema")
    if not SCHEMA.exists():
        pytest.skip(f"the REFI-QDA schema is not beside the project ({SCHEMA})")
    schema = lxml.XMLSchema(lxml.parse(str(SCHEMA)))
    document = lxml.fromstring(zipfile.ZipFile(path).read("project.qde"))
    assert schema.validate(document), schema.error_log


def _exported(reviewed: Reviewed, path: Path) -> Path:
    """The review as a .qdpx at ``path``, checked against the standard's schema."""
    report = build_report(reviewed.workspace.sessions, reviewed.collection_id)
    _validate(write_report(report, "qdpx", path))
    return path


def test_every_note_goes_where_qda_tools_read_it(reviewed: Reviewed, tmp_path: Path) -> None:
    history = History(reviewed.workspace.sessions, reviewer="سارة")
    add_note(history, "article", reviewed.quote_article, "مصدر رسمي")
    path = _exported(reviewed, tmp_path / "review.qdpx")
    project = read_project(path)
    # a note on a passage: a Note with its text and its selection, which the source refers to
    host = next(s for s in project.sources if QUOTE in s.text)
    root = zipfile.ZipFile(path).read("project.qde").decode("utf-8")
    import xml.etree.ElementTree as ET

    notes = {n.attrib["guid"]: n for n in ET.fromstring(root).iter(Q + "Note")}
    on_passage = [g for g in host.note_refs if notes[g].find(Q + "PlainTextSelection") is not None]
    (passage_note,) = on_passage
    selection = notes[passage_note].find(Q + "PlainTextSelection")
    assert selection is not None
    start, end = int(selection.attrib["startPosition"]), int(selection.attrib["endPosition"])
    assert host.text[start:end] == QUOTE
    assert project.notes[passage_note] == "اقتباس مباشر من بوتين"
    # a note on an article: its source's memo
    assert host.description == "مصدر رسمي"
    # the collection's note and the verdict: journal entries, their text in files
    journal = [project.notes[g] for g in project.journal]
    assert "Check the missile count with a second agency." in journal
    assert any(text.startswith("Verdict: differ") for text in journal)
    for guid in project.journal:
        assert notes[guid].attrib.get("name") and notes[guid].find(Q + "PlainTextContent") is None


def test_characters_xml_cannot_hold_are_left_out_and_counted(
    reviewed: Reviewed, tmp_path: Path
) -> None:
    history = History(reviewed.workspace.sessions, reviewer="سارة\x07")
    add_note(history, "collection", reviewed.collection_id, "نص \x1b[31mملون\x1b[0m")
    path = _exported(reviewed, tmp_path / "controls.qdpx")  # well-formed XML, and valid
    project = read_project(path)
    assert "نص [31mملون[0m" in [project.notes[g] for g in project.journal]
    assert "left out 3 characters" in project.description
