"""Words of a segment with their match keys, and the character n-gram vectors used to align.

``key`` is the folded word (marks, letter forms, digits normalised); ``stem`` also drops clitic
prefixes (و ف ب ك ل ال); ``soft`` folds the letters that transliterate foreign g/ch/v/p
(غ ق گ چ → ج, ڤ → ف, پ → ب), used only as a fallback for words that do not match exactly.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.text.normalize import ORIGINAL_WORD_RE, WORD_RE, fold, strip_prefixes

_SOFT = str.maketrans({"غ": "ج", "ق": "ج", "گ": "ج", "چ": "ج", "ڤ": "ف", "پ": "ب", "ة": "ه"})
NGRAM_SIZES = (2, 3, 4)


@dataclass(frozen=True)
class Token:
    start: int  # code points into the article text
    end: int
    key: str
    stem: str

    @property
    def soft(self) -> str:
        return self.stem.translate(_SOFT)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    spans = [m.span() for m in ORIGINAL_WORD_RE.finditer(text)]
    folded = fold(text)
    keys = WORD_RE.findall(folded)
    if len(keys) != len(spans):  # folding changed the words (rare): key them one by one
        keys = [(WORD_RE.findall(fold(text[s:e])) or [""])[0] for s, e in spans]
    return [
        Token(offset + s, offset + e, key, strip_prefixes(key) or key)
        for (s, e), key in zip(spans, keys, strict=True)
    ]


def ngrams(tokens: Sequence[Token]) -> Counter[str]:
    """Character 2–4-grams inside each word stem, word edges marked."""
    grams: Counter[str] = Counter()
    for token in tokens:
        word = f"<{token.stem}>"
        for n in NGRAM_SIZES:
            for i in range(len(word) - n + 1):
                grams[word[i : i + n]] += 1
    return grams


def tfidf(
    counts: Sequence[Counter[str]], df: Counter[str], documents: int
) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors (log-scaled term frequency, smoothed idf)."""
    vectors = []
    for grams in counts:
        weights = {g: (1 + math.log(c)) * math.log(1 + documents / df[g]) for g, c in grams.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({g: w / norm for g, w in weights.items()})
    return vectors
