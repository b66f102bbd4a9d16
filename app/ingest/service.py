"""The import service: files in, articles out, in one transaction (all or nothing).

The import issue extends the readers (HTML, DOCX, JSON, legacy encodings) and the metadata;
the shape stays: read and check every file first, then write everything at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.ingest.metadata import extract_metadata
from app.ingest.reader import DecodedFile, ReadError, read_text_file
from app.tasks import TaskControl
from app.text.words import count_words
from db.models import Article, Collection, ImportBatch, Source, TextDirection
from db.session import unit_of_work

TEXT_SUFFIXES = frozenset({".txt", ".md"})


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: str  # "imported", "duplicate", "failed"
    reason: str = ""
    article_id: int | None = None


@dataclass(frozen=True)
class ImportReport:
    collection_id: int
    collection_name: str
    outcomes: tuple[FileOutcome, ...] = field(default_factory=tuple)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> int:
        return self.count("imported")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def list_importable(folder: Path) -> list[Path]:
    """Article files directly in ``folder``, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)


def _read_all(
    files: Sequence[Path], control: TaskControl
) -> tuple[list[DecodedFile], list[FileOutcome]]:
    decoded: list[DecodedFile] = []
    failed: list[FileOutcome] = []
    for index, path in enumerate(files):
        control.raise_if_cancelled()
        control.report(index, len(files), f"Reading {path.name}")
        try:
            decoded.append(read_text_file(path))
        except ReadError as exc:
            failed.append(FileOutcome(path, "failed", str(exc)))
    return decoded, failed


def _get_or_create_collection(session: Session, name: str, *, is_demo: bool) -> Collection:
    collection = session.scalar(select(Collection).where(Collection.name == name))
    if collection is None:
        collection = Collection(name=name, is_demo=is_demo)
        session.add(collection)
        session.flush()
    return collection


def _get_or_create_source(session: Session, name: str | None, language: str) -> Source | None:
    if not name:
        return None
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        source = Source(name=name, language=language)
        session.add(source)
        session.flush()
    return source


def import_files(
    sessions: sessionmaker[Session],
    files: Sequence[Path],
    collection_name: str,
    *,
    control: TaskControl | None = None,
    is_demo: bool = False,
    origin: str = "",
) -> ImportReport:
    """Import ``files`` into the collection called ``collection_name`` (created if needed).

    Files that cannot be read are reported as failed with a reason; files whose text is already
    in the collection are reported as duplicates. Cancelling (through ``control``) before the
    write leaves the database untouched; the write itself is one transaction.
    """
    control = control or TaskControl()
    decoded, outcomes = _read_all(files, control)
    control.raise_if_cancelled()
    control.report(len(files), len(files), "Saving")
    with unit_of_work(sessions) as session:
        collection = _get_or_create_collection(session, collection_name, is_demo=is_demo)
        batch = ImportBatch(
            collection_id=collection.id, origin=origin or ", ".join(map(str, files))
        )
        session.add(batch)
        session.flush()
        seen = set(
            session.scalars(
                select(Article.content_hash).where(Article.collection_id == collection.id)
            )
        )
        position = session.scalar(
            select(func.coalesce(func.max(Article.position), -1)).where(
                Article.collection_id == collection.id
            )
        )
        next_position = int(position if position is not None else -1) + 1
        for item in decoded:
            digest = content_hash(item.text)
            if digest in seen:
                outcomes.append(
                    FileOutcome(item.path, "duplicate", "the same text is already here")
                )
                continue
            seen.add(digest)
            meta = extract_metadata(item.text)
            article = Article(
                collection_id=collection.id,
                source=_get_or_create_source(session, meta.outlet, meta.language),
                import_batch_id=batch.id,
                position=next_position,
                title=meta.title,
                text=item.text,
                language=meta.language,
                direction=TextDirection(meta.direction),
                published_on=meta.published_on,
                original_filename=item.path.name,
                original_format=item.format,
                original_encoding=item.encoding,
                content_hash=digest,
                word_count=count_words(item.text),
            )
            session.add(article)
            session.flush()
            next_position += 1
            outcomes.append(FileOutcome(item.path, "imported", article_id=article.id))
        outcomes.sort(key=lambda o: str(o.path))
        batch.report = {
            "files": [
                {"file": str(o.path), "status": o.status, "reason": o.reason} for o in outcomes
            ]
        }
        return ImportReport(collection.id, collection.name, tuple(outcomes))
