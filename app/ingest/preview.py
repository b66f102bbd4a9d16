"""The import preview as the dialog and the CLI use it: scan, read, classify; then re-read one
file with another encoding. Nothing here writes to the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.ingest.existing import classify_against
from app.ingest.plan import PlanRow, RowStatus, plan_files
from app.ingest.scan import scan_folder
from app.messages import Message, T
from app.tasks import TaskControl


@dataclass(frozen=True)
class ImportPreview:
    folder: Path
    recursive: bool
    collection_id: int | None  # the target the statuses were computed against
    rows: tuple[PlanRow, ...]  # files left out (REFUSED) are rows too, last, with their reason
    encodings: dict[Path, str] = field(default_factory=dict)  # the reviewer's overrides
    follow_links: bool = False
    outlets_file: Path | None = None  # the reviewer's own outlet table

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def summary(self) -> str:
        parts = [
            (self.count(RowStatus.NEW), "new"),
            (self.count(RowStatus.DUPLICATE), "duplicate"),
            (self.count(RowStatus.NEAR_DUPLICATE), "near duplicate"),
            (self.count(RowStatus.UPDATE), "new version"),
            (self.count(RowStatus.ERROR), "with errors"),
            (self.count(RowStatus.REFUSED), "not read"),
        ]
        return " · ".join(f"{n} {label}" for n, label in parts if n) or "no articles"


def refused_rows(skipped: Sequence[tuple[Path, str | Message]]) -> list[PlanRow]:
    """The files a scan left out, as preview rows that say why."""
    return [
        PlanRow(
            path, None, RowStatus.REFUSED, reason, format=path.suffix.lstrip(".").lower() or None
        )
        for path, reason in skipped
    ]


def preview_folder(
    sessions: sessionmaker[Session],
    folder: Path,
    *,
    recursive: bool = False,
    follow_links: bool = False,
    collection_id: int | None = None,
    encodings: dict[Path, str] | None = None,
    control: TaskControl | None = None,
    outlets_file: Path | None = None,
) -> ImportPreview:
    """Scan ``folder`` and read every file (with the reviewer's ``encodings`` overrides).

    Rows reach ``control.partial`` as they are read (the dialog shows them at once); the
    returned preview has them classified (duplicates, new versions), refused files last.
    """
    control = control or TaskControl()
    encodings = dict(encodings or {})
    scan = scan_folder(folder, recursive=recursive, follow_links=follow_links)
    rows = plan_files(scan.files, encodings=encodings, control=control, outlets_file=outlets_file)
    refused = refused_rows(scan.skipped)
    control.partial(refused)
    control.report(len(scan.files), len(scan.files), Message(T("core", "Checking for duplicates")))
    return ImportPreview(
        folder,
        recursive,
        collection_id,
        (*classify_against(sessions, rows, collection_id), *refused),
        encodings,
        follow_links,
        outlets_file,
    )


def with_encoding(
    sessions: sessionmaker[Session], preview: ImportPreview, path: Path, encoding: str | None
) -> ImportPreview:
    """The preview with ``path`` read again in ``encoding`` (None: detect); all re-classified."""
    encodings = dict(preview.encodings)
    if encoding:
        encodings[path] = encoding
    else:
        encodings.pop(path, None)
    fresh = plan_files([path], encodings=encodings, outlets_file=preview.outlets_file)
    rows: list[PlanRow] = []
    inserted = False
    for row in preview.rows:
        if row.path == path:
            if not inserted:
                rows.extend(fresh)
                inserted = True
            continue
        rows.append(replace(row, status=RowStatus.NEW) if not row.failed else row)
    return replace(
        preview,
        rows=tuple(classify_against(sessions, rows, preview.collection_id)),
        encodings=encodings,
    )


def retarget(
    sessions: sessionmaker[Session], preview: ImportPreview, collection_id: int | None
) -> ImportPreview:
    """Statuses again, against another target collection (duplicates depend on it)."""
    return replace(
        preview,
        collection_id=collection_id,
        rows=tuple(classify_against(sessions, preview.rows, collection_id)),
    )


def with_outlet(preview: ImportPreview, positions: Sequence[int], name: str) -> ImportPreview:
    """The preview with the rows at ``positions`` given the outlet ``name`` by the reviewer
    ("" makes them unnamed); nothing is read again."""
    name = " ".join(name.split())[:200]
    chosen = set(positions)
    rows = tuple(
        replace(
            row,
            outlet=name or None,
            outlet_origin="reviewer" if name else None,
            outlet_evidence="",
        )
        if index in chosen and not row.failed
        else row
        for index, row in enumerate(preview.rows)
    )
    return replace(preview, rows=rows)


def with_rows(
    sessions: sessionmaker[Session], preview: ImportPreview, rows: Sequence[PlanRow]
) -> ImportPreview:
    """The preview with more rows (fetched web articles), everything classified again."""
    kept = [replace(r, status=RowStatus.NEW) if not r.failed else r for r in preview.rows]
    readable = [r for r in [*kept, *rows] if not r.failed or r.status is RowStatus.ERROR]
    refused = [r for r in kept if r.status is RowStatus.REFUSED]
    classified = classify_against(sessions, readable, preview.collection_id)
    return replace(preview, rows=(*classified, *refused))
