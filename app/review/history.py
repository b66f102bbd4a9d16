"""One mechanism for every review change: row snapshots, the change log, undo and redo.

A change is a list of rows as they were before and after it. It is made inside one transaction
by a ``Recorder`` (each insert, update and delete snapshots its row), written to the append-only
change log with the reviewer and the time, and kept on the ``History``. Undo writes the "before"
rows back, redo the "after" rows, each in one transaction of its own, and each is logged too.

Undo refuses (``UndoConflictError``) when a row is no longer as the change left it (another window
or process changed it since): it never overwrites work it does not know about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import CursorResult, Table, and_, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from db.models import Base, ChangeLogEntry, Reviewer
from db.models import utc_now as now
from db.notify import announce

Row = dict[str, Any]


class UndoConflictError(TabayunError):
    """The change cannot be undone or redone: what it touched was changed since."""


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Row  # primary-key columns and values
    before: Row | None  # None: the row did not exist before (an insert)
    after: Row | None  # None: the row does not exist after (a delete)


@dataclass(frozen=True)
class Change:
    action: str  # e.g. "annotation.create"
    label: str | Message  # for people: "Tag «…» as Claim" (translated by the window)
    rows: tuple[RowChange, ...]
    reviewer: str
    at: dt.datetime


def _table(name: str) -> Table:
    table = Base.metadata.tables[name]
    assert isinstance(table, Table)
    return table


def table_of(model: type[Base]) -> Table:
    """A mapped class's table, typed as a Table (what the recorder writes to)."""
    return _table(model.__tablename__)


def _where(table: Table, key: Row) -> Any:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _snapshot(session: Session, table: Table, key: Row) -> Row | None:
    row = session.execute(select(table).where(_where(table, key))).mappings().first()
    return dict(row) if row is not None else None


def reviewer_id(session: Session, name: str) -> int | None:
    """The reviewer's row id, created on first use; None for an empty name."""
    name = name.strip()
    if not name:
        return None
    found = session.scalar(select(Reviewer.id).where(Reviewer.name == name))
    if found is not None:
        return found
    reviewer = Reviewer(name=name)
    session.add(reviewer)
    session.flush()
    return reviewer.id


class Recorder:
    """Writes rows within one transaction and remembers each one's before and after."""

    def __init__(self, session: Session, reviewer: int | None, label: str | Message = "") -> None:
        self.session = session
        self.label = label  # for people; the action may refine it once it knows names
        self.reviewer = reviewer
        self.rows: list[RowChange] = []
        self.result: Any = None

    def insert(self, table: Table, values: Row) -> Row:
        """Insert a row; returns its primary key."""
        outcome: CursorResult[Any] = self.session.execute(  # type: ignore[assignment]
            insert(table).values(**values)
        )
        names = [c.name for c in table.primary_key]
        key = dict(zip(names, outcome.inserted_primary_key or (), strict=True))
        self.rows.append(RowChange(table.name, key, None, _snapshot(self.session, table, key)))
        return key

    def update(self, table: Table, key: Row, values: Row) -> None:
        before = _snapshot(self.session, table, key)
        if before is None:
            raise LookupError(f"{table.name} {key} does not exist")
        if all(before.get(name) == value for name, value in values.items()):
            return  # nothing changes: nothing to undo
        self.session.execute(table.update().where(_where(table, key)).values(**values))
        self.rows.append(RowChange(table.name, key, before, _snapshot(self.session, table, key)))

    def delete(self, table: Table, key: Row) -> None:
        """Delete one row. Rows that depend on it must be deleted first, so they are recorded
        (a cascade in the database would take them without a trace)."""
        before = _snapshot(self.session, table, key)
        if before is None:
            return
        self.session.execute(table.delete().where(_where(table, key)))
        self.rows.append(RowChange(table.name, key, before, None))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _log(
    session: Session, reviewer: int | None, action: str, label: str | Message, rows: Any
) -> None:
    first = rows[0] if rows else None
    session.add(
        ChangeLogEntry(
            reviewer_id=reviewer,
            action=action,
            entity=first.table if first else "",
            entity_id=next(iter(first.key.values()), None) if first else None,
            payload=_jsonable(
                {"label": str(label), "rows": [r.__dict__ for r in rows]}  # English in the log
            ),
        )
    )


def _write_rows(session: Session, rows: tuple[RowChange, ...], backwards: bool) -> None:
    """Put every row as it was (backwards) or as the change left it, checking first that each
    row is as the other side of the change says."""
    ordered = reversed(rows) if backwards else rows
    for row in ordered:
        table = _table(row.table)
        expected, wanted = (row.after, row.before) if backwards else (row.before, row.after)
        current = _snapshot(session, table, row.key)
        if current != expected:
            raise UndoConflictError(
                Message(
                    T(
                        "core",
                        "This change cannot be taken back: what it changed was changed again "
                        "since (perhaps in another window). Nothing was changed.",
                    )
                )
            )
        if wanted is None:
            session.execute(table.delete().where(_where(table, row.key)))
        elif current is None:
            session.execute(insert(table).values(**wanted))
        else:
            session.execute(table.update().where(_where(table, row.key)).values(**wanted))


@dataclass
class History:
    """The changes made in this session of the program, with undo and redo."""

    sessions: sessionmaker[Session]
    reviewer: str = ""
    limit: int = 500
    done: list[Change] = field(default_factory=list)
    undone: list[Change] = field(default_factory=list)

    @contextmanager
    def change(self, action: str, label: str | Message) -> Iterator[Recorder]:
        """One transaction whose rows become one undoable change (none if nothing changed)."""
        with self.sessions() as session, session.begin():
            recorder = Recorder(session, reviewer_id(session, self.reviewer), label)
            yield recorder
            if recorder.rows:
                _log(session, recorder.reviewer, action, recorder.label, recorder.rows)
                announce(session, action, str(recorder.label), self.reviewer)
        if recorder.rows:
            rows = tuple(recorder.rows)
            self.done.append(Change(action, recorder.label, rows, self.reviewer, now()))
            del self.done[: -self.limit]
            self.undone.clear()

    def can_undo(self) -> bool:
        return bool(self.done)

    def can_redo(self) -> bool:
        return bool(self.undone)

    def undo(self) -> Change | None:
        """Take back the last change; returns it (None when there is nothing to undo)."""
        return self._replay(self.done, self.undone, backwards=True)

    def redo(self) -> Change | None:
        """Make the last undone change again; returns it (None when there is none)."""
        return self._replay(self.undone, self.done, backwards=False)

    def _replay(self, source: list[Change], target: list[Change], backwards: bool) -> Change | None:
        """Write the last change of ``source`` back (or again) and move it to ``target``; the
        stacks change only once the transaction has committed."""
        if not source:
            return None
        change = source[-1]
        with self.sessions() as session, session.begin():
            _write_rows(session, change.rows, backwards)
            who = reviewer_id(session, self.reviewer)
            verb = "undo" if backwards else "redo"
            _log(session, who, f"{verb}:{change.action}", change.label, change.rows)
            announce(session, f"{verb}:{change.action}", str(change.label), self.reviewer)
        target.append(source.pop())
        return change
