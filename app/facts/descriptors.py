"""Descriptors: words that say what a thing is and change its meaning between outlets.

- Collection-wide, an elative before a noun («أحدث منشأة إطلاق» / «أهم منشأة محلية لإطلاق»):
  the same noun, followed by a shared word, described by different elatives.
- Inside linked passages, the word diff replacing one two-word construct by another after the
  same words («اهتماما كبيرا بهندسة الفضاء» / «اهتماما كبيرا بتكنولوجيا الصواريخ»).

Both become facts of kind ``descriptor``; the collation compares their ``cues`` (the elative,
or the construct's key) and reports different ones as wording differences.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from app.compare.diff import WordOp
from app.compare.tokens import Token
from app.facts.model import Fact
from app.facts.numbers import Word
from app.facts.words import NOT_COUNTED, forms, lemma, wordset

Side = tuple[int, Sequence[Token], tuple[int, int]]  # article, words, the segment's span


ELATIVES = wordset(
    "احدث اهم اكبر اخطر ابرز اقوي اعلي اقدم اضخم اوسع اطول اعنف اسوا اشد افضل ادني اصغر"
    " اغني افقر ارخص اغلي اسرع اكثف"
)


_NO_NOUN = wordset("بكثير بقليل مما ممن عما منه منها منهم")


def elative_at(words: list[Word], k: int) -> str | None:
    """The elative at word ``k`` when a noun follows it, else None."""
    if k + 1 >= len(words):
        return None
    elative = next((f for f in forms(words[k].text) if f in ELATIVES), None)
    following = words[k + 1].text
    if elative is None or following in NOT_COUNTED or not following[:1].isalpha():
        return None
    if following in _NO_NOUN or words[k + 1].start - words[k].end > 1:
        return None  # «أكبر بكثير», «أكبر مما», «أضخم، ليتبين»: no noun described
    if "ال" + elative in forms(words[k].text):
        return None  # «المجلس الأعلى للأمن»: with the article, the adjective of a name before it
    return elative


def context_keys(words: list[Word], k: int) -> frozenset[str]:
    """Content words right after the described noun, to tell the same thing from another."""
    keys = set()
    for word in words[k + 2 : k + 5]:
        for form in forms(word.text)[1:] or forms(word.text):
            if len(form) >= 4 and form not in NOT_COUNTED:
                keys.add(lemma(form))
    return frozenset(keys)


def descriptor_fact(
    article: int, start: int, end: int, text: str, noun: str, cue: str, sentence: tuple[int, int]
) -> Fact:
    return Fact(
        id=f"{article}:{start}",
        article=article,
        start=start,
        end=end,
        text=text,
        kind="descriptor",
        subject=noun,
        value=None,
        low=None,
        high=None,
        hedge="",
        unit="",
        source="",
        time="",
        sentence=sentence,
        reading=text.strip(),
        cues=(cue,),
    )


def _bare_key(key: str) -> str:
    word = key[1:] if key[:1] in "وف" and len(key) > 3 else key
    return word[1:] if word[:1] in "بل" and len(word) > 3 and not word.startswith("ال") else word


def linked_constructs(
    text_of: dict[int, str],
    pairs: Iterable[tuple[Side, Side, Sequence[WordOp]]],
) -> list[Fact]:
    """Descriptors from linked segments: a two-word construct (noun + definite noun) the word
    diff replaces by another after two equal words. ``pairs``: both sides of every link and its
    word diff; ``text_of`` gives the stored texts."""
    found: dict[str, Fact] = {}
    for (article_a, tokens_a, span_a), (article_b, tokens_b, span_b), ops in pairs:
        for k, op in enumerate(ops):
            if op.op != "replace" or not op.a or not op.b or k == 0 or ops[k - 1].op != "equal":
                continue
            side_a = [t for t in tokens_a if op.a[0] <= t.start < op.a[1]]
            side_b = [t for t in tokens_b if op.b[0] <= t.start < op.b[1]]
            before = ops[k - 1].a
            anchor = [t for t in tokens_a if before and before[0] <= t.start < before[1]][-2:]
            if len(anchor) < 2 or not (_construct(side_a) and _construct(side_b)):
                continue
            if _bare_key(anchor[-1].key) in NOT_COUNTED:
                # «مما أدى إلى سقوط المركبات» / «مما أدى إلى تدمير الجسر»: after «إلى», «في»,
                # «عن» comes what a verb led to, two consequences, not two descriptions of one
                # thing (read on a bridge's collapse: flagged as a wording conflict)
                continue
            subject = " ".join(lemma(t.key) for t in anchor)
            keys = tuple(sorted({lemma(t.stem) for t in anchor}))
            for article, side, span in ((article_a, side_a, span_a), (article_b, side_b, span_b)):
                start, end = side[0].start, side[-1].end
                cue = " ".join(_bare_key(t.key) for t in side)
                text = text_of[article][start:end]
                fact = descriptor_fact(article, start, end, text, subject, cue, span)
                shown = " ".join(text_of[article][t.start : t.end] for t in anchor)
                found.setdefault(fact.id, replace(fact, cues=(cue, *keys), noun=shown))
    return list(found.values())


def _construct(side: Sequence[Token]) -> bool:
    if len(side) != 2:
        return False
    first, second = (_bare_key(t.key) for t in side)
    return not first.startswith("ال") and second.startswith("ال") and len(first) >= 3
