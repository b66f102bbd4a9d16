"""The labelled comparison set (tests/data/labelled): load it, run the engine, score it.

Gold pairs are cross-article sentence pairs that share a label; predicted pairs are the
cross-article segment pairs the engine puts in one passage group. A segment is mapped to the
labelled sentence it lies in (clause segments of one sentence map to the same sentence).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path

from app.compare.engine import Comparison, compare
from app.library.records import ArticleDocument, ArticleSummary

LABELLED = Path(__file__).resolve().parents[2] / "data" / "labelled"


@dataclass
class Event:
    name: str
    documents: list[ArticleDocument]
    sentences: list[list[tuple[int, int, frozenset[str]]]]  # per article: start, end, labels
    flags: set[tuple[str, str, str]]  # kind, file a, file b (sorted)


@dataclass
class Score:
    true_positives: int
    predicted: int
    gold: int
    flags_found: int
    flags_gold: int
    flags_predicted: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0


def load_event(folder: Path) -> Event:
    documents, sentences = [], []
    for number, path in enumerate(sorted(folder.glob("[0-9]*.txt")), start=1):
        lines, spans, offset = [], [], 0
        for raw in path.read_text(encoding="utf-8").splitlines():
            labels, sentence = raw.split("|", 1)
            spans.append((offset, offset + len(sentence), frozenset(labels.split(",")) - {"-"}))
            lines.append(sentence)
            offset += len(sentence) + 1
        text = "\n".join(lines)
        summary = ArticleSummary(
            number, 0, lines[0][:60], folder.name + path.stem, dt.date(2026, 1, 1),
            len(text.split()), "ar", "rtl", path.name,
        )  # fmt: skip
        documents.append(ArticleDocument(summary, text))
        sentences.append(spans)
    flags = set()
    flag_file = folder / "flags.txt"
    if flag_file.exists():
        for raw in flag_file.read_text(encoding="utf-8").splitlines():
            kind, _, a, b = raw.split("|")
            flags.add((kind, *sorted((a, b))))
    return Event(folder.name, documents, sentences, flags)  # type: ignore[arg-type]


def load_all() -> list[Event]:
    return [load_event(folder) for folder in sorted(LABELLED.iterdir()) if folder.is_dir()]


def score(event: Event, result: Comparison | None = None) -> Score:
    result = result or compare(event.documents)
    sentence_of: dict[int, tuple[int, int]] = {}  # segment → (article number, sentence index)
    for segment in result.segments:
        spans = event.sentences[segment.article - 1]
        index = next(i for i, (s, e, _) in enumerate(spans) if s <= segment.start < e)
        sentence_of[segment.id] = (segment.article, index)
    predicted = set()
    for group in result.groups:
        for x, y in itertools.combinations(group, 2):
            sx, sy = sentence_of[x], sentence_of[y]
            if sx[0] != sy[0]:
                predicted.add((min(sx, sy), max(sx, sy)))
    gold = set()
    every = [(a, i) for a, spans in enumerate(event.sentences, 1) for i in range(len(spans))]
    for sx, sy in itertools.combinations(every, 2):
        if sx[0] != sy[0]:
            lx, ly = event.sentences[sx[0] - 1][sx[1]][2], event.sentences[sy[0] - 1][sy[1]][2]
            if lx & ly:
                gold.add((sx, sy))
    names = {d.summary.id: d.summary.original_filename or "" for d in event.documents}
    by_id = {s.id: s for s in result.segments}
    flagged = {(f.kind, *sorted(names[by_id[i].article] for i in f.segments)) for f in result.flags}
    return Score(
        len(predicted & gold),
        len(predicted),
        len(gold),
        len(flagged & event.flags),
        len(event.flags),
        len(flagged),
    )
