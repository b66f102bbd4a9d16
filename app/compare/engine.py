"""Compare N articles at once: segments, links, groups, support levels, word diffs, fact flags.

The work is done by the pipeline's stages (``stages.py``, ``pipeline.py``, docs/engine.md); this
module runs them in order, reports progress, and puts the result together.

The result depends only on the set of articles, not on their order: articles are taken in id
order and every step is deterministic. Offsets are code points into the stored texts.
"""

from __future__ import annotations

import gc
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from app.compare.diff import WordOp
from app.compare.flags import ComparedLink, FactFlag
from app.compare.parts import PartOffer
from app.compare.pipeline import DEFAULT_PIPELINE
from app.compare.stages import Pipeline, Scores, Segmented
from app.compare.tokens import tokenize
from app.facts.model import FactSheet
from app.library.records import ArticleDocument
from app.messages import Message, T
from app.tasks import TaskControl

if TYPE_CHECKING:  # numpy and scipy come with the engine's stages, when it runs
    from app.compare.align import Link
    from app.compare.vectors import Vectors


@dataclass(frozen=True, slots=True)
class ComparedSegment:
    id: int
    article: int
    start: int
    end: int
    text: str
    # "all", "some", "unique"; "unsure": in no passage, but linked to or close to another
    # article's sentence (to check); "none": not compared (furniture, too few words, a caption)
    support: str
    furniture: bool
    group: int | None


