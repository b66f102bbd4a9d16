"""The report model: everything a review report says, read once, written by every format.

``build_report`` reads the collection (or chosen articles, or chosen tags) and, when the
coverage or passage sections are asked for, compares the articles. The writers (HTML, PDF, CSV,
W3C Web Annotation JSON, REFI-QDA) only format what is here; none reads the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from app.catalog import Translate, translator
from app.errors import TabayunError
from app.facts.model import WORDED
from app.library.records import ArticleDocument
from app.messages import Message, T, say
from app.report.formats import SECTIONS, ReportOptions
from app.review.records import (
    AnnotationRecord,
    FactReviewRecord,
    NoteRecord,
    PassageEditRecord,
    TagRecord,
    VerdictRecord,
)
from app.tasks import TaskControl
from app.text.bidi import isolate

if TYPE_CHECKING:  # the comparison engine (numpy, scipy) loads only when a report compares
    from app.compare.corrections import Correction
    from app.compare.engine import Comparison
    from app.compare.flags import FactFlag
    from app.compare.passages import Version

SECTION_TITLES = {
    "summary": T("core", "Summary"),
    "coverage": T("core", "Coverage"),
    "passages": T("core", "Passages and differences"),
    "facts": T("core", "Where the facts differ"),
    "verdicts": T("core", "Verdicts"),
    "tags": T("core", "Tags and tagged passages"),
    "notes": T("core", "Notes"),
}


class ReportError(TabayunError):
    """A report that cannot be made as asked."""


@dataclass(frozen=True)
class PassageVersion:
    article_id: int
    start: int  # code points into the article's text
    end: int
    text: str
    reference: bool
    marks: tuple[tuple[int, int, str], ...]  # (start, end, kind) in ``text``
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ReportPassage:
    number: int  # 1, 2, … in the report's order (most widely carried first)
    outlets: int  # how many articles carry it
    versions: tuple[PassageVersion, ...]
    # fact flags in words, each with its mark: "⚠ Number (missiles): 1 ↔ 2 — A ↔ B", or a
    # question's figures (``status_mark``: ⚠ a conflict, ↻ the rest)
    flags: tuple[str, ...]
    reviewer: bool = False  # a reviewer's correction set it (linked, unlinked, split)
    tied: tuple[int, ...] = ()  # the passages a reviewer linked it with, each kept apart


@dataclass(frozen=True)
class ReportFlag:
    """A question the outlets answer differently (app.facts), with every outlet's answer."""

    text: str  # "Deaths · تركيا — Conflict"
    quotes: tuple[tuple[int, str], ...]  # (article id, the sentence that gives the value)
    values: tuple[str, ...] = ()  # each quote's value as written («أكثر من 500 قتيل»)
    status: str = "conflict"  # the row's status as shown (a reviewer may have reclassified it)

    @property
    def mark(self) -> str:
        from app.facts.labels import status_mark

        return status_mark(self.status)

    def answers(self) -> list[tuple[int, str, str]]:
        """(article id, sentence, value as written) per outlet; "" where no value is kept."""
        values = list(self.values) + [""] * (len(self.quotes) - len(self.values))
        return [(a, sentence, v) for (a, sentence), v in zip(self.quotes, values, strict=False)]


