"""The import service: plan rows in, articles out, in one transaction (all or nothing).

Reading and checking happen first (``app.ingest.plan``); this module only writes. Cancelling,
a full disk or a locked database roll everything back: the database is as it was before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseLockedError, TabayunError
from app.ingest.existing import classify_against
from app.ingest.plan import PlanRow, RowStatus, plan_files
from app.ingest.scan import scan_folder
from app.messages import Message, T
from app.review.anchoring import AnchorReport, carry_over
from app.tasks import TaskControl
from app.text.furniture import add_repeated, analyse_text, repeated_keys
from app.text.normalize import key_text
from app.text.words import count_words
from db.models import (
    Article,
    Base,
    Collection,
    FurnitureSpan,
    ImportBatch,
    MarkOrigin,
    Source,
    SourceAlias,
    TextDirection,
)
from db.notify import announce
from db.search_index import index_articles, unindex_articles
from db.session import unit_of_work

WRITE_CHUNK = 500  # rows per INSERT batch; cancellation is checked between chunks
ARTICLES = Base.metadata.tables["articles"]  # Core table: plain executemany, no ORM bookkeeping
STORY_ARTICLES = Base.metadata.tables["story_articles"]


class ImportWriteError(TabayunError):
    """The import could not be written; nothing was imported."""


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    label: str
    # "imported", "duplicate", "near-duplicate" (imported), "updated", "failed", "skipped"
    status: str
    reason: str | Message = ""
    format: str | None = None
    encoding: str | None = None
    article_id: int | None = None


@dataclass(frozen=True)
class ImportReport:
    collection_id: int
    collection_name: str
    outcomes: tuple[FileOutcome, ...] = field(default_factory=tuple)
    # tagged spans on the updated articles: kept in place, moved, orphaned
    anchors: AnchorReport = field(default_factory=AnchorReport)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> int:
        return sum(1 for o in self.outcomes if o.article_id is not None)

    @property
    def failed(self) -> int:
        return self.count("failed")


def list_importable(folder: Path) -> list[Path]:
    """Article files directly in ``folder``, in name order."""
    return scan_folder(folder).files


def _collection(
    session: Session, collection_id: int | None, name: str | None, is_demo: bool
) -> Collection:
    if collection_id is not None:
        found = session.get(Collection, collection_id)
        if found is None:
            template = T("core", "the chosen collection no longer exists; nothing was imported")
            raise ImportWriteError(Message(template))
        return found
    if not name or not name.strip():
        raise ImportWriteError(Message(T("core", "give the new collection a name")))
    found = session.scalar(select(Collection).where(Collection.name == name.strip()))
    if found is None:
        found = Collection(name=name.strip(), is_demo=is_demo)
        session.add(found)
        session.flush()
    return found


def _source_ids(session: Session, rows: Sequence[PlanRow]) -> dict[str, int]:
    """Each outlet name's source, created when new; a name the reviewer merged into another
    outlet (an alias) files the article under that outlet."""
    names = {r.outlet for r in rows if r.outlet}
    if not names:
        return {}
    ids = dict(session.execute(select(Source.name, Source.id).where(Source.name.in_(names))).all())
    ids.update(
        session.execute(
            select(SourceAlias.name, SourceAlias.source_id).where(
                SourceAlias.name.in_(names - ids.keys())
            )
        ).all()
    )
    for name in sorted(names - ids.keys()):
        language = next((r.language for r in rows if r.outlet == name), None)
        source = Source(name=name, language=language)
        session.add(source)
        session.flush()
        ids[name] = source.id
    return ids


def _repeated_lines(
    session: Session, collection_id: int, batch_id: int, new: Sequence[PlanRow]
) -> set[str]:
    """Short lines that recur across the collection (the articles already in it and the new
    ones): site boilerplate. Each new row carries its own short lines, found while reading."""
    others = session.scalars(
        select(Article.text).where(
            Article.collection_id == collection_id,
            Article.import_batch_id != batch_id,
            Article.replaced_by_id.is_(None),
        )
    )
    return repeated_keys(
        [
            *(analyse_text(t).short_keys for t in others),
            *((row.furniture or analyse_text(row.text)).short_keys for row in new),
        ]
    )


def _furniture_values(
    article_id: int, text: str, row: PlanRow, repeated: set[str]
) -> list[dict[str, object]]:
    """Detected furniture spans for one new article: what its text alone shows, with the lines
    it shares with the rest of the collection marked "repeated"."""
    furniture = row.furniture or analyse_text(text)
    spans = (
        add_repeated(text, furniture.spans, repeated)
        if furniture.short_keys & repeated
        else furniture.spans
    )
    return [
        {
            "article_id": article_id,
            "start": span.start,
            "end": span.end,
            "kind": span.kind,
            "origin": MarkOrigin.DETECTED,
            "excluded": True,
        }
        for span in spans
    ]


def _article_values(
    row: PlanRow, text: str, sources: dict[str, int], batch_id: int
) -> dict[str, object]:
    """An article row's columns taken from the file (all but its id, collection and place)."""
    return {
        "source_id": sources.get(row.outlet or ""),
        "import_batch_id": batch_id,
        "title": row.title,
        "text": text,
        "language": row.language or "ar",
        "direction": TextDirection(row.direction or "rtl").value,
        "published_on": row.published_on,
        "outlet_origin": row.outlet_origin if row.outlet else None,
        "outlet_evidence": (row.outlet_evidence or None) if row.outlet else None,
        "date_origin": row.date_origin if row.published_on else None,
        "author": row.author,
        "place": row.place,
        "url": row.url,
        "original_filename": row.label,
        "original_format": row.format,
        "original_encoding": row.encoding,
        "content_hash": row.content_hash,
        "word_count": row.furniture.words if row.furniture else count_words(text),
        "paragraph_directions": list(row.paragraph_directions)
        if row.paragraph_directions
        else None,
    }


