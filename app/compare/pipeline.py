"""The stages Tabayun compares with today, and the default pipeline made of them.

Each stage is a small frozen dataclass: its fields are its parameters (they are part of the
pipeline's key), its one method does the work by calling the module that holds the algorithm.
Those modules (numpy, scipy, rapidfuzz) are imported when a stage first runs, not here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from app.compare.stages import (
    Differ,
    Pipeline,
    Representations,
    Scores,
    Segmented,
)

if TYPE_CHECKING:
    from app.compare.align import Link
    from app.compare.corrections import Correction
    from app.compare.diff import WordOp
    from app.compare.flags import ComparedLink, FactFindings
    from app.compare.tokens import Token
    from app.compare.vectors import Vectors
    from app.library.records import ArticleDocument


@dataclass(frozen=True)
class SentenceSegmenter:
    """Sentences, headline lines and long clauses (``segments.py``); a segment is compared when
    it is not page furniture and has at least ``min_words`` words."""

    name: ClassVar[str] = "sentences"
    # 2: short clauses after «، كما», a quotation's tail cut off; 3: a quoted name is no
    # quotation's end, a period glued to the next sentence ends it; 4: a short line of the
    # story's common words only (a photo's caption) is not compared; 5: no end after an initial
    # or a title («U.S.», «Dr.»); 6: a section's heading inside the body is not compared; 7: a
    # clause of what the event led to («، ما أدى إلى …», «، مما أسفر عن …», «، ثم …»); 8: a
    # period glued to the next sentence after a figure («49.8%.والسبت»); 9: no end inside a
    # dotted acronym («إن.إتش.كيه»), an end at a «؟» glued to the next sentence
    version: ClassVar[str] = "9"
    min_words: int = 3
    splits: tuple[tuple[int, int], ...] = ()  # (article, offset): the reviewer's cuts

    def segment(self, articles: Sequence[ArticleDocument]) -> Segmented:
        from app.compare.segments import (
            Segment,
            says_nothing_of_its_own,
            section_headings,
            segment_article,
        )
        from app.compare.tokens import tokenize

        ordered = tuple(sorted(articles, key=lambda d: d.summary.id))
        segments: list[Segment] = []
        for document in ordered:
            article = document.summary.id
            segments += segment_article(
                article, document.text, document.furniture, first_id=len(segments),
                splits=[offset for a, offset in self.splits if a == article],
            )  # fmt: skip
        tokens = tuple(tokenize(s.text, s.start) for s in segments)
        usable = tuple(
            not s.furniture and len(t) >= self.min_words
            for s, t in zip(segments, tokens, strict=True)
        )
        keys = [[token.match for token in words] for words in tokens]
        if captions := says_nothing_of_its_own(segments, keys, usable):
            usable = tuple(ok and i not in captions for i, ok in enumerate(usable))
        if headings := section_headings(segments, [len(t) for t in tokens]):
            usable = tuple(ok and i not in headings for i, ok in enumerate(usable))
        return Segmented(
            ordered, tuple(segments), tokens, usable, tuple(s.article_id for s in segments)
        )


@dataclass(frozen=True)
class CharNgramTfidf:
    """Character 2–4-grams inside word stems, TF-IDF weighted, one L2-normalised row per
    segment (``vectors.py``, docs/matching.md)."""

    name: ClassVar[str] = "char-ngram-tfidf"
    # 2: match keys (suffixes, number words, paraphrases); 3: a lexicon of general news wording;
    # 4: its arrest, fire-control and cause words; 5: halted/disrupted, women (a whole word);
    # 6: «امرأة» as women only after a figure; 7: «الاثنين» is Monday, not two, «و25» is 25;
    # 8: «إجلاء» (evacuation) with «إخلاء»; 9: the survivors («نجا», «نجاة», «الناجين»); 10: a
    # warning («تحذير», «إنذار»)
    version: ClassVar[str] = "10"

    def represent(self, segmented: Segmented) -> Vectors:
        from app.compare.vectors import vector_matrix

        return vector_matrix(segmented.tokens, segmented.usable)


@dataclass(frozen=True)
class CandidateCosines:
    """Cosines of the vectors ``representer`` made, for every cross-article pair that clears the
    candidate floor (large collections: candidates first, without common n-grams), raised by
    ``figure_boost`` where the two sentences give a figure of one question (``figures.py``),
    and lowered to what they share beyond who spoke when that is little (``speakers.py``)."""

    name: ClassVar[str] = "candidate-cosines"
    # 2: the figure boost; 3: raised by the figures given alike; 4: beyond who spoke; 5: and
    # beyond the setting (compass, day)
    version: ClassVar[str] = "5"
    representer: str = CharNgramTfidf.name
    # added to a candidate pair whose sentences give a figure of the same Facts-table question,
    # and again for each figure (up to two) they give alike (``figures.figure_evidence``)
    figure_boost: float = 0.05
    # a pair that shares little but its speakers' names scores what it shares beyond them
    # (``speakers.py``)
    beyond_speakers: bool = True

    def score(self, segmented: Segmented, representations: Representations) -> Scores:
        from app.compare.vectors import Vectors, similarities

        vectors = representations[self.representer]
        assert isinstance(vectors, Vectors), f"{self.representer} gives no vectors"
        scores = similarities(vectors, segmented.article_of)
        evidence: dict[tuple[int, int], int] = {}
        if self.figure_boost and scores:
            from app.compare.figures import figure_evidence

            evidence = figure_evidence(segmented, within=scores)
            for pair, weight in evidence.items():
                if pair in scores:
                    scores[pair] += self.figure_boost * weight
        if self.beyond_speakers and scores:
            from app.compare.speakers import beyond_speakers

            scores.update(beyond_speakers(segmented, vectors, scores, evidence))
        return scores


@dataclass(frozen=True)
class MutualBestLinker:
    """Mutual best matches per article pair at ``threshold``; at ``strong``, pairs where each is
    among the other's ``max_strong`` best in its article; at ``supported``, such pairs when a
    third article's sentence scores ``support`` with both; at ``adjacent``, a linked sentence's
    neighbour that takes the other as its best (``align.py``)."""

    name: ClassVar[str] = "mutual-best"
    version: ClassVar[str] = "3"  # 2: a third outlet's support; 3: two sentences side by side
    threshold: float = 0.25
    strong: float = 0.45
    max_strong: int = 2
    margin: float = 0.0  # a mutual best must beat each side's runner-up by this much
    supported: float = 0.35
    support: float = 0.4
    adjacent: float = 0.25  # and a sentence's two neighbours (``align._beside``); 0: off

    def link(self, segmented: Segmented, scores: Scores) -> list[Link]:
        from app.compare.align import link_segments

        return link_segments(
            scores,
            segmented.article_of,
            segmented.usable,
            threshold=self.threshold,
            strong=self.strong,
            max_strong=self.max_strong,
            margin=self.margin,
            supported=self.supported,
            support=self.support,
            adjacent=self.adjacent,
        )


@dataclass(frozen=True)
class CohesiveGrouper:
    """Strongest links first; two groups merge only while they stay ``cohesion``-similar
    (average linkage) and every member of the smaller one is linked to the larger
    (``align.py``)."""

    name: ClassVar[str] = "cohesive-groups"
    # 2: members linked to the group, not only near it; 3: or giving two of its figures alike;
    # 4: or one toll's two figures, whatever they are; 5: and two passages of one toll merge;
    # 6: as do sentences giving the dead (or the injured) of one place, each its article's only;
    # 7: a toll that names no place is one toll with the event's («in Kerman»); 8: a sentence
    # in the other script than most articles is "not sure", never "this outlet only" (the
    # support drawn from the passages)
    version: ClassVar[str] = "8"
    cohesion: float = 0.2
    # sentences that give two figures alike, or one toll's two figures, count as linked to each
    # other for membership
    figures: bool = True
    # the reviewer's links and unlinks, applied last (corrections.py); part of the cache key
    corrections: tuple[Correction, ...] = ()

    def group(self, segmented: Segmented, links: Sequence[Link], scores: Scores) -> list[list[int]]:
        from app.compare.align import group_segments
        from app.compare.corrections import apply_corrections

        related: list[tuple[int, int]] = []
        tolls: list[tuple[int, int]] = []
        if self.figures:
            from app.compare.figures import figure_relations

            found = figure_relations(segmented)
            alike = {p for p, weight in found.evidence.items() if weight >= 2}
            related = sorted(alike | found.tolls | found.casualties)
            # one toll's two figures in two passages: those may merge too (Istiklal: the
            # president's toll and the governor's, 0.38 → 0.44 of the same-claim pairs, no
            # other labelled set changed); so may the dead given alone (Beirut: Reuters' early
            # «at least 10 dead» joins the minister's toll, 0.21 → 0.26); two figures alike may
            # not (the seeds: one wrong pair)
            tolls = sorted(found.tolls | found.casualties)
        groups = group_segments(
            len(segmented.segments),
            links,
            scores,
            segmented.article_of,
            cohesion=self.cohesion,
            related=related,
            merging=tolls,
        )
        if not self.corrections:
            return groups
        spans = [(s.article_id, s.start, s.end) for s in segmented.segments]
        return apply_corrections(groups, spans, self.corrections)


@dataclass(frozen=True)
class NameAwareIndel:
    """A minimal word alignment (rapidfuzz Indel) over folded words, name spellings that differ
    counted as the same word (``diff.py``)."""

    name: ClassVar[str] = "name-aware-indel"
    version: ClassVar[str] = "1"

    def diff(self, a: Sequence[Token], b: Sequence[Token]) -> list[WordOp]:
        from app.compare.diff import word_diff

        return word_diff(a, b)


@dataclass(frozen=True)
class FactModel:
    """The collection's facts gathered into questions (app.facts), and flags on the passages
    whose sentences disagree (``flags.py``). ``bodies_file``: the reviewer's alias table."""

    name: ClassVar[str] = "fact-model"
    version: ClassVar[str] = "1"
    bodies_file: str = ""
    bodies_stamp: float = 0.0  # the table's modification time: an edit makes a new key

    def check(
        self,
        segmented: Segmented,
        links: Sequence[ComparedLink],
        groups: Sequence[Sequence[int]],
        scores: Scores,
        differ: Differ,
    ) -> FactFindings:
        from app.compare.flags import check_facts

        return check_facts(
            segmented.articles,
            segmented.segments,
            segmented.tokens,
            links,
            groups,
            scores,
            self.bodies_file,
            diff=differ.diff,  # links without a word diff get one as they are read, not kept
        )


