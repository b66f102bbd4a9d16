"""What an article is, before it is stored: title, outlet (and where that came from), date
(and where that came from), author and place, language and direction, furniture and metadata
lines. Worked out once per article while reading (in the worker processes for big imports).

Precedence, for every field: what the reviewer wrote beside the file (a sidecar or
``metadata.csv``), then the file's own metadata (front matter, page metadata, JSON fields,
document properties), then what the text itself says. The outlet is never invented: with
nothing to name it, it stays empty and the article is shown as unnamed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.ingest.drafts import ArticleDraft, parse_date
from app.ingest.metadata import extract_metadata
from app.outlets.detect import (
    OutletGuess,
    OutletOrigin,
    from_address,
    from_given,
    from_text,
    is_outlet_name,
)
from app.outlets.table import load_table
from app.text.direction import Direction
from app.text.furniture import FurnitureSpan, TextFurniture, analyse_text


@dataclass(frozen=True)
class Description:
    title: str
    outlet: OutletGuess | None
    published_on: dt.date | None
    date_origin: str | None  # sidecar, file, date-line, dateline, text
    author: str | None
    place: str | None
    language: str
    direction: Direction
    furniture: TextFurniture


def describe(
    draft: ArticleDraft, extra: Mapping[str, str], outlets_file: Path | None = None
) -> Description:
    """The article's fields from ``extra`` (sidecar / metadata.csv), the draft, and its text."""
    table = load_table(outlets_file)
    furniture = analyse_text(
        draft.text,
        is_outlet=lambda name, strong: is_outlet_name(table, name, strong),
        known=[FurnitureSpan(start, end, kind) for start, end, kind in draft.marks],
    )
    found = extract_metadata(draft.text, furniture)
    if draft.outlet_origin == "sender":  # an e-mail's sender domain: only a known outlet's
        found_sender = from_address(draft.outlet, table)
        given = (
            OutletGuess(found_sender.name, OutletOrigin.RECORD, draft.outlet or "")
            if (found_sender)
            else None
        )
    elif draft.outlet_origin == "feed":  # a feed item: its page's site, else the feed's title
        given = from_address(draft.url, table) or from_given(
            draft.outlet, OutletOrigin.RECORD, table, "feed"
        )
    else:
        origin = OutletOrigin(draft.outlet_origin) if draft.outlet_origin else OutletOrigin.PAGE
        given = from_given(draft.outlet, origin, table)
    outlet = (
        from_given(extra.get("outlet"), OutletOrigin.SIDECAR, table)
        or given
        or from_address(extra.get("url") or draft.url, table)
        or from_text(draft.text, furniture.meta, furniture.spans, table)
    )
    published_on, date_origin = _date(extra, draft, found.published_on, found.date_origin)
    return Description(
        title=extra.get("title") or draft.title or found.title,
        outlet=outlet,
        published_on=published_on,
        date_origin=date_origin,
        author=extra.get("author") or draft.author or found.author,
        place=found.place,
        language=found.language,
        direction=found.direction,
        furniture=furniture,
    )


def _date(
    extra: Mapping[str, str],
    draft: ArticleDraft,
    from_text: dt.date | None,
    text_origin: str | None,
) -> tuple[dt.date | None, str | None]:
    sidecar = parse_date(extra.get("date"))
    if sidecar:
        return sidecar, "sidecar"
    if draft.published_on and draft.date_origin != "weak":
        return draft.published_on, draft.date_origin or "file"
    if from_text:
        return from_text, text_origin
    if draft.published_on:  # a weak guess (a Word file's template date): better than none
        return draft.published_on, "file"
    return None, None
