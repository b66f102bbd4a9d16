"""The import preview: every file read and classified before anything is written.

A plan is a list of rows, one per article found (a .jsonl file gives several), each with its
format, encoding, metadata and status: new, duplicate, near duplicate, a new version of an
article already imported from a file of the same name (its tags and notes follow the text), or
error with a reason.
The reviewer may override a file's encoding; ``plan_files`` is then run again for that file and
``classify`` for the whole list, which is cheap.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import logging
import multiprocessing
import os
import time
import zlib
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from pathlib import Path

from app.ingest.describe import describe
from app.ingest.drafts import ArticleDraft
from app.ingest.near_dupes import NearDuplicateIndex
from app.ingest.reader import DEFAULT_MAX_BYTES, ReadError, read_file
from app.ingest.scan import display_name
from app.ingest.sidecars import SidecarError, read_folder_csv, read_sidecar
from app.messages import Message, T
from app.tasks import Cancelled, TaskControl, end_with_parent, running
from app.text.furniture import TextFurniture

# Formats that say how their text is encoded (zip-based XML, PDF): no encoding to choose.
SELF_DECODING = frozenset(
    {None, "docx", "odt", "pdf", "web", "feed", "url", "webloc", "rss", "atom"}
)
log = logging.getLogger(__name__)
PARTIAL_INTERVAL = 0.25  # seconds between two batches of rows shown while reading
PARALLEL_FROM = 400  # files; below this, starting worker processes costs more than it saves
CHUNK = 250
MAX_WORKERS = 4


class RowStatus(enum.StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near-duplicate"
    UPDATE = "update"  # the same file name as an article in the collection, its text changed
    ERROR = "error"
    REFUSED = "refused"  # not read: a type Tabayun does not read, a link out of the folder


@dataclass(frozen=True, slots=True)
class PlanRow:
    path: Path
    record: int | None
    status: RowStatus
    reason: str | Message = ""  # why it failed, or what it duplicates
    format: str | None = None
    encoding: str | None = None
    encoding_confident: bool = True
    # The text, compressed while it waits to be written (zlib, a third of its size): 50,000
    # rows took 700 MB as text; ``text`` gives it back.
    body: bytes = b""
    digest: str = ""  # SHA-256 of the text (hex), made once with the body
    title: str = ""
    outlet: str | None = None
    outlet_origin: str | None = None  # OutletOrigin: where the outlet's name came from
    outlet_evidence: str = ""  # the line, address or field that named it
    published_on: dt.date | None = None
    date_origin: str | None = None  # sidecar, file, date-line, dateline, text
    author: str | None = None
    place: str | None = None  # the dateline's place
    url: str | None = None
    language: str = ""
    direction: str = ""
    paragraph_directions: tuple[str, ...] | None = None
    # Worked out while reading (in the worker processes for large imports), used when writing:
    furniture: TextFurniture | None = None
    problem_offset: int | None = None  # byte offset of an encoding problem
    duplicate_of: int | None = None  # id of the existing article it duplicates (or updates)
    name: str | None = None  # instead of the file name: a web address, a feed item

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        name = display_name(self.path.name) if self.path.name else str(self.path)
        return name if self.record is None else f"{name} #{self.record + 1}"

    @property
    def encoding_choice(self) -> bool:
        """The reviewer may choose how this file's bytes are decoded (a text format)."""
        return self.status is not RowStatus.REFUSED and self.format not in SELF_DECODING

    @property
    def failed(self) -> bool:
        """Not read: an error, or left out on purpose (REFUSED)."""
        return self.status in (RowStatus.ERROR, RowStatus.REFUSED)

    @property
    def importable(self) -> bool:
        return self.status in (RowStatus.NEW, RowStatus.NEAR_DUPLICATE, RowStatus.UPDATE)

    @property
    def text(self) -> str:
        return zlib.decompress(self.body).decode("utf-8") if self.body else ""

    @property
    def content_hash(self) -> str:
        if self.digest:
            return self.digest
        return hashlib.sha256(zlib.decompress(self.body) if self.body else b"").hexdigest()


def pack(text: str) -> bytes:
    """``text`` as a PlanRow keeps it (UTF-8, compressed fast)."""
    return zlib.compress(text.encode("utf-8"), 1)


def _row_from_draft(
    draft: ArticleDraft, extra: Mapping[str, str], outlets_file: Path | None = None
) -> PlanRow:
    """A row with everything ``describe`` finds (metadata precedence is explained there)."""
    found = describe(draft, extra, outlets_file)
    return PlanRow(
        path=draft.source,
        record=draft.record,
        status=RowStatus.NEW,
        format=draft.format,
        encoding=draft.encoding,
        encoding_confident=draft.encoding_confident,
        body=pack(draft.text),
        digest=hashlib.sha256(draft.text.encode("utf-8")).hexdigest(),
        title=found.title,
        outlet=found.outlet.name if found.outlet else None,
        outlet_origin=str(found.outlet.origin) if found.outlet else None,
        outlet_evidence=found.outlet.evidence if found.outlet else "",
        published_on=found.published_on,
        date_origin=found.date_origin,
        author=found.author,
        place=found.place,
        url=extra.get("url") or draft.url,
        language=found.language,
        direction=found.direction,
        paragraph_directions=draft.paragraph_directions,
        name=draft.name,
        furniture=replace(found.furniture, meta=()),  # its values are in the row's fields
    )


