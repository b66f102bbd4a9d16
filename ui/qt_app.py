"""The QApplication itself: made once, offscreen when there is no display. Imports nothing of
Tabayun's window, so that the PDF writer and the command line can make one without it."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication


def no_display() -> bool:
    """True on a Linux machine with no desktop session and no Qt platform chosen."""
    return (
        sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def ensure_platform() -> None:
    """Render offscreen when there is no display (servers, CI, ``tabayun screenshot``)."""
    if no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    ensure_platform()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Tabayun")
    app.setOrganizationName("Tabayun")
    app.setApplicationDisplayName("Tabayun")
    app.setDesktopFileName("tabayun")
    from ui import gc_guard

    gc_guard.install(app)
    return app