@dataclass(frozen=True)
class Report:
    collection_id: int
    collection: str
    generated_at: dt.datetime  # naive UTC
    options: ReportOptions
    articles: tuple[ArticleDocument, ...]
    tags: tuple[TagRecord, ...]
    spans: tuple[AnnotationRecord, ...]  # tagged spans and whole-article tags, in scope
    notes: tuple[NoteRecord, ...]
    note_about: dict[tuple[str, int], str]
    verdicts: tuple[VerdictRecord, ...]
    passages: tuple[ReportPassage, ...] = ()
    unique_passages: dict[int, int] = field(default_factory=dict)  # article → only-here count
    flags: tuple[ReportFlag, ...] = ()  # every fact flag of the comparison
    # the reviewer's corrections to the passages (link, unlink, split), as made
    corrections: tuple[PassageEditRecord, ...] = ()
    # article → sentences the engine was unsure of (in no passage, close to another article's)
    unsure_passages: dict[int, int] = field(default_factory=dict)

    def has(self, section: str) -> bool:
        return section in self.options.sections

    @property
    def labels(self) -> dict[int, str]:
        return {a.summary.id: a.summary.label for a in self.articles}

    @property
    def reviewers(self) -> list[str]:
        names = {s.reviewer for s in self.spans} | {n.reviewer for n in self.notes}
        names |= {v.reviewer for v in self.verdicts}
        names |= {name for s in self.spans for _tag, name in s.tag_reviewers}
        return sorted(n for n in names if n)

    @property
    def tag_counts(self) -> dict[int, int]:
        """How many of the report's spans (and whole articles) carry each tag."""
        counts: dict[int, int] = {}
        for span in self.spans:
            for tag_id in span.tag_ids:
                counts[tag_id] = counts.get(tag_id, 0) + 1
        return counts

    @property
    def tags_by_id(self) -> dict[int, TagRecord]:
        return {t.id: t for t in self.tags}

    def article(self, article_id: int) -> ArticleDocument | None:
        return next((a for a in self.articles if a.summary.id == article_id), None)


def _version(version: Version) -> PassageVersion:
    segment = version.segment
    return PassageVersion(
        segment.article,
        segment.start,
        segment.end,
        segment.text,
        version.reference,
        tuple((m.start, m.end, m.kind) for m in version.marks),
        version.missing,
    )


def _flag_text(
    flag: FactFlag,
    labels: dict[int, str],
    comparison: Comparison,
    t: Translate = str,
) -> str:
    """«Number of · صواريخ: 1 ↔ 2 — A ↔ B», the question in the reader's language."""
    from app.facts.labels import question_title, status_name

    a, b = (comparison.segments[i] for i in flag.segments)
    # every value and name in its own bidi isolate, so none reorders the line around it
    question = next((q for q in comparison.facts.questions if q.id == flag.question), None)
    what = isolate(question_title(question, t) if question else flag.what)
    first, second = (isolate(v) for v in flag.values)
    text = (
        f"{what}: {first} ↔ {second} — "
        f"{isolate(labels.get(a.article, ''))} ↔ {isolate(labels.get(b.article, ''))}"
        f" · {status_name(flag.reason, t)}"
    )
    return text if flag.linked else text + t(T("core", " (a related passage)"))


def _flag_lines(
    comparison: Comparison,
    segment_id: int,
    labels: dict[int, str],
    t: Translate = str,
) -> tuple[str, ...]:
    """The passage's flags in words: a pair alone as «… ↔ …», a question with several pairs
    as its figures, each once with the outlets that give it (as the Passage panel says them)."""
    from app.compare.passages import flag_groups
    from app.facts.labels import question_title, status_mark, status_name

    questions = {q.id: q for q in comparison.facts.questions}
    lines = []
    for group in flag_groups(comparison, segment_id):
        flag = group.first
        mark = status_mark(group.reasons[0][0])  # a conflict first, when there is one
        if len(group.flags) == 1:
            lines.append(f"{mark} {_flag_text(flag, labels, comparison, t)}")
            continue
        question = questions.get(flag.question)
        what = isolate(question_title(question, t) if question else flag.what)
        comma, semicolon = t(T("core", ", ")), t(T("core", "; "))
        figures = semicolon.join(
            f"{isolate(value)} ("
            + comma.join(
                isolate(labels.get(comparison.segments[s].article, ""))
                + (t(T("core", " (a related passage)")) if s in group.outside else "")
                for s in givers
            )
            + ")"
            for value, givers in group.figures
        )
        reasons = comma.join(
            say(T("core", "{status} ({count} pair(s))"), t, status=status_name(reason, t), count=n)
            for reason, n in group.reasons
        )
        # a town, a day, a source or a description is no figure: «Where: 2 versions — …»
        worded = question is not None and question.kind in WORDED
        template = (
            T("core", "{what}: {count} versions — {figures} · {reasons}")
            if worded
            else T("core", "{what}: {count} figures — {figures} · {reasons}")
        )
        lines.append(
            f"{mark} "
            + t(template).format(
                what=what, count=len(group.figures), figures=figures, reasons=reasons
            )
        )
    return tuple(lines)


