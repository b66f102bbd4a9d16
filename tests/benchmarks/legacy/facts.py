"""Facts in a segment that outlets may disagree on: counts, dates, who said it.

- Counts: numerals (Western or Arabic-Indic digits, decimals, ألف/مليون multipliers, percent),
  number words in Arabic and English (واحد … عشرة, tens, "الخامسة والسبعين" = 75), a noun with
  واحد after it (صاروخًا باليستيًا واحدًا = 1) and the dual with an agreeing adjective
  (صاروخين باليستيين = 2). Each count carries the counted noun (its head lemma) and the noun
  phrase (head and nisba adjectives).
- Dates: every date app.text.dates reads; numerals inside a date are not counts.
- Attribution: the words after a speech verb (قال، أضاف، أكد …; English "said") up to إن/أن or
  punctuation: "وقال عميد بلدية درنة عبد المنعم الغيثي إن" → "عميد بلدية درنة عبد المنعم الغيثي".

How two linked segments' counts are paired is in ``disagreements``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.compare.tokens import Token
from app.text.dates import find_dates
from app.text.normalize import fold
from tests.benchmarks.legacy.lexicon import (
    NAME_PARTICLES,
    PERCENT,
    ROLES,
    SAYS_EN,
    SPEAKER_STOPS,
    SPEECH_VERBS,
    big_word,
    number_word,
)

_DIGIT = "0-9٠-٩۰-۹"
_NUMERAL = re.compile(rf"(?<![{_DIGIT}.,٫٬])[{_DIGIT}]+(?:[.,٫٬][{_DIGIT}]+)?(?![{_DIGIT}])")
_DEFINITE = re.compile(r"^[وف]?(?:بال|كال|لل|ال)")
_SUFFIXES = (("يين", "ي"), ("يان", "ي"), ("ين", ""), ("ان", ""), ("ون", ""), ("ات", ""),
             ("ا", ""), ("ه", ""), ("s", ""))  # fmt: skip
_BREAK = re.compile(r"[،,:;؛«»\"“”()\[\].!?؟]")


@lru_cache(maxsize=65_536)
def lemma(key: str) -> str:
    """A folded word without its article and its dual/plural/tanween ending (≥ 3 letters left)."""
    word = key.lower()
    match = _DEFINITE.match(word)
    if match and len(word) - match.end() >= 3:
        word = word[match.end() :]
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(replacement) >= 3:
            return word[: len(word) - len(suffix)] + replacement
    return word


@dataclass(frozen=True, slots=True)
class Count:
    value: float
    noun: str  # head lemma of the counted noun ("" when none is known)
    phrase: frozenset[str]  # the noun and its nisba adjectives
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str  # as written
    keys: frozenset[str]  # lemmas of the name and title words


@dataclass(frozen=True, slots=True)
class SegmentFacts:
    counts: tuple[Count, ...]
    dates: tuple[tuple[int, int, dt.date], ...]
    speakers: tuple[Speaker, ...]
    words: frozenset[str]  # lemmas of every word, to tell a new name from a repeated one


def _is_adjective(token: Token) -> bool:
    word = lemma(token.key)
    return len(word) >= 4 and word.endswith("ي") and not word.endswith("الي")


def _phrase_after(tokens: Sequence[Token], j: int) -> tuple[str, frozenset[str]]:
    if j >= len(tokens):
        return "", frozenset()
    head = lemma(tokens[j].key)
    if head == "في" and j + 1 < len(tokens):  # في المئة
        head = lemma(tokens[j + 1].key) if lemma(tokens[j + 1].key) in PERCENT else head
    if head in PERCENT or _DEFINITE.sub("", tokens[j].key) in PERCENT:
        return "%", frozenset({"%"})
    words = {head}
    if j + 1 < len(tokens) and _is_adjective(tokens[j + 1]):
        words.add(lemma(tokens[j + 1].key))
    return head, frozenset(words)


def _phrase_before(
    tokens: Sequence[Token], i: int, adjectives: bool = True
) -> tuple[str, frozenset[str], int]:
    """The noun before واحد, over nisba adjectives: صاروخًا باليستيًا واحدًا → صاروخ."""
    j, words = i - 1, set[str]()
    while adjectives and j >= 0 and len(words) < 2 and _is_adjective(tokens[j]):
        words.add(lemma(tokens[j].key))
        j -= 1
    if j < 0:
        return "", frozenset(words), i
    head = lemma(tokens[j].key)
    return head, frozenset(words | {head}), j


def _first_token_at(tokens: Sequence[Token], position: int) -> int:
    for index, token in enumerate(tokens):
        if token.start >= position:
            return index
    return len(tokens)


def _numeral_counts(
    text: str, tokens: Sequence[Token], offset: int, taken: list[tuple[int, int]]
) -> list[Count]:
    counts = []
    for match in _NUMERAL.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        if any(s <= start < e for s, e in taken):
            continue
        value = float(fold(match.group()).replace(",", ".").replace("٫", ".").replace("٬", "."))
        j = _first_token_at(tokens, end)
        multiplier = big_word(tokens[j].key) if j < len(tokens) else None
        if multiplier:
            value *= multiplier
            end = tokens[j].end
            j += 1
        if "%" in text[match.end() : match.end() + 2]:
            head, phrase = "%", frozenset({"%"})
        else:
            head, phrase = _phrase_after(tokens, j)
            if head == "%" and j < len(tokens):  # بالمئة is the unit here, not a hundred
                end = max(end, tokens[j + (lemma(tokens[j].key) == "في")].end)
        taken.append((start, end))
        counts.append(Count(value, head, phrase, start, end))
    return counts


def _word_counts(tokens: Sequence[Token], taken: list[tuple[int, int]]) -> list[Count]:
    counts: list[Count] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        value = number_word(token.key)
        monday = value == 2 and i > 0 and tokens[i - 1].key.endswith("يوم")  # يوم الاثنين
        if value is None or monday or any(s <= token.start < e for s, e in taken):
            i += 1
            continue
        total, j = float(value), i + 1
        if j < len(tokens) and tokens[j].key.startswith("و"):  # خمسه وسبعين: units و tens
            tens = number_word(tokens[j].key[1:])
            if tens is not None and 20 <= tens < 100 and value < 10:
                total, j = total + tens, j + 1
        teen = number_word(tokens[j].key) if j < len(tokens) else None
        if teen == 10 and value < 10:  # خمسة عشر
            total, j = total + 10, j + 1
        multiplier = big_word(tokens[j].key) if j < len(tokens) else None
        if multiplier and total < 1000:
            total, j = total * multiplier, j + 1
        ordinal = _DEFINITE.match(token.key) is not None and i > 0  # الذكرى الخامسة والسبعين
        if total == 1 or ordinal:
            head, phrase, first = _phrase_before(tokens, i, adjectives=not ordinal)
            counts.append(Count(total, head, phrase, tokens[first].start, tokens[j - 1].end))
        else:
            head, phrase = _phrase_after(tokens, j)
            counts.append(Count(total, head, phrase, token.start, tokens[j - 1].end))
        i = j
    return counts


def _dual_counts(tokens: Sequence[Token]) -> list[Count]:
    counts = []
    for i in range(len(tokens) - 1):
        key, nxt = lemma(tokens[i].key), tokens[i + 1]
        word = _DEFINITE.sub("", tokens[i].key)
        adjective = _DEFINITE.sub("", nxt.key)
        if (
            len(word) >= 5
            and word.endswith(("ين", "ان"))
            and adjective.endswith(("يين", "يان"))
            and number_word(tokens[i].key) is None
        ):
            phrase = frozenset({key, lemma(nxt.key)})
            counts.append(Count(2, key, phrase, tokens[i].start, tokens[i].end))
    return counts


def _speakers(text: str, tokens: Sequence[Token], offset: int) -> list[Speaker]:
    found = []
    for k, token in enumerate(tokens[:-1]):
        verb = token.key.lower()
        if verb[:1] in "وف" and verb[1:] in SPEECH_VERBS:
            verb = verb[1:]
        if not (verb in SPEECH_VERBS or verb in SAYS_EN):
            continue
        names: list[Token] = []
        previous = token
        for candidate in tokens[k + 1 : k + 7]:
            gap = text[previous.end - offset : candidate.start - offset]
            if _BREAK.search(gap) or candidate.key.lower() in SPEAKER_STOPS:
                break
            if verb in SAYS_EN and not candidate.key[:1].isupper():
                break
            names.append(candidate)
            previous = candidate
        keys = frozenset(
            w for w in (lemma(t.key) for t in names) if len(w) >= 3 and w not in NAME_PARTICLES
        )
        lemmas = [lemma(t.key) for t in names]
        named = [
            w
            for n, w in enumerate(lemmas)
            if w in keys and w not in ROLES and not (n and lemmas[n - 1] in ROLES and w[-1] == "ي")
        ]  # titles and the adjective after a title (الرئيس الروسي) are not a name
        if named:  # a name, not only a title and its adjectives
            found.append(Speaker(text[names[0].start - offset : names[-1].end - offset], keys))
    return found


def extract_facts(text: str, tokens: Sequence[Token], offset: int) -> SegmentFacts:
    dates = tuple((offset + s, offset + e, d) for s, e, d in find_dates(text))
    taken = [(s, e) for s, e, _ in dates]
    counts = _numeral_counts(text, tokens, offset, taken)
    counts += _word_counts(tokens, taken)
    counts += [c for c in _dual_counts(tokens) if not any(s <= c.start < e for s, e in taken)]
    counts.sort(key=lambda c: c.start)
    words = frozenset(lemma(t.key) for t in tokens)
    return SegmentFacts(tuple(counts), dates, tuple(_speakers(text, tokens, offset)), words)


def same_noun(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 3 and long.startswith(short))


@dataclass(frozen=True, slots=True)
class Disagreement:
    kind: str  # "number", "date", "attribution"
    what: str  # the counted noun, for numbers
    a: str  # the value as the first segment gives it
    b: str
    spans: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _values(counts: Sequence[Count]) -> str:
    return " / ".join(dict.fromkeys(_fmt(c.value) for c in counts))


def count_disagreements(
    a: Sequence[Count],
    b: Sequence[Count],
    replaced: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    strict: bool = False,
) -> list[Disagreement]:
    """Counts of the same thing with no value in common.

    Counts pair up by their noun (with ``strict``, by the noun and an adjective: صاروخ باليستي),
    and a count left over on each side pairs with the other when the word diff puts both in one
    replaced stretch (``replaced``: pairs of spans), as "47 قتيلا" / "52 شخصا" do.
    """
    found, used_a, used_b = [], set(), set()
    for x, ca in enumerate(a):
        if x in used_a or not ca.noun:
            continue
        same_a = [i for i, c in enumerate(a) if same_noun(c.noun, ca.noun)]
        same_b = [i for i, c in enumerate(b) if same_noun(c.noun, ca.noun)]
        if strict:
            same_b = [i for i in same_b if len(b[i].phrase & ca.phrase) >= 2 or b[i].noun == "%"]
        if not same_b:
            continue
        used_a.update(same_a)
        used_b.update(same_b)
        values_a = {a[i].value for i in same_a}
        values_b = {b[i].value for i in same_b}
        if not values_a & values_b:
            first_a, first_b = a[same_a[0]], b[same_b[0]]
            found.append(
                Disagreement(
                    "number",
                    ca.noun,
                    _values([a[i] for i in same_a]),
                    _values([b[i] for i in same_b]),
                    ((first_a.start, first_a.end), (first_b.start, first_b.end)),
                )
            )
    if strict:
        return found
    for span_a, span_b in replaced:
        in_a = [i for i, c in enumerate(a) if i not in used_a and span_a[0] <= c.start < span_a[1]]
        in_b = [i for i, c in enumerate(b) if i not in used_b and span_b[0] <= c.start < span_b[1]]
        if len(in_a) == 1 and len(in_b) == 1:
            ca, cb = a[in_a[0]], b[in_b[0]]
            used_a.add(in_a[0])
            used_b.add(in_b[0])
            if ca.value != cb.value:
                what = ca.noun or cb.noun
                spans = ((ca.start, ca.end), (cb.start, cb.end))
                found.append(Disagreement("number", what, _fmt(ca.value), _fmt(cb.value), spans))
    return found


def disagreements(
    a: SegmentFacts,
    b: SegmentFacts,
    replaced: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> list[Disagreement]:
    """What two linked segments disagree on."""
    found = count_disagreements(a.counts, b.counts, replaced)
    if a.dates and b.dates:
        days_a = {d for _, _, d in a.dates}
        days_b = {d for _, _, d in b.dates}
        if not days_a & days_b:
            da = min(a.dates, key=lambda x: x[2])
            db = min(b.dates, key=lambda x: x[2])
            found.append(
                Disagreement(
                    "date",
                    "",
                    da[2].isoformat(),
                    db[2].isoformat(),
                    ((da[0], da[1]), (db[0], db[1])),
                )
            )
    if (
        a.speakers
        and b.speakers
        and not any(s.keys & b.words for s in a.speakers)
        and not any(s.keys & a.words for s in b.speakers)
    ):  # each side names someone the other side does not even mention
        found.append(Disagreement("attribution", "", a.speakers[0].text, b.speakers[0].text))
    return found
