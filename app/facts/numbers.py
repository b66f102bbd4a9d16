"""Quantities as written: digits of any script (folded to ASCII), decimal marks «.» «,» «٫»
and the Arabic «ر» (logical "8ر6" reads 6.8), thousands separators («2,300», «10.000», «٬»),
multipliers (17 ألف, 1.5 مليون, «38 ألفا و44»), number words (عشرة آلاف, ألفين, مئتين وخمسين),
vague amounts (عشرات, مئات, آلاف, عشرات الآلاف) and ranges (بين 200 و300, 200-300).

Works on the folded words of one sentence (``Word``); ordinals are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.facts.number_words import big_word, number_word
from app.facts.words import (
    HUNDREDS,
    ORDINALS,
    RANGE_OPENERS,
    THOUSANDS_DUAL,
    VAGUE,
    forms,
)

WORD_RE = re.compile(r"\d+(?:[.,٫٬]\d+)*(?:ر\d+)?|[^\W\d_]+|[%$]")
_DIGITS = re.compile(r"\d+(?:[.,٫٬]\d+)*(?:ر\d+)?")


@dataclass(frozen=True, slots=True)
class Word:
    start: int  # into the folded sentence
    end: int
    text: str


def words_of(folded: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(folded)]


_MODEL = frozenset(("طراز", "موديل", "نوع"))
_MAKERS = frozenset((
    "boeing", "airbus", "antonov", "ilyushin", "tupolev", "sukhoi", "embraer", "cessna",
    "بوينغ", "بوينج", "ايرباص", "انتونوف", "اليوشن", "توبوليف", "سوخوي", "امبراير",
    "فرانس", "france",  # «قناة فرانس 24»: a channel's name
))  # fmt: skip


def _model_number(words: list[Word], i: int, folded: str) -> bool:
    """A type's number, not a count: «أن-24», «Mi-8», «طراز أنتونوف 24», «بوينغ 737 ماكس»
    (read on a plane crash's coverage: «أن-24 لم تتمكن» was 24 of something)."""
    start = words[i].start
    if not words[i].text[:1].isdigit() or not i:
        return False
    if start >= 2 and folded[start - 1] in "-‐–" and folded[start - 2].isalpha():
        return True
    if words[i - 1].text.lower() in _MAKERS:
        return True  # «Boeing 737», «أنتونوف 24»
    return any(w.text in _MODEL for w in words[max(0, i - 3) : i])


def parse_digits(written: str) -> tuple[float, int] | None:
    """The value of a digit string and how many decimals it gives: «17,9» → (17.9, 1),
    «2,300» → (2300.0, 0), «8ر6» → (6.8, 1)."""
    if "ر" in written:
        fraction, _, whole = written.partition("ر")
        if not whole.isdigit() or not fraction.isdigit():
            return None
        return float(f"{whole}.{fraction}"), len(fraction)
    if "٫" in written:
        whole, _, fraction = written.replace("٬", "").partition("٫")
        return float(f"{whole}.{fraction}"), len(fraction)
    parts = re.split(r"[.,٬]", written)
    if len(parts) == 1:
        return float(written), 0
    if "٬" in written or (len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
        return float("".join(parts)), 0  # thousands separators
    if len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}"), len(parts[1])
    return None


@dataclass(frozen=True, slots=True)
class Quantity:
    first: int  # word indices, inclusive
    last: int
    value: float
    low: float
    high: float
    decimals: int
    vague: bool = False
    is_range: bool = False


@lru_cache(maxsize=65_536)  # pure in the word; a collection repeats its words
def _word_value(text: str) -> tuple[float, str] | None:
    """A number word's value and its class: unit (1–19), ten, hundred, big (multiplier)."""
    if text.startswith("ك"):
        return None  # no number word starts with ك: «كمية» is not ك + مية
    for form in forms(text):
        if form in ORDINALS:
            return None
        if form in HUNDREDS:
            return float(HUNDREDS[form]), "hundred"
        if form in THOUSANDS_DUAL:
            return float(THOUSANDS_DUAL[form]), "big2"
    value = number_word(text)
    if value is not None:
        return float(value), "ten" if 20 <= value < 100 else ("hundred" if value == 100 else "unit")
    multiplier = big_word(text)
    if multiplier is not None and not any(f in VAGUE for f in forms(text)):
        return float(multiplier), "big"
    return None


def _continues(words: list[Word], j: int) -> tuple[str, int] | None:
    """The word that continues a number with «و» at ``j`` («وعشرين», «و 44», «و44»): its text
    without «و» and its index."""
    if j >= len(words):
        return None
    text = words[j].text
    if text == "و" and j + 1 < len(words):
        return words[j + 1].text, j + 1
    return (text[1:], j) if text.startswith("و") and len(text) > 1 else None


def _number_at(words: list[Word], i: int) -> tuple[float, int, int] | None:
    """A number starting at word ``i``: (value, decimals, last word index)."""
    text = words[i].text
    if _DIGITS.fullmatch(text):
        parsed = parse_digits(text)
        if parsed is None:
            return None
        value, decimals = parsed
        cls = "digits"
    else:
        if text.lstrip("وفب").startswith("الاثن"):
            return None  # «الاثنين» is Monday («بقوة 7,8 درجات الاثنين»), not «the two»
        teen = _TEEN_HEADS.get(text.lstrip("و"))
        if teen and i + 1 < len(words):
            after = _word_value(words[i + 1].text)
            if after and after[0] == 10:  # «إحدى عشر», «اثنا عشر»: 11 and 12
                return float(teen + 10), 0, i + 1
        found = _word_value(text)
        if found is None or (found[1] == "big" and not _is_bare_big(text)):
            return None
        value, cls = found
        decimals = 0
    last = i
    j = i + 1
    if cls == "unit" and j < len(words):
        nxt = _word_value(words[j].text)
        if nxt and nxt[0] == 10 and value < 10:  # خمسة عشر
            value, last, j = value + 10, j, j + 1
    if cls == "unit" and (cont := _continues(words, j)):
        tens = _word_value(cont[0])
        if tens and tens[1] == "ten":  # خمسة وعشرين
            value, last, j = value + tens[0], cont[1], cont[1] + 1
    if j < len(words) and cls not in ("big", "big2"):
        multiplier = big_word(words[j].text)
        if multiplier and (not _vague_word(words[j].text) or value < 1000):  # عشرة آلاف
            value, last, j = value * multiplier, j, j + 1
            cls = "big"
    cont = _continues(words, j) if cls in ("big", "big2", "hundred") else None
    while cont:  # 38 ألفا و44, مئة وخمسين, مليونا و833 ألفا و164
        extra = _part_value(cont[0])
        next_at = cont[1] + 1
        smaller = big_word(words[next_at].text) if next_at < len(words) else None
        if (
            extra is not None
            and smaller
            and smaller * 1000 <= value
            and extra < 1000
            and not _vague_word(words[next_at].text)
        ):  # «مليونا و833 ألفا»: a smaller multiplier's part, and maybe more next_at it
            value, last = value + extra * smaller, next_at
            cont = _continues(words, next_at + 1)
            continue
        limit = 100 if cls == "hundred" else 1000
        if extra is not None and extra < limit:
            value, last = value + extra, cont[1]
        break
    return value, decimals, last


def _part_value(rest: str) -> float | None:
    """The value of what follows «و» in a compound number: digits, or a unit, ten or hundred."""
    if _DIGITS.fullmatch(rest):
        parsed = parse_digits(rest)
        return parsed[0] if parsed else None
    word = _word_value(rest)
    return word[0] if word and word[1] in ("unit", "ten", "hundred") else None


_HALF = frozenset(("نصف", "ونصف"))
_PER_CENT = frozenset(("بالمايه", "بالميه", "المايه", "الميه", "بالمئه", "المئه"))
# the first word of eleven and twelve, a number only before «عشر»: «أحد» alone is «one of»
_TEEN_HEADS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2}


