"""The fact sheet of a set of articles, and the fact flags of linked passages drawn from it.

``build_sheet`` extracts every article's facts (``extract``) and gathers them into questions
(``collate``); the comparison's facts stage adds the descriptors only linked passages reveal.
``passage_flags`` turns each differing pair of a question whose sentences the alignment put in
one passage (or found related) into a flag on those segments, so the panes mark what the Facts
table lists.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.facts.batch import facts_of_many, start_pool, submit_chunks, wait_for, workers_for
from app.facts.collate import collate
from app.facts.extract import article_facts
from app.facts.labels import question_title
from app.facts.model import Fact, FactSheet
from app.facts.pairs import differ, pair_reason
from app.facts.sources import BodyTable, load_bodies, shipped_bodies
from app.library.records import ArticleDocument


def bodies_from(user_file: Path | None) -> BodyTable:
    """The reviewer's alias table, one object while the file is unchanged: the facts are
    remembered by the table they were read with (``extracted``), and a table read anew for
    every comparison had every article's facts read again each time."""
    if not user_file:
        return shipped_bodies()
    try:
        stamp = user_file.stat().st_mtime
    except OSError:
        stamp = 0.0
    return _bodies_at(str(user_file), stamp)


@lru_cache(maxsize=4)
def _bodies_at(path: str, stamp: float) -> BodyTable:
    return load_bodies(Path(path))


_EXTRACTED: OrderedDict[tuple[object, ...], list[Fact]] = OrderedDict()
_KEEP = 2000  # articles: a comparison reads each article's facts twice (alignment, fact model)
_LOCK = threading.Lock()
_log = logging.getLogger(__name__)


def _key(document: ArticleDocument, table: BodyTable) -> tuple[object, ...]:
    summary = document.summary
    return (summary.id, summary.published_on, hash(document.text), len(document.text),
            document.furniture, id(table))  # fmt: skip


def _remember(key: tuple[object, ...], found: list[Fact]) -> None:
    with _LOCK:
        _EXTRACTED[key] = found
        while len(_EXTRACTED) > _KEEP:
            _EXTRACTED.popitem(last=False)


def extracted(document: ArticleDocument, table: BodyTable) -> list[Fact]:
    """``article_facts``, remembered for the last few thousand article versions: the alignment
    asks which sentences give the same figure, the fact model asks again (same key: the same
    text, date, furniture and alias table)."""
    key = _key(document, table)
    with _LOCK:  # comparisons and reports run in workers, sometimes two at once
        found = _EXTRACTED.get(key)
        if found is not None:
            _EXTRACTED.move_to_end(key)
            return found
    found = article_facts(document, table)
    _remember(key, found)
    return found


# Facts being read ahead by worker processes (``reading_ahead``): the article's key → the
# future of its chunk and its place in the chunk.
_AHEAD: dict[tuple[object, ...], tuple[Future[list[list[Fact]]], int]] = {}


@contextmanager
def reading_ahead(documents: Sequence[ArticleDocument]) -> Iterator[None]:
    """Start reading the facts of ``documents`` (with the shipped alias table) in worker
    processes while the caller does other work (the comparison segments and weighs the
    sentences meanwhile); ``build_sheet`` takes them when it needs them. Only for a collection
    large enough for workers (``batch.workers_for``); the workers end with the block."""
    table = shipped_bodies()
    keys = {id(d): _key(d, table) for d in documents}
    with _LOCK:
        missing = [d for d in documents if keys[id(d)] not in _EXTRACTED]
    workers = workers_for(len(missing))
    if workers <= 1:
        yield
        return
    try:
        pool = start_pool(workers)
        chunks = submit_chunks(pool, missing, table)
    except (OSError, RuntimeError) as error:  # no new process here: read when needed
        _log.warning("fact workers unavailable (%s)", error)
        yield
        return
    mine = {keys[id(d)]: (future, place) for chunk, future in chunks
            for place, d in enumerate(chunk)}  # fmt: skip
    with _LOCK:
        _AHEAD.update(mine)
    try:
        yield
    finally:
        with _LOCK:
            for key in mine:
                _AHEAD.pop(key, None)
        pool.shutdown(wait=False, cancel_futures=True)


def _read_ahead(keys: Sequence[tuple[object, ...]]) -> dict[tuple[object, ...], list[Fact]]:
    """The facts of ``keys`` that workers are reading ahead, once they are read (a worker that
    died leaves its articles to be read here)."""
    with _LOCK:
        ahead = {key: _AHEAD[key] for key in keys if key in _AHEAD}
    if not ahead:
        return {}
    wait_for(list({future for future, _ in ahead.values()}))
    read: dict[tuple[object, ...], list[Fact]] = {}
    for key, (future, place) in ahead.items():
        if future.exception() is None:
            read[key] = future.result()[place]
            _remember(key, read[key])
    return read


def _all_extracted(documents: Sequence[ArticleDocument], table: BodyTable) -> list[Fact]:
    """Every document's facts, in order: taken from the workers reading them ahead, else those
    not remembered read at once, by worker processes when they are many (``batch.py``)."""
    keys = [_key(document, table) for document in documents]
    read = _read_ahead(keys)
    if not read:
        with _LOCK:
            missing = [(d, key) for d, key in zip(documents, keys, strict=True)
                       if key not in _EXTRACTED]  # fmt: skip
        workers = workers_for(len(missing))
        if workers > 1:
            found = facts_of_many([d for d, _ in missing], table, workers)
            read = {key: facts for (_, key), facts in zip(missing, found, strict=True)}
            for key, facts in read.items():
                _remember(key, facts)
    return [
        fact
        for document, key in zip(documents, keys, strict=True)
        for fact in (read[key] if key in read else extracted(document, table))
    ]


