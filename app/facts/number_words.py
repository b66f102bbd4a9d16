"""Number words in folded form (app.text.normalize.fold): units, tens, hundreds as words, and
the multipliers ألف/مليون/مليار, each with its clitic forms (بعشرة، والسبعين، آلاف)."""

from __future__ import annotations

from functools import lru_cache

UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3,
    "ثلاثه": 3, "ثالث": 3, "ثالثه": 3, "اربع": 4, "اربعه": 4, "رابع": 4, "رابعه": 4, "خمس": 5,
    "خمسه": 5, "خامس": 5, "خامسه": 5, "ست": 6, "سته": 6, "سادس": 6, "سادسه": 6, "سبع": 7,
    "سبعه": 7, "سابع": 7, "سابعه": 7, "ثماني": 8, "ثمانيه": 8, "ثامن": 8, "ثامنه": 8, "تسع": 9,
    "تسعه": 9, "تاسع": 9, "تاسعه": 9, "عشر": 10, "عشره": 10, "عاشر": 10, "عاشره": 10,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
    "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90, "ميه": 100, "مايه": 100,
    "مئتين": 200, "مئتان": 200, "ميتين": 200, "ميتان": 200, "مئتي": 200, "ميتي": 200,
    # the duals of the multipliers are numbers of their own: «ألفي قتيل» is 2000
    "الفين": 2000, "الفان": 2000, "الفي": 2000, "مليونين": 2_000_000, "مليونان": 2_000_000,
    "مليوني": 2_000_000,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
BIG = {
    "الف": 1000, "الفا": 1000, "الاف": 1000, "مليون": 1_000_000, "مليونا": 1_000_000,
    "ملايين": 1_000_000, "مليار": 1_000_000_000, "مليارا": 1_000_000_000,
    "مليارات": 1_000_000_000, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
_CLITICS = "وفبلك"


def _candidates(key: str) -> list[str]:
    word = key.lower()
    found = [word]
    if word[:1] in _CLITICS and len(word) > 3:
        found.append(word[1:])
    for w in list(found):
        for article in ("ال", "لل"):
            if w.startswith(article) and len(w) > 4:
                found.append(w[len(article) :])
    found += [w[:-1] for w in found if w.endswith("ا") and len(w) > 3]  # tanween alef
    return found


@lru_cache(maxsize=65_536)
def number_word(key: str) -> int | None:
    """The value of a number word (واحدًا, والسبعين, بعشرة, thirty), or None."""
    for word in _candidates(key):
        if word in UNITS:
            return UNITS[word]
    return None


@lru_cache(maxsize=65_536)
def big_word(key: str) -> int | None:
    """ألف, آلاف, مليون, مليار (thousand, million, billion) as a multiplier, or None."""
    for word in _candidates(key):
        if word in BIG:
            return BIG[word]
    return None
