"""Changes announced to every window on a shared PostgreSQL server (LISTEN/NOTIFY).

A change's transaction sends ``NOTIFY tabayun`` with a small JSON payload (who, what, and the
sending process, so a window can skip its own); PostgreSQL delivers it to the listeners only when
that transaction commits, and never when it rolls back. On SQLite nothing is sent: one file has
one writer at a time and no other window to tell.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

CHANNEL = "tabayun"
RETRY = 2.0  # seconds between attempts to listen again after the connection broke


def announce(session: Session, action: str, label: str, reviewer: str = "") -> None:
    """Tell the other windows, when this transaction commits, that it changed something."""
    if session.get_bind().dialect.name != "postgresql":
        return
    payload = json.dumps(
        {"pid": os.getpid(), "action": action, "label": label[:200], "reviewer": reviewer[:100]},
        ensure_ascii=False,
    )
    notify = text("SELECT pg_notify(:channel, :payload)")
    session.execute(notify, {"channel": CHANNEL, "payload": payload})


class Listener:
    """Listens on its own connection in a thread; calls ``on_change`` (in that thread) with each
    payload another process sent. ``stop`` ends it within a second."""

    def __init__(self, url: str, on_change: Callable[[dict[str, Any]], None]) -> None:
        self.url = url
        self.on_change = on_change
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tabayun-listen", daemon=True)
        self.ready = threading.Event()
        self.error: BaseException | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)

    def _run(self) -> None:
        """Listen; when the connection breaks (the server restarted, the network), say so in
        ``error`` and listen again every ``RETRY`` seconds until it is back or ``stop``."""
        import psycopg
        from sqlalchemy.engine import make_url

        from db.passwords import stored_password

        url = make_url(self.url).set(drivername="postgresql")
        if not url.password and (password := stored_password(self.url)):
            url = url.set(password=password)
        dsn = url.render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.error = None
                    self.ready.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5, stop_after=1):
                            self._deliver(note.payload)
            except Exception as exc:  # the server away: tried again, the window keeps working
                self.error = exc
                self.ready.set()
                self._stop.wait(RETRY)

    def _deliver(self, raw: str) -> None:
        try:
            payload = json.loads(raw)
        except ValueError:
            return
        if payload.get("pid") != os.getpid():
            self.on_change(payload)
