"""Distances as one measure: kilometres whatever unit the outlet wrote («350 كيلومترا (218
ميلا)» is one distance, not two that disagree), and what the distance is of: a depth («على عمق
10 كيلومترات») is not how far a town lies from the epicentre («على بعد 350 كيلومترا»), so the
two are different questions of the Facts table (both were one «Distance» row on real coverage
of an earthquake, flagged against each other)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.facts.model import Fact
from app.text.normalize import fold

# unit words (folded) → kilometres per unit; «كيلومترا» may lose its first letter to the
# prefix stripper («ك» as «like»), so the stems are matched inside the word
_FACTORS = (("لومتر", 1.0), ("كلم", 1.0), ("كم", 1.0), ("ميل", 1.609344), ("متر", 0.001))
_OF = {"عمق": "عمق", "بعد": "بعد", "مسافه": "بعد"}  # depth; distance from a place


def measured(facts: Sequence[Fact], text: str) -> list[Fact]:
    return [
        _measured(f, text) if f.kind == "distance" and f.value is not None else f for f in facts
    ]


def _measured(fact: Fact, text: str) -> Fact:
    after = fold(text[fact.end : fact.end + 8])
    if after[:1] == "2" or "مربع" in after or "²" in after:  # «81 كم2», «60 ميلا مربعا»: an area
        return _area(fact)
    unit = fold(fact.unit)
    factor = next((k for stem, k in _FACTORS if stem in unit or unit == stem), 1.0)
    before = fold(text[max(fact.sentence[0], fact.start - 40) : fact.start]).split()
    subject = next((_OF[w.removeprefix("ال")] for w in reversed(before[-4:])
                    if w.removeprefix("ال") in _OF), fact.subject)  # fmt: skip
    if factor == 1.0:
        return replace(fact, unit="km", subject=subject)
    scale = [None if v is None else round(v * factor, 3) for v in (fact.value, fact.low, fact.high)]
    # a converted figure is as precise as its conversion: «about» it, unless hedged already
    return replace(fact, value=scale[0], low=scale[1], high=scale[2], unit="km",
                   subject=subject, hedge=fact.hedge or "about")  # fmt: skip


def _area(fact: Fact) -> Fact:
    """An area in square kilometres (a fire's burnt land: «81 كم2» against «60 ميلا مربعا»)."""
    unit = fold(fact.unit)
    factor = 2.589988 if "ميل" in unit else 1.0
    scale = [None if v is None else round(v * factor, 3) for v in (fact.value, fact.low, fact.high)]
    hedge = fact.hedge or ("about" if factor != 1.0 else "")
    return replace(
        fact, value=scale[0], low=scale[1], high=scale[2], unit="km2", subject="مساحه", hedge=hedge
    )
