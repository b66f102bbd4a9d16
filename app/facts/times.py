"""Times in a sentence: dates, clock times, days named relative to the article's date (اليوم،
أمس، فجر الإثنين، ليلة الجمعة), resolved to calendar dates.

A weekday is the latest such day on or before the article's date (news reports what happened);
«ليلة الجمعة» is the night before Friday. A weekday written beside a date that falls on another
day is reported (``mismatch``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.facts.numbers import Word
from app.facts.words import forms
from app.text.dates import MONTHS, find_dates

WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5,
            "الاحد": 6, "اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5,
            "احد": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip
PARTS = {"فجر": "dawn", "صباح": "morning", "ظهر": "noon", "عصر": "afternoon", "مساء": "evening",
         "ليل": "night", "ليله": "night_before", "منتصف": "midnight", "صباحا": "morning",
         "مساء_": "evening"}  # fmt: skip
RELATIVE = {"اليوم": 0, "امس": -1, "البارحه": -1, "غدا": 1, "today": 0, "yesterday": -1}
TIME_WORDS = frozenset((*PARTS, *WEEKDAYS, *RELATIVE))  # a word that may be one of them
_CLOCK = re.compile(r"(?<![\d.,])(\d{1,2})[:,.](\d{2})(?![\d])")
_CLOCK_BEFORE = ("الساعه", "ساعه", "عند", "at")
_CLOCK_AFTER = ("بتوقيت", "ت", "gmt", "صباحا", "مساء", "بالتوقيت", "فجرا", "ظهرا", "عصرا", "ليلا")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# «14 مايو/ أيار»: a month with its other name after a slash is one month
_DAY_MONTH = re.compile(
    rf"(?<![\d])(\d{{1,2}})\s+(?:من\s+)?({_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?(?![\w/])"
)
# «من 6 - 10 مارس», «بين 6 و10 آذار»: the first day of a range of days, counted as nothing
_DAY_RANGE = re.compile(
    rf"(?<![\d])\d{{1,2}}\s*(?:-|–|الي|و)\s*\d{{1,2}}\s+(?:من\s+)?(?:{_MONTH_ALT})(?![\w/])"
)
# «العشرين من أيار», «التاسع عشر من أيار», «الحادي والعشرين من مايو»: a day in words, no count
_WORD_DAY = re.compile(
    r"(?<!\w)(?:(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)"
    r"(?:\s+(?:عشر|والعشرين|والثلاثين))?|العشرين|الثلاثين)"
    rf"\s+(?:من\s+)?(?:{_MONTH_ALT})(?![\w/])"
)
# «06-Jun-2023» in a page's dateline, «2023-06» (a year and its month): dates, never counts
_NUMERIC_DATE = re.compile(
    r"(?<![\w.,])(?:\d{1,2}-[a-z]{3,9}-\d{2,4}|(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?)(?![\w.,])"
)
_MONTH_PAST = re.compile(rf"(?<!\w)({_MONTH_ALT})\s+(?:(الماضي)|(من العام)|(\d{{4}}))")
_HOURS = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
    "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه": 11,
}  # fmt: skip
# «الساعة الرابعة صباحاً»; without «الساعة» only with the part of the day after it: «في
# العاشرة صباحا» (read on a ceasefire's coverage: 10 a.m. against the others' 4 a.m.)
_WORD_CLOCK = re.compile(
    r"(الساعه )?(?<!\w)(" + "|".join(_HOURS) + r")( عشره)?( والنصف| والربع| الا ربعا| الا ربع)?"
    r"( صباحا| مساء| مساءا| ليلا| فجرا| ظهرا| عصرا)?"
)
# a part of the day anywhere: «العاشره صباحا», «… الا ربعا ليلا»
_PART_AFTER = re.compile(r" (?:صباحا|مساء|ليلا|فجرا|ظهرا|عصرا)")
# «الساعة 4 صباحا», «الساعة 11»: a whole hour in digits after «الساعة»
_DIGIT_HOUR = re.compile(
    r"الساعه (\d{1,2})(?![\d:.,٫])( صباحا| مساء| مساءا| ليلا| فجرا| ظهرا| عصرا)?"
)
_LATE = (" مساء", " مساءا", " ليلا", " عصرا")
_HHMM = re.compile(r"(?<![\d.,:])([01]\d|2[0-3])([0-5]\d)(?=\s+(?:بتوقيت|ت\s*غ|gmt|بالتوقيت))")
_YEAR_CUES = frozenset(("عام", "العام", "سنه", "السنه", "منذ", "موسم", "الموسم", "حج", "year"))
# «عام 2014،» ends a clause; «2014,5» is no year
_YEAR = re.compile(r"(?<![\d.,])(19\d\d|20\d\d)(?!\d|[.,]\d)")


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int  # into the folded sentence
    end: int
    date: dt.date | None
    clock: str  # "04:17" or ""
    part: str  # dawn, morning, … or ""
    mismatch: bool = False  # a weekday beside a date that is another day
    month_only: bool = False  # «نوفمبر الماضي»: a month, no day

    def label(self) -> str:
        bits = [self.date.isoformat() if self.date else "", self.part, self.clock]
        return " ".join(b for b in bits if b)


def clock_spans(folded: str) -> list[tuple[int, int, str]]:
    """Clock times (الساعة 4,17; 01,17 بتوقيت غرينتش) as (start, end, "HH:MM")."""
    found = []
    for m in _CLOCK.finditer(folded):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 24 or minute > 59:
            continue
        before = folded[max(0, m.start() - 12) : m.start()].split()
        after = folded[m.end() : m.end() + 12].split()
        cue = (before and before[-1].strip("(") in _CLOCK_BEFORE) or (
            after and after[0].strip(")") in _CLOCK_AFTER
        )
        if cue or ":" in m.group():
            found.append((m.start(), m.end(), f"{hour:02d}:{minute:02d}"))
    for m in _HHMM.finditer(folded):  # 1700 بتوقيت غرينتش
        found.append((m.start(), m.end(), f"{m.group(1)}:{m.group(2)}"))
    # the hour in words needs «الساعة» or a part of the day after it: look only where they are
    words = () if "الساعه" not in folded and not _PART_AFTER.search(folded) else (
        _WORD_CLOCK.finditer(folded))  # fmt: skip
    for m in words:  # الساعة الحادية عشرة والنصف ليلا
        hour_cue, word, teen, quarter, part = m.groups()
        if not hour_cue and not part:
            continue  # «الرابعة» alone is an ordinal («الدورة الرابعة»), no hour
        hour = _HOURS[word] + (1 if teen and word != "الحاديه" else 0)
        if teen and word == "الثانيه":
            hour = 12
        minute = {" والنصف": 30, " والربع": 15, " الا ربعا": -15, " الا ربع": -15}.get(
            quarter or "", 0
        )
        if minute < 0:
            hour, minute = hour - 1, 45
        if part in _LATE and hour < 12:
            hour += 12
        found.append((m.start(), m.end(), f"{hour:02d}:{minute:02d}"))
    for m in _DIGIT_HOUR.finditer(folded) if "الساعه" in folded else ():  # الساعة 4 صباحا
        hour = int(m.group(1))
        if hour > 24:
            continue
        if m.group(2) in _LATE and hour < 12:
            hour += 12
        found.append((m.start(), m.end(), f"{hour:02d}:00"))
    return found


def day_month_spans(folded: str) -> list[tuple[int, int]]:
    """«21 من حزيران», «7 أكتوبر», «العشرين من أيار»: a day of a month, never a count, even
    with no date to resolve it against (an undated article)."""
    found = [(m.start(), m.end()) for m in _DAY_MONTH.finditer(folded)]
    found += [(m.start(), m.end()) for m in _NUMERIC_DATE.finditer(folded)]
    found += [(m.start(), m.end()) for m in _WORD_DAY.finditer(folded)]
    return found + [(m.start(), m.end()) for m in _DAY_RANGE.finditer(folded)]


def year_spans(folded: str, words: list[Word]) -> list[tuple[int, int, int]]:
    """Years written after «عام»/«سنة» or alone in a date-like place, as (start, end, year)."""
    found = []
    starts = {w.start: k for k, w in enumerate(words)}
    for m in _YEAR.finditer(folded):
        k = starts.get(m.start())
        if k is None:
            continue
        before = words[k - 1].text if k else ""
        if (
            (
                any(f in _YEAR_CUES for f in forms(before)) or before in MONTHS  # «أكتوبر 1973»
            )
            or (
                k + 1 >= len(words)
                or words[k + 1].text in ("م", "هـ", "ميلادي", "و", "الذي", "التي", "الماضي")
                or any(mark in folded[m.end() : words[k + 1].start] for mark in ",.;:)(")
            )
        ):
            found.append((m.start(), m.end(), int(m.group())))
    return found


# Monday and Sunday written without the article are the numbers two and one
_NUMBER_DAYS = frozenset(("اثنين", "احد"))


def _a_number(written: str) -> bool:
    return written.lstrip("وفب") in _NUMBER_DAYS


def _after_day(words: list[Word], k: int) -> bool:
    """«يوم أحد»: the word before names a day."""
    return bool(k) and any(f in ("يوم", "ليله") for f in forms(words[k - 1].text))


def _weekday_date(weekday: int, today: dt.date) -> dt.date:
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7)


def find_times(folded: str, words: list[Word], today: dt.date | None) -> list[TimeMention]:
    """Dates, clock times and relative days in a folded sentence, resolved against ``today``."""
    mentions: list[TimeMention] = []
    dates = find_dates(folded)
    for start, end, date in dates:
        mentions.append(TimeMention(start, end, date, "", ""))
    for m in _DAY_MONTH.finditer(folded):  # «7 أكتوبر»: this year's, or last year's if later
        if any(s <= m.start() < e for s, e, _ in dates) or today is None:
            continue
        try:
            date = dt.date(today.year, MONTHS[m.group(2)], int(m.group(1)))
        except ValueError:
            continue
        if date > today + dt.timedelta(days=2):
            date = date.replace(year=today.year - 1)
        mentions.append(TimeMention(m.start(), m.end(), date, "", ""))
    for m in _MONTH_PAST.finditer(folded):  # «نوفمبر الماضي», «يناير 2020», «أكتوبر من العام»
        if today is None or any(t.start <= m.start() < t.end for t in mentions):
            continue
        month = MONTHS[m.group(1)]
        if m.group(4):
            year = int(m.group(4))
        elif m.group(2):
            year = today.year if month < today.month else today.year - 1
        else:
            year = today.year - 1  # «من العام نفسه»: the year named before; not this one
        mentions.append(TimeMention(m.start(), m.end(), dt.date(year, month, 1), "", "", False,
                                    True))  # fmt: skip
    for start, end, clock in clock_spans(folded):
        mentions.append(TimeMention(start, end, None, clock, ""))
    for k, word in enumerate(words):
        bare = forms(word.text)
        if TIME_WORDS.isdisjoint(bare):  # most words: no part of day, weekday or relative day
            continue
        if k + 1 < len(words) and forms(words[k + 1].text)[-1] in ("عشر", "عشره"):
            continue  # «أحد عشر شخصا»: eleven, not Sunday
        part = next((PARTS[f] for f in bare if f in PARTS), "")
        day_word = words[k + 1] if part and k + 1 < len(words) else word
        day = next((WEEKDAYS[f] for f in forms(day_word.text) if f in WEEKDAYS), None)
        if day is not None and _a_number(day_word.text) and not (part or _after_day(words, k)):
            day = None  # «اثنين من الحاضرين», «أحد المشاركين»: two, one of; no Monday, Sunday
        if any(m.start <= word.start < m.end for m in mentions):
            continue
        if day is not None:
            if part and day_word is word:
                part = ""
            resolved = _weekday_date(day, today) if today else None
            if resolved and part == "night_before":
                resolved -= dt.timedelta(days=1)
            written = next((d for s, _, d in dates if 0 <= s - day_word.end <= 4), None)
            mismatch = written is not None and written.weekday() != day
            mentions.append(TimeMention(word.start, day_word.end, written or resolved, "", part,
                                        mismatch))  # fmt: skip
            continue
        offset = next((RELATIVE[f] for f in bare if f in RELATIVE), None)
        if offset is not None and not part:
            relative = today + dt.timedelta(days=offset) if today else None
            if relative and word.text == "امس" and k and words[k - 1].text == "اول":
                relative -= dt.timedelta(days=1)
            mentions.append(TimeMention(word.start, word.end, relative, "", ""))
    return sorted(mentions, key=lambda m: m.start)
