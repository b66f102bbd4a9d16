"""Segments: sentences and headline lines, with offsets into the stored text.

A line break always ends a segment (headlines and one-line paragraphs are segments too). Inside a
line, a sentence ends after . ! ? ؟ … (and any closing quotes or brackets) when whitespace
follows, so "18,38", "13-9-2023" and "2.5" stay whole, and at a period glued to the next
sentence's first letter after a word of three letters or more (pages that lost their spaces).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.library.records import FurnitureMark

_SENTENCE_END = re.compile(
    r"[.!?؟…]+[\"'”»)\]]*(?=\s)"
    # a page that lost its spaces: «… شمال غرب البلاد.وذكر التلفزيون …»; not after one or two
    # letters, so «أ.ف.ب» and «د.أحمد» stay whole
    # nor inside an acronym written with dots, «إن.إتش.كيه»
    r"|(?<=[\u0621-\u064a\"”»)]{3})(?<!\.[\u0621-\u064a]{3})\.(?=[\u0621-\u064a])"
    # a question or an exclamation glued to the next sentence: «… بعد هذا الزلزال الكبير؟آخر …»
    r"|[!?؟](?=[\u0621-\u064a])"
    # and after a figure: «… بلغت 49.8%.والسبت، أظهرت …», «… عام 2024.وقال …» («2.5» stays whole)
    r"|(?<=[0-9٠-٩%٪]{2})\.(?=[\u0621-\u064a])"
)
_HAS_WORD = re.compile(r"[^\W_]")
# A long sentence also splits into clauses at a comma before a clause opener ("، فيما",
# "، بينما", "، لكن", "، مضيفًا" …), when each side keeps CLAUSE_MIN_WORDS words: one sentence
# often carries two claims that different outlets report apart. So does what the event led to
# («، ما أدى إلى مقتل…», «، مما أسفر عن…», «، مخلفًا…», «، ثم ترجل السائق…»): the toll or the next
# step stands alone, and other outlets give it in a sentence of its own. On nine hand-labelled
# sets of real coverage (1,808 same-claim pairs, two sets held out): 0.333 → 0.352 of the pairs
# together, passage purity 0.845 → 0.906, links right 0.912 → 0.914 (by the labels).
_CLAUSE = re.compile(
    r"[،,]\s+(?=(?:فيما|بينما|في حين|لكن|لكنه|لكنها|إلا أن|الا أن|غير أن|مضيف|مشير|لافت|موضح"
    r"|مؤكد|قائل|حيث|كما|وقال|وأضاف|وتابع|وأكد|وأشار|whereas|while|but"
    r"|ثم|ما أدى|مما أدى|ما أسفر|مما أسفر|ما تسبب|مما تسبب|مخلف|متسبب)[\s\u064b-\u0652اًٌٍَُِّْ])"
    # a quotation closed and the report going on: «… أيضًا" وردا على سؤال …»
    r"|(?<=[\"”»])\s+(?=و\w)"
)
CLAUSE_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Segment:
    id: int  # stable within one comparison: articles in id order, then text order
    article_id: int
    start: int
    end: int
    text: str
    furniture: bool
    headline: bool  # a whole line without sentence punctuation


# A full stop after an initial or a title is no sentence's end: «U.S. Coast Guard», «Dr. Smith»
# (an English post quoted in an Arabic article was cut at «U.S.»).
_ABBREVIATION = re.compile(
    r"(?:^|[\s(“\"])(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Rep|Sen|Gov"
    r"|Prof|No|vs|etc|e\.g|i\.e)$"
)


def _spans_of_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        if match.group().startswith(".") and _ABBREVIATION.search(line, 0, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    spans = [piece for s, e in spans for piece in _clauses(line, s, e)]
    result = []
    for s, e in spans:
        piece = line[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if _HAS_WORD.search(piece):
            result.append((offset + s + lead, offset + e - trail))
    return result


_OPENER = {'"': '"', "”": "“", "»": "«"}
QUOTE_MIN_WORDS = 5  # a quotation as long as this is speech; a shorter one is a name


def _quoted_name(line: str, close_at: int) -> bool:
    """The quotation closed at ``close_at`` is a name or a term, not speech: «الرئيس
    الإيراني "إبراهيم رئيسي" ووزير الخارجية …» goes on as one sentence."""
    closer = line[close_at]
    if closer not in _OPENER:
        return False
    open_at = max(line.rfind(_OPENER[closer], 0, close_at), line.rfind('"', 0, close_at))
    return open_at >= 0 and len(line[open_at + 1 : close_at].split()) < QUOTE_MIN_WORDS


def _clauses(line: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, begin = [], start
    for match in _CLAUSE.finditer(line, start, end):
        quote_end = not match.group().strip()  # the split after a closing quotation mark
        if quote_end and match.start() > 0 and _quoted_name(line, match.start() - 1):
            continue
        left, right = line[begin : match.end()], line[match.end() : end]
        if len(left.split()) >= CLAUSE_MIN_WORDS and len(right.split()) >= CLAUSE_MIN_WORDS:
            pieces.append((begin, match.end()))
            begin = match.end()
    pieces.append((begin, end))
    return pieces


def _in_furniture(start: int, end: int, marks: Sequence[FurnitureMark]) -> bool:
    """At least half of the segment lies in excluded furniture."""
    covered = sum(max(0, min(end, m.end) - max(start, m.start)) for m in marks if m.excluded)
    return covered * 2 >= end - start


def segment_article(
    article_id: int,
    text: str,
    furniture: Sequence[FurnitureMark] = (),
    first_id: int = 0,
    splits: Sequence[int] = (),
) -> list[Segment]:
    """The article's segments; ``splits``: offsets where the reviewer cut a sentence in two."""
    # Where an excluded mark starts or ends inside a line (a dateline at a paragraph's head, a
    # menu glued to a headline), the line is cut there: the mark is a segment of its own, left
    # out, and never diluted into the sentence it leads. A reviewer's split cuts the same way.
    cuts = tuple(
        sorted({point for m in furniture if m.excluded for point in (m.start, m.end)} | set(splits))
    )
    return [
        Segment(
            id=first_id + number,
            article_id=article_id,
            start=start,
            end=end,
            text=text[start:end],
            furniture=_in_furniture(start, end, furniture) if furniture else False,
            headline=headline,
        )
        for number, (start, end, headline) in enumerate(_article_spans(text, cuts))
    ]


