"""The import preview: every file read and classified before anything is written.

A plan is a list of rows, one per article found (a .jsonl file gives several), each with its
format, encoding, metadata and status: new, duplicate, near duplicate, or error with a reason.
The reviewer may override a file's encoding; ``plan_files`` is then run again for that file and
``classify`` for the whole list, which is cheap.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.metadata import extract_metadata
from app.ingest.near_dupes import NearDuplicateIndex
from app.ingest.reader import DEFAULT_MAX_BYTES, ReadError, read_file
from app.ingest.scan import display_name
from app.ingest.sidecars import SidecarError, read_folder_csv, read_sidecar
from app.tasks import TaskControl
from db.models import Article


class RowStatus(enum.StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near-duplicate"
    ERROR = "error"


@dataclass(frozen=True)
class PlanRow:
    path: Path
    record: int | None
    status: RowStatus
    reason: str = ""  # why it failed, or what it duplicates
    format: str | None = None
    encoding: str | None = None
    encoding_confident: bool = True
    text: str = ""
    title: str = ""
    outlet: str | None = None
    published_on: dt.date | None = None
    url: str | None = None
    language: str = ""
    direction: str = ""
    paragraph_directions: tuple[str, ...] | None = None
    problem_offset: int | None = None  # byte offset of an encoding problem
    duplicate_of: int | None = None  # id of the existing article it duplicates

    @property
    def label(self) -> str:
        name = display_name(self.path.name) if self.path.name else str(self.path)
        return name if self.record is None else f"{name} #{self.record + 1}"

    @property
    def importable(self) -> bool:
        return self.status in (RowStatus.NEW, RowStatus.NEAR_DUPLICATE)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def _row_from_draft(draft: ArticleDraft, extra: Mapping[str, str]) -> PlanRow:
    """Metadata precedence: the reviewer's sidecar or metadata.csv, then the file's own
    (page metadata, JSON fields, document properties), then what the text itself says."""
    found = extract_metadata(draft.text)
    return PlanRow(
        path=draft.source,
        record=draft.record,
        status=RowStatus.NEW,
        format=draft.format,
        encoding=draft.encoding,
        encoding_confident=draft.encoding_confident,
        text=draft.text,
        title=extra.get("title") or draft.title or found.title,
        outlet=extra.get("outlet") or draft.outlet or found.outlet,
        published_on=parse_date(extra.get("date")) or draft.published_on or found.published_on,
        url=extra.get("url") or draft.url,
        language=found.language,
        direction=found.direction,
        paragraph_directions=draft.paragraph_directions,
    )


def plan_files(
    files: Sequence[Path],
    *,
    encodings: Mapping[Path, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    control: TaskControl | None = None,
) -> list[PlanRow]:
    """Read every file (cancellable between files); classification comes after (``classify``)."""
    control = control or TaskControl()
    encodings = encodings or {}
    folder_tables: dict[Path, dict[str, dict[str, str]]] = {}
    rows: list[PlanRow] = []
    for index, path in enumerate(files):
        control.raise_if_cancelled()
        control.report(index, len(files), f"Reading {display_name(path.name)}")
        try:
            if path.parent not in folder_tables:
                folder_tables[path.parent] = read_folder_csv(path.parent)
            extra = {**folder_tables[path.parent].get(path.name, {}), **read_sidecar(path)}
            drafts = read_file(path, encoding=encodings.get(path), max_bytes=max_bytes)
        except ReadError as exc:
            offset = exc.problem.offset if exc.problem else None
            rows.append(
                PlanRow(
                    path,
                    None,
                    RowStatus.ERROR,
                    exc.message,
                    problem_offset=offset,
                    format=path.suffix.lstrip(".").lower() or None,
                )
            )
            continue
        except SidecarError as exc:
            rows.append(PlanRow(path, None, RowStatus.ERROR, str(exc)))
            continue
        rows.extend(_row_from_draft(draft, extra) for draft in drafts)
    control.report(len(files), len(files), "Checking for duplicates")
    return rows


def existing_texts(sessions: sessionmaker[Session], collection_id: int | None) -> dict[int, str]:
    """Texts already in the target collection, by article id ({} for a new collection)."""
    if collection_id is None:
        return {}
    with sessions() as session:
        rows = session.execute(
            select(Article.id, Article.text).where(Article.collection_id == collection_id)
        )
        return dict(rows.all())


def classify(rows: Sequence[PlanRow], existing: Mapping[int, str]) -> list[PlanRow]:
    """Mark duplicates (same text) and near duplicates, against the collection and each other."""
    by_hash: dict[str, str] = {}
    existing_by_hash = {
        hashlib.sha256(text.encode("utf-8")).hexdigest(): article_id
        for article_id, text in existing.items()
    }
    index = NearDuplicateIndex()
    for article_id, text in existing.items():
        index.add_text(("article", article_id), text)
    labels: dict[tuple[str, int], str] = {}
    result = []
    for position, row in enumerate(rows):
        if row.status is RowStatus.ERROR:
            result.append(row)
            continue
        digest = row.content_hash
        if digest in existing_by_hash:
            result.append(
                replace(
                    row,
                    status=RowStatus.DUPLICATE,
                    duplicate_of=existing_by_hash[digest],
                    reason="the same text is already in the collection",
                )
            )
            continue
        if digest in by_hash:
            result.append(
                replace(
                    row, status=RowStatus.DUPLICATE, reason=f"the same text as {by_hash[digest]}"
                )
            )
            continue
        by_hash[digest] = row.label
        match, score, _items, values = index.match(row.text)
        key = ("row", position)
        index.add(key, row.text, values)
        labels[key] = row.label
        if match is None:
            result.append(replace(row, status=RowStatus.NEW, reason="", duplicate_of=None))
        else:
            kind, ident = match
            what = "an article already in the collection" if kind == "article" else labels[match]
            result.append(
                replace(
                    row,
                    status=RowStatus.NEAR_DUPLICATE,
                    duplicate_of=ident if kind == "article" else None,
                    reason=f"{score:.0%} the same as {what}",
                )
            )
    return result
