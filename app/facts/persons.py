"""Whose age a figure gives, as the article names that person.

An age given after a title («الرئيس الإيراني (63 عامًا)») or after a surname alone («وكان رئيسي
يبلغ من العمر 63 عامًا») is the age of the person the article names with that title or surname
(«الرئيس الإيراني إبراهيم رئيسي»): one person's age is then one row of the Facts table, where
it was three (read on the coverage of a helicopter crash: 63 given three ways for one man).
A title or surname the article names nobody with is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from app.facts.model import Fact
from app.text.normalize import WORD_RE, NormalisedText, normalise

_QUOTE = "\"'“”«»"
_NAME = rf"[{_QUOTE}]? *([^\W\d_]{{3,}}) +([^\W\d_]{{3,}})"  # on one line
# «وكان رئيسي يبلغ من العمر 63»: the word before the verb of age, right before the figure
# «نوا أرغاماني البالغة من العمر»; «فيكو (البالغ من العمر 59 عامًا)»: the name before brackets
_AGED = re.compile(r"([^\W\d_]{3,})\s*[(\[«\"]?\s*(?:يبلغ|تبلغ|البالغ|البالغه)\s+من\s+العمر\s*$")
# words that are no first name: «الذي يبلغ»; «السلوفاكي، فإن فيكو»
_NOT_NAMES = frozenset(
    ("الذي", "التي", "وهو", "وهي", "كان", "وكان", "كانت", "وكانت", "فان", "وان", "بان", "لان")
)


def _written(normalised: NormalisedText, text: str, start: int, end: int) -> str:
    begin, finish = normalised.to_original(start, end)
    return "".join(ch for ch in text[begin:finish] if ch not in _QUOTE).strip()


def _after_title(title: str, folded: str) -> tuple[int, int] | None:
    """The first name of two words right after ``title`` (folded), neither with the article."""
    for match in re.finditer(re.escape(title) + " +" + _NAME, folded):
        if not match.group(1).startswith("ال") and not match.group(2).startswith("ال"):
            return match.start(1), match.end(2)
    return None


def _with_surname(surname: str, folded: str) -> tuple[int, int] | None:
    """The name the article gives after a title and ending in ``surname`` («الرئيس الإيراني
    إبراهيم رئيسي», «رئيس الوزراء السلوفاكي، روبرت فيكو»), when it gives one first name only
    («في عهد رئيسي» names nobody)."""
    found = {
        (m.start(1), m.end()): m.group(1)
        for m in re.finditer(
            rf"(?<!\w)ال[^\W\d_]+[,،]? +[{_QUOTE}]?([^\W\d_]{{3,}}) +{re.escape(surname)}(?!\w)",
            folded,
        )
        if not m.group(1).startswith("ال") and m.group(1) not in _NOT_NAMES
    }
    if len(set(found.values())) != 1:
        return None
    return next(iter(found))


def named_ages(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` of one article, each age after a title or a surname named as the person the
    article names with it (``subject`` folded, ``noun`` as written)."""
    ages = [i for i, f in enumerate(facts) if f.kind == "age"]
    if not ages:
        return facts
    normalised = normalise(text)
    folded = normalised.text
    out = list(facts)
    for i in ages:
        fact = facts[i]
        words = fact.subject.split()
        span = None
        if len(words) == 2 and all(w.startswith("ال") for w in words):
            span = _after_title(fact.subject, folded)
        elif not words:
            begin, start = (
                bisect_left(normalised.origin, o) for o in (fact.sentence[0], fact.start)
            )
            aged = _AGED.search(folded[begin:start])
            if aged and aged.group(1) not in _NOT_NAMES:
                span = _with_surname(aged.group(1), folded)
        if span is not None:
            subject = " ".join(WORD_RE.findall(folded[span[0] : span[1]]))
            out[i] = replace(fact, subject=subject, noun=_written(normalised, text, *span))
    return out
