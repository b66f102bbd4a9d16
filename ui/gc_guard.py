"""Python's cyclic garbage collector, run on the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate: a worker thread of the
task runner could then finalise Qt objects that live in the GUI thread, and Qt crashes (seen in
this project's tests: a segmentation fault in a worker during a migration). With automatic
collection off, a timer on the GUI thread collects each generation when it is due, as the
automatic collector would have.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200
_PAUSES = 0  # blocks running under collector_paused
_RESUME = False  # whether automatic collection was on when the first pause began
_LOCK = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection, automatic or on the GUI thread's timer, while the block runs
    (nested and concurrent uses count): for work that makes millions of small objects in no
    cycle, which each pass of the collector would walk. Afterwards collection is as it was."""
    global _PAUSES, _RESUME
    with _LOCK:
        if not _PAUSES:
            _RESUME = gc.isenabled()
            gc.disable()
        _PAUSES += 1
    try:
        yield
    finally:
        with _LOCK:
            _PAUSES -= 1
            if not _PAUSES and _RESUME:
                gc.enable()


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        if _PAUSES:
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; the collector lives as long as ``app``."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