def _is_bare_big(text: str) -> bool:
    """«ألف» alone is a thousand; «آلاف» alone is vague."""
    return not _vague_word(text)


@lru_cache(maxsize=65_536)
def _vague_word(text: str) -> tuple[int, int] | None:
    for form in forms(text):
        if form in VAGUE:
            return VAGUE[form]
    return None


def find_quantities(words: list[Word], folded: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every quantity among ``words``, skipping words inside ``taken`` spans (dates, times)."""
    found: list[Quantity] = []
    i = 0
    n = len(words)
    while i < n:
        if taken and any(s <= words[i].start < e for s, e in taken):
            i += 1
            continue
        vague = _vague_word(words[i].text)
        if vague and not (found and found[-1].last == i - 1):
            low, high = vague
            last = i
            if i + 1 < n and (_vague_word(words[i + 1].text) or big_word(words[i + 1].text)):
                scale = big_word(words[i + 1].text) or 1
                low, high, last = low * scale, high * scale, i + 1
            found.append(Quantity(i, last, float(low), float(low), float(high), 0, vague=True))
            i = last + 1
            continue
        if words[i].text in _PER_CENT and found and found[-1].last >= i - 2:
            i += 1  # «48.03 بالمائة», «13.11 في المئة»: a percent sign in words, not a hundred
            continue
        after_ordinal = i > 0 and not ORDINALS.isdisjoint(forms(words[i - 1].text))
        if i > 0 and words[i - 1].text == "ال" and words[i].text[:1].isdigit():
            i += 1  # «الذكرى الـ650 لتأسيس المدينة»: the 650th, an ordinal, no count
            continue
        number = None if after_ordinal and words[i].text[:1] == "و" else _number_at(words, i)
        if number is not None and _model_number(words, i, folded):
            number = None
        if number is None:
            i += 1
            continue
        value, decimals, last = number
        first = i
        if value >= 1000 and i and words[i - 1].text in _HALF and big_word(words[i].text):
            first, value = i - 1, value / 2  # «نصف مليون»: half a million
        elif (
            value >= 1000
            and last + 1 < n
            and words[last + 1].text == "ونصف"
            and (big := big_word(words[last].text))
        ):
            value, last = value + big / 2, last + 1  # «مليون ونصف», «3 ملايين ونصف»
            if last + 1 < n and big_word(words[last + 1].text):
                last += 1  # «مليون ونصف المليون»
        quantity = Quantity(first, last, value, value, value, decimals)
        opener = i > 0 and any(f in RANGE_OPENERS for f in forms(words[i - 1].text))
        opener = opener or (i > 1 and words[i - 1].text == "ما" and words[i - 2].text == "بين")
        if last + 1 < n:
            gap = folded[words[last].end : words[last + 1].start].strip()
            second = None
            if gap in ("-", "–", "—") and _DIGITS.fullmatch(words[last + 1].text):
                second = _number_at(words, last + 1)
            elif opener and (cont := _continues(words, last + 1)) is not None:
                rest, at = cont
                second = _number_at([*words[:at], Word(0, 0, rest)], at)
                if second:
                    second = (second[0], second[1], at)
            elif opener and words[last + 1].text in ("الي", "و") and last + 2 < n:
                second = _number_at(words, last + 2)
            elif words[last + 1].text == "الي" and last + 2 < n and words[i - 1].text != "من":
                second = _number_at(words, last + 2)  # «خمسة إلى عشرة جرحى»; «من 4 إلى 6» rose
                if second and second[0] > 10 * max(value, 1):
                    second = None  # «عيار 24 إلى 3372 جنيها»: a gold grade, then a price
            if second and second[0] > value:
                quantity = Quantity(i, second[2], (value + second[0]) / 2, value, second[0],
                                    max(decimals, second[1]), is_range=True)  # fmt: skip
        found.append(quantity)
        i = quantity.last + 1
    return found
