"""Page furniture in text copied from web pages: found by a general method, never deleted.

Signals, line by line (a line is the text between two line breaks):
- cue phrases, matched on a normalised copy (alef forms, hamza, taa marbuta, tashkeel folded):
  "read also", "related articles", "show more", "tags", "share", comment prompts, site buttons;
- line shape: short lines with no sentence punctuation, bullet markers, runs of headline-like
  lines (a list of related headlines);
- position: breadcrumbs above the first paragraph, button rows after the last one, and
  everything after an end-of-article marker (keyword list, comment prompt, related section);
- repetition: short lines that recur in other articles of the collection, or in the same one.

The result is a list of spans (code-point offsets into the stored text) with a kind; the text
itself is never changed. Sub-headings inside the body are short too, so shape alone never marks
a line in the middle of an article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.tasks import checkpoint
from app.text.meta_lines import MetaLine, find_meta_lines
from app.text.normalize import fold as fold_for_matching
from app.text.words import WORD_RE

_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")
_BULLET = re.compile(r"^\s*(?:[•·▪►▶◄●○■□◆\-–—*]|\d{1,2}[.)-])\s+")
_SENTENCE_END = re.compile(r"[.!?؟…»\"”)]\s*$")
SHORT_LINE_CHARS = 160  # longer lines have more than eight words: never "repeated"
CHECK_EVERY = 20_000  # lines between two looks at Cancel (a few milliseconds of work)


def fold(text: str) -> str:
    """Normalised copy for cue matching: marks removed, letter forms folded, lower case."""
    return fold_for_matching(text).strip()


def _cues(*phrases: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(fold(p)) for p in phrases)
    return re.compile(rf"^\W*(?:{alternatives})\b", re.IGNORECASE)


# Lines that only point elsewhere. The line itself is furniture.
POINTER = _cues(
    "اقرأ أيضا",
    "اقرا ايضا",
    "إقرأ أيضاً",
    "اقرأ المزيد",
    "شاهد أيضا",
    "شاهد ايضا",
    "طالع أيضا",
    "اظهر المزيد",
    "عرض المزيد",
    "المزيد من الأخبار",
    "لمزيد من الأخبار",
    "تابعونا",
    "تابعنا على",
    "اشترك في",
    "انضم إلى قناتنا",
    "زر الذهاب إلى الأعلى",
    "العودة إلى الأعلى",
    "إغلاق",
    "اغلاق",
    "مشاركة",
    "شارك",
    "شارك الخبر",
    "طباعة",
    "نسخ الرابط",
    "الرئيسية",
    "read more",
    "read also",
    "see also",
    "show more",
    "share",
    "follow us",
    "back to top",
    "advertisement",
    "إعلان",
    "اذا اعجبك شاركه",
    "انسخ الرابط",
    "read full story",
    "related posts",
    "موافق",
)
# Markers after which the article is over: everything from the marker on is furniture.
END_MARKER = _cues(
    "مقالات ذات صلة",
    "مقالات مشابهة",
    "أخبار ذات صلة",
    "اخبار متعلقة",
    "موضوعات ذات صلة",
    "مواضيع ذات صلة",
    "قد يهمك أيضا",
    "قد يعجبك أيضا",
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "كلمات دلالية",
    "الكلمات المفتاحية",
    "الكلمات الدالة",
    "وسوم",
    "الوسوم",
    "تاغ",
    "التعليقات",
    "أضف تعليقك",
    "اضف تعليق",
    "اترك تعليقا",
    "تم أضافة تعليقك",
    "تم إضافة تعليقك",
    "related articles",
    "related stories",
    "related",
    "more stories",
    "most read",
    "tags",
    "comments",
    "leave a comment",
    "add a comment",
    "انتهى",
    "ترك الرد",
    "اترك ردا",
    "من فضلك ادخل تعليقك",
    "احدث التعليقات",
    "أحدث التعليقات",
    "الأكثر شهرة",
    "رايكم",
)
# A site's disclaimer under the article ends it, label or not: «إخلاء مسؤولية إن موقع … يعمل
# بطريقة آلية دون تدخل بشري …» (read on a ceasefire's coverage, compared as a claim)
DISCLAIMER = _cues("إخلاء مسؤولية", "إخلاء المسؤولية", "disclaimer")
# A bare pointer on its own line announces the next line (a linked headline).
BARE_POINTER = re.compile(r"^\W*[\w\s]{2,20}[:：]?\s*$")
# What ends a pointer cue before the headline it points to: a colon, or dots («اقرأ أيضًا..»).
_POINTED = re.compile(r"[:：]|\.\.|…")


def _is_label(pattern: re.Pattern[str], folded: str) -> bool:
    """The cue starts the line as a label ("كلمات دلالية: …", "اقرأ أيضا") and not as the first
    words of a sentence of the article."""
    match = pattern.match(folded)
    if match is None:
        return False
    rest = folded[match.end() :].lstrip()
    return (
        not rest or rest[0] in ":：-–|»" or _POINTED.match(rest) is not None
        or len(WORD_RE.findall(rest)) <= 3
    )  # fmt: skip


POINTED_MAX_WORDS = 40  # «شاهد أيضا: …» with a long linked headline is still a pointer


def _colon_label(folded: str) -> bool:
    """The pointer cue is followed by a colon or dots: «شاهد ايضاً: كوستاس سيميتيش … يتوفى عن
    عمر يناهز 88 عاماً» (a linked headline of 17 words, read as an age in the article's Facts
    table), «اقرأ أيضًا..اصطدام قطارين وخروج 3 عربات عن القضبان في سوهاج ووقوع ضحايا..»."""
    match = POINTER.match(folded)
    return match is not None and _POINTED.match(folded[match.end() :].lstrip()) is not None


METADATA_KINDS = frozenset(
    {
        "source-line", "date-line", "updated-line", "dateline", "site-name", "byline",
        "reading-time", "photo-credit", "ad", "template", "agency-line", "masthead", "ref-line",
        "front-matter", "page-header", "page-number", "embed", "link",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class FurnitureSpan:
    start: int  # code points into the stored text
    end: int
    # pointer, end-section, breadcrumb, buttons, related-list, repeated; metadata lines:
    # source-line, date-line, updated-line, dateline, site-name, byline, reading-time,
    # photo-credit, ad, template, embed, link (METADATA_KINDS)
    kind: str


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    words: int = 0
    blank: bool = True
    body_like: bool = False  # a paragraph of the article: long, or a full sentence
    headline_like: bool = False
    folded: str = ""  # the line in the normalised copy, for cues and repetition

    @classmethod
    def of(cls, start: int, text: str, folded: str = "") -> _Line:
        words = len(WORD_RE.findall(text))
        ends_sentence = bool(_SENTENCE_END.search(text))
        return cls(
            start,
            start + len(text),
            text,
            words,
            not text.strip(),
            words >= 12 or (words >= 5 and ends_sentence),
            2 <= words <= 16 and not _SENTENCE_END.search(text.rstrip(" :")),
            folded.strip(),
        )


def _lines(text: str) -> list[_Line]:
    # One normalised copy of the whole text, split alongside: folding keeps line breaks, so the
    # n-th folded line belongs to the n-th line (folding line by line cost 8 µs a line).
    folded = fold_for_matching(text).split("\n")
    parts = text.split("\n")
    if len(folded) != len(parts):  # a presentation form unfolded into a break: fold each line
        folded = [fold_for_matching(part) for part in parts]
    lines, start = [], 0
    for number, (part, part_folded) in enumerate(zip(parts, folded, strict=True)):
        if number % CHECK_EVERY == 0:
            checkpoint()
        lines.append(_Line.of(start, part, part_folded))
        start += len(part) + 1
    return lines


def _key(line: _Line) -> str:
    return " ".join(WORD_RE.findall(line.folded))


def _short_keys(lines: Sequence[_Line]) -> set[str]:
    keys = {_key(line) for line in lines if 0 < line.words <= 8 and not line.body_like}
    keys.discard("")
    return keys


def repeated_short_lines(texts: Sequence[str]) -> set[str]:
    """Short, unpunctuated lines that occur in two or more of ``texts`` (site boilerplate)."""
    return repeated_keys([frozenset(_short_keys(_lines(text))) for text in texts])


@dataclass(frozen=True, slots=True)
class TextFurniture:
    """What can be found in one text alone; repetition across texts is added later."""

    spans: tuple[FurnitureSpan, ...]  # page furniture and metadata lines, in text order
    short_keys: frozenset[str]  # its short lines, to count across the collection
    words: int
    meta: tuple[MetaLine, ...] = ()  # the metadata lines, with the values they carry


def analyse_text(
    text: str,
    is_outlet: Callable[[str, bool], bool] | None = None,
    known: Sequence[FurnitureSpan] = (),
) -> TextFurniture:
    """Furniture and metadata lines without the cross-collection signal, plus what that signal
    needs. ``is_outlet`` confirms a site name before the first paragraph (see meta_lines);
    ``known`` is furniture the file's structure shows (a PDF's running headers)."""
    lines = _lines(text)
    meta = tuple(find_meta_lines(text, is_outlet=is_outlet))
    found = _detect(lines, frozenset())
    if known:
        found = sorted(
            [*(f for f in found if not any(k.start <= f.start and f.end <= k.end for k in known)),
             *known],
            key=lambda s: (s.start, s.end),
        )  # fmt: skip
    return TextFurniture(
        with_meta(found, meta),
        frozenset(_short_keys(lines)),
        sum(line.words for line in lines),
        meta,
    )


def with_meta(
    spans: Sequence[FurnitureSpan], meta: Sequence[MetaLine]
) -> tuple[FurnitureSpan, ...]:
    """Furniture and metadata spans together: a metadata line is marked as what it is (a
    byline, a date line) rather than as furniture around it, unless it sits inside a larger
    furniture block (a keyword list, the comments) that already leaves it out."""
    meta_spans = [
        FurnitureSpan(m.start, m.end, m.kind)
        for m in meta
        if not any(
            f.start <= m.start and m.end <= f.end and f.end - f.start > m.end - m.start
            for f in spans
        )
    ]
    kept = [f for f in spans if not any(m.start <= f.start and f.end <= m.end for m in meta_spans)]
    return tuple(sorted([*kept, *meta_spans], key=lambda s: (s.start, s.end)))


def repeated_keys(analyses: Sequence[frozenset[str]]) -> set[str]:
    """Short line keys found in two or more texts."""
    counts: Counter[str] = Counter()
    for keys in analyses:
        counts.update(keys)
    return {k for k, n in counts.items() if n >= 2}


def detect_in_collection(
    new_texts: Iterable[str],
    other_texts: Iterable[str] = (),
    analyses: Sequence[TextFurniture] | None = None,
) -> list[tuple[FurnitureSpan, ...]]:
    """Furniture of each of ``new_texts``, repetition judged across the whole collection
    (``other_texts``: the articles already there).

    ``analyses`` (from ``analyse_text``, worked out while reading) spare the first pass; only
    texts that share a short line with another text are looked at a second time.
    """
    if analyses is None:
        new_texts = list(new_texts)
        analyses = [analyse_text(text) for text in new_texts]
    repeated = repeated_keys(
        [
            *(frozenset(_short_keys(_lines(t))) for t in other_texts),
            *(a.short_keys for a in analyses),
        ]
    )
    return [
        add_repeated(text, analysis.spans, repeated)
        if analysis.short_keys & repeated
        else analysis.spans
        for text, analysis in zip(new_texts, analyses, strict=True)
    ]


def add_repeated(
    text: str, spans: Sequence[FurnitureSpan], repeated: set[str] | frozenset[str]
) -> tuple[FurnitureSpan, ...]:
    """``spans`` (what the text alone shows) with the short lines it shares with other texts
    of the collection marked "repeated". Only short lines are folded again: re-detecting all of
    every text took a third of a 10,000-article import's writing time."""
    covered = sorted((s.start, s.end) for s in spans)
    added: list[FurnitureSpan] = []
    offset = 0
    parts = text.split("\n")
    folded = fold_for_matching(text).split("\n")  # once for the text, as in _lines
    if len(folded) != len(parts):
        folded = [fold_for_matching(part) for part in parts]
    for line, line_folded in zip(parts, folded, strict=True):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip() or len(line) > SHORT_LINE_CHARS:
            continue
        check = _Line.of(start, line, line_folded)
        if not 0 < check.words <= 8 or check.body_like or _key(check) not in repeated:
            continue
        lead = start + len(line) - len(line.lstrip())
        tail = start + len(line.rstrip())
        if any(a <= lead and tail <= b for a, b in covered):
            continue
        last = added[-1] if added else None
        if last is not None and not text[last.end : lead].strip():
            added[-1] = FurnitureSpan(last.start, tail, "repeated")  # consecutive lines join
        else:
            added.append(FurnitureSpan(lead, tail, "repeated"))
    return (
        tuple(sorted([*spans, *added], key=lambda s: (s.start, s.end))) if added else tuple(spans)
    )