@lru_cache(maxsize=8192)  # the comparison and the fact model cut each article the same way
def _article_spans(text: str, cuts: tuple[int, ...]) -> tuple[tuple[int, int, bool], ...]:
    found: list[tuple[int, int, bool]] = []
    offset = 0
    for line in text.split("\n"):
        first, last = bisect_right(cuts, offset), bisect_left(cuts, offset + len(line))
        inside = [c - offset for c in cuts[first:last]]
        spans = [
            span
            for piece_start, piece_end in zip([0, *inside], [*inside, len(line)], strict=True)
            for span in _spans_of_line(line[piece_start:piece_end], offset + piece_start)
        ]
        for start, end in spans:
            headline = len(spans) == 1 and not _SENTENCE_END.search(text[start:end] + " ")
            found.append((start, end, headline))
        offset += len(line) + 1
    return tuple(found)


CAPTION_WORDS = 6  # a line this short …
CAPTION_SHARE = 0.75  # … whose every word this share of the articles carry …
CAPTION_ARTICLES = 4  # … in a collection of this many articles or more


def says_nothing_of_its_own(
    segments: Sequence[Segment], keys: Sequence[Sequence[str]], usable: Sequence[bool]
) -> set[int]:
    """Segments (ids) that are a short line of the story's common words only, written word for
    word inside sentences of half the other articles or more: a name and title under a photo
    («وزير الصحة اللبناني حمد حسن»), a byline. It carries no claim, yet it shares every word
    with each sentence that names that person, and linked to three of them it joined two that
    carry different claims in one passage (the Beirut coverage). A headline of common words
    said in its own order («قتلى وجرحى بتفجير إرهابي وسط اسطنبول») is still compared.
    ``keys``: each segment's match keys."""
    articles = {s.article_id for s in segments if not s.furniture}
    short = [
        (segment, words)
        for segment, words, ok in zip(segments, keys, usable, strict=True)
        if ok and len(words) <= CAPTION_WORDS
    ]
    if len(articles) < CAPTION_ARTICLES or not short:
        return set()
    wanted = {key for _segment, words in short for key in words}
    per_article: dict[int, set[str]] = {}
    for segment, words in zip(segments, keys, strict=True):
        if not segment.furniture:
            per_article.setdefault(segment.article_id, set()).update(wanted.intersection(words))
    carried = Counter(key for found in per_article.values() for key in found)
    limit = CAPTION_SHARE * len(articles)
    found = set()
    for segment, words in short:
        if all(carried[key] >= limit for key in words):
            quoting = {
                other.article_id
                for other, theirs in zip(segments, keys, strict=True)
                if other.article_id != segment.article_id and _inside(words, theirs)
            }
            if 2 * len(quoting) >= len(articles) - 1:
                found.add(segment.id)
    return found


HEADING_WORDS = 6  # a section's heading inside the body is this short


def section_headings(segments: Sequence[Segment], sizes: Sequence[int]) -> set[int]:
    """Segments (ids) that head a section of the body: a short line without a sentence's end,
    right after a sentence and right before a paragraph («معلومات عن الجسر», «حصيلة الضحايا»).
    It names the section and reports nothing, yet it was compared: on a bridge's coverage one
    was linked into the passage of the collapse, and on the seeds «استقبال حار لكيم» was linked
    to «ورحب بوتين … بزيارة كيم», which says something else. Its text stays the article's (no
    furniture, not dimmed). Not a line that leads into a quotation («وأضاف:»), goes on after a
    comma or ends in one, nor a line among other lines without a full stop (a list of
    headlines); ``sizes``: each segment's number of words."""
    found: set[int] = set()
    compared = [k for k, segment in enumerate(segments) if not segment.furniture]
    for before, index, after in zip(compared, compared[1:], compared[2:], strict=False):
        segment = segments[index]
        if not segment.headline or not 1 <= sizes[index] <= HEADING_WORDS:
            continue
        if segment.text.rstrip()[-1:] in ":：،,;؛-–—\"'”»)":
            continue  # «كيم وبوتين سيناقشان "كل القضايا"»: a quotation, a claim of its own
        if segments[before].headline or not _paragraph(segments[after], sizes[after]):
            continue
        if segments[before].article_id == segment.article_id == segments[after].article_id:
            found.add(segment.id)
    return found


def _paragraph(segment: Segment, size: int) -> bool:
    """A sentence, or a line as long as a paragraph's (one whose full stop the page lost)."""
    return not segment.headline or size >= PARAGRAPH_WORDS


PARAGRAPH_WORDS = 12


def _inside(words: Sequence[str], sentence: Sequence[str]) -> bool:
    """``words`` appear in ``sentence`` one after the other."""
    size, words = len(words), tuple(words)
    return any(tuple(sentence[i : i + size]) == words for i in range(len(sentence) - size + 1))
