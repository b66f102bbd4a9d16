"""An article's sentences as the fact reader reads them: outside furniture, with the clauses
the segmenter split joined back, each with its folded copy and the map back to the stored text
(``app.facts.reader`` reads each for its facts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.compare.segments import Segment, segment_article
from app.library.records import ArticleDocument
from app.text.normalize import fold, normalise

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def fold_marks(text: str) -> str:
    """``text`` without tashkeel and tatweel, letters as written."""
    return _MARKS.sub("", text)


_ENDS = tuple(".!?؟…\"'”»)")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    folded: str
    origin: tuple[int, ...] | None  # folded index → text index; None when one to one


def sentences(document: ArticleDocument) -> list[Sentence]:
    """The article's sentences outside furniture, clauses the segmenter split joined back."""
    merged: list[Segment] = []
    for segment in segment_article(document.summary.id, document.text, document.furniture):
        if segment.furniture:
            continue
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and "\n" not in document.text[previous.end : segment.start]
            and not previous.text.rstrip().endswith(_ENDS)
            and previous.end <= segment.start
        ):
            start = previous.start
            merged[-1] = Segment(previous.id, previous.article_id, start, segment.end,
                                 document.text[start : segment.end], False, False)  # fmt: skip
        else:
            merged.append(segment)
    out = []
    for segment in merged:
        folded = fold(segment.text)
        origin: tuple[int, ...] | None = None
        if len(folded) != len(segment.text):
            normalised = normalise(segment.text)
            folded, origin = normalised.text, normalised.origin
        out.append(Sentence(segment.start, segment.end, segment.text, folded, origin))
    return out