def _passages(
    articles: Sequence[ArticleDocument],
    control: TaskControl,
    t: Translate = str,
    reviews: Sequence[FactReviewRecord] = (),
    data_dir: Path | None = None,
    corrections: Sequence[Correction] = (),
) -> tuple[tuple[ReportPassage, ...], dict[int, int], tuple[ReportFlag, ...], dict[int, int]]:
    """The passages, each article's sentences only it carries, the fact rows, and each
    article's sentences the engine was unsure of. ``data_dir``: the reviewer's alias table of
    sources is read from it, as in the window; ``corrections``: the reviewer's corrections to
    the passages."""
    from app.compare.engine import compare
    from app.compare.passages import coverage, versions
    from app.compare.pipeline import DEFAULT_PIPELINE, pipeline_for

    if len(articles) < 2:
        return (), {}, (), {}
    # no word diffs for every link: the versions below diff what they show, and the fact
    # check diffs the few pairs it needs (200 articles: 12.5 s → 6 s)
    pipeline = pipeline_for(data_dir, corrections) if data_dir or corrections else DEFAULT_PIPELINE
    comparison = compare(list(articles), word_diffs=False, control=control, pipeline=pipeline)
    labels = {a.summary.id: a.summary.label for a in articles}
    rows = coverage(comparison)
    mine = comparison.reviewer_segments()
    number_of = {row.group: number for number, row in enumerate(rows, start=1)}
    tied: dict[int, set[int]] = {}
    for a, b in comparison.reviewer_ties():
        ga, gb = comparison.segments[a].group, comparison.segments[b].group
        if ga in number_of and gb in number_of and ga != gb:
            tied.setdefault(number_of[ga], set()).add(number_of[gb])
            tied.setdefault(number_of[gb], set()).add(number_of[ga])
    found = []
    for number, row in enumerate(rows, start=1):
        if number % 20 == 0:
            control.raise_if_cancelled()
        # a version of the passage itself, not a sentence a reviewer tied to it
        reference = min((s for a, s in row.cells.items() if a not in row.tied), key=lambda s: s.id)
        found.append(
            ReportPassage(
                number,
                row.outlets,
                tuple(_version(v) for v in versions(comparison, reference.id)),
                _flag_lines(comparison, reference.id, labels, t),
                bool(mine & set(comparison.groups[row.group])),
                tuple(sorted(tied.get(number, ()))),
            )
        )
    from app.compare.unsure import checked_of, support_as_read

    # only here: what nothing in another article came close to, and what the engine was unsure
    # of that a reviewer read and marked checked (nothing to link)
    level = support_as_read(comparison, checked_of(corrections))
    unique: dict[int, int] = {}
    unsure: dict[int, int] = {}
    for segment in comparison.segments:
        if segment.furniture or level[segment.id] not in ("unique", "unsure"):
            continue
        counted = unique if level[segment.id] == "unique" else unsure
        counted[segment.article] = counted.get(segment.article, 0) + 1
    return tuple(found), unique, fact_rows(comparison, t, reviews), unsure


def fact_rows(
    comparison: Comparison,
    t: Translate = str,
    reviews: Sequence[FactReviewRecord] = (),
) -> tuple[ReportFlag, ...]:
    """The Facts table's rows where outlets differ, each with every outlet's sentence, as the
    reviewers left them: a dismissed row (or one reclassified as agreed) is left out, a
    confirmed or reclassified one says so and by whom."""
    from app.facts.labels import question_title, reading, status_name
    from app.review.fact_reviews import match_reviews
    from app.review.records import FactRef

    sheet = comparison.facts
    texts = {a.summary.id: a.text for a in comparison.articles}
    decided = match_reviews(
        [
            (q.id, [FactRef(f.article, f.start, f.end) for f in map(sheet.fact, q.facts)])
            for q in sheet.questions
        ],
        reviews,
    )
    rows = []
    for question in sheet.questions:
        review = decided.get(question.id)
        status = question.status
        if review is not None and review.decision == "reclassified":
            status = review.status
        if status == "agree" or (review is not None and review.decision == "dismissed"):
            continue
        facts = [sheet.fact(i) for i in question.facts]
        title = f"{question_title(question, t)} — {status_name(status, t)}"
        if review is not None:
            template = _DECIDED.get(review.decision, _DECIDED["confirmed"])
            title += " " + t(template).format(name=review.reviewer or t(_NO_NAME))
        rows.append(
            ReportFlag(
                title,
                tuple((f.article, texts[f.article][f.sentence[0] : f.sentence[1]]) for f in facts),
                tuple(reading(f, question, sheet.event_places, t) for f in facts),
                status,
            )
        )
    return tuple(rows)