def _earlier_versions(
    session: Session, collection_id: int, updates: Sequence[tuple[int, PlanRow]]
) -> dict[int, int]:
    """Update rows whose text is an earlier, replaced version of an article (a reverted edit):
    row position → that version's id, which becomes current again instead of a copy."""
    if not updates:
        return {}
    replaced = dict(
        session.execute(
            select(Article.content_hash, Article.id).where(
                Article.collection_id == collection_id,
                Article.replaced_by_id.is_not(None),
                Article.content_hash.in_([r.content_hash for _, r in updates]),
            )
        ).all()
    )
    return {i: replaced[r.content_hash] for i, r in updates if r.content_hash in replaced}


def _positions(session: Session, updates: Sequence[tuple[int, PlanRow]]) -> dict[int, int]:
    """A new version takes its predecessor's place in the collection."""
    olds = [int(r.duplicate_of or 0) for _, r in updates]
    found = dict(
        session.execute(select(Article.id, Article.position).where(Article.id.in_(olds))).all()
    )
    return {i: found[int(r.duplicate_of or 0)] for i, r in updates if r.duplicate_of in found}


def _replace_versions(
    session: Session,
    updates: Sequence[tuple[int, PlanRow]],
    ids: dict[int, int],
    revived: dict[int, int],
    control: TaskControl,
) -> AnchorReport:
    """Each updated article's new version (just written, or an earlier one made current again)
    takes over its tags, notes and verdict passages; the old one is kept, marked replaced, and
    leaves the search index."""
    report = AnchorReport()
    if revived:
        session.execute(
            update(ARTICLES)
            .where(ARTICLES.c.id.in_(list(revived.values())))
            .values(replaced_by_id=None)
        )
    for i, row in updates:
        control.raise_if_cancelled()
        old, new = int(row.duplicate_of or 0), ids[i]
        report += carry_over(session, old, new, row.text)
        session.execute(update(ARTICLES).where(ARTICLES.c.id == old).values(replaced_by_id=new))
        # the new version stays in the old one's story
        session.execute(
            update(STORY_ARTICLES).where(STORY_ARTICLES.c.article_id == old).values(article_id=new)
        )
    unindex_articles(session, [int(r.duplicate_of or 0) for _, r in updates])
    return report