def forget_extracted() -> None:
    """Empty the cache of ``extracted`` (benchmarks time a first comparison)."""
    with _LOCK:
        _EXTRACTED.clear()


def build_sheet(
    documents: Sequence[ArticleDocument],
    bodies: BodyTable | None = None,
    extra: Sequence[Fact] = (),
    passage_of: Callable[[int, int], int | None] | None = None,
    statuses: bool = True,
) -> FactSheet:
    """The collection's facts and questions. ``extra``: facts found elsewhere (descriptors of
    linked passages); ``passage_of(article, offset)``: the passage a sentence belongs to;
    without ``statuses``, the questions only (``collate``)."""
    table = bodies or shipped_bodies()
    facts = _all_extracted(documents, table)
    known = {f.id for f in facts}
    facts += [f for f in extra if f.id not in known]
    outlets = {d.summary.id: d.summary.outlet or f"#{d.summary.id}" for d in documents}
    texts = {d.summary.id: d.text for d in documents}
    passages: dict[str, int] = {}
    if passage_of is not None:
        for fact in facts:
            # who says it, and an age whose person is not named («أنه يبلغ من العمر 71 عاما»):
            # asked only of sentences the alignment put in one passage
            if fact.kind == "source" or (fact.kind == "age" and not fact.subject):
                group = passage_of(fact.article, fact.start)
                if group is not None:
                    passages[fact.id] = group
    return collate(facts, outlets, texts, passages, statuses)


@dataclass(frozen=True, slots=True)
class PairFlag:
    kind: str  # "number", "date", "place", "nationality", "descriptor"
    segments: tuple[int, int]
    values: tuple[str, str]
    what: str
    linked: bool
    spans: tuple[tuple[int, int], tuple[int, int]]
    question: str
    reason: str = "conflict"  # why the pair differs: conflict, update, different_source, …


def passage_flags(
    sheet: FactSheet,
    segment_starts: dict[int, tuple[list[int], list[int]]],
    group_of: dict[int, int],
    related: Mapping[tuple[int, int], float],
) -> list[PairFlag]:
    """Flags for the differing pairs of every question that is not agreed, on segments in one
    passage (``linked``) or related by score (``related``: the candidate pairs' scores, which
    also pick a passage member's counterparts). ``segment_starts``: per article, the sorted starts
    of its segments and their ids."""

    def segment_of(fact: Fact) -> int | None:
        starts, ids = segment_starts.get(fact.article, ([], []))
        at = bisect_right(starts, fact.start) - 1
        return ids[at] if at >= 0 else None

    article_of = {
        segment: article for article, (_starts, ids) in segment_starts.items() for segment in ids
    }
    in_group: dict[int, list[int]] = {}
    for seg, group in group_of.items():
        in_group.setdefault(group, []).append(seg)
    near: dict[int, set[int]] = {}
    for sa, sb in related:
        near.setdefault(sa, set()).add(sb)
        near.setdefault(sb, set()).add(sa)

    def counterparts(sa: int, sb: int) -> bool:
        """``sb`` is, of its article's members of the passage, the one closest to ``sa``, and
        ``sa`` of its article's the one closest to ``sb``: a passage may hold two sentences of
        one article, and only the closest says what the other sentence says."""
        group = in_group[group_of[sa]]

        def closest(here: int, article_of_other: int) -> int:
            mine = [m for m in group if article_of.get(m) == article_of_other]
            return max(mine, key=lambda m: (related.get((min(here, m), max(here, m)), 0.0), -m))

        return closest(sa, article_of[sb]) == sb and closest(sb, article_of[sa]) == sa

    flags = []
    for question in sheet.questions:
        if question.status == "agree":
            continue
        members = [sheet.fact(i) for i in question.facts]
        by_segment: dict[int, list[int]] = {}
        on: dict[int, int] = {}  # a fact's segment, by its place in members
        for n, fact in enumerate(members):
            if (segment := segment_of(fact)) is not None:
                by_segment.setdefault(segment, []).append(n)
                on[n] = segment
        pairs = []  # only facts on segments in one passage or related can make a flag
        for sa, mine in by_segment.items():
            partners = set(in_group.get(group_of[sa], ())) if sa in group_of else set()
            for sb in partners | near.get(sa, set()):
                if sb > sa and sb in by_segment:
                    pairs += [(min(i, j), max(i, j)) for i in mine for j in by_segment[sb]]
        for i, j in sorted(pairs):
            a, b, sa, sb = members[i], members[j], on[i], on[j]
            if a.article == b.article or not differ(a, b):
                continue
            if sa > sb:
                a, b, sa, sb = b, a, sb, sa
            linked = sa in group_of and group_of.get(sa) == group_of.get(sb)
            if a.kind == "source" and linked and not counterparts(sa, sb):
                continue  # who says it, against a passage member that says something else
            if not linked and (sa, sb) not in related:
                continue
            reason = pair_reason(a, b, sheet.event_places)
            if reason == "different_scope":
                continue  # Malatya's toll beside Şanlıurfa's: two things, nothing to check
            kind = {
                "time": "date",
                "place": "place",
                "nationality": "nationality",
                "descriptor": "descriptor",
                "source": "attribution",
            }.get(a.kind, "number")
            flags.append(
                PairFlag(
                    kind,
                    (sa, sb),
                    (a.reading, b.reading),
                    question_title(question),
                    linked,
                    ((a.start, a.end), (b.start, b.end)),
                    question.id,
                    reason,
                )
            )
    return flags
