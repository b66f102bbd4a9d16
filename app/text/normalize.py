"""Normalisation for matching, with an exact map back to the stored text.

Display is sacred: the stored text is never changed. Matching works on a normalised copy, and
``NormalisedText.origin`` says, for each character of the copy, which code point of the original
it came from, so every match can be drawn on the original.

Folds (docs/matching.md): alef forms → ا, alef maqsura ى → ي, taa marbuta ة → ه, hamza carriers
ؤ ئ → و ي, tashkeel and tatweel removed, Arabic-Indic and Persian digits and Arabic punctuation
→ ASCII, quotes → ", and NFKC for presentation forms (ﻻ → لا: one character, two normalised).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_MARKS = frozenset(
    chr(c)
    for c in [
        *range(0x064B, 0x0660),
        0x0670,
        0x0640,
        *range(0x0610, 0x061B),
        *range(0x06D6, 0x06DD),
        *range(0x06DF, 0x06E5),
        0x06E7,
        0x06E8,
        *range(0x06EA, 0x06EE),
    ]
)
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ک": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'",
}  # fmt: skip
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)
_TABLE = str.maketrans({**_FOLD, **dict.fromkeys(_MARKS, None)})
_MARKS_RE = re.compile("[" + "".join(sorted(_MARKS)) + "]")
_FOLD_PAIRS = tuple(_FOLD.items())

# Clitic prefixes: conjunction و/ف, preposition ب/ل/ك, article ال (ل + ال → لل). A prefix is
# removed only when at least three letters remain, so short words and names keep their letters.
# The pattern needs a prefix letter to start, so the engine skips other positions fast.
PREFIX_RE = re.compile(r"(?<!\w)(?:[وف]?(?:لل|[بك]?ال|[بكل])|[وف])(?=\w{3})")
WORD_RE = re.compile(r"[^\W_]+")  # words as FTS5 unicode61 splits them
# The same words in the original text, where marks and tatweel still sit inside them.
ORIGINAL_WORD_RE = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")
_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")


def fold(text: str) -> str:
    """The normalised copy only, fast; no offset map.

    A chain of C-level ``str.replace`` calls, each skipped when its letter is absent, is about
    six times faster than ``str.translate`` with a mapping for Arabic text (measured: 11 µs vs
    67 µs for 1,100 characters), and the import indexes every article this way.
    """
    folded = _MARKS_RE.sub("", text)
    for letter, replacement in _FOLD_PAIRS:
        if letter in folded:
            folded = folded.replace(letter, replacement)
    if _PRESENTATION.search(folded):
        folded = unicodedata.normalize("NFKC", folded).translate(_TABLE)
    return folded.lower()


def strip_prefixes(folded: str) -> str:
    """Clitic prefixes removed from every word of an already folded text."""
    return PREFIX_RE.sub("", folded)


def key_text(text: str) -> str:
    """``text`` folded with every word's prefixes removed: the match keys, still as a text."""
    return strip_prefixes(fold(text))


def match_keys(text: str) -> list[str]:
    """The words of ``text`` as search and match keys: folded, prefixes removed."""
    return WORD_RE.findall(key_text(text))


_ONE_LETTER = frozenset("وفبكل")  # a clitic alone, or a word's own first letter


def own_first_letter(word: str, key: str) -> str | None:
    """``key`` (``word``'s match key) with the last letter taken off as a prefix put back, when
    that letter may be the word's own: «وزير» → «وزير» (keyed «زير»), «وبيان» → «بيان»; None
    when nothing was taken, or the article was («الوزير»: after it a و is the word's)."""
    prefix = word[: len(word) - len(key)]
    if not prefix or prefix.endswith(("ال", "لل")) or prefix[-1] not in _ONE_LETTER:
        return None
    return prefix[-1] + key


def query_keys(text: str) -> list[tuple[str, ...]]:
    """Each word of a query as the keys it may be stored under, its own key first.

    A word's first letter may be a clitic or its own: «وزير» (minister) is keyed «زير» as «و»
    is taken off, but «الوزير» keeps it («وزير»: after the article a و is the word's), and
    «بيان» / «البيان», «فرنسا» / «وفرنسا» split the same way. So a query word whose key lost one
    letter is also looked for with it («وزير» → «زير», «وزير»), and one whose key starts with
    such a letter also without it («الوزير» → «وزير», «زير»): a search for either finds both."""
    found = []
    for word in WORD_RE.findall(fold(text)):
        key = strip_prefixes(word)
        keys = [key]
        if own := own_first_letter(word, key):  # «وزير», «وبيان»: its own
            keys.append(own)
        if word != key and key[:1] in _ONE_LETTER and len(key) >= 4:
            keys.append(key[1:])  # «الوزير», «وفرنسا»: the bare word lost that letter
        found.append(tuple(dict.fromkeys(keys)))
    return found


@dataclass(frozen=True)
class NormalisedText:
    text: str
    origin: tuple[int, ...]  # origin[i]: offset in the original of normalised character i
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original span that produced it."""
        if start >= end:
            point = self.origin[start] if start < len(self.origin) else self.original_length
            return point, point
        return self.origin[start], self.origin[end - 1] + 1


def normalise(text: str) -> NormalisedText:
    """Fold ``text`` character by character, keeping where each output character came from.

    Most texts only lose marks (tashkeel, tatweel) and fold letters one for one: then the copy
    is ``fold``'s and each of its characters comes from the next code point that is no mark
    (a fifth of the time a character-by-character pass takes)."""
    if not _PRESENTATION.search(text) and "\u03a3" not in text:  # Σ lowers by its context
        kept = [index for index, ch in enumerate(text) if ch not in _MARKS]
        folded = fold(text)
        if len(folded) == len(kept):
            return NormalisedText(folded, tuple(kept), len(text))
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if ch in _MARKS:
            continue
        piece = _FOLD.get(ch, ch)
        if "\ufb50" <= piece <= "\ufeff" or "\ufe70" <= piece <= "\ufefc":
            piece = unicodedata.normalize("NFKC", piece).translate(_TABLE)
        piece = piece.lower()
        out.append(piece)
        origin.extend([index] * len(piece))
    return NormalisedText("".join(out), tuple(origin), len(text))


def keyed_words(text: str) -> list[tuple[int, int, str]]:
    """Every word of ``text`` as (start, end, match key), offsets into ``text`` itself.

    The whole text is folded at once and its words paired with the original's; where folding
    changed the number of words (rare presentation forms), words are keyed one by one.
    """
    spans = [m.span() for m in ORIGINAL_WORD_RE.finditer(text)]
    keys = WORD_RE.findall(key_text(text))
    if len(keys) != len(spans):
        keyed = []
        for start, end in spans:
            word_keys = WORD_RE.findall(key_text(text[start:end]))
            keyed.append((start, end, word_keys[0] if word_keys else ""))
        return keyed
    return [(start, end, key) for (start, end), key in zip(spans, keys, strict=True)]
