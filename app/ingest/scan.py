"""Finding the article files in a folder: safe against symlink loops, links that leave the
folder, odd names and unreadable folders; what is left out is reported with its reason, never
dropped silently."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.ingest.reader import SUPPORTED_SUFFIXES
from app.messages import Message, T
from app.tasks import checkpoint

IGNORED_NAMES = frozenset({"metadata.csv", ".DS_Store", "Thumbs.db", "desktop.ini"})


@dataclass
class FolderScan:
    folder: Path
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str | Message]] = field(default_factory=list)  # path, reason


def display_name(path: Path | str) -> str:
    """A printable form of a path whose name may not be valid in the file system's encoding."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.json")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _leaves(entry: Path, root: Path) -> Path | None:
    """Where a link leads when that is outside ``root`` (the chosen folder), else None."""
    try:
        if not entry.is_symlink():
            return None
        target = entry.resolve()
    except (OSError, RuntimeError):  # a broken link or a loop of links
        return None
    return None if _inside(target, root) else target


def _folder_error(exc: OSError) -> Message:
    return Message(T("core", "the folder cannot be opened ({why})"), why=exc.strerror or exc)


def iter_scan(
    folder: Path, *, recursive: bool = False, follow_links: bool = False
) -> Iterator[tuple[Path, str | Message | None]]:
    """Each file found, as it is found: (path, None) for a file to read, (path, reason) for
    one left out. Links leading out of ``folder`` are left out unless ``follow_links``."""
    root = folder.resolve()
    seen_dirs: set[tuple[int, int]] = set()
    pending = [folder]
    while pending:
        checkpoint()
        current = pending.pop()
        try:
            info = current.stat()
        except OSError as exc:
            yield current, _folder_error(exc)
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:  # a symlink loop, or the same folder reached twice
            yield current, Message(T("core", "this folder was already read (a link loops back)"))
            continue
        seen_dirs.add(key)
        try:
            entries = sorted(current.iterdir(), key=lambda p: os.fsencode(p.name))
        except OSError as exc:
            yield current, _folder_error(exc)
            continue
        subfolders = []
        for entry in entries:
            if entry.name in IGNORED_NAMES or entry.name.startswith(".") or _is_sidecar(entry):
                continue
            outside = None if follow_links else _leaves(entry, root)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir and not recursive:
                continue
            if outside is not None:
                template = T(
                    "core",
                    "a link to {target}, outside the chosen folder: not followed (choose "
                    "“Follow links out of the folder” to read it)",
                )
                yield entry, Message(template, target=display_name(outside))
                continue
            if is_dir:
                subfolders.append(entry)
            elif entry.suffix.lower() in SUPPORTED_SUFFIXES:
                yield entry, None
            else:
                template = T("core", "files of type “{suffix}” are not articles Tabayun reads")
                yield entry, Message(template, suffix=entry.suffix.lower() or "—")
        pending.extend(reversed(subfolders))  # depth first, in name order


def scan_folder(folder: Path, *, recursive: bool = False, follow_links: bool = False) -> FolderScan:
    """Importable files in name order; other files, links out of the folder and unreadable
    folders go to ``skipped`` with the reason."""
    scan = FolderScan(folder)
    for path, reason in iter_scan(folder, recursive=recursive, follow_links=follow_links):
        if reason is None:
            scan.files.append(path)
        else:
            scan.skipped.append((path, reason))
    scan.files.sort(key=lambda p: os.fsencode(p))
    return scan