def detect_furniture(
    text: str, repeated: set[str] | frozenset[str] = frozenset()
) -> list[FurnitureSpan]:
    """Furniture spans in one article; ``repeated`` comes from ``repeated_short_lines``."""
    return _detect(_lines(text), repeated)


def _filled_before(lines: Sequence[_Line]) -> list[int]:
    """``filled[i]``: how many non-blank lines come before line ``i`` (one pass, so that "is
    there text between these two lines" costs nothing: 1,000,000 lines were quadratic)."""
    filled = [0]
    for line in lines:
        filled.append(filled[-1] + (not line.blank))
    return filled


def _detect(lines: list[_Line], repeated: set[str] | frozenset[str]) -> list[FurnitureSpan]:
    kinds: dict[int, str] = {}
    body = [i for i, line in enumerate(lines) if line.body_like]
    first_body = body[0] if body else len(lines)
    last_body = body[-1] if body else -1
    filled = _filled_before(lines)

    within_article: Counter[str] = Counter(_key(ln) for ln in lines if 0 < ln.words <= 8)
    for i, line in enumerate(lines):
        if i % CHECK_EVERY == 0:
            checkpoint()
        if line.blank:
            continue
        folded = line.folded[:60]  # a cue is at the start of its line
        if _is_label(END_MARKER, folded) or DISCLAIMER.match(folded):
            for j in range(i, len(lines)):
                kinds[j] = "end-section"
            break
        if _is_label(POINTER, folded) and (
            line.words <= 16 or (_colon_label(folded) and line.words <= POINTED_MAX_WORDS)
        ):
            kinds[i] = "pointer"
            if BARE_POINTER.match(folded) and i + 1 < len(lines) and lines[i + 1].headline_like:
                kinds[i + 1] = "pointer"
        elif i < first_body and line.words <= 3 and filled[first_body] - filled[i + 1] > 0:
            kinds[i] = "breadcrumb"  # above the headline that stands above the first paragraph
        elif i > last_body and not line.body_like and line.words <= 8:
            kinds[i] = "buttons"  # after the last paragraph: buttons and links
        elif _BULLET.match(line.text) and line.headline_like:
            kinds[i] = "related-list"
        elif (
            not line.body_like
            and line.words <= 8
            and (_key(line) in repeated or within_article[_key(line)] > 1)
        ):
            kinds[i] = "repeated"

    _mark_headline_runs(lines, kinds, after=first_body)
    _mark_next_headline(lines, kinds, first_body)
    inline = [
        span for i, line in enumerate(lines) if i not in kinds and not line.blank
        for span in _inline_pointers(line)
    ]  # fmt: skip
    spans = _spans(lines, kinds, filled)
    return sorted([*spans, *inline], key=lambda s: s.start) if inline else spans


