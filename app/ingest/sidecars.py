"""Metadata the reviewer writes beside the articles: ``name.meta.json`` and ``metadata.csv``.

``metadata.csv`` in a folder has a header row with ``file`` (the file name) and any of
``title``, ``outlet``, ``date``, ``url``; Arabic headers (الملف، العنوان، المصدر، التاريخ، الرابط)
work too. A sidecar ``article.txt.meta.json`` or ``article.meta.json`` holds the same fields.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

FIELDS = ("title", "outlet", "date", "url")
ALIASES = {
    "file": "file", "filename": "file", "الملف": "file",
    "title": "title", "headline": "title", "العنوان": "title",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "المصدر": "outlet",
    "date": "date", "published": "date", "التاريخ": "date",
    "url": "url", "link": "url", "الرابط": "url",
}  # fmt: skip


class SidecarError(Exception):
    """A metadata file that cannot be used; the message names it and says why."""


def _canonical(raw: dict[str, Any]) -> dict[str, str]:
    found = {}
    for key, value in raw.items():
        name = ALIASES.get(str(key).strip().lower().lstrip("\ufeff"))
        if name and value not in (None, ""):
            found[name] = str(value).strip()
    return found


def sidecar_for(path: Path) -> Path | None:
    for candidate in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> dict[str, str]:
    """Fields from the article's sidecar, {} when there is none."""
    sidecar = sidecar_for(path)
    if sidecar is None:
        return {}
    try:
        raw = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SidecarError(f"{sidecar.name} cannot be used ({exc})") from exc
    if not isinstance(raw, dict):
        raise SidecarError(f"{sidecar.name} should hold one JSON object")
    return _canonical(raw)


def read_folder_csv(folder: Path) -> dict[str, dict[str, str]]:
    """Fields per file name from the folder's metadata.csv, {} when there is none."""
    path = folder / "metadata.csv"
    if not path.is_file():
        return {}
    try:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1256")  # spreadsheets on Arabic Windows save CSV this way
        rows = list(csv.DictReader(io.StringIO(text)))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SidecarError(f"metadata.csv in {folder} cannot be used ({exc})") from exc
    table = {}
    for row in rows:
        fields = _canonical(row)
        name = fields.pop("file", None)
        if name:
            table[name] = fields
    return table
