"""Who applied each tag: a second reviewer's tag on the first reviewer's span is the second's,
in the records and in every export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from app.library.queries import list_articles
from app.report.export import write_report
from app.report.model import build_report
from app.report.qdpx import NS
from app.report.tabular import write_csv
from app.report.webanno import write_webanno
from app.review.annotations import annotations_for, tag_span
from app.review.codebook import list_tags
from app.review.history import History
from app.workspace import Workspace


def test_a_second_reviewers_tag_is_credited_to_them(workspace: Workspace, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET
    import zipfile

    sessions = workspace.sessions
    article = list_articles(sessions, 1)[0]
    first, second = list_tags(sessions)[:2]
    tag_span(History(sessions, reviewer="سارة"), article.id, 0, 20, first.id)
    tag_span(History(sessions, reviewer="Omar"), article.id, 0, 20, second.id)  # same span
    (span,) = annotations_for(sessions, [article.id])
    assert span.reviewer == "سارة"
    assert span.tagged_by(first.id) == "سارة" and span.tagged_by(second.id) == "Omar"
    report = build_report(sessions, 1)
    assert "Omar" in report.reviewers
    row = next(
        r for r in csv.DictReader(io.StringIO(write_csv(report).decode("utf-8-sig")))
        if r["kind"] == "annotation"
    )  # fmt: skip
    assert f"{second.name}: Omar" in row["tagged_by"] and f"{first.name}: سارة" in row["tagged_by"]
    item = json.loads(write_webanno(report))["first"]["items"][0]
    by_tag = {b["value"]: b.get("creator") for b in item["body"] if b["purpose"] == "tagging"}
    assert by_tag[second.name] == {"type": "Person", "name": "Omar"} and by_tag[first.name] is None
    path = write_report(report, "qdpx", tmp_path / "r.qdpx")
    root = ET.fromstring(zipfile.ZipFile(path).read("project.qde"))
    q = f"{{{NS}}}"
    users = {u.attrib["guid"]: u.attrib["name"] for u in root.iter(q + "User")}
    codes = {c.attrib["guid"]: c.attrib["name"] for c in root.iter(q + "Code")}
    credited = {
        codes[c.find(q + "CodeRef").attrib["targetGUID"]]: users[c.attrib["creatingUser"]]  # type: ignore[union-attr]
        for c in root.iter(q + "Coding")
    }
    assert credited == {first.name: "سارة", second.name: "Omar"}
