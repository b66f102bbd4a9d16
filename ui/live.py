"""Other reviewers' changes on a shared server, shown within a second or two: the window listens
for the server's notifications (``db.notify``) and shows what changed, and who changed it, as it
now is. Nothing listens on the local file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.context import WindowContext


class LiveUpdates(QObject):
    sig_changed = Signal(dict)  # another window's change: pid, action, label, reviewer

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.listener: Any = None

    def start(self, url: str) -> None:
        from db.notify import Listener

        self.stop()
        # called in the listener's thread: a queued signal brings it to the GUI thread
        self.listener = Listener(url, self.sig_changed.emit)
        self.listener.start()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def describe(self, change: dict[str, Any]) -> str:
        who = change.get("reviewer") or self.tr("Another reviewer")
        return (
            self.tr("%1 changed the library: %2")
            .replace("%1", str(who))
            .replace("%2", str(change.get("label", "")))
        )
