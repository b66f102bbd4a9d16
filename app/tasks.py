"""Progress and cancellation for long work, the same for the window, the CLI and tests.

Core functions take a ``TaskControl``; they call ``report`` now and then and
``raise_if_cancelled`` at safe points (never in the middle of a write that must be whole).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

# done, total, and what is being done: a core message (app.messages.Message) or plain text
ProgressCallback = Callable[[int, int, Any], None]
PartialCallback = Callable[[Any], None]


class Cancelled(Exception):  # noqa: N818 - reads as a state, like Qt's "cancelled"
    """The user cancelled; whatever the task had begun was rolled back."""


@dataclass
class TaskControl:
    on_progress: ProgressCallback | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    on_partial: PartialCallback | None = None

    def report(self, done: int, total: int, message: object = "") -> None:
        if self.on_progress is not None:
            self.on_progress(done, total, message)

    def partial(self, result: Any) -> None:
        """Hand over part of the result before the end (the first rows of a long preview)."""
        if self.on_partial is not None:
            self.on_partial(result)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def raise_if_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled


_RUNNING: ContextVar[TaskControl | None] = ContextVar("tabayun_running_task", default=None)


@contextmanager
def running(control: TaskControl) -> Iterator[TaskControl]:
    """Make ``control`` the task of this thread for ``checkpoint`` calls deep inside the work."""
    token = _RUNNING.set(control)
    try:
        yield control
    finally:
        _RUNNING.reset(token)


def checkpoint() -> None:
    """Raise Cancelled when the task running in this thread was cancelled.

    Cheap enough for long loops (call it every few thousand steps): readers and text analysis
    call it, so Cancel takes effect inside one long file, not only between files.
    """
    control = _RUNNING.get()
    if control is not None and control.cancel_event.is_set():
        raise Cancelled


def progress(done: int, total: int, message: object = "") -> None:
    """Report progress to the task running in this thread, if any, and stop there if it was
    cancelled (for long work deep inside a call that takes no ``TaskControl``)."""
    control = _RUNNING.get()
    if control is not None:
        control.raise_if_cancelled()
        control.report(done, total, message)


def end_with_parent() -> None:
    """In a worker process: end as soon as the process that started it ends, however it ends
    (kill -9 included), rather than work on for nobody. The parent's sentinel (a pipe on POSIX,
    a process handle on Windows) becomes ready when it is gone. Given to a process pool as its
    ``initializer`` (the import's readers, the fact model of a large collection)."""
    import multiprocessing
    import os
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
