"""Facts in a segment that outlets may disagree on: counts, dates, who said it.

- Counts: numerals (Western or Arabic-Indic digits), number words (واحد … عشرة, tens, hundreds,
  "الخامسة والسبعين" = 75), a singular noun with واحد (صاروخًا واحدًا = 1) and the dual
  (صاروخين = 2). Each count is tied to the noun it counts, so "75 عاما" is compared with
  "الذكرى الخامسة والسبعين" only through the same noun or when each side has one count.
- Dates: every date app.text.dates reads.
- Attribution: the word after a speech verb (قال، أضاف، أكد، أعلن، ذكر، أوضح).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.compare.tokens import Token
from app.text.dates import find_dates

UNITS = {
    "واحد": 1, "واحده": 1, "اول": 1, "اولي": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثاني": 2, "ثانيه": 2, "ثلاث": 3, "ثلاثه": 3, "ثالث": 3, "ثالثه": 3, "اربع": 4, "اربعه": 4,
    "رابع": 4, "رابعه": 4, "خمس": 5, "خمسه": 5, "خامس": 5, "خامسه": 5, "ست": 6, "سته": 6,
    "سادس": 6, "سادسه": 6, "سبع": 7, "سبعه": 7, "سابع": 7, "سابعه": 7, "ثماني": 8, "ثمانيه": 8,
    "ثامن": 8, "ثامنه": 8, "تسع": 9, "تسعه": 9, "تاسع": 9, "تاسعه": 9, "عشر": 10, "عشره": 10,
    "عاشر": 10, "عاشره": 10,
}  # fmt: skip
TENS = {
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
    "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
}  # fmt: skip
BIG = {"ميه": 100, "مايه": 100, "مئه": 100, "مئتين": 200, "مئتان": 200, "الف": 1000,
       "الفين": 2000, "مليون": 1_000_000}  # fmt: skip
SPEECH_VERBS = {"قال", "اضاف", "اكد", "اعلن", "ذكر", "اوضح", "صرح", "تابع", "اشار"}
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
_QUOTE_OR_COLON = re.compile(r".*[:\"«“]")  # "قال: «…»": what follows is the quote, not a name
_ARTICLE = re.compile(r"^(?:و|ف)?(?:ال|لل|بال|كال)?")


@dataclass(frozen=True)
class Count:
    value: float
    noun: str  # folded stem of the counted noun ("" when none is known)
    start: int
    end: int


@dataclass(frozen=True)
class SegmentFacts:
    counts: tuple[Count, ...]
    dates: tuple[tuple[int, int, dt.date], ...]
    speakers: tuple[str, ...]
    words: frozenset[str]  # bare stems of every word, to tell a new name from a repeated one


def _bare(key: str) -> str:
    return _ARTICLE.sub("", key) or key


def _word_value(key: str) -> int | None:
    bare = _bare(key)
    for table in (UNITS, TENS, BIG):
        if bare in table:
            return table[bare]
    return None


def _noun_of(tokens: Sequence[Token], i: int) -> str:
    return _bare(tokens[i].key) if 0 <= i < len(tokens) else ""


def extract_facts(text: str, tokens: Sequence[Token], offset: int) -> SegmentFacts:
    counts: list[Count] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        key = token.key
        if _DIGITS.match(key):
            value = float(key.replace(",", "."))
            counts.append(Count(value, _noun_of(tokens, i + 1), token.start, token.end))
            i += 1
            continue
        word_value = _word_value(key)
        if word_value is not None:
            total: float = word_value
            j = i + 1
            # "خمسه وسبعين": units و tens
            if j < len(tokens) and tokens[j].key.startswith("و"):
                tens = _word_value(tokens[j].key[1:])
                if tens is not None and tens >= 20:
                    total, j = value + tens, j + 1
            if total == 1 and i > 0:  # صاروخا واحدا: the noun comes first
                counts.append(Count(1, _noun_of(tokens, i - 1), tokens[i - 1].start, token.end))
            else:
                counts.append(Count(total, _noun_of(tokens, j), token.start, tokens[j - 1].end))
            i = j
            continue
        bare = _bare(key)
        if len(bare) >= 5 and bare.endswith(("ين", "ان")) and bare not in TENS:
            nxt = _bare(tokens[i + 1].key) if i + 1 < len(tokens) else ""
            if nxt.endswith(("يين", "يان")):  # an adjective agreeing in the dual: صاروخين باليستيين
                counts.append(Count(2, bare[:-2], token.start, token.end))
        i += 1
    speakers = tuple(
        _bare(tokens[k + 1].stem)
        for k in range(len(tokens) - 1)
        if _bare(tokens[k].key) in SPEECH_VERBS
        and not _QUOTE_OR_COLON.match(text[tokens[k].end - offset : tokens[k + 1].start - offset])
    )
    dates = tuple((offset + s, offset + e, d) for s, e, d in find_dates(text))
    words = frozenset(_bare(t.stem) for t in tokens)
    return SegmentFacts(tuple(counts), dates, speakers, words)


def _same_noun(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


def disagreements(a: SegmentFacts, b: SegmentFacts) -> list[tuple[str, str, str, str]]:
    """(kind, what, value in a, value in b) for each fact the two segments disagree on."""
    found = []
    for ca in a.counts:
        for cb in b.counts:
            if _same_noun(ca.noun, cb.noun) and ca.value != cb.value:
                found.append(("number", ca.noun, _fmt(ca.value), _fmt(cb.value)))
    if a.dates and b.dates:
        days_a = {d for _, _, d in a.dates}
        days_b = {d for _, _, d in b.dates}
        if not days_a & days_b:
            found.append(("date", "", min(days_a).isoformat(), min(days_b).isoformat()))
    if (
        a.speakers
        and b.speakers
        and not set(a.speakers) & set(b.speakers)
        and not set(a.speakers) & b.words
        and not set(b.speakers) & a.words
    ):  # each side names someone the other side does not even mention
        found.append(("attribution", "", a.speakers[0], b.speakers[0]))
    return found


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
