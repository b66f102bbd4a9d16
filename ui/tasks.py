"""The one task runner: runs ``app`` functions off the GUI thread with progress and cancel.

A task is a callable taking a ``TaskControl``. Its result, error or cancellation comes back to the
GUI thread through the handle's signals. Progress is throttled to keep the event loop light.
Tasks that write to the database go to a one-thread pool: one writer at a time.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.tasks import Cancelled, TaskControl

log = logging.getLogger(__name__)
PROGRESS_INTERVAL_S = 0.05


def error_text(error: object) -> str:
    """What to tell the user about a task's error, in the interface's language: a
    TabayunError's message translated (its fields filled in, isolated), a shared server's
    refusal of a change the reviewer's role does not allow in words, else the text."""
    if isinstance(error, BaseException) and type(error).__module__.startswith("sqlalchemy"):
        from app.server import connection_lost, not_allowed

        refused = not_allowed(error) or connection_lost(error)
        if refused is not None:
            error = refused
    template = getattr(error, "template", None)
    if template is not None:
        from ui.translations import translate_message

        return translate_message(template)
    return getattr(error, "message", None) or str(error)


class TaskHandle(QObject):
    """What the GUI holds of a running task."""

    sig_progress = Signal(int, int, object)  # done, total, message (str or a core Message)
    sig_partial = Signal(object)  # part of the result, before the end (rows of a preview)
    sig_finished = Signal(object)  # the task's result
    sig_failed = Signal(object)  # the exception
    sig_cancelled = Signal()
    sig_done = Signal()  # after any of the three above

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.control = TaskControl(
            on_progress=self._throttled_progress, on_partial=self.sig_partial.emit
        )
        self._last_progress = 0.0
        self._last_stage: object = None

    def cancel(self) -> None:
        self.control.cancel()

    def _throttled_progress(self, done: int, total: int, message: object) -> None:
        now = time.monotonic()
        stage = getattr(message, "template", message)  # a new step is always shown
        if (
            done >= total
            or stage != self._last_stage
            or now - self._last_progress >= PROGRESS_INTERVAL_S
        ):
            self._last_progress, self._last_stage = now, stage
            self.sig_progress.emit(done, total, message)


class _Job(QRunnable):
    def __init__(self, handle: TaskHandle, fn: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.handle = handle
        self.fn = fn

    def run(self) -> None:
        handle = self.handle
        try:
            result = self.fn(handle.control)
        except Cancelled:
            handle.sig_cancelled.emit()
        except Exception as exc:  # delivered to the GUI, which tells the user
            log.exception("task %r failed", handle.label)
            handle.sig_failed.emit(exc)
        else:
            handle.sig_finished.emit(result)
        handle.sig_done.emit()


class TaskRunner(QObject):
    sig_damaged = Signal(object)  # a task failed because the database is damaged: the error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._running: set[TaskHandle] = set()

    def run(
        self, fn: Callable[[TaskControl], Any], *, label: str, writes: bool = False
    ) -> TaskHandle:
        """Start ``fn`` off the GUI thread once control returns to the event loop.

        Starting later, not here, is what lets the caller connect to the handle's signals first:
        a quick task (a search over five articles) used to finish and emit before anyone was
        listening, and its result was lost.
        """
        handle = TaskHandle(label)
        self._running.add(handle)
        handle.sig_done.connect(lambda: self._running.discard(handle))
        handle.sig_failed.connect(self._on_failed)
        pool = self._writer if writes else self._readers
        QTimer.singleShot(0, self, lambda: pool.start(_Job(handle, fn)))
        return handle

    def _on_failed(self, error: object) -> None:
        from app.damage import looks_damaged

        if isinstance(error, BaseException) and looks_damaged(error):
            self.sig_damaged.emit(error)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until all tasks end (for shutdown and tests)."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)
