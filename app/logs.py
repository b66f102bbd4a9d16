"""Logging to a rotating file in the user's log folder (never to the data that matters)."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from app.paths import PRIVATE_FILE, private_dir


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are for the user alone (it names files and outlets)."""

    def _open(self) -> Any:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in self.mode else os.O_TRUNC)
        descriptor = os.open(self.baseFilename, flags, PRIVATE_FILE)
        return os.fdopen(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        private_dir(log_dir, tighten=False)
        handler = PrivateRotatingFileHandler(
            log_dir / "tabayun.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # an unwritable log folder must not stop the program; the data folder check speaks
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