# «… بسبب الدخان. اقرأ أيضا الرئيس العراقي: فاجعة المستشفى نتيجة الفساد وأظهرت لقطات …»: a page
# whose line breaks were lost glues a "read also" teaser between two sentences of a paragraph.
_INLINE_CUE = re.compile(
    r"(?<=[.!?؟…»\"”])\s+((?:[اإأ]قر[أا]|شاهد|طالع)[\u064b-\u0652]*\s+[اأ]يض[\u064b-\u0652]*ا[\u064b-\u0652]*)"
    r"(?:\s*(?:[:：]|\.\.|…))?"
)
_QUOTES = {"«": 1, "»": -1, "“": 1, "”": -1}
INLINE_TEASER_WORDS = 20  # a teaser's headline ends within this many words, or it is not one


def _inline_pointers(line: _Line) -> list[FurnitureSpan]:
    """Teasers inside a paragraph, from the cue to the end of the headline they point to: its
    full stop, or the first «و…» word (outside quotation marks, after three words) that starts
    the paragraph's next sentence. Where neither comes within INLINE_TEASER_WORDS words, nothing
    is marked: the words could be the article's own."""
    found = []
    for match in _INLINE_CUE.finditer(line.text):
        end, quoted = None, 0
        words = re.finditer(r"\S+", line.text[match.end() :])
        for count, word in enumerate(words):
            token = word.group()
            if count >= 3 and not quoted and token[:1] == "و" and len(token) >= 3:
                end = match.end() + word.start()  # the next sentence starts here
                break
            quoted += sum(_QUOTES.get(mark, 0) for mark in token)
            if token.count('"') % 2:
                quoted += -1 if quoted > 0 else 1
            if token[-1:] in ".!?؟" and count >= 2:
                end = match.end() + word.end()  # the headline's own full stop
                break
            if count >= INLINE_TEASER_WORDS:
                break
        if end is not None:
            start = match.start(1)
            stop = start + len(line.text[start:end].rstrip())
            found.append(FurnitureSpan(line.start + start, line.start + stop, "pointer"))
    return found


