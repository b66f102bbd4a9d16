"""The comparison engine's seams: seven stages, what each takes and gives, and the key that names
a pipeline of them (docs/engine.md).

    segment → represent → score → link → group → diff → facts

- **segment** cuts the articles into segments and their words (``Segmented``);
- **represent** turns segments into what a score needs (vectors, lexicon hits…); several
  representers may run, each filed under its ``name``;
- **score** gives cross-article segment pairs a similarity (``Scores``), from the
  representations;
- **link** decides which scored pairs say the same thing (``Link``);
- **group** joins linked segments into passages;
- **diff** gives the word changes between two linked segments;
- **facts** finds numbers, dates and speakers that disagree inside a passage.

A stage is any object with a ``name``, a ``version`` and its one method; parameters are dataclass
fields. A new signal is a new representer and a scorer that reads it (or a blend of scorers): the
other stages do not change. The pipeline's ``key`` follows from every stage's name, version and
parameters, so results cached under one pipeline are never served for another.

Nothing heavy is imported here: the window computes cache keys long before the engine (numpy,
scipy, rapidfuzz) is loaded.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from app.compare.align import Link
    from app.compare.diff import WordOp
    from app.compare.flags import ComparedLink, FactFindings
    from app.compare.segments import Segment
    from app.compare.tokens import Token
    from app.library.records import ArticleDocument

Scores = dict[tuple[int, int], float]  # (segment a, segment b), a < b, other articles → score
Representations = Mapping[str, object]  # representer name → what it made


@dataclass(frozen=True, slots=True, weakref_slot=True)  # figures.py remembers the last one
class Segmented:
    """What every later stage reads: the articles in id order and their segments, ids 0…n-1."""

    articles: tuple[ArticleDocument, ...]
    segments: tuple[Segment, ...]
    tokens: tuple[Sequence[Token], ...]  # the words of each segment, offsets into its article
    usable: tuple[bool, ...]  # compared at all (not furniture, enough words)
    article_of: tuple[int, ...]  # each segment's article id


class Stage(Protocol):
    name: ClassVar[str]  # what the stage does, e.g. "char-ngram-tfidf"
    version: ClassVar[str]  # raise when its output changes for the same input


class Segmenter(Stage, Protocol):
    def segment(self, articles: Sequence[ArticleDocument]) -> Segmented: ...


class Representer(Stage, Protocol):
    def represent(self, segmented: Segmented) -> object: ...


class Scorer(Stage, Protocol):
    def score(self, segmented: Segmented, representations: Representations) -> Scores: ...


class Linker(Stage, Protocol):
    def link(self, segmented: Segmented, scores: Scores) -> list[Link]: ...


class Grouper(Stage, Protocol):
    def group(self, segmented: Segmented, links: Sequence[Link], scores: Scores) -> list[list[int]]:
        """Passages: lists of segment ids, each list sorted, in order of their first segment."""
        ...


class Differ(Stage, Protocol):
    def diff(self, a: Sequence[Token], b: Sequence[Token]) -> list[WordOp]: ...


class FactChecker(Stage, Protocol):
    def check(
        self,
        segmented: Segmented,
        links: Sequence[ComparedLink],
        groups: Sequence[Sequence[int]],
        scores: Scores,
        differ: Differ,
    ) -> FactFindings: ...


def stage_key(kind: str, stage: Stage) -> str:
    """``kind:name/version`` and the stage's parameters, if it has any."""
    key = f"{kind}:{stage.name}/{stage.version}"
    if dataclasses.is_dataclass(stage):
        fields = [(f.name, getattr(stage, f.name)) for f in dataclasses.fields(stage)]
        key += repr([(name, stage_key(name, v) if _is_stage(v) else v) for name, v in fields])
    return key


def _is_stage(value: object) -> bool:
    return hasattr(value, "name") and hasattr(value, "version")


@dataclass(frozen=True)
class Pipeline:
    """One stage of each kind (several representers), in the order they run."""

    segmenter: Segmenter
    representers: tuple[Representer, ...]
    scorer: Scorer
    linker: Linker
    grouper: Grouper
    differ: Differ
    fact_checker: FactChecker

    def stages(self) -> list[tuple[str, Stage]]:
        return [
            ("segment", self.segmenter),
            *(("represent", r) for r in self.representers),
            ("score", self.scorer),
            ("link", self.linker),
            ("group", self.grouper),
            ("diff", self.differ),
            ("facts", self.fact_checker),
        ]

    @property
    def key(self) -> str:
        """Names the results: equal for equal stages, versions and parameters."""
        text = "\n".join(stage_key(kind, stage) for kind, stage in self.stages())
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def replace(self, **stages: object) -> Pipeline:
        """This pipeline with some stages swapped: ``pipeline.replace(linker=MyLinker())``."""
        return dataclasses.replace(self, **stages)  # type: ignore[arg-type]