_DECIDED = {
    "confirmed": T("core", "(confirmed by {name})"),
    "reclassified": T("core", "(reclassified by {name})"),
}
_NO_NAME = T("core", "a reviewer")


def build_report(
    sessions: sessionmaker[Session],
    collection_id: int,
    options: ReportOptions | None = None,
    control: TaskControl | None = None,
    data_dir: Path | None = None,
) -> Report:
    """Read (and compare, if asked) what the report says; ``data_dir`` holds the reviewer's
    alias table of sources. Raises ReportError, Cancelled."""
    from app.library.queries import list_articles, list_collections, load_articles
    from app.review.annotations import annotations_for
    from app.review.codebook import list_tags
    from app.review.notes import list_notes, target_labels
    from app.review.verdicts import list_verdicts
    from db.models import utc_now

    options = options or ReportOptions()
    control = control or TaskControl()
    unknown = set(options.sections) - set(SECTIONS)
    if unknown:
        raise ReportError(
            f"Unknown section(s): {', '.join(sorted(unknown))} (choose from {', '.join(SECTIONS)})."
        )
    collection = next((c for c in list_collections(sessions) if c.id == collection_id), None)
    if collection is None:
        raise ReportError("That collection is no longer in the library.")
    control.report(0, 4, Message(T("core", "Reading the articles")))
    ids = [a.id for a in list_articles(sessions, collection_id)]
    if options.article_ids:
        chosen = set(options.article_ids)
        ids = [i for i in ids if i in chosen]
        if not ids:
            raise ReportError("None of the chosen articles is in this collection.")
    articles = tuple(load_articles(sessions, ids))
    control.raise_if_cancelled()
    control.report(1, 4, Message(T("core", "Reading tags, notes and verdicts")))
    tags = list_tags(sessions)
    spans = annotations_for(sessions, ids)
    if options.tag_ids:
        wanted = set(options.tag_ids)
        tags = [t for t in tags if t.id in wanted]
        spans = [s for s in spans if wanted & set(s.tag_ids)]
    in_scope = set(ids)
    span_ids = {s.id for s in spans}
    notes = [
        n
        for n in list_notes(sessions, collection_id)
        if (n.target != "annotation" or n.target_id in span_ids)
        and (n.article_id is None or n.article_id in in_scope)
    ]
    verdicts = [
        v
        for v in list_verdicts(sessions, collection_id)
        if any(p.article_id in in_scope for p in v.passages)
    ]
    passages: tuple[ReportPassage, ...] = ()
    unique: dict[int, int] = {}
    unsure: dict[int, int] = {}
    flags: tuple[ReportFlag, ...] = ()
    from app.review.passage_edits import list_passage_edits

    all_edits = list_passage_edits(sessions, collection_id)
    edits = [e for e in all_edits if {e.first.article_id, e.second.article_id} & in_scope]
    if {"coverage", "passages", "facts"} & set(options.sections):
        control.report(2, 4, Message(T("core", "Comparing the articles")))
        from app.review.fact_reviews import list_fact_reviews

        reviews = list_fact_reviews(sessions, collection_id)
        corrections = [e.correction for e in all_edits]
        passages, unique, flags, unsure = _passages(
            articles, control, translator(options.language), reviews, data_dir, corrections
        )
    control.report(3, 4, Message(T("core", "Putting the report together")))
    return Report(
        collection_id,
        collection.name,
        utc_now(),
        options,
        articles,
        tuple(tags),
        tuple(spans),
        tuple(notes),
        target_labels(sessions, notes),
        tuple(verdicts),
        passages,
        unique,
        flags,
        tuple(edits),
        unsure,
    )
