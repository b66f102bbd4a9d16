"""Match keys for alignment: a word's stem with its suffix clitics and plural endings off, a
number word as its digits, and a word of the paraphrase lexicon as its class's first word.

The stored text and the word diff keep their own keys (``Token.key``, ``Token.stem``); these
keys only decide which sentences look alike (``vectors.py``). The lexicon is
``resources/compare/paraphrase.json``: classes of words Arabic news copy uses for one another.
"""

from __future__ import annotations

import json
from functools import lru_cache

from app.facts.number_words import number_word
from app.resources import resources_dir
from app.text.normalize import fold, strip_prefixes

PRONOUNS = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك")  # longest first
PLURALS = ("ون", "ين", "ان", "ات")


def _bare(stem: str) -> str:
    """«برويتكم» → «رويت» → «روي»; «الصحفيين» → «صحفي»; «الدعوه» → «دعو»."""
    word = stem
    for suffix in PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if word.endswith("ت") and len(word) >= 4:  # the ة before a pronoun: دعوته
                word = word[:-1]
            break
    else:
        for suffix in PLURALS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    if word.endswith(("ه", "ا")) and len(word) >= 4:  # ة folded to ه; tanween alef
        word = word[:-1]
    return word


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """The lexicon's words by their bare keys, and its counted nouns («#امرأة») by their stems:
    a word read whole (suffix stripping would make «امرأة» «أمر», ordered), and as its class only
    after a figure («56 امرأة» is fifty-six women; «امرأة» alone, one woman)."""
    data = json.loads((resources_dir() / "compare" / "paraphrase.json").read_text("utf-8"))
    table: dict[str, str] = {}
    counted: dict[str, str] = {}
    for words in data["classes"]:
        head = _bare(strip_prefixes(fold(words[0])))
        for word in words:
            if word[:1] == "#":
                counted.setdefault(strip_prefixes(fold(word[1:])), head)
            else:
                table.setdefault(_bare(strip_prefixes(fold(word))), head)
    return table, counted


def counted_nouns() -> frozenset[str]:
    """The stems of the lexicon's counted nouns (``counted_key``)."""
    return frozenset(_lexicon()[1])


@lru_cache(maxsize=4_096)
def counted_key(stem: str) -> str:
    """The key of a word after a figure: a counted noun's class («56 امرأة»: women), else the
    word's own key."""
    return _lexicon()[1].get(stem) or match_key(stem)


def lexicon() -> dict[str, str]:
    return _lexicon()[0]


@lru_cache(maxsize=200_000)
def lexicon_word(stem: str) -> str | None:
    """The word without its suffixes when it is one of a class of the paraphrase lexicon (or a
    number word), else None: the word diff reports two words of one class as synonyms when
    these differ (not «صاروخين» against «صاروخا», one word inflected two ways). A counted noun
    is its whole stem («امراه», not «امر»)."""
    if stem in _lexicon()[1]:
        return stem
    bare = _bare(stem)
    return bare if bare in lexicon() or match_key(stem) != bare else None


@lru_cache(maxsize=200_000)
def match_key(stem: str) -> str:
    """The key two words share when alignment should read them as one."""
    value = number_word(stem)
    if value is not None:
        return str(value)
    table, counted = _lexicon()
    if stem in counted:
        return stem
    bare = _bare(stem)
    if bare in table:
        return table[bare]
    # a lexicon word in its construct plural («منفذي التفجير») or with the future prefix
    # («سنكشف»): read as the word, only when the lexicon knows it
    if bare.endswith("ي") and len(bare) >= 5 and bare[:-1] in table:
        return table[bare[:-1]]
    if bare[:1] == "س" and bare[1:2] in ("ن", "ي", "ت") and len(bare) >= 5:
        return table.get(bare[2:], bare)
    return bare
