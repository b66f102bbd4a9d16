"""The one way the window runs core work in the background (in the spirit of Anki's
CollectionOp/QueryOp).

    ops = Operations(runner, owner=self, parent=window)
    ops.run("search", lambda control: search(sessions, query), on_done=self.show_hits)

- the function runs off the GUI thread with a ``TaskControl`` (progress, Cancel);
- only the latest operation of a kind is delivered: starting another "search" cancels the
  previous one and drops whatever it still sends;
- a failure is shown to the user as a translated message unless ``on_failed`` handles it;
- nothing is delivered once the owner is gone: the callbacks hang off a child QObject of the
  owner, which Qt disconnects when the owner is destroyed (a lambda connected to a task's signal
  once outlived a closed window and ran on a dead one).

Progress messages may be core messages (``app.messages.Message``); they arrive translated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app.tasks import TaskControl
from ui.tasks import TaskHandle, TaskRunner, error_text
from ui.translations import text_of

Progress = Callable[[int, int, str], None]


@dataclass
class _Callbacks:
    kind: str
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[object], None] | None
    on_progress: Progress | None
    on_partial: Callable[[Any], None] | None
    on_cancelled: Callable[[], None] | None


class _Receiver(QObject):
    """Receives the task signals for its owner; dies with it, and with it every delivery."""

    def __init__(self, operations: Operations, owner: QObject) -> None:
        super().__init__(owner)
        self.operations = operations

    @Slot(object)
    def finished(self, result: object) -> None:
        callbacks = self.operations._current(self.sender())
        if callbacks is not None:
            self.operations._end(callbacks)
            if callbacks.on_done is not None:
                callbacks.on_done(result)

    @Slot(object)
    def failed(self, error: object) -> None:
        callbacks = self.operations._current(self.sender())
        if callbacks is not None:
            self.operations._end(callbacks)
            if callbacks.on_failed is not None:
                callbacks.on_failed(error)
            else:
                self.operations.show_error(error)

    @Slot()
    def cancelled(self) -> None:
        callbacks = self.operations._current(self.sender())
        if callbacks is not None:
            self.operations._end(callbacks)
            if callbacks.on_cancelled is not None:
                callbacks.on_cancelled()

    @Slot(int, int, object)
    def progress(self, done: int, total: int, message: object) -> None:
        callbacks = self.operations._current(self.sender())
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total, text_of(message))

    @Slot(object)
    def partial(self, part: object) -> None:
        callbacks = self.operations._current(self.sender())
        if callbacks is not None and callbacks.on_partial is not None:
            callbacks.on_partial(part)


class Operations:
    """Background operations of one owner (a controller, a dialog)."""

    def __init__(self, runner: TaskRunner, owner: QObject, parent: QWidget | None = None) -> None:
        self.runner = runner
        self.parent = parent  # for error messages
        self._receiver = _Receiver(self, owner)
        self._latest: dict[str, TaskHandle] = {}
        self._callbacks: dict[int, _Callbacks] = {}

    def run(
        self,
        kind: str,
        fn: Callable[[TaskControl], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[object], None] | None = None,
        on_progress: Progress | None = None,
        on_partial: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        writes: bool = False,
    ) -> TaskHandle:
        """Run ``fn`` in the background as the latest operation of ``kind``."""
        self.cancel(kind)
        handle = self.runner.run(fn, label=kind, writes=writes)
        self._latest[kind] = handle
        self._callbacks[id(handle)] = _Callbacks(
            kind, on_done, on_failed, on_progress, on_partial, on_cancelled
        )
        receiver = self._receiver
        handle.sig_finished.connect(receiver.finished)
        handle.sig_failed.connect(receiver.failed)
        handle.sig_cancelled.connect(receiver.cancelled)
        handle.sig_progress.connect(receiver.progress)
        handle.sig_partial.connect(receiver.partial)
        return handle

    def cancel(self, kind: str) -> None:
        """Cancel the running operation of ``kind`` (nothing more of it is delivered)."""
        handle = self._latest.pop(kind, None)
        if handle is not None:
            self._callbacks.pop(id(handle), None)
            handle.cancel()

    def running(self, kind: str) -> bool:
        return kind in self._latest

    def handle(self, kind: str) -> TaskHandle | None:
        """The running operation of ``kind``, if any."""
        return self._latest.get(kind)

    def show_error(self, error: object) -> None:
        from app.damage import looks_damaged

        if isinstance(error, BaseException) and looks_damaged(error):
            return  # the window asks what to do about it, once (MainWindow.database_damaged)
        QMessageBox.warning(self.parent, "Tabayun", error_text(error))

    # ------------------------------------------------------------------ for _Receiver
    def _current(self, handle: object) -> _Callbacks | None:
        """The callbacks of ``handle`` if it is still the latest of its kind."""
        callbacks = self._callbacks.get(id(handle))
        if callbacks is None or self._latest.get(callbacks.kind) is not handle:
            return None
        return callbacks

    def _end(self, callbacks: _Callbacks) -> None:
        handle = self._latest.pop(callbacks.kind, None)
        if handle is not None:
            self._callbacks.pop(id(handle), None)
