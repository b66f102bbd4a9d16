"""The fact model: what one article states (``Fact``), the questions the collection answers
(``Question``), and both together (``FactSheet``), with the JSON contract of ``tabayun facts``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.facts.number_words import big_word
from app.text.normalize import WORD_RE, fold

KINDS = (
    "deaths", "injured", "missing", "displaced", "arrested", "survivors", "hospitalised",
    "combined", "magnitude",
    "money", "percentage", "distance", "age", "duration", "count", "time", "place", "nationality",
    "descriptor", "source",
)  # fmt: skip
# kinds answered in words, not figures
WORDED = ("time", "place", "nationality", "source", "descriptor")
STATUSES = (
    "agree",
    "conflict",
    "update",
    "different_source",
    "different_description",
    "different_scope",
)


@dataclass(frozen=True, slots=True)
class Fact:
    id: str  # "<article>:<start>": stable while the text is
    article: int
    start: int  # code points into the stored text: the figure and what it counts
    end: int
    text: str  # the stored text of [start, end)
    kind: str
    subject: str  # what is counted or described ("" for the event itself)
    value: float | None  # None for times and descriptors
    low: float | None
    high: float | None
    hedge: str  # "", about, more_than, at_least, less_than, range, vague
    unit: str  # "%", "km", "USD", "year", … or ""
    source: str  # the body, by its table name ("" when the sentence names none)
    time: str  # when it is reported for: the article's date, or a time the sentence gives
    scope: str = ""  # a place, or "year:1999" for an earlier event
    sentence: tuple[int, int] = (0, 0)
    revision: bool = False  # words of revision: ارتفعت الحصيلة، حصيلة جديدة
    reading: str = ""  # the value as a reader sees it: "أكثر من 500", "06:17", "أحدث"
    decimals: int = 0
    earlier: bool = False  # the "from" figure of «ارتفع من 76 إلى 284»
    cues: tuple[str, ...] = ()  # words around a share, nearest first: who or what it is of
    noun: str = ""  # the counted or described noun as written («صواريخ»), for labels
    # for a source: the figures its sentence gives, (question, value), so two officials who
    # give successive tolls are two reports, not two attributions of one
    figures: tuple[tuple[str, str], ...] = ()
    # for a share given while the count went on («بعد فرز 56.47% من الأصوات»): the share of
    # the ballots counted then (100 when all were)
    stage: float | None = None

    def step(self) -> float:
        """The smallest step the figure is written to: «24 مليون» is to a million, «2.8 مليون»
        to a hundred thousand, «24.351.551» to one (read on an election's coverage: «more than
        24 million voters» was set against 24,351,551 as if written to the voter)."""
        words = [str(w) for w in WORD_RE.findall(fold(self.reading))]
        numeric = [k for k, w in enumerate(words) if w.lstrip("و")[:1].isdigit() or big_word(w)]
        scale = 1
        # the multiplier closes the figure and a number comes before it: «24 مليون», not
        # «36 ألفا و801» (to the unit) nor «ألف» alone (a thousand, exactly as written)
        if len(numeric) >= 2 and (last := numeric[-1]) and big_word(words[last]):
            scale = big_word(words[last]) or 1
        return float(scale) * 10.0**-self.decimals

    def _rounded_to(self) -> float:
        """The place a round figure is rounded to: «40» to ten, «1500» to a hundred, «43» and
        «24 مليون» to their step."""
        step = self.step()
        whole = round(abs(self.value or 0) / step)
        place = step
        while whole and whole % 10 == 0:
            place, whole = place * 10, whole // 10
        return place

    def interval(self) -> tuple[float, float] | None:
        if self.value is None or self.low is None or self.high is None:
            return None
        if self.hedge in ("range", "vague"):
            return self.low, self.high
        pad = 0.5 * self.step()
        value = self.value
        if self.hedge == "about":  # «نحو أربعين» allows 43: a round figure, 35 to 45
            pad = max(pad, abs(value) * 0.05, min(self._rounded_to() / 2, abs(value) / 8))
        elif self.hedge in ("more_than", "at_least"):
            return value, max(value + pad, value * 1.25)
        elif self.hedge == "less_than":
            return value * 0.75, value
        return value - pad, value + pad


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # stable: kind, subject and scope
    kind: str
    subject: str
    scope: str
    label: str  # for a reader: "deaths · تركيا"
    facts: tuple[str, ...]
    status: str  # one of STATUSES
    reason: str = ""  # why the status: "same source, different figures"
    sequence: tuple[str, ...] = ()  # for updates: the figures in report order


@dataclass(frozen=True)
class FactSheet:
    facts: tuple[Fact, ...]
    questions: tuple[Question, ...]
    stats: dict[str, int] = field(default_factory=dict)
    event_places: frozenset[str] = frozenset()  # the places that name the whole event

    def fact(self, fact_id: str) -> Fact:
        return self._by_id()[fact_id]

    def find(self, article: int, start: int) -> Fact | None:
        """The fact that starts at ``start`` in ``article`` (its id), if the sheet has one."""
        return self._by_id().get(f"{article}:{start}")

    def _by_id(self) -> dict[str, Fact]:
        by_id = self.__dict__.get("_index")
        if by_id is None:
            by_id = {f.id: f for f in self.facts}
            object.__setattr__(self, "_index", by_id)
        return by_id

    def disagreements(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.status != "agree")

    def to_json(self) -> dict[str, Any]:
        return {
            "facts": [
                {
                    "id": f.id,
                    "article": f.article,
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "kind": f.kind,
                    "subject": f.subject,
                    "value": f.value,
                    "low": f.low,
                    "high": f.high,
                    "hedge": f.hedge,
                    "unit": f.unit,
                    "source": f.source,
                    "time": f.time,
                    "scope": f.scope,
                    "sentence": list(f.sentence),
                    "revision": f.revision,
                    "reading": f.reading,
                }
                for f in self.facts
            ],
            "questions": [
                {
                    "id": q.id,
                    "kind": q.kind,
                    "subject": q.subject,
                    "scope": q.scope,
                    "label": q.label,
                    "facts": list(q.facts),
                    "status": q.status,
                    "reason": q.reason,
                    "sequence": list(q.sequence),
                }
                for q in self.questions
            ],
        }
