"""Distances as one measure: kilometres whatever unit the outlet wrote («350 كيلومترا (218
ميلا)» is one distance, not two that disagree), and what the distance is of: a depth («على عمق
10 كيلومترات») is not how far a town lies from the epicentre («على بعد 350 كيلومترا»), so the
two are different questions of the Facts table (both were one «Distance» row on real coverage
of an earthquake, flagged against each other)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.facts.model import Fact
from app.text.normalize import fold, strip_prefixes

# unit words (folded) → kilometres per unit; «كيلومترا» may lose its first letter to the
# prefix stripper («ك» as «like»), so the stems are matched inside the word
_FACTORS = (("لومتر", 1.0), ("كلم", 1.0), ("كم", 1.0), ("ميل", 1.609344), ("متر", 0.001),
            ("قدم", 0.0003048))  # fmt: skip
# depth; distance from a place; a thing's length, height, width (read on a bridge's collapse:
# the ship's 289 m, the bridge's 2.6 km and its 56 m height were one «Distance», flagged)
_OF = {"عمق": "عمق", "اعماق": "عمق", "بعد": "بعد", "تبعد": "بعد", "يبعد": "بعد",
       "مسافه": "بعد", "طول": "طول", "ارتفاع": "ارتفاع", "عرض": "عرض"}  # fmt: skip
_PRONOUNS = ("هما", "ها", "ه")  # «طولها» (the ship's), «طوله» (the bridge's)
_OWN = {m + p for m in _OF for p in _PRONOUNS}  # «طوله», «عمقها»: a measure with its pronoun


def measured(facts: Sequence[Fact], text: str) -> list[Fact]:
    out: list[Fact] = []
    for fact in facts:
        if fact.kind == "distance" and fact.value is not None:
            fact = _measured(fact, text)
            last = out[-1] if out else None
            if (
                last is not None
                and last.kind == "distance"
                and text[last.end : fact.start].strip() == "("
            ):  # «185 قدمًا (56 مترًا)»: the conversion measures what the figure before it does
                fact = replace(fact, subject=last.subject)
        out.append(fact)
    return out


def _measured(fact: Fact, text: str) -> Fact:
    after = fold(text[fact.end : fact.end + 8])
    if after[:1] == "2" or "مربع" in after or "²" in after:  # «81 كم2», «60 ميلا مربعا»: an area
        return _area(fact)
    unit = fold(fact.unit)
    factor = next((k for stem, k in _FACTORS if stem in unit or unit == stem), 1.0)
    before = fold(text[max(fact.sentence[0], fact.start - 40) : fact.start]).split()
    subject = next(
        (m for k in range(len(before) - 1, max(-1, len(before) - 5), -1)
         if (m := _measure(before[k], before[k + 1 : k + 2]))),
        fact.subject,
    )  # fmt: skip
    if subject == "بعد":  # «على بعد 900 ميل من كيب كود»: how far from where
        subject = _from_where(fold(text[fact.end : min(fact.sentence[1], fact.end + 40)]))
    if factor == 1.0:
        return replace(fact, unit="km", subject=subject)
    scale = [None if v is None else round(v * factor, 3) for v in (fact.value, fact.low, fact.high)]
    # a converted figure is as precise as its conversion: «about» it, unless hedged already
    return replace(fact, value=scale[0], low=scale[1], high=scale[2], unit="km",
                   subject=subject, hedge=fact.hedge or "about")  # fmt: skip


_FROM = frozenset(("من", "عن", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي"))


def _from_where(after: str) -> str:
    """A distance «بعد» with the place it is measured from, when the words after the unit name
    one («… من كيب كود», «… من نيوفاوندلاند»): distances from two places are two questions
    (read on a lost submersible's coverage, where 900 miles from Cape Cod was flagged against
    370 miles from Newfoundland)."""
    words = after.split()
    for k, word in enumerate(words[:3]):
        if word.strip("،,") in _FROM and k + 1 < len(words):  # «… شرق كيب كود», «… من دمشق»
            place = strip_prefixes(words[k + 1].strip('«»"،,.()'))
            return f"بعد {place}" if len(place) > 2 else "بعد"
    return "بعد"


def _measure(word: str, after: list[str]) -> str | None:
    """What a distance measures, from a word before it: «عمق», «على بعد»; a length or height
    names its thing, by the noun after it («طول الجسر») or by the pronoun's gender («طوله»: a
    bridge's, «طولها»: a ship's), so two things' lengths are two questions."""
    bare = word.removeprefix("ال").strip('(«"،,')
    if bare[:1] in ("و", "ف") and bare[1:].removeprefix("ال") in _OF.keys() | _OWN:
        bare = bare[1:].removeprefix("ال")  # «ارتفاعه 30 مترا وطوله 3.2»: and its length
    found = _OF.get(bare)
    if found in ("عمق", "بعد"):
        return found
    if found:
        thing = after[0] if after and after[0].startswith("ال") and len(after[0]) > 3 else ""
        return f"{found} {thing}" if thing else found
    for pronoun in _PRONOUNS:
        stem = bare.removesuffix(pronoun)
        if stem != bare and stem in _OF and _OF[stem] != "بعد":
            return "عمق" if stem == "عمق" else bare  # «عمقه»: a depth; «طولها»: hers
    return None


def _area(fact: Fact) -> Fact:
    """An area in square kilometres (a fire's burnt land: «81 كم2» against «60 ميلا مربعا»)."""
    unit = fold(fact.unit)
    factor = 2.589988 if "ميل" in unit else 1.0
    scale = [None if v is None else round(v * factor, 3) for v in (fact.value, fact.low, fact.high)]
    hedge = fact.hedge or ("about" if factor != 1.0 else "")
    return replace(
        fact, value=scale[0], low=scale[1], high=scale[2], unit="km2", subject="مساحه", hedge=hedge
    )
