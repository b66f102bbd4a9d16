"""Word-level differences inside a linked pair, with offsets into the original texts.

Words are compared by their folded keys (so diacritics and letter forms never count as a
change). A word of one side that has no exact twin on the other but a spelling variant of a name
(جونغ/جونج, شويغو/شويجو: transliterated letters folded, or rapidfuzz ratio ≥ 85 with the
difference inside the word; four letters or more) is treated as the same word and reported as
"variant". A word inflected another way (الشمالية/الشمالي, روسيا/الروسي: the difference at an
end) is a changed word, never a respelled name; a dual against a singular (صاروخين/صاروخا) stays
a difference a reader must see. Two words of one class of the paraphrase lexicon (قتلى/وفيات,
جئنا/أتينا: ``match.py``) are one word to the alignment and reported as "synonym": the outlets
word it differently and say the same, which a reader sees without its reading as a change of
fact. The alignment is rapidfuzz's
minimal Indel (LCS) alignment; a deletion next to an insertion (either order) is reported as
"replace".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from app.compare.match import lexicon_word
from app.compare.tokens import SOFT, Token
from app.text.normalize import own_first_letter

VARIANT_RATIO = 85
VARIANT_MIN_LETTERS = 4


@dataclass(frozen=True, slots=True)
class WordOp:
    op: str  # "equal", "variant", "synonym", "insert", "delete", "replace"
    a: tuple[int, int] | None  # code points into article a (None for a pure insert)
    b: tuple[int, int] | None


def _first_letter_keys(a: Sequence[Token], b: Sequence[Token]) -> tuple[list[str], list[str]]:
    """Each word's stem, but a word whose first letter was taken for a prefix keeps it when the
    pair has that longer stem (``own_first_letter``, as search reads it): «وزير» is stemmed
    «زير» («و», and), «الوزير» «وزير»; «فرنسا» «رنسا», «وفرنسا» «فرنسا». Read as one word,
    not as a word replaced."""
    stems = {t.stem for t in a} | {t.stem for t in b}

    def key(token: Token) -> str:
        own = own_first_letter(token.key, token.stem)
        return own if own in stems else token.stem

    return [key(t) for t in a], [key(t) for t in b]


def _synonym_keys(a: Sequence[Token], b: Sequence[Token]) -> tuple[list[str], list[str], set[int]]:
    """Keys for diffing; b's synonyms of a's words (one lexicon class, spelled otherwise) take
    the word's key. Returns b positions that are synonyms."""
    keys_a, keys_b = _first_letter_keys(a, b)
    exact_a = set(keys_a)
    word_of_class: dict[str, tuple[str, str]] = {}  # class → a's word: its stem, its bare form
    for token, key in zip(a, keys_a, strict=True):
        bare = lexicon_word(token.stem)
        if bare is not None:
            word_of_class.setdefault(token.match, (key, bare))
    synonyms = set()
    if word_of_class:
        for position, token in enumerate(b):
            if keys_b[position] in exact_a or token.match not in word_of_class:
                continue
            twin, twin_bare = word_of_class[token.match]
            bare = lexicon_word(token.stem)
            if bare is not None and bare != twin_bare:  # another word, not another inflection
                keys_b[position] = twin
                synonyms.add(position)
    return keys_a, keys_b, synonyms


def _variant_keys(keys_a: Sequence[str], keys_b: list[str]) -> set[int]:
    """b's name variants take a's key (in ``keys_b``). Returns b positions that are variants."""
    exact_a, exact_b = set(keys_a), set(keys_b)
    missing = [
        p for p, key in enumerate(keys_b) if key not in exact_a and len(key) >= VARIANT_MIN_LETTERS
    ]
    if not missing:
        return set()
    # a name variant is a word of a that b does not spell the same way
    soft_a: dict[str, str] = {}
    for key in exact_a - exact_b:
        if len(key) >= VARIANT_MIN_LETTERS:
            soft_a.setdefault(key.translate(SOFT), key)
    if not soft_a:
        return set()
    soft_names = sorted(soft_a)
    variants = set()
    for position in missing:
        soft = keys_b[position].translate(SOFT)
        twin = soft_a.get(soft)
        if twin is None:
            found = process.extractOne(
                soft, soft_names, scorer=fuzz.ratio, score_cutoff=VARIANT_RATIO
            )
            twin = soft_a[found[0]] if found and _inside(soft, found[0]) else None
        if twin is not None:
            keys_b[position] = twin
            variants.add(position)
    return variants


def _inside(one: str, other: str) -> bool:
    """The two spellings differ inside the word, as transliterations do (فوستوشني/فوستوتشني),
    not at its ends, as an ordinary word's inflections do (الشمالية/الشمالي, الفضائية/الفضاء)."""
    return one[:2] == other[:2] and one[-2:] == other[-2:]


def _span(tokens: Sequence[Token], i: int, j: int) -> tuple[int, int] | None:
    return (tokens[i].start, tokens[j - 1].end) if j > i else None


def word_diff(a: Sequence[Token], b: Sequence[Token]) -> list[WordOp]:
    keys_a, keys_b, synonyms = _synonym_keys(a, b)
    variants = _variant_keys(keys_a, keys_b)
    kind_of = dict.fromkeys(variants, "variant") | dict.fromkeys(synonyms, "synonym")
    ops: list[WordOp] = []
    pending: list[tuple[str, int, int, int, int]] = []
    for opcode in Indel.opcodes(keys_a, keys_b):
        pending.append(
            (opcode.tag, opcode.src_start, opcode.src_end, opcode.dest_start, opcode.dest_end)
        )
    index = 0
    while index < len(pending):
        tag, i1, i2, j1, j2 = pending[index]
        if tag == "equal":
            # runs of equal words, split around the name variants and synonyms inside them
            inside = sorted(p - j1 for p in kind_of if j1 <= p < j2)
            start = 0
            for k in [*inside, i2 - i1]:
                if k > start:
                    ops.append(
                        WordOp("equal", _span(a, i1 + start, i1 + k), _span(b, j1 + start, j1 + k))
                    )
                if k < i2 - i1:
                    kind = kind_of[j1 + k]
                    ops.append(
                        WordOp(kind, _span(a, i1 + k, i1 + k + 1), _span(b, j1 + k, j1 + k + 1))
                    )
                start = k + 1
        else:
            nxt = pending[index + 1] if index + 1 < len(pending) else None
            if nxt is not None and {tag, nxt[0]} == {"delete", "insert"}:
                src = (i1, i2) if tag == "delete" else (nxt[1], nxt[2])
                dest = (nxt[3], nxt[4]) if tag == "delete" else (j1, j2)
                ops.append(WordOp("replace", _span(a, *src), _span(b, *dest)))
                index += 1
            elif tag == "delete":
                ops.append(WordOp("delete", _span(a, i1, i2), None))
            else:
                ops.append(WordOp("insert", None, _span(b, j1, j2)))
        index += 1
    return ops
