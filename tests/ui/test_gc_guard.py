"""Cyclic garbage is collected on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from pytestqt.qtbot import QtBot

from ui import gc_guard


class Cycle:
    collected_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.collected_in.append(threading.current_thread().name)


def test_collection_happens_on_the_gui_thread(qapp, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    collector = gc_guard.install(qapp)
    assert collector is gc_guard.install(qapp)  # one per application
    assert not gc.isenabled()
    Cycle.collected_in.clear()

    def make_garbage() -> None:
        for _ in range(5000):
            Cycle()

    worker = threading.Thread(target=make_garbage, name="worker")
    worker.start()
    worker.join()
    assert Cycle.collected_in == []  # the worker allocated plenty, yet collected nothing
    qtbot.waitUntil(lambda: len(Cycle.collected_in) > 0, timeout=5000)
    assert set(Cycle.collected_in) == {threading.main_thread().name}


def test_a_pause_stops_collection_and_leaves_it_as_it_was(qapp, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """The PDF writer pauses the collector; the guard's timer waits, and automatic collection
    stays off afterwards (it must never run in a worker)."""
    collector = gc_guard.install(qapp)
    Cycle.collected_in.clear()
    with gc_guard.collector_paused():
        with gc_guard.collector_paused():  # nested, as two exports at once
            for _ in range(5000):
                Cycle()
        collector.collect_due()
        assert Cycle.collected_in == []
        assert not gc.isenabled()
    assert not gc.isenabled()  # the guard's choice, kept
    qtbot.waitUntil(lambda: len(Cycle.collected_in) > 0, timeout=5000)
