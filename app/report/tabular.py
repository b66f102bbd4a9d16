"""The review as CSV: one row per tagged passage (or tagged article), note and verdict.

UTF-8 with a byte-order mark, so spreadsheet programs (Excel above all) open Arabic as Arabic.
Offsets count code points into the stored text, as everywhere in Tabayun.
"""

from __future__ import annotations

import csv
import io

from app.report.model import Report

COLUMNS = (
    "kind",  # annotation, note, verdict
    "id",
    "article_id",
    "article",
    "start",
    "end",
    "quote",
    "tags",
    "text",  # the note's body, the verdict's comment
    "verdict",
    "on",  # what a note is on
    "anchor",  # anchored, reanchored, orphaned
    "reviewer",
    "created",
    "updated",
)


def rows(report: Report) -> list[dict[str, object]]:
    labels = report.labels
    tags = report.tags_by_id
    out: list[dict[str, object]] = []
    for span in report.spans:
        out.append({
            "kind": "annotation", "id": span.id, "article_id": span.article_id,
            "article": labels.get(span.article_id, ""),
            "start": "" if span.start is None else span.start,
            "end": "" if span.end is None else span.end,
            "quote": span.exact, "tags": "; ".join(tags[t].name for t in span.tag_ids if t in tags),
            "anchor": span.anchor_state, "reviewer": span.reviewer,
            "created": span.created_at.isoformat(), "updated": span.updated_at.isoformat(),
        })  # fmt: skip
    for note in report.notes:
        about = report.note_about.get((note.target, note.target_id), "")
        out.append({
            "kind": "note", "id": note.id, "article_id": note.article_id or "",
            "article": labels.get(note.article_id or -1, ""), "text": note.body,
            "on": f"{note.target}: {about}" if about else note.target,
            "reviewer": note.reviewer, "created": note.created_at.isoformat(),
            "updated": note.updated_at.isoformat(),
        })  # fmt: skip
    for verdict in report.verdicts:
        out.append({
            "kind": "verdict", "id": verdict.id,
            "article": " | ".join(labels.get(p.article_id, "") for p in verdict.passages),
            "quote": " | ".join(verdict.quotes), "text": verdict.comment,
            "verdict": verdict.value, "reviewer": verdict.reviewer,
            "updated": verdict.updated_at.isoformat(),
        })  # fmt: skip
    return out


def write_csv(report: Report) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows(report))
    return buffer.getvalue().encode("utf-8-sig")