DEFAULT_PIPELINE = Pipeline(
    segmenter=SentenceSegmenter(),
    representers=(CharNgramTfidf(),),
    scorer=CandidateCosines(),
    linker=MutualBestLinker(),
    grouper=CohesiveGrouper(),
    differ=NameAwareIndel(),
    fact_checker=FactModel(),
)


def pipeline_for(data_dir: Path | None, corrections: Sequence[Correction] = ()) -> Pipeline:
    """The default pipeline, reading the reviewer's alias table of bodies (``bodies.json`` in
    ``data_dir``) when there is one, and applying the reviewer's ``corrections`` to the
    passages."""
    pipeline = DEFAULT_PIPELINE
    splits = tuple((c[1], c[2]) for c in corrections if c[0] == "split")
    # a sentence marked checked changes no passage: it only leaves the walk (app.compare.unsure)
    grouping = tuple(c for c in corrections if c[0] in ("link", "unlink", "tie"))
    if splits:
        pipeline = pipeline.replace(segmenter=SentenceSegmenter(splits=splits))
    if grouping:
        pipeline = pipeline.replace(grouper=CohesiveGrouper(corrections=grouping))
    if data_dir is None:
        return pipeline
    table = data_dir / "bodies.json"
    try:
        stamp = table.stat().st_mtime
    except OSError:
        return pipeline
    return pipeline.replace(fact_checker=FactModel(str(table), stamp))
