"""Where a figure applies: a country or city from ``resources/facts/places.json`` (and the
adjectives that name a country: «التركية»), or the name after «ولاية/محافظة/مدينة/إقليم»."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.facts.numbers import Word
from app.facts.times import TIME_WORDS
from app.facts.words import definite, forms, lemma, wordset
from app.resources import resources_dir
from app.text.normalize import WORD_RE, fold

AREA_MARKERS = wordset("ولايه محافظه مدينه اقليم منطقه بلده قريه مقاطعه بلديه")
_NOT_NAMES = wordset(
    "في من الي علي عن مع التي الذي جنوب شمال شرق غرب وسط "
    "الاولي الاول الثانيه الثاني الثالثه الثالث الاخيره الاخير المجاوره المنكوبه نفسها"
)
# a place's second word is never these: «ولاية هرات إن …», «ولاية هرات محمد طالب شهيد» (the
# official named after the place he serves)
_NOT_SECOND = wordset(
    "ان انه انها بان لان قد كان كانت محمد احمد علي عبد عبدالله حسن حسين خالد محمود مصطفي "
    "ابراهيم يوسف عمر سعيد صالح"
)


@dataclass(frozen=True, slots=True)
class Place:
    first: int  # word indices
    last: int
    name: str  # the table's name (or the written name after a marker)
    country: str  # the country it lies in ("" when unknown)
    adjective: bool  # named by an adjective («التركية»): weaker than a noun


@dataclass(frozen=True)
class Gazetteer:
    names: dict[tuple[str, ...], tuple[str, str, bool]]  # folded words → (name, country, adj)
    longest: int
    firsts: frozenset[str] = frozenset()  # every name's first word: most words start none


def _key(name: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(fold(name)))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    data = json.loads((resources_dir() / "facts" / "places.json").read_text(encoding="utf-8"))
    names: dict[tuple[str, ...], tuple[str, str, bool]] = {}
    for country, aliases in data["countries"].items():
        for alias in aliases:
            key = _key(alias)
            adjective = len(key) == 1 and key[0].startswith("ال") and key[0].endswith(("يه", "ي"))
            names[key] = (country, country, adjective)
    for city, country in data["cities"].items():
        names.setdefault(_key(city), (city, country, False))
    return Gazetteer(names, max(len(k) for k in names), frozenset(k[0] for k in names))


# nationalities with a broken plural, which no ending rule reaches
_BROKEN_PLURALS = {"مغاربه": "المغرب", "اتراك": "تركيا", "افغان": "أفغانستان"}
# a nationality that names no one country of the table, read only as people's nation, never as
# a place: «173 راكبا كوريا» (read on a plane crash's coverage: Korean passengers of a
# breakdown had been set against all the passengers), of either Korea
_NATIONS_ONLY = {"كوري": "كوريا"}


@lru_cache(maxsize=16_384)
def nation_country(word: str) -> str | None:
    """The country a nationality names, written any way a count of people writes it: «أردنيا»,
    «الأردنيين», «مصريًا», «مغاربة», «إندونيسيا» (the accusative is the country's name) → the
    table's country; None for any other word («النظاميين», «مسلحين»)."""
    names = gazetteer().names
    for form in forms(word):
        if form in _BROKEN_PLURALS or form.removeprefix("ال") in _BROKEN_PLURALS:
            return _BROKEN_PLURALS.get(form) or _BROKEN_PLURALS[form.removeprefix("ال")]
    base = lemma(word)
    if len(base) < 4 or not base.endswith("ي"):
        return None
    if base in _NATIONS_ONLY:
        return _NATIONS_ONLY[base]
    for key in ("ال" + base, "ال" + base + "ه", base + "ا", base[:-1], "ال" + base[:-1]):
        entry = names.get((key,))
        if entry and entry[1] and (entry[2] or key in (base + "ا", base[:-1], "ال" + base[:-1])):
            return entry[1]
    return None


def nationals(word: str) -> str | None:
    """«الأردنيين», «المصريون», «المغاربة»: people of a nation named by a definite plural (not
    «الخارجية المصرية», an adjective of a body) → the country."""
    if not definite(word):
        return None
    plural = word.endswith(("ين", "يون")) or any(
        f.removeprefix("ال") in _BROKEN_PLURALS for f in forms(word)
    )
    return nation_country(word) if plural else None


def find_places(words: Sequence[Word]) -> list[Place]:
    table = gazetteer()
    found: list[Place] = []
    k = 0
    count = len(words)
    while k < count:
        word_forms = forms(words[k].text)
        hit = None
        starts = [f for f in word_forms if f in table.firsts]  # in the order forms gives them
        for size in range(min(table.longest, count - k), 0, -1) if starts else ():
            rest = tuple(w.text for w in words[k + 1 : k + size])
            for first in starts:
                entry = table.names.get((first, *rest))
                if entry:
                    hit = (size, entry)
                    break
            if hit:
                break
        if hit:
            size, (name, country, adjective) = hit
            found.append(Place(k, k + size - 1, name, country, adjective))
            k += size
            continue
        marker = any(f in AREA_MARKERS for f in word_forms)
        # «منطقة تيندا» names one; «في المنطقة ارتفع» (the region) names none
        if not marker or definite(words[k].text):
            k += 1
            continue
        known_next = k + 1 < count and any((f,) in table.names for f in forms(words[k + 1].text))
        if k + 1 < count and not known_next:
            name_words = []
            for m in range(k + 1, min(k + 3, len(words))):
                text = words[m].text
                if (
                    text in _NOT_NAMES
                    or (m > k + 1 and text in _NOT_SECOND)
                    # «بلدة مسيحية عانت»: an adjective describes the town, names none
                    or (m == k + 1 and not text.startswith("ال") and text.endswith("يه"))
                    or text[:1].isdigit()
                    or (text.startswith(("ال", "و")) and m > k + 1)
                    # «منطقة إمبابة بالجيزة»: the next place, in its preposition, is no part of it
                    or (text.startswith(("بال", "لل")) and m > k + 1)
                    # «مدينة هاندلوفا بوسط البلاد»: where in the country, no part of the name
                    or (m > k + 1 and text[:1] == "ب" and text[1:] in _NOT_NAMES)
                    # «في مدينة ماغديبورغ مساء الجمعة»: when, no part of the name
                    or (m > k + 1 and not TIME_WORDS.isdisjoint(forms(text)))
                    or words[m].start - words[m - 1].end > 1  # «في المدينة، وأصيب»: a comma
                    or any(f in AREA_MARKERS for f in forms(text))  # «تيندا بمقاطعة أمور»
                ):
                    break
                name_words.append(text)
            if name_words:
                written = " ".join(name_words)
                known = table.names.get(tuple(name_words))
                name, country = (known[0], known[1]) if known else (written, "")
                found.append(Place(k + 1, k + len(name_words), name, country, False))
                k += len(name_words) + 1
                continue
        k += 1
    return found
