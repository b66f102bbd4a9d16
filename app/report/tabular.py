"""The review as CSV: one row per tagged passage (or tagged article), note and verdict.

UTF-8 with a byte-order mark, so spreadsheet programs (Excel above all) open Arabic as Arabic.
Offsets count code points into the stored text, as everywhere in Tabayun. Times are UTC, written
with ``Z``. A cell a spreadsheet would run as a formula (text from web pages is untrusted: a
note «=1+2*3» would come back as 7) starts with an apostrophe, as OWASP advises; the apostrophe
is what spreadsheets hide, and the text after it is the text as stored. A verdict on several
articles' sentences has one row per article.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from app.report.model import Report
from app.review.passage_edit_list import ONE_PLACE
from app.review.records import Passage

COLUMNS = (
    "kind",  # annotation, note, verdict, fact (a row of the Facts table), correction
    "id",
    "article_id",
    "article",
    "start",
    "end",
    "quote",
    "tags",
    "text",  # the note's body, the verdict's comment
    "verdict",
    "value",  # a fact as the outlet writes it
    "on",  # what a note is on
    "anchor",  # anchored, reanchored, orphaned
    "reviewer",
    "tagged_by",  # who applied each tag: "tag: reviewer; …"
    "created",
    "updated",
)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value: object) -> object:
    """``value`` as a spreadsheet should show it: text that would start a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def utc(moment: dt.datetime | None) -> str:
    """A stored time (naive UTC, as SQLite keeps it) in ISO 8601 with ``Z``."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat() + "Z"


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
            "tagged_by": "; ".join(
                f"{tags[t].name}: {span.tagged_by(t)}" for t in span.tag_ids if t in tags
            ),
            "created": utc(span.created_at), "updated": utc(span.updated_at),
        })  # fmt: skip
    for note in report.notes:
        about = report.note_about.get((note.target, note.target_id), "")
        out.append({
            "kind": "note", "id": note.id, "article_id": note.article_id or "",
            "article": labels.get(note.article_id or -1, ""), "text": note.body,
            "on": f"{note.target}: {about}" if about else note.target,
            "reviewer": note.reviewer, "created": utc(note.created_at),
            "updated": utc(note.updated_at),
        })  # fmt: skip
    for verdict in report.verdicts:
        quotes = list(verdict.quotes) + [""] * (len(verdict.passages) - len(verdict.quotes))
        pairs: list[tuple[Passage | None, str]] = list(zip(verdict.passages, quotes, strict=False))
        for passage, quote in pairs or [(None, "")]:
            out.append({
                "kind": "verdict", "id": verdict.id,
                "article_id": "" if passage is None else passage.article_id,
                "article": "" if passage is None else labels.get(passage.article_id, ""),
                "start": "" if passage is None else passage.start,
                "end": "" if passage is None else passage.end,
                "quote": quote, "text": verdict.comment, "verdict": verdict.value,
                "reviewer": verdict.reviewer, "updated": utc(verdict.updated_at),
            })  # fmt: skip
    out += _facts(report) + _corrections(report)
    return [{key: safe(value) for key, value in row.items()} for row in out]


def _facts(report: Report) -> list[dict[str, object]]:
    """The Facts table: one row per outlet's answer to each question where outlets differ."""
    labels = report.labels
    out: list[dict[str, object]] = []
    for number, flag in enumerate(report.flags, start=1):
        for article_id, sentence, value in flag.answers():
            out.append({
                "kind": "fact", "id": number, "article_id": article_id,
                "article": labels.get(article_id, ""), "quote": sentence, "text": flag.text,
                "value": value,
            })  # fmt: skip
    return out


def _corrections(report: Report) -> list[dict[str, object]]:
    """The reviewer's corrections to the passages: a row per sentence each names."""
    labels = report.labels
    out: list[dict[str, object]] = []
    for edit in report.corrections:
        sides = [(edit.first, edit.quotes[0])]
        if edit.kind not in ONE_PLACE:
            sides.append((edit.second, edit.quotes[1]))
        for ref, quote in sides:
            out.append({
                "kind": "correction", "id": edit.id, "article_id": ref.article_id,
                "article": labels.get(ref.article_id, ""), "start": ref.start, "end": ref.end,
                "quote": quote, "text": edit.kind, "reviewer": edit.reviewer,
                "created": utc(edit.created_at),
            })  # fmt: skip
    return out


def write_csv(report: Report) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows(report))
    return buffer.getvalue().encode("utf-8-sig")