def _new_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` new articles. SQLite: after the largest (this transaction already holds
    the write lock, so no other writer can take them). A server: from the table's sequence, so
    two editors importing at once never take the same ids."""
    if session.get_bind().dialect.name == "postgresql":
        return list(
            session.scalars(
                text("SELECT nextval(pg_get_serial_sequence('articles', 'id')) "
                     "FROM generate_series(1, :n)"), {"n": count},
            )
        ) if count else []  # fmt: skip
    first = int(session.scalar(select(func.coalesce(func.max(Article.id), 0))) or 0) + 1
    return list(range(first, first + count))


def _outcome(row: PlanRow, article_id: int | None = None) -> FileOutcome:
    status = {
        RowStatus.NEW: "imported",
        RowStatus.NEAR_DUPLICATE: "near-duplicate",
        RowStatus.UPDATE: "updated",
        RowStatus.DUPLICATE: "duplicate",
        RowStatus.ERROR: "failed",
        RowStatus.REFUSED: "refused",
    }[row.status]
    if row.importable and article_id is None:
        status = "skipped"
    return FileOutcome(
        row.path, row.label, status, row.reason, row.format, row.encoding, article_id
    )


def import_rows(
    sessions: sessionmaker[Session],
    rows: Sequence[PlanRow],
    *,
    collection_id: int | None = None,
    collection_name: str | None = None,
    skip: frozenset[int] = frozenset(),
    control: TaskControl | None = None,
    is_demo: bool = False,
    origin: str = "",
) -> ImportReport:
    """Write the importable rows (new and near duplicates, except positions in ``skip``).

    Into the collection ``collection_id``, or the one called ``collection_name`` (created when
    new). Raises Cancelled, ImportWriteError or DatabaseLockedError with the database unchanged.
    """
    control = control or TaskControl()
    chosen = [(i, r) for i, r in enumerate(rows) if r.importable and i not in skip]
    try:
        with unit_of_work(sessions) as session:
            collection = _collection(session, collection_id, collection_name, is_demo)
            batch = ImportBatch(collection_id=collection.id, origin=origin, report={})
            session.add(batch)
            session.flush()
            sources = _source_ids(session, [r for _, r in chosen])
            start = session.scalar(
                select(func.coalesce(func.max(Article.position), -1)).where(
                    Article.collection_id == collection.id
                )
            )
            position = int(start if start is not None else -1) + 1
            # Ids are given here rather than read back: this transaction already holds SQLite's
            # write lock (the batch row), so no other writer can take them, and a plain
            # executemany is much faster than INSERT … RETURNING through the ORM.
            updates = [(i, r) for i, r in chosen if r.status is RowStatus.UPDATE]
            revived = _earlier_versions(session, collection.id, updates)
            new = [(i, r) for i, r in chosen if i not in revived]
            places = _positions(session, updates)
            fresh = _new_ids(session, len(new))
            ids: dict[int, int] = {i: fresh[n] for n, (i, _) in enumerate(new)}
            ids.update(revived)
            repeated = _repeated_lines(session, collection.id, batch.id, [r for _, r in new])
            # In pieces, each text unpacked once for its row, its furniture and its search keys
            # (rows keep their texts packed: 50,000 of them as text took 700 MB).
            for offset in range(0, len(new), WRITE_CHUNK):
                control.raise_if_cancelled()
                control.report(offset, len(chosen), Message(T("core", "Saving articles")))
                chunk = [(i, row, row.text) for i, row in new[offset : offset + WRITE_CHUNK]]
                values = [
                    {
                        "id": ids[i],
                        "collection_id": collection.id,
                        "position": places.get(i, position + offset + n),
                        **_article_values(row, text, sources, batch.id),
                    }
                    for n, (i, row, text) in enumerate(chunk)
                ]
                session.execute(insert(ARTICLES), values)
                marks = [
                    mark
                    for i, row, text in chunk
                    for mark in _furniture_values(ids[i], text, row, repeated)
                ]
                if marks:
                    session.execute(insert(FurnitureSpan), marks)
                index_articles(session, [(ids[i], key_text(text)) for i, _row, text in chunk])
            control.report(
                len(new), len(chosen), Message(T("core", "Moving tags onto new versions"))
            )
            anchors = _replace_versions(session, updates, ids, revived, control)
            control.raise_if_cancelled()
            index_articles(  # earlier versions made current again
                session, [(ids[i], key_text(row.text)) for i, row in chosen if i in revived]
            )
            outcomes = tuple(_outcome(row, ids.get(i)) for i, row in enumerate(rows))
            batch.report = {
                "files": [
                    {
                        "file": str(o.path),
                        "label": o.label,
                        "status": o.status,
                        "reason": str(o.reason),
                    }
                    for o in outcomes
                ]
            }
            announce(session, "import", f"{len(new)} articles into {collection.name}")
            control.report(len(chosen), len(chosen), Message(T("core", "Done")))
            return ImportReport(collection.id, collection.name, outcomes, anchors)
    except OperationalError as exc:
        from app.server import connection_lost

        lost = connection_lost(exc)
        if lost is not None:  # the server undid the whole import
            raise ImportWriteError(lost.template, detail=str(exc.orig)) from exc
        message = str(exc.orig).lower()
        if "full" in message:
            template = T(
                "core",
                "The disk is full, so nothing was imported; the database is as it was. "
                "Free some space and import again.",
            )
            raise ImportWriteError(Message(template), detail=str(exc.orig)) from exc
        if "locked" in message or "busy" in message:
            template = T(
                "core",
                "The database is locked by another program (perhaps another Tabayun), so "
                "nothing was imported. Close it and try again.",
            )
            raise DatabaseLockedError(Message(template)) from exc
        raise


def import_paths(
    sessions: sessionmaker[Session],
    files: Sequence[Path],
    collection_name: str,
    *,
    control: TaskControl | None = None,
    is_demo: bool = False,
    origin: str = "",
    outlets_file: Path | None = None,
) -> ImportReport:
    """Plan, classify and import ``files`` into the named collection in one go."""
    with sessions() as session:
        collection_id = session.scalar(
            select(Collection.id).where(Collection.name == collection_name)
        )
    rows = plan_files(files, control=control, outlets_file=outlets_file)
    rows = classify_against(sessions, rows, collection_id)
    return import_rows(
        sessions,
        rows,
        collection_id=collection_id,
        collection_name=collection_name,
        control=control,
        is_demo=is_demo,
        origin=origin,
    )
