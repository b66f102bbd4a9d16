"""Metadata found in an article's own text: title, date, author, place, language, direction.

The title is the real headline: the first line that reads like one and is neither furniture nor
a metadata line (a source line, a date line, a breadcrumb glued in front of it is cut off). The
date comes from a date line or the dateline before any date in the running text. The outlet is
``app.outlets.detect``'s business.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.text.dates import find_dates
from app.text.direction import Direction, guess_language
from app.text.furniture import FurnitureSpan, TextFurniture, analyse_text
from app.text.meta_lines import MetaLine
from app.text.normalize import fold
from app.text.words import WORD_RE, first_words

TITLE_MAX_WORDS = 16
TITLE_LOOKS_AT = 8  # non-blank lines: the headline is near the top


@dataclass(frozen=True)
class ArticleMetadata:
    title: str
    published_on: dt.date | None
    date_origin: str | None  # date-line, dateline, text (the first date in the running text)
    author: str | None
    place: str | None
    language: str
    direction: Direction


def _uncovered(start: int, end: int, spans: Sequence[FurnitureSpan]) -> tuple[int, int] | None:
    """What is left of [start, end) once the spans covering its head and tail are cut off."""
    for span in sorted(spans, key=lambda s: s.start):
        if span.start <= start < span.end:
            start = span.end
        if span.start < end <= span.end:
            end = span.start
    return (start, end) if start < end else None


def guess_title(text: str, spans: Sequence[FurnitureSpan] = ()) -> str:
    """The first line that reads like a headline (three words or more) and is not furniture
    or metadata, shortened if long; breadcrumbs and menus glued in front of it are cut off."""
    offset, seen, first_text = 0, 0, ""
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        seen += 1
        if seen > TITLE_LOOKS_AT:
            break
        left = _uncovered(start, end, spans)
        if left is None:
            continue
        piece = text[left[0] : left[1]].strip(" \t-–—|:")
        if not piece:
            continue
        first_text = first_text or piece
        if len(WORD_RE.findall(piece)) >= 3:
            return first_words(piece, TITLE_MAX_WORDS)
    if first_text:
        return first_words(first_text, TITLE_MAX_WORDS)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return first_words(lines[0], TITLE_MAX_WORDS) if lines else ""


def _meta_value(meta: Sequence[MetaLine], name: str, kinds: Sequence[str] = ()) -> str | None:
    return next(
        (m.value(name) for m in meta if m.value(name) and (not kinds or m.kind in kinds)), None
    )


def _earliest(meta: Sequence[MetaLine], kind: str, text: str) -> str | None:
    """The earliest date of the ``kind`` lines that is no page banner: a site's date of the day
    the page was saved («الجمعة 22 نوفمبر 2024 الموافق 20 جمادى الأولى 1446», read on a train
    crash's coverage above the article's «الجمعة 26/مارس/2021 - 01:18 م») is later than the
    article, never earlier, and when it stands right above the masthead («رئيس التحرير») it is
    not the article's at all (a page with no other date had been dated 2024 for a 2021 crash)."""
    ordered = sorted(meta, key=lambda m: m.start)
    dates = []
    for k, line in enumerate(ordered):
        after = ordered[k + 1] if k + 1 < len(ordered) else None
        banner = (
            after is not None
            and after.kind == "masthead"
            and not text[line.end : after.start].strip()
        )
        if line.kind == kind and not banner:
            dates.append(line.value("date"))
    return min((d for d in dates if d), default=None)


def extract_metadata(text: str, furniture: TextFurniture | None = None) -> ArticleMetadata:
    """What the text says about itself; ``furniture`` is ``analyse_text(text)`` when known."""
    furniture = furniture or analyse_text(text)
    meta = furniture.meta
    language = guess_language(text)
    date_origin: str | None = None
    published = _earliest(meta, "date-line", text)
    if published:
        date_origin = "date-line"
    else:
        published = _meta_value(meta, "date", ("dateline",))
        date_origin = "dateline" if published else None
    published_on = dt.date.fromisoformat(published) if published else None
    if published_on is None:
        published_on = _own_date(_running_head(text, furniture.spans))
        date_origin = "text" if published_on else None
    return ArticleMetadata(
        title=guess_title(text, furniture.spans),
        published_on=published_on,
        date_origin=date_origin,
        author=_meta_value(meta, "author"),
        place=_meta_value(meta, "place"),
        language=language,
        direction="rtl" if language == "ar" else "ltr",
    )


# words before a date that make it another event's, not the article's: «منذ زلزال 17 آب/أغسطس
# 1999» (the Turkey–Syria earthquake's coverage had been dated 1999), «قبل», «حرب 6 أكتوبر»
_PAST = frozenset(
    fold(w)
    for w in WORD_RE.findall(
        "منذ قبل زلزال حرب حادث حادثة انفجار هجوم أحداث ثورة انتخابات كارثة مجزرة اتفاق"
        " اتفاقية فيضانات إعصار"
    )
)


LEAD_SENTENCES = 1  # sentence ends a date of the article's own may follow (a headline's, then)
_SENTENCE_ENDS = re.compile(r"[.!?؟](?=\s|$)")


def _own_date(head: str) -> dt.date | None:
    """The first date of the running text that is not another event's («منذ زلزال 17 آب
    1999»: the two words before it name that other event), in its lead: a date after two
    sentences is the background's («يذكر أن القتال بدأ … في الـ8 أكتوبر 2023», read on a
    ceasefire's coverage, had dated the article fourteen months early)."""
    for start, _end, date in find_dates(head):
        if len(_SENTENCE_ENDS.findall(head, 0, start)) > LEAD_SENTENCES:
            return None
        before = WORD_RE.findall(fold(head[max(0, start - 40) : start]))[-2:]
        if not any(w in _PAST or w.removeprefix("ال") in _PAST for w in before):
            return date
    return None


def _running_head(text: str, spans: Sequence[FurnitureSpan], limit: int = 600) -> str:
    """The first ``limit`` characters of the running text: metadata and furniture blanked
    (a "published" line or a related headline's date is not the article's date)."""
    head = list(text[:limit])
    for span in spans:
        for index in range(span.start, min(span.end, limit)):
            head[index] = " "
    return "".join(head)