def plan_files(
    files: Sequence[Path],
    *,
    encodings: Mapping[Path, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    control: TaskControl | None = None,
    workers: int | None = None,
    outlets_file: Path | None = None,
) -> list[PlanRow]:
    """Read every file (cancellable between files); classification comes after (``classify``).

    ``outlets_file`` is the reviewer's own outlet table (in the data folder), if any.

    Large imports are read by a pool of processes, one per core (reading and metadata are pure
    Python work that threads cannot share out); the rows come back in file order.
    """
    control = control or TaskControl()
    settings = _ReadSettings(dict(encodings or {}), max_bytes, outlets_file)
    if workers is None:
        workers = min(MAX_WORKERS, os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 1
    if workers <= 1:
        return _plan_serial(files, settings, control)
    return _plan_parallel(files, settings, control, workers)


@dataclass(frozen=True)
class _ReadSettings:
    encodings: dict[Path, str]  # the reviewer's choices, per file
    max_bytes: int
    outlets_file: Path | None

    def for_chunk(self, files: Sequence[Path]) -> _ReadSettings:
        chosen = {p: self.encodings[p] for p in files if p in self.encodings}
        return _ReadSettings(chosen, self.max_bytes, self.outlets_file)


def _plan_chunk(files: list[Path], settings: _ReadSettings) -> list[PlanRow]:
    return _plan_serial(files, settings, TaskControl())


def _plan_parallel(
    files: Sequence[Path], settings: _ReadSettings, control: TaskControl, workers: int
) -> list[PlanRow]:
    chunks = [list(files[i : i + CHUNK]) for i in range(0, len(files), CHUNK)]
    # "spawn": forking a process that runs Qt threads is unsafe; a fresh interpreter is not.
    context = multiprocessing.get_context("spawn")
    rows: list[PlanRow] = []
    with ProcessPoolExecutor(workers, mp_context=context, initializer=end_with_parent) as pool:
        futures = [pool.submit(_plan_chunk, chunk, settings.for_chunk(chunk)) for chunk in chunks]
        try:
            for chunk, future in zip(chunks, futures, strict=True):
                while True:
                    control.raise_if_cancelled()
                    try:
                        done = future.result(timeout=0.1)
                        rows.extend(done)
                        control.partial(done)
                        break
                    except FutureTimeout:
                        continue
                control.report(
                    len(rows),
                    len(files),
                    Message(T("core", "Reading {file}"), file=display_name(chunk[-1].name)),
                )
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return rows


def _plan_serial(
    files: Sequence[Path], settings: _ReadSettings, control: TaskControl
) -> list[PlanRow]:
    with running(control):
        folder_tables: dict[Path, dict[str, dict[str, str]]] = {}
        rows: list[PlanRow] = []
        sent, last_sent = 0, time.monotonic()
        for index, path in enumerate(files):
            control.raise_if_cancelled()
            control.report(
                index,
                len(files),
                Message(T("core", "Reading {file}"), file=display_name(path.name)),
            )
            if time.monotonic() - last_sent >= PARTIAL_INTERVAL and len(rows) > sent:
                control.partial(rows[sent:])
                sent, last_sent = len(rows), time.monotonic()
            rows.extend(_read_one(path, settings, folder_tables))
        if len(rows) > sent:
            control.partial(rows[sent:])
        return rows


def _rows_of(
    path: Path, drafts: Sequence[ArticleDraft], extra: Mapping[str, str], outlets: Path | None
) -> list[PlanRow]:
    """A row per draft; a part of the file that could not be read (a feed item) is an error
    row with its reason."""
    return [
        _row_from_draft(draft, extra, outlets)
        if draft.problem is None
        else PlanRow(
            path,
            draft.record,
            RowStatus.ERROR,
            draft.problem,  # type: ignore[arg-type]
            format=draft.format,
            name=draft.name,
        )
        for draft in drafts
        if draft.text.strip() or draft.problem is not None
    ]


def _read_one(
    path: Path, settings: _ReadSettings, folder_tables: dict[Path, dict[str, dict[str, str]]]
) -> list[PlanRow]:
    """The rows of one file: its articles, or one error row that says why."""
    suffix = path.suffix.lstrip(".").lower() or None
    try:
        if path.parent not in folder_tables:
            folder_tables[path.parent] = read_folder_csv(path.parent)
        extra = {**folder_tables[path.parent].get(path.name, {}), **read_sidecar(path)}
        drafts = read_file(
            path, encoding=settings.encodings.get(path), max_bytes=settings.max_bytes
        )
        return _rows_of(path, drafts, extra, settings.outlets_file)
    except ReadError as exc:
        offset = exc.problem.offset if exc.problem else None
        return [
            PlanRow(path, None, RowStatus.ERROR, exc.message, problem_offset=offset, format=suffix)
        ]
    except SidecarError as exc:
        return [PlanRow(path, None, RowStatus.ERROR, str(exc), format=suffix)]
    except (Cancelled, KeyboardInterrupt):
        raise
    except (RecursionError, MemoryError, Exception) as exc:
        log.warning("describing %s failed", path, exc_info=True)
        template = T("core", "the file could not be read ({why})")
        reason = Message(template, why=f"{type(exc).__name__}: {exc}")
        return [PlanRow(path, None, RowStatus.ERROR, reason, format=suffix)]


def plan_addresses(
    addresses: Sequence[str],
    *,
    control: TaskControl | None = None,
    outlets_file: Path | None = None,
) -> list[PlanRow]:
    """Fetch every web address (a page, or a feed's items) and read what it holds; a failure
    is a row that says why. Cancel takes effect inside a download."""
    from app.ingest.formats.links import articles_at
    from app.ingest.formats.problems import FileProblem

    control = control or TaskControl()
    rows: list[PlanRow] = []
    with running(control):
        for index, address in enumerate(addresses):
            control.raise_if_cancelled()
            control.report(
                index, len(addresses), Message(T("core", "Fetching {address}"), address=address)
            )
            source = Path(address_file_name(address))
            try:
                drafts = articles_at(address, source=source, name=address)
                found = _rows_of(source, drafts, {}, outlets_file)
            except FileProblem as exc:
                found = [PlanRow(source, None, RowStatus.ERROR, exc.message, "web", name=address)]
            rows.extend(found)
            control.partial(found)
    return rows


def address_file_name(address: str) -> str:
    """A file-like name for a web address (kept as the article's original file name)."""
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    tail = parts.path.rstrip("/").rpartition("/")[2] or "index"
    return f"{parts.netloc}-{tail}"[:200]


def classify(
    rows: Sequence[PlanRow],
    existing: Mapping[int, str],
    names: Mapping[str, int] | None = None,
) -> list[PlanRow]:
    """Mark duplicates (same text) and near duplicates, against the collection and each other,
    and updates: a file named as one an existing article came from (``names``: original file
    name to article id), with changed text."""
    names = dict(names or {})
    by_hash: dict[str, int] = {}  # content hash → the first row with it
    existing_by_hash = {
        hashlib.sha256(text.encode("utf-8")).hexdigest(): article_id
        for article_id, text in existing.items()
    }
    index = NearDuplicateIndex(loader=lambda key: rows[key[1]].text)
    for article_id, text in existing.items():
        index.add_text(("article", article_id), text)
    result = []
    for position, row in enumerate(rows):
        if row.failed:
            result.append(row)
            continue
        digest = row.content_hash
        if digest in existing_by_hash:
            result.append(
                replace(
                    row,
                    status=RowStatus.DUPLICATE,
                    duplicate_of=existing_by_hash[digest],
                    reason=Message(T("core", "the same text is already in the collection")),
                )
            )
            continue
        if digest in by_hash:
            result.append(
                replace(
                    row,
                    status=RowStatus.DUPLICATE,
                    reason=Message(
                        T("core", "the same text as {file}"), file=rows[by_hash[digest]].label
                    ),
                )
            )
            continue
        by_hash[digest] = position  # its label is looked up only when needed: memory
        if row.label in names:
            result.append(
                replace(
                    row,
                    status=RowStatus.UPDATE,
                    duplicate_of=names.pop(row.label),  # one update per article
                    reason=Message(
                        T("core", "a new version of an article in the collection; its tags follow")
                    ),
                )
            )
            continue
        match, score, _items, values = index.match(row.text)
        index.add(("row", position), None, values)  # its text is read from ``rows`` if needed
        if match is None:
            fresh = row.status is RowStatus.NEW and not row.reason and row.duplicate_of is None
            result.append(
                row if fresh else replace(row, status=RowStatus.NEW, reason="", duplicate_of=None)
            )
        else:
            kind, ident = match
            what = (
                Message(T("core", "an article already in the collection"))
                if kind == "article"
                else rows[ident].label
            )
            result.append(
                replace(
                    row,
                    status=RowStatus.NEAR_DUPLICATE,
                    duplicate_of=ident if kind == "article" else None,
                    reason=Message(
                        T("core", "{share} the same as {what}"), share=f"{score:.0%}", what=what
                    ),
                )
            )
    return result
