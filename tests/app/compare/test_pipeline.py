"""The engine's seams: a new signal plugs in as a representer and a scorer without touching the
other stages, every stage's parameters and version name the results, and the comparison keeps
the stages that made it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from app.compare.cache import ComparisonCache, compare_documents, documents_fingerprint
from app.compare.diff import WordOp
from app.compare.engine import PROGRESS, compare, link_ops
from app.compare.pipeline import (
    DEFAULT_PIPELINE,
    CandidateCosines,
    CharNgramTfidf,
    MutualBestLinker,
)
from app.compare.stages import Representations, Scores, Segmented
from app.compare.tokens import Token
from app.library.records import ArticleDocument, ArticleSummary
from app.tasks import TaskControl
from app.text.normalize import fold


def _doc(number: int, text: str) -> ArticleDocument:
    return ArticleDocument(ArticleSummary(number, 1, "t", None, None, 0, "ar", "rtl", None), text)


# Two outlets say the same thing in other words: the character n-grams share little.
TRIP = [
    _doc(1, "غادر الرئيس العاصمة صباح الأحد متوجها إلى موسكو في زيارة رسمية.\nالطقس معتدل."),
    _doc(2, "سافر رئيس الدولة يوم الأحد إلى روسيا لإجراء محادثات.\nانتهت المباراة بالتعادل."),
]
CONCEPTS = {"غادر": "leave", "سافر": "leave", "موسكو": "russia", "روسيا": "russia"}


@dataclass(frozen=True)
class Concepts:
    """A toy lexicon: the concepts each segment names."""

    name: ClassVar[str] = "concepts"
    version: ClassVar[str] = "1"

    def represent(self, segmented: Segmented) -> list[set[str]]:
        lexicon = {fold(word): concept for word, concept in CONCEPTS.items()}
        return [{lexicon[t.key] for t in words if t.key in lexicon} for words in segmented.tokens]


@dataclass(frozen=True)
class Blend:
    """The cosine, raised by a share of every concept two segments have in common."""

    name: ClassVar[str] = "blend"
    version: ClassVar[str] = "1"
    base: CandidateCosines = field(default_factory=CandidateCosines)
    per_concept: float = 0.1

    def score(self, segmented: Segmented, representations: Representations) -> Scores:
        scores = self.base.score(segmented, representations)
        concepts = representations[Concepts.name]
        assert isinstance(concepts, list)
        for i, j in itertools.combinations(range(len(concepts)), 2):
            shared = len(concepts[i] & concepts[j])
            if shared and segmented.article_of[i] != segmented.article_of[j]:
                scores[(i, j)] = scores.get((i, j), 0.0) + self.per_concept * shared
        return scores


def _linked_texts(documents: list[ArticleDocument], **stages: object) -> list[tuple[str, str]]:
    result = compare(documents, pipeline=DEFAULT_PIPELINE.replace(**stages))
    texts = {s.id: s.text for s in result.segments}
    return [(texts[link.a], texts[link.b]) for link in result.links]


def test_a_new_signal_plugs_in_without_touching_the_other_stages() -> None:
    assert _linked_texts(TRIP) == []  # the default engine misses the paraphrase
    linked = _linked_texts(TRIP, representers=(CharNgramTfidf(), Concepts()), scorer=Blend())
    assert len(linked) == 1
    assert linked[0][0].startswith("غادر الرئيس") and linked[0][1].startswith("سافر رئيس")


def test_parameters_and_versions_name_the_results() -> None:
    lower = DEFAULT_PIPELINE.replace(linker=MutualBestLinker(threshold=0.15))
    assert lower.key != DEFAULT_PIPELINE.key
    assert DEFAULT_PIPELINE.replace(linker=MutualBestLinker()).key == DEFAULT_PIPELINE.key
    assert _linked_texts(TRIP, linker=MutualBestLinker(threshold=0.15))  # 0.18 now links

    @dataclass(frozen=True)
    class NewerCosines(CandidateCosines):
        version: ClassVar[str] = "99"

    assert DEFAULT_PIPELINE.replace(scorer=NewerCosines()).key != DEFAULT_PIPELINE.key
    blended = DEFAULT_PIPELINE.replace(scorer=Blend(per_concept=0.2))
    assert blended.key != DEFAULT_PIPELINE.replace(scorer=Blend()).key  # a nested parameter

    # a result cached under one pipeline is never served for another
    assert documents_fingerprint(TRIP) != documents_fingerprint(TRIP, lower)
    cache = ComparisonCache()
    first = compare_documents(TRIP, cache)
    assert compare_documents(TRIP, cache) is first
    assert compare_documents(TRIP, cache, pipeline=lower) is not first


@dataclass(frozen=True)
class Marker:
    """A differ that calls every pair one replacement, to see whose differ runs."""

    name: ClassVar[str] = "marker"
    version: ClassVar[str] = "1"

    def diff(self, a: Sequence[Token], b: Sequence[Token]) -> list[WordOp]:
        return [WordOp("replace", (a[0].start, a[-1].end), (b[0].start, b[-1].end))]


def test_the_comparison_keeps_the_stages_that_made_it() -> None:
    pipeline = DEFAULT_PIPELINE.replace(differ=Marker())
    result = compare(TRIP, word_diffs=False, pipeline=pipeline)
    assert result.pipeline is pipeline
    linked = compare(
        TRIP, word_diffs=False, pipeline=pipeline.replace(linker=MutualBestLinker(0.15))
    )
    (link,) = linked.links
    assert link.ops == () and [op.op for op in link_ops(linked, link)] == ["replace"]


def test_progress_names_each_kind_of_stage_once() -> None:
    heard: list[tuple[int, int, str]] = []
    control = TaskControl(
        on_progress=lambda done, total, what: heard.append((done, total, str(what)))
    )
    compare(TRIP, control=control)
    assert [h[0] for h in heard] == list(range(len(PROGRESS) + 1))
    assert [h[2] for h in heard[:-1]] == list(PROGRESS.values())
