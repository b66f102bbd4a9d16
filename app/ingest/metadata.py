"""Metadata found in an article's own text: title, outlet, date, language and direction."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.text.dates import first_date
from app.text.direction import Direction, guess_language
from app.text.words import WORD_RE, first_words

TITLE_MAX_WORDS = 16
_OUTLET_LINE = re.compile(
    r"^\s*(?:المصدر|مصدر الخبر|source)\s*[:：]\s*(?P<name>[^\n]{2,80}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class ArticleMetadata:
    title: str
    outlet: str | None
    published_on: dt.date | None
    language: str
    direction: Direction


def guess_title(text: str) -> str:
    """The first line that reads like a headline (three words or more), shortened if long.

    Breadcrumbs such as «آسياأخبار العالم» are shorter than that and are passed over.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:5]:
        if len(WORD_RE.findall(line)) >= 3:
            return first_words(line, TITLE_MAX_WORDS)
    return first_words(lines[0], TITLE_MAX_WORDS) if lines else ""


def guess_outlet(text: str) -> str | None:
    """An explicit source line («المصدر: سكاي نيوز عربية», "Source: Reuters"), if any."""
    match = _OUTLET_LINE.search(text)
    return match.group("name").strip() if match else None


def extract_metadata(text: str) -> ArticleMetadata:
    language = guess_language(text)
    return ArticleMetadata(
        title=guess_title(text),
        outlet=guess_outlet(text),
        published_on=first_date(text[:600]),
        language=language,
        direction="rtl" if language == "ar" else "ltr",
    )
