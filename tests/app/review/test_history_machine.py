"""A hypothesis state machine over tagging, notes and verdicts with undo and redo.

Each step runs on a real SQLite database. Every change, undo and redo must leave the review
tables exactly as they were at that point of the timeline: undo returns to the state before
the change, redo to the state after it, and a new change drops what was undone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import text

from app.paths import resolve_paths
from app.review.annotations import (
    AnnotationError,
    delete_annotation,
    tag_article,
    tag_span,
    untag,
)
from app.review.history import History
from app.review.notes import add_note, delete_note, edit_note
from app.review.records import Passage
from app.review.verdicts import clear_verdict, set_verdict
from app.workspace import Workspace, open_workspace

REVIEW_TABLES = (
    "annotations",
    "annotation_tags",
    "notes",
    "verdicts",
    "passage_groups",
    "passage_refs",
    "tags",
)
_TEMPLATE: Path | None = None


def _template() -> Path:
    """One data folder with the demo imported, copied for every example (fast, and each
    example starts from the same database)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        folder = Path(tempfile.mkdtemp(prefix="tabayun-machine-")) / "data"
        open_workspace(resolve_paths(folder)).close()
        _TEMPLATE = folder
    return _TEMPLATE


def _snapshot(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    with workspace.engine.connect() as connection:
        return {
            table: sorted(
                (tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}"))),
                key=repr,
            )
            for table in REVIEW_TABLES
        }


class ReviewHistoryMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="tabayun-example-")) / "data"
        shutil.copytree(_template(), self.folder)
        self.workspace = open_workspace(resolve_paths(self.folder))
        self.history = History(self.workspace.sessions, reviewer="Hypothesis")
        with self.workspace.engine.connect() as connection:
            self.articles = [
                (int(i), str(t))
                for i, t in connection.execute(text("SELECT id, text FROM articles ORDER BY id"))
            ]
            self.collection = int(
                connection.execute(text("SELECT id FROM collections")).scalar_one()
            )
            self.tags = [int(i) for (i,) in connection.execute(text("SELECT id FROM tags"))]
        self.timeline = [_snapshot(self.workspace)]
        self.position = 0
        self._done = 0  # changes on the undo stack

    def teardown(self) -> None:
        if hasattr(self, "workspace"):
            self.workspace.close()
            shutil.rmtree(self.folder.parent, ignore_errors=True)

    # ------------------------------------------------------------------ helpers
    def _did(self) -> None:
        """A change was asked for. If it changed something (it is on the undo stack), the
        timeline forgets what was undone and gains this state; a request that changed nothing
        (the same tag on the same span again) is no change: nothing to undo, nothing moved."""
        if len(self.history.done) == self._done:
            assert _snapshot(self.workspace) == self.timeline[self.position]
            return
        del self.timeline[self.position + 1 :]
        self.timeline.append(_snapshot(self.workspace))
        self.position += 1
        self._done = len(self.history.done)

    def _ids(self, table: str) -> list[int]:
        with self.workspace.engine.connect() as connection:
            return [int(i) for (i,) in connection.execute(text(f"SELECT id FROM {table}"))]

    # ------------------------------------------------------------------ changes
    @rule(data=st.data())
    def tag_a_span(self, data: st.DataObject) -> None:
        article, body = self.articles[data.draw(st.integers(0, len(self.articles) - 1))]
        start = data.draw(st.integers(0, len(body) - 2))
        end = data.draw(st.integers(start + 1, min(len(body), start + 80)))
        tag = self.tags[data.draw(st.integers(0, len(self.tags) - 1))]
        try:
            tag_span(self.history, article, start, end, tag)
        except AnnotationError:
            assert not body[start:end].strip()  # refused: only spaces; nothing was written
            return
        self._did()

    @rule(data=st.data())
    def tag_an_article(self, data: st.DataObject) -> None:
        article, _ = self.articles[data.draw(st.integers(0, len(self.articles) - 1))]
        tag_article(self.history, article, self.tags[data.draw(st.integers(0, len(self.tags) - 1))])
        self._did()

    @precondition(lambda self: bool(self._ids("annotations")))
    @rule(data=st.data())
    def untag_or_delete(self, data: st.DataObject) -> None:
        annotation = data.draw(st.sampled_from(self._ids("annotations")))
        with self.workspace.engine.connect() as connection:
            tags = [
                int(t)
                for (t,) in connection.execute(
                    text("SELECT tag_id FROM annotation_tags WHERE annotation_id = :a"),
                    {"a": annotation},
                )
            ]
        if tags and data.draw(st.booleans()):
            untag(self.history, annotation, data.draw(st.sampled_from(tags)))
        else:
            delete_annotation(self.history, annotation)
        self._did()

    @rule(data=st.data(), body=st.text(min_size=1, max_size=30).filter(str.strip))
    def write_a_note(self, data: st.DataObject, body: str) -> None:
        article, _ = self.articles[data.draw(st.integers(0, len(self.articles) - 1))]
        if data.draw(st.booleans()):
            add_note(self.history, "article", article, body)
        else:
            add_note(self.history, "collection", self.collection, body)
        self._did()

    @precondition(lambda self: bool(self._ids("notes")))
    @rule(data=st.data(), body=st.text(min_size=1, max_size=30).filter(str.strip))
    def edit_or_delete_a_note(self, data: st.DataObject, body: str) -> None:
        note = data.draw(st.sampled_from(self._ids("notes")))
        if data.draw(st.booleans()):
            edit_note(self.history, note, body)
        else:
            delete_note(self.history, note)
        self._did()

    @rule(
        data=st.data(),
        value=st.sampled_from(["agree", "differ", "contradict", "unclear"]),
        comment=st.text(max_size=20),
    )
    def judge_a_passage(self, data: st.DataObject, value: str, comment: str) -> None:
        # a few fixed passages, so that verdicts meet the same group again
        first, second = self.articles[0][0], self.articles[1][0]
        passages = data.draw(
            st.sampled_from(
                [[Passage(first, 0, 30), Passage(second, 0, 30)], [Passage(first, 40, 90)]]
            )
        )
        set_verdict(self.history, self.collection, passages, value, comment)
        self._did()

    @precondition(lambda self: bool(self._ids("verdicts")))
    @rule(data=st.data())
    def clear_a_verdict(self, data: st.DataObject) -> None:
        clear_verdict(self.history, data.draw(st.sampled_from(self._ids("verdicts"))))
        self._did()

    # ------------------------------------------------------------------ undo and redo
    @precondition(lambda self: self.position > 0)
    @rule()
    def undo(self) -> None:
        assert self.history.can_undo()
        self.history.undo()
        self.position -= 1
        self._done = len(self.history.done)

    @precondition(lambda self: self.position < len(self.timeline) - 1)
    @rule()
    def redo(self) -> None:
        assert self.history.can_redo()
        self.history.redo()
        self.position += 1
        self._done = len(self.history.done)

    @invariant()
    def the_database_is_where_the_timeline_says(self) -> None:
        if not hasattr(self, "workspace"):
            return
        assert _snapshot(self.workspace) == self.timeline[self.position]
        assert self.history.can_undo() == (self.position > 0)
        assert self.history.can_redo() == (self.position < len(self.timeline) - 1)


ReviewHistoryMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("TABAYUN_MACHINE_EXAMPLES", "25")),
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_review_history = ReviewHistoryMachine.TestCase
