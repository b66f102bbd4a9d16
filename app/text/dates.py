"""Dates written in news text: Arabic (Egyptian, Levantine and Maghrebi month names), numeric
and ISO forms, in Western or Arabic-Indic digits."""

from __future__ import annotations

import datetime as dt
import re

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

MONTHS: dict[str, int] = {}
for number, names in enumerate(
    [
        "يناير كانون_الثاني كانون_ثاني جانفي january jan",
        "فبراير شباط فيفري february feb",
        "مارس آذار اذار march mar",
        "أبريل ابريل إبريل نيسان أفريل افريل april apr",
        "مايو أيار ايار ماي may",
        "يونيو يونيه حزيران جوان june jun",
        "يوليو يوليه يوليوز تموز جويلية july jul",
        "أغسطس اغسطس غشت آب اب أوت اوت august aug",
        "سبتمبر شتنبر أيلول ايلول september sep sept",
        "أكتوبر اكتوبر تشرين_الأول تشرين_الاول تشرين_أول تشرين_اول october oct",
        "نوفمبر نونبر تشرين_الثاني تشرين_ثاني november nov",
        "ديسمبر دجنبر كانون_الأول كانون_الاول كانون_أول كانون_اول december dec",
    ],
    start=1,
):
    for name in names.split():
        MONTHS[name.replace("_", " ")] = number

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_D = r"[0-9٠-٩۰-۹]"
# 13 سبتمبر 2023, 13 سبتمبر/أيلول 2023, 13 من سبتمبر 2023, 24th, June 2024
# and 26/مارس/2021 (the month's name between slashes, as a dated line writes it)
_NAMED = re.compile(
    rf"(?<!{_D})({_D}{{1,2}})(?:st|nd|rd|th)?,?(?:\s+|\s*/\s*)(?:من\s+)?({_MONTH_ALT})"
    rf"(?:\s*/\s*(?:{_MONTH_ALT}))?(?:[\s,،]+|\s*/\s*)({_D}{{4}})(?!{_D})",
    re.IGNORECASE,
)
# December 5, 2023 (English, month first)
_NAMED_MDY = re.compile(
    rf"(?<![\w])({_MONTH_ALT})\.?\s+({_D}{{1,2}}),?\s+({_D}{{4}})(?!{_D})", re.IGNORECASE
)
_NUMERIC_DMY = re.compile(rf"(?<!{_D})({_D}{{1,2}})[-/.]({_D}{{1,2}})[-/.]({_D}{{4}})(?!{_D})")
_ISO = re.compile(rf"(?<!{_D})({_D}{{4}})-({_D}{{1,2}})-({_D}{{1,2}})(?!{_D})")


def _make(year: str, month: int | str, day: str) -> dt.date | None:
    try:
        return dt.date(
            int(year.translate(_DIGITS)),
            int(str(month).translate(_DIGITS)),
            int(day.translate(_DIGITS)),
        )
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every date found, as (start, end, date) in code points, in text order."""
    found: list[tuple[int, int, dt.date]] = []
    for m in _NAMED.finditer(text):
        date = _make(m.group(3), MONTHS[m.group(2).lower()], m.group(1))
        if date:
            found.append((m.start(), m.end(), date))
    for m in _NAMED_MDY.finditer(text):
        date = _make(m.group(3), MONTHS[m.group(1).lower()], m.group(2))
        if date and not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), date))
    for m in _ISO.finditer(text):
        date = _make(m.group(1), m.group(2), m.group(3))
        if date:
            found.append((m.start(), m.end(), date))
    for m in _NUMERIC_DMY.finditer(text):
        date = _make(m.group(3), m.group(2), m.group(1))
        if date and not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), date))
    return sorted(found, key=lambda item: item[0])


def first_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0][2] if dates else None
