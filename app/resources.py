"""Locating files shipped with Tabayun: the seed articles and the resources folder.

From a source checkout they sit at the top of the project; in a wheel they are packed under
``app/_data``; in a PyInstaller bundle under the bundle's folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

_APP_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = [_APP_DIR / "_data" / name, _APP_DIR.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.insert(0, Path(bundle) / name)
    return found


def _locate(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"Tabayun's {name} folder is missing from this installation")


def seeds_dir() -> Path:
    return _locate("seeds")


def resources_dir() -> Path:
    return _locate("resources")
