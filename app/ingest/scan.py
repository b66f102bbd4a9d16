"""Finding the article files in a folder: safe against symlink loops, odd names, unreadable
folders; what is skipped is reported, not lost silently."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from app.ingest.reader import SUPPORTED_SUFFIXES

IGNORED_NAMES = frozenset({"metadata.csv", ".DS_Store", "Thumbs.db", "desktop.ini"})


@dataclass
class FolderScan:
    folder: Path
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # path, reason


def display_name(path: Path | str) -> str:
    """A printable form of a path whose name may not be valid in the file system's encoding."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.json")


def scan_folder(folder: Path, *, recursive: bool = False) -> FolderScan:
    """Importable files in name order; other files and unreadable folders go to ``skipped``."""
    scan = FolderScan(folder)
    seen_dirs: set[tuple[int, int]] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            info = current.stat()
        except OSError as exc:
            scan.skipped.append((current, f"the folder cannot be opened ({exc.strerror or exc})"))
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:  # a symlink loop, or the same folder reached twice
            scan.skipped.append((current, "this folder was already read (a link loops back)"))
            continue
        seen_dirs.add(key)
        try:
            entries = sorted(current.iterdir(), key=lambda p: os.fsencode(p.name))
        except OSError as exc:
            scan.skipped.append((current, f"the folder cannot be opened ({exc.strerror or exc})"))
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if recursive:
                    pending.append(entry)
                continue
            if entry.name in IGNORED_NAMES or entry.name.startswith(".") or _is_sidecar(entry):
                continue
            if entry.suffix.lower() in SUPPORTED_SUFFIXES:
                scan.files.append(entry)
            else:
                scan.skipped.append((entry, "not a kind of file Tabayun reads"))
    scan.files.sort(key=lambda p: os.fsencode(p))
    return scan