def _mark_headline_runs(lines: Sequence[_Line], kinds: dict[int, str], after: int) -> None:
    """Three or more headline-like lines in a row (blank lines between allowed) after the first
    paragraph form a list of links; above it they are the title block."""
    run: list[int] = []
    for i, line in enumerate([*lines, _Line.of(0, "end.", "end.")]):
        if i <= after or (line.blank and i < len(lines)):
            continue
        if i < len(lines) and line.headline_like and not line.body_like:
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                kinds.setdefault(j, "related-list")
        run = []


def _mark_next_headline(lines: Sequence[_Line], kinds: dict[int, str], first_body: int) -> None:
    """The last line a headline (no sentence's end, sixteen words or fewer) right after a
    paragraph that ends a sentence: another article's, teased at the foot of the page
    («ستشتري مصفاة أغنى أفريقي النفط الخام …» under a helicopter crash; «السفينة التي ضربت جسر
    بالتيمور لها تاريخ …»), compared and tinted "this outlet only" when it was nine words or
    more (a shorter one was already a line of buttons). On a page without full stops the last
    line is the article's."""
    filled = [i for i, line in enumerate(lines) if not line.blank]
    if len(filled) < 3:
        return
    last, before = filled[-1], filled[-2]
    line, previous = lines[last], lines[before]
    if last in kinds or before in kinds or last <= first_body:
        return
    if line.words <= 16 and line.headline_like and _SENTENCE_END.search(previous.text.rstrip()):
        kinds[last] = "related-list"


def _spans(
    lines: Sequence[_Line], kinds: dict[int, str], filled: Sequence[int]
) -> list[FurnitureSpan]:
    """Merge consecutive marked lines of one kind (blank lines between them join in)."""
    spans: list[FurnitureSpan] = []
    last = -1  # the line the previous span ends on
    for i in sorted(kinds):
        line, kind = lines[i], kinds[i]
        if not line.text.strip():
            continue
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        end = line.start + len(line.text.rstrip())
        previous = spans[-1] if spans else None
        if previous and previous.kind == kind and filled[i] - filled[last + 1] == 0:
            spans[-1] = FurnitureSpan(previous.start, end, kind)
        else:
            spans.append(FurnitureSpan(start, end, kind))
        last = i
    return spans
