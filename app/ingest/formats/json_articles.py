"""JSON and JSON Lines exports (media-monitoring tools): one article per record.

A record is an object with a text field (``text``, ``body``, ``content`` or ``article``) and
optionally ``title``/``headline``, ``outlet``/``source``/``site``, ``date``/``published``, ``url``.
A .json file may hold one record, a list of them, or {"articles": [...]}.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.ingest.decoding import Decoded
from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.formats.plain import decode, unify_line_endings
from app.ingest.formats.problems import FileProblem

TEXT_KEYS = ("text", "body", "content", "article", "النص")
TITLE_KEYS = ("title", "headline", "العنوان")
OUTLET_KEYS = ("outlet", "source", "site", "publisher", "sitename", "المصدر")
DATE_KEYS = ("date", "published", "published_at", "published_on", "datetime", "التاريخ")
URL_KEYS = ("url", "link", "canonical_url")


class BadRecords(FileProblem):
    """The file is not JSON of the expected shape; the message says where."""


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for key in keys:
        value = lowered.get(key)
        if isinstance(value, dict):  # {"source": {"name": "…"}}
            value = value.get("name") or value.get("title")
        if value not in (None, ""):
            return value
    return None


def _records(path: Path, text: str) -> list[Any]:
    if path.suffix.lower() == ".jsonl":
        records = []
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise BadRecords(f"line {number} is not valid JSON ({exc.msg})") from exc
        return records
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadRecords(
            f"not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from exc
    if isinstance(loaded, dict) and isinstance(loaded.get("articles"), list):
        return list(loaded["articles"])
    return loaded if isinstance(loaded, list) else [loaded]


def read(path: Path, data: bytes, encoding: str | None) -> list[ArticleDraft]:
    decoded: Decoded = decode(data, encoding)
    drafts = []
    for index, record in enumerate(_records(path, decoded.text)):
        if not isinstance(record, dict):
            raise BadRecords(f"record {index + 1} is not an object with a text field")
        body = _first(record, TEXT_KEYS)
        if not isinstance(body, str) or not body.strip():
            raise BadRecords(
                f"record {index + 1} has no text (expected one of: text, body, content)"
            )
        drafts.append(
            ArticleDraft(
                source=path,
                text=unify_line_endings(body),
                format=path.suffix.lstrip(".").lower(),
                encoding=decoded.encoding,
                encoding_confident=decoded.confident,
                record=index,
                title=_str(_first(record, TITLE_KEYS)),
                outlet=_str(_first(record, OUTLET_KEYS)),
                published_on=parse_date(_first(record, DATE_KEYS)),
                url=_str(_first(record, URL_KEYS)),
            )
        )
    return drafts


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None