@dataclass(frozen=True, slots=True)
class Comparison:
    articles: tuple[ArticleDocument, ...]
    segments: tuple[ComparedSegment, ...]
    links: tuple[ComparedLink, ...]
    groups: tuple[tuple[int, ...], ...]
    flags: tuple[FactFlag, ...]
    stats: dict[str, int] = field(default_factory=dict)
    pipeline: Pipeline = DEFAULT_PIPELINE  # the stages that made it (link_ops diffs with them)
    facts: FactSheet = field(default_factory=lambda: FactSheet((), ()))
    # each segment → the closest passages and lone sentences outside its passage, each by its
    # best sentence, best first, with the scores (``align.closest_outside``): the reviewer's
    # candidates to link by hand
    closest: Mapping[int, tuple[tuple[int, float], ...]] = field(default_factory=dict)
    # each segment → parts of it closer to another article's sentence than the whole is
    # (``app.compare.parts``): the reviewer's candidates to split off and link
    parts: Mapping[int, tuple[PartOffer, ...]] = field(default_factory=dict)

    # each segment → its linked segments with the links' scores, made once with the result
    # (in the comparison's thread), not by a pass over the links for every sentence the
    # Passage panel or a command reads
    partners: Mapping[int, Mapping[int, float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        found: dict[int, dict[int, float]] = {}
        for link in self.links:
            found.setdefault(link.a, {})[link.b] = link.score
            found.setdefault(link.b, {})[link.a] = link.score
        object.__setattr__(self, "partners", found)  # frozen: set once, here

    def reviewer_segments(self) -> set[int]:
        """The segments a reviewer's correction names: their passages are the reviewer's."""
        from app.compare.corrections import corrected

        corrections = getattr(self.pipeline.grouper, "corrections", ())
        if not corrections:
            return set()
        return corrected([(s.article, s.start, s.end) for s in self.segments], corrections)

    def reviewer_ties(self) -> set[tuple[int, int]]:
        """The links a reviewer made between two passages without merging them (a < b)."""
        from app.compare.corrections import ties

        corrections = getattr(self.pipeline.grouper, "corrections", ())
        if not corrections:
            return set()
        return set(ties([(s.article, s.start, s.end) for s in self.segments], corrections))

    def to_json(self) -> dict[str, Any]:
        """The documented JSON contract of ``tabayun compare --json`` (see the README)."""
        mine = self.reviewer_segments()
        tied = self.reviewer_ties()
        return {
            "articles": [
                {
                    "id": a.summary.id,
                    "name": a.summary.original_filename,
                    "title": a.summary.title,
                    "outlet": a.summary.outlet,
                }
                for a in self.articles
            ],
            "segments": [
                {
                    **asdict(s),
                    "closest": [list(pair) for pair in self.closest.get(s.id, ())],
                    "parts": [asdict(offer) for offer in self.parts.get(s.id, ())],
                }
                for s in self.segments
            ],
            "links": [
                {
                    "a": link.a,
                    "b": link.b,
                    "score": link.score,
                    "reviewer": (link.a, link.b) in tied,
                    "ops": [
                        {
                            "op": op.op,
                            "a": list(op.a) if op.a else None,
                            "b": list(op.b) if op.b else None,
                        }
                        for op in link.ops
                    ],
                }
                for link in self.links
            ],
            "groups": [
                {"id": i, "segments": list(g), "reviewer": bool(mine & set(g))}
                for i, g in enumerate(self.groups)
            ],
            "flags": [
                {
                    "kind": f.kind,
                    "segments": list(f.segments),
                    "values": {str(f.segments[0]): f.values[0], str(f.segments[1]): f.values[1]},
                    "what": f.what,
                    "question": f.question,
                    "linked": f.linked,
                    "reason": f.reason,
                    "spans": [list(span) if span else None for span in f.spans],
                }
                for f in self.flags
            ],
            "stats": self.stats,
        }


def _support(members: Sequence[int], article_of: Sequence[int], total: int) -> str:
    carried = len({article_of[s] for s in members})
    if carried >= total:
        return "all"
    return "some" if carried > 1 else "unique"


def compare(
    documents: Sequence[ArticleDocument],
    word_diffs: bool = True,
    control: TaskControl | None = None,
    pipeline: Pipeline = DEFAULT_PIPELINE,
) -> Comparison:
    """Align ``documents`` through ``pipeline``'s stages; without ``word_diffs`` links carry no
    ops (``link_ops`` gives them).

    ``control`` hears of progress in five steps and may cancel between them (``Cancelled``).

    The cyclic garbage collector is held off meanwhile: the engine makes no reference cycles,
    and the collections its many small allocations trigger re-scan every live object (with a
    large earlier result alive, 50 × 40 sentences took 1.06 s instead of 0.75 s).
    """
    from app.facts.sheet import reading_ahead

    enabled = gc.isenabled()
    gc.disable()
    try:
        # a large collection's facts are read by worker processes while the sentences are cut
        # and weighed here (the fact model is half of a large comparison's time)
        with reading_ahead(documents):
            return _compare(documents, word_diffs, control or TaskControl(), pipeline)
    finally:
        if enabled:
            gc.enable()


# What the reader is told while each kind of stage runs (one list, translated at the edge).
PROGRESS = {
    "segment": T("core", "Reading sentences"),
    "represent": T("core", "Weighing words"),
    "score": T("core", "Matching sentences"),
    "link": T("core", "Grouping passages"),
    "facts": T("core", "Checking facts"),
}


def _compare(
    documents: Sequence[ArticleDocument],
    word_diffs: bool,
    control: TaskControl,
    pipeline: Pipeline,
) -> Comparison:
    steps = iter(range(len(PROGRESS)))

    def step(kind: str) -> None:
        control.raise_if_cancelled()
        control.report(next(steps), len(PROGRESS), Message(PROGRESS[kind]))

    step("segment")
    segmented = pipeline.segmenter.segment(documents)
    step("represent")
    representations = {r.name: r.represent(segmented) for r in pipeline.representers}
    step("score")
    scores = pipeline.scorer.score(segmented, representations)
    step("link")
    links = pipeline.linker.link(segmented, scores)
    groups = pipeline.grouper.group(segmented, links, scores)
    links = _with_ties(segmented, links, scores, pipeline)
    parts = _part_offers(segmented, representations, pipeline, scores, groups)
    closest = _closest(segmented, representations, pipeline, scores, groups)
    del representations  # the vectors are the largest thing made; the rest needs only scores
    differ = pipeline.differ
    tokens = segmented.tokens
    compared_links = [
        ComparedLink(
            link.a,
            link.b,
            link.score,
            tuple(differ.diff(tokens[link.a], tokens[link.b])) if word_diffs else (),
        )
        for link in links
    ]
    step("facts")
    findings = pipeline.fact_checker.check(segmented, compared_links, groups, scores, differ)
    control.report(len(PROGRESS), len(PROGRESS), Message(T("core", "Compared")))
    return Comparison(
        segmented.articles,
        _compared_segments(segmented, groups, closest, compared_links, pipeline),
        tuple(compared_links),
        tuple(tuple(g) for g in groups),
        tuple(findings.flags),
        {
            "segments": len(segmented.segments),
            "candidate_pairs": len(scores),
            "links": len(links),
            "facts": len(findings.sheet.facts),
            "questions": len(findings.sheet.questions),
        },
        pipeline,
        findings.sheet,
        closest,
        parts,
    )


def _with_ties(
    segmented: Segmented, links: list[Link], scores: Scores, pipeline: Pipeline
) -> list[Link]:
    """``links`` and the reviewer's links between two passages (``corrections.ties``: after the
    grouping, so no passage merges), each with its score (0 when the two scored nothing)."""
    from app.compare.align import Link
    from app.compare.corrections import ties

    corrections = getattr(pipeline.grouper, "corrections", ())
    if not corrections:
        return links
    spans = [(s.article_id, s.start, s.end) for s in segmented.segments]
    known = {(link.a, link.b) for link in links}
    extra = [Link(a, b, round(scores.get((a, b), 0.0), 4))
             for a, b in ties(spans, corrections) if (a, b) not in known]  # fmt: skip
    return [*links, *extra] if extra else links


def _closest(
    segmented: Segmented,
    representations: Mapping[str, object],
    pipeline: Pipeline,
    scores: dict[tuple[int, int], float],
    groups: Sequence[Sequence[int]],
) -> Mapping[int, tuple[tuple[int, float], ...]]:
    """``align.closest_outside``, judged by the vectors the scorer used (by the best pair's
    score for another kind), without what the reviewer refused."""
    from app.compare.align import closest_outside
    from app.compare.corrections import not_refused

    vectors = _scorer_vectors(representations, pipeline)
    matrix = vectors.matrix if vectors is not None else None
    return not_refused(
        closest_outside(scores, groups, len(segmented.segments), matrix=matrix),
        groups,
        [(s.article_id, s.start, s.end) for s in segmented.segments],
        getattr(pipeline.grouper, "corrections", ()),
    )


def _part_offers(
    segmented: Segmented,
    representations: Mapping[str, object],
    pipeline: Pipeline,
    scores: dict[tuple[int, int], float],
    groups: Sequence[Sequence[int]],
) -> Mapping[int, tuple[PartOffer, ...]]:
    """``app.compare.parts``, with the vectors the scorer used (none for another kind)."""
    from app.compare.parts import part_offers

    vectors = _scorer_vectors(representations, pipeline)
    return {} if vectors is None else part_offers(segmented, vectors, scores, groups)


def _scorer_vectors(representations: Mapping[str, object], pipeline: Pipeline) -> Vectors | None:
    """The vectors the scorer used, or None when it used another kind."""
    from app.compare.vectors import Vectors

    vectors = representations.get(getattr(pipeline.scorer, "representer", ""))
    return vectors if isinstance(vectors, Vectors) else None


def _compared_segments(
    segmented: Segmented,
    groups: Sequence[Sequence[int]],
    closest: Mapping[int, Sequence[tuple[int, float]]],
    links: Sequence[ComparedLink],
    pipeline: Pipeline,
) -> tuple[ComparedSegment, ...]:
    """Each segment with its passage and how widely that passage is carried.

    A sentence in no passage is "this outlet only" when nothing in another article came close
    to it; one the engine linked, or with close sentences elsewhere (what the walk offers to
    check), is "unsure": read on seven labelled sets, 80 of the 133 such sentences were carried
    by another outlet after all, against 6 of the 26 with nothing close (docs/matching.md). So
    is one written in the other script than most of the collection (``unsure.in_other_script``):
    nothing can come close to it word for word."""
    from app.compare.corrections import corrected, ties
    from app.compare.unsure import in_other_script, main_direction

    group_of = {s: g for g, members in enumerate(groups) for s in members}
    # a link the reviewer undid (a sentence taken out of its passage) is no sign of sharing
    corrections = getattr(pipeline.grouper, "corrections", ())
    spans = [(s.article_id, s.start, s.end) for s in segmented.segments]
    undone = corrected(spans, corrections) if corrections else set()
    near = {end for link in links if not {link.a, link.b} & undone for end in (link.a, link.b)}
    near.update(segment for segment, found in closest.items() if found)
    article_of = segmented.article_of
    carrying = {a for a, ok in zip(article_of, segmented.usable, strict=True) if ok}
    total = max(1, len(carrying))
    main = main_direction([d.summary.direction for d in segmented.articles])
    texts = segmented.segments

    # a sentence the reviewer tied to a passage (Link Without Merging) says what it says: its
    # outlet carries that passage too, though the sentence stays in its own
    tied: dict[int, list[int]] = {}
    for a, b in ties(spans, corrections) if corrections else ():
        for here, there in ((a, b), (b, a)):
            if here in group_of:
                tied.setdefault(group_of[here], []).append(there)

    def support(segment: int) -> str:
        if segment in group_of:
            group = group_of[segment]
            return _support([*groups[group], *tied.get(group, ())], article_of, total)
        # a line of two words or a caption is not compared: not "this outlet only"
        if not segmented.usable[segment]:
            return "none"
        if segment in near or in_other_script(texts[segment].text, main):
            return "unsure"
        return "unique"

    return tuple(
        ComparedSegment(
            s.id, s.article_id, s.start, s.end, s.text, support(s.id), s.furniture,
            group_of.get(s.id),
        )
        for s in segmented.segments
    )  # fmt: skip


def link_ops(comparison: Comparison, link: ComparedLink) -> tuple[WordOp, ...]:
    """The word diff of one link (computed here when ``compare`` ran without word diffs)."""
    if link.ops:
        return link.ops
    a, b = comparison.segments[link.a], comparison.segments[link.b]
    differ = comparison.pipeline.differ
    return tuple(differ.diff(tokenize(a.text, a.start), tokenize(b.text, b.start)))
