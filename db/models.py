"""Typed SQLAlchemy models for the whole review domain.

Offsets everywhere are Python code points into ``Article.text``, with an exclusive end. The
article text is stored exactly as decoded (line endings unified to ``\\n``) and never changes;
everything else points into it. Only Alembic migrations change the schema.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so that batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

IntPK = Annotated[int, mapped_column(Integer, primary_key=True)]


def utc_now() -> dt.datetime:
    """Naive UTC, the form SQLite's CURRENT_TIMESTAMP has."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# Written by Python whenever the app inserts, so every stored time has one text form (an undo
# that writes a row back writes it exactly as it was); the server default covers raw SQL.
Created = Annotated[
    dt.datetime, mapped_column(default=utc_now, server_default=func.current_timestamp())
]
Name = Annotated[str, mapped_column(String(200))]
Offset = Annotated[int, mapped_column(Integer)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Store enums by value as plain strings with a CHECK, portable to PostgreSQL."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
    )


class TextDirection(enum.StrEnum):
    RTL = "rtl"
    LTR = "ltr"


class VerdictValue(enum.StrEnum):
    AGREE = "agree"
    DIFFER = "differ"
    CONTRADICT = "contradict"
    UNCLEAR = "unclear"


class AnchorState(enum.StrEnum):
    """Whether an anchored span still sits on its quote after the text was re-imported."""

    ANCHORED = "anchored"
    REANCHORED = "reanchored"
    ORPHANED = "orphaned"


class MarkOrigin(enum.StrEnum):
    DETECTED = "detected"
    REVIEWER = "reviewer"


class Reviewer(Base):
    __tablename__ = "reviewers"

    id: Mapped[IntPK]
    name: Mapped[Name] = mapped_column(unique=True)
    created_at: Mapped[Created]


class Collection(Base):
    """A story under review: the articles of several outlets about one event."""

    __tablename__ = "collections"

    id: Mapped[IntPK]
    name: Mapped[Name] = mapped_column(unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    is_demo: Mapped[bool] = mapped_column(default=False, server_default="0")
    created_at: Mapped[Created]

    articles: Mapped[list[Article]] = relationship(
        back_populates="collection",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Article.position",
    )


class Source(Base):
    """An outlet: a newspaper, channel, agency or site."""

    __tablename__ = "sources"

    id: Mapped[IntPK]
    name: Mapped[Name] = mapped_column(unique=True)
    homepage: Mapped[str | None] = mapped_column(String(500))
    language: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[Created]


class SourceAlias(Base):
    """Another name of an outlet: an outlet merged into this one, or a spelling the reviewer
    said is the same outlet. An import that finds this name files the article under the source."""

    __tablename__ = "source_aliases"

    id: Mapped[IntPK]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    name: Mapped[Name] = mapped_column(unique=True)


class ImportBatch(Base):
    """One run of the import service: what was asked for and the per-file report."""

    __tablename__ = "import_batches"

    id: Mapped[IntPK]
    collection_id: Mapped[int] = mapped_column(ForeignKey("collections.id", ondelete="CASCADE"))
    origin: Mapped[str] = mapped_column(Text)  # folder or list of files, as the user gave it
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    started_at: Mapped[Created]
    report: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Article(Base):
    """One outlet's article. ``text`` is immutable once stored.

    Re-importing a changed file stores its text as a new article and sets the old one's
    ``replaced_by_id``: the old version is kept (nothing is lost, an edit can be shown), and
    everything that pointed into it moves to the new text (``app.review.anchoring``). Lists,
    search and comparison see only current articles (``replaced_by_id`` NULL).
    """

    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("collection_id", "content_hash", name="uq_articles_collection_hash"),
        Index("ix_articles_collection_position", "collection_id", "position"),
    )

    id: Mapped[IntPK]
    collection_id: Mapped[int] = mapped_column(ForeignKey("collections.id", ondelete="CASCADE"))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(20))  # BCP 47, e.g. "ar", "en"
    direction: Mapped[TextDirection] = mapped_column(_enum(TextDirection, "text_direction"))
    published_on: Mapped[dt.date | None]
    # Where the outlet and date came from: sidecar, front-matter, record, page, address,
    # source-line, signature, reviewer (outlet); sidecar, file, date-line, dateline, text,
    # reviewer (date). NULL: not known (articles imported before this was kept).
    outlet_origin: Mapped[str | None] = mapped_column(String(20))
    outlet_evidence: Mapped[str | None] = mapped_column(Text)  # the line or address that named it
    date_origin: Mapped[str | None] = mapped_column(String(20))
    author: Mapped[str | None] = mapped_column(String(300))  # from a byline or the file
    place: Mapped[str | None] = mapped_column(String(200))  # from the dateline
    url: Mapped[str | None] = mapped_column(String(2000))
    original_filename: Mapped[str | None] = mapped_column(String(500))
    original_format: Mapped[str | None] = mapped_column(String(20))  # txt, md, html, docx, …
    original_encoding: Mapped[str | None] = mapped_column(String(40))
    content_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of text, hex
    word_count: Mapped[int] = mapped_column(default=0)
    # Per line of ``text``, "rtl" or "ltr", when the source file said so (Word's paragraph
    # direction); None: each paragraph takes its direction from its own letters.
    paragraph_directions: Mapped[list[str] | None] = mapped_column(JSON)
    imported_at: Mapped[Created]
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )

    collection: Mapped[Collection] = relationship(back_populates="articles")
    source: Mapped[Source | None] = relationship()
    furniture: Mapped[list[FurnitureSpan]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="FurnitureSpan.start"
    )


class FurnitureSpan(Base):
    """Page furniture (related links, keyword lists, comment prompts) inside an article.

    Kept in the stored text, marked here; ``excluded`` spans are left out of comparison.
    """

    __tablename__ = "furniture_spans"
    __table_args__ = (CheckConstraint('start >= 0 AND "end" > start', name="span"),)

    id: Mapped[IntPK]
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[Offset]
    end: Mapped[Offset]
    kind: Mapped[str] = mapped_column(String(40))  # cue, related-list, keywords, comments, …
    origin: Mapped[MarkOrigin] = mapped_column(_enum(MarkOrigin, "mark_origin"))
    excluded: Mapped[bool] = mapped_column(default=True, server_default="1")


class Tag(Base):
    """A code in the hierarchical codebook."""

    __tablename__ = "tags"
    __table_args__ = (
        UniqueConstraint("parent_id", "name", name="uq_tags_parent_name"),
        CheckConstraint("shortcut IS NULL OR (shortcut BETWEEN 1 AND 9)", name="shortcut"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[IntPK]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id", ondelete="RESTRICT"))
    name: Mapped[Name]
    name_alt: Mapped[str] = mapped_column(String(200), default="", server_default="")
    color: Mapped[str] = mapped_column(String(7), default="#808080", server_default="#808080")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    shortcut: Mapped[int | None] = mapped_column(unique=True)
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[Created]

    parent: Mapped[Tag | None] = relationship(remote_side="Tag.id", back_populates="children")
    children: Mapped[list[Tag]] = relationship(back_populates="parent")


annotation_tags = Table(
    "annotation_tags",
    Base.metadata,
    Column("annotation_id", ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    # who applied the tag, and when (a second reviewer may tag the first one's span)
    Column("reviewer_id", ForeignKey("reviewers.id", ondelete="SET NULL"), nullable=True),
    Column("created_at", DateTime, nullable=True, default=utc_now),
)


class Annotation(Base):
    """A span of an article (or the whole article when start and end are NULL) with tags.

    Anchored by code-point offsets plus the exact quote with some prefix and suffix, so that it
    can be found again when the article is re-imported with changed text.
    """

    __tablename__ = "annotations"
    __table_args__ = (
        CheckConstraint(
            '(start IS NULL AND "end" IS NULL)'
            ' OR (start IS NOT NULL AND "end" IS NOT NULL AND start >= 0 AND "end" > start)',
            name="span",
        ),
    )

    id: Mapped[IntPK]
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int | None]
    end: Mapped[int | None]
    exact: Mapped[str] = mapped_column(Text, default="", server_default="")
    prefix: Mapped[str] = mapped_column(Text, default="", server_default="")
    suffix: Mapped[str] = mapped_column(Text, default="", server_default="")
    anchor_state: Mapped[AnchorState] = mapped_column(
        _enum(AnchorState, "anchor_state"),
        default=AnchorState.ANCHORED,
        server_default=AnchorState.ANCHORED.value,
    )
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    created_at: Mapped[Created]
    updated_at: Mapped[Created]

    tags: Mapped[list[Tag]] = relationship(secondary=annotation_tags)

    @property
    def whole_article(self) -> bool:
        return self.start is None


class PassageGroup(Base):
    """An aligned group of passages that carry the same content, as the reviewer saw it.

    Stored by its passages' offsets and quotes (``PassageRef``) so that verdicts and notes on it
    survive a re-run of the comparison engine.
    """

    __tablename__ = "passage_groups"

    id: Mapped[IntPK]
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[Created]

    passages: Mapped[list[PassageRef]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PassageRef(Base):
    __tablename__ = "passage_refs"
    __table_args__ = (CheckConstraint('start >= 0 AND "end" > start', name="span"),)

    id: Mapped[IntPK]
    group_id: Mapped[int] = mapped_column(
        ForeignKey("passage_groups.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[Offset]
    end: Mapped[Offset]
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="", server_default="")
    suffix: Mapped[str] = mapped_column(Text, default="", server_default="")


class Verdict(Base):
    """The reviewer's judgement of an aligned passage group."""

    __tablename__ = "verdicts"
    __table_args__ = (
        UniqueConstraint("group_id", "reviewer_id", name="uq_verdicts_group_reviewer"),
    )

    id: Mapped[IntPK]
    group_id: Mapped[int] = mapped_column(ForeignKey("passage_groups.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    value: Mapped[VerdictValue] = mapped_column(_enum(VerdictValue, "verdict_value"))
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[Created]
    updated_at: Mapped[Created]


class FactDecision(enum.StrEnum):
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    RECLASSIFIED = "reclassified"


class FactReview(Base):
    """A reviewer's decision on a row of the Facts table: confirmed, dismissed, or given another
    status. The engine names questions afresh on every run, so the decision is stored against
    the facts themselves (``fact_review_refs``: article, offsets and quote) and meets the row
    that holds them in a later comparison."""

    __tablename__ = "fact_reviews"
    __table_args__ = (
        CheckConstraint(
            "decision != 'reclassified' OR status != ''", name="reclassified_has_status"
        ),
    )

    id: Mapped[IntPK]
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(String(400))  # the question's id when decided
    label: Mapped[str] = mapped_column(String(400), default="", server_default="")
    decision: Mapped[FactDecision] = mapped_column(_enum(FactDecision, "fact_decision"))
    status: Mapped[str] = mapped_column(String(40), default="", server_default="")
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[Created]
    updated_at: Mapped[Created]


class FactReviewRef(Base):
    __tablename__ = "fact_review_refs"
    __table_args__ = (CheckConstraint('start >= 0 AND "end" > start', name="span"),)

    id: Mapped[IntPK]
    review_id: Mapped[int] = mapped_column(
        ForeignKey("fact_reviews.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[Offset]
    end: Mapped[Offset]
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="", server_default="")
    suffix: Mapped[str] = mapped_column(Text, default="", server_default="")


class PassageEditKind(enum.StrEnum):
    LINK = "link"
    UNLINK = "unlink"
    SPLIT = "split"  # one ref: from the split point to the end of the sentence
    CHECKED = "checked"  # one ref: a sentence the reviewer read and found nothing to link to
    TIE = "tie"  # two sentences that say the same, each left in its own passage (no merge)


class PassageEdit(Base):
    """A reviewer's correction to the passages: two sentences put in one passage (``link``),
    the first taken out of the passage it shares with the second (``unlink``), or a sentence
    split in two (``split``: one ref, from the split point on). Stored by offsets and quotes
    (``passage_edit_refs``, side 0 and 1) so it survives a fresh comparison and a new version
    of an article."""

    __tablename__ = "passage_edits"

    id: Mapped[IntPK]
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[PassageEditKind] = mapped_column(_enum(PassageEditKind, "passage_edit_kind"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    created_at: Mapped[Created]


class PassageEditRef(Base):
    __tablename__ = "passage_edit_refs"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        CheckConstraint("side IN (0, 1)", name="side"),
    )

    id: Mapped[IntPK]
    edit_id: Mapped[int] = mapped_column(
        ForeignKey("passage_edits.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[int]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[Offset]
    end: Mapped[Offset]
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="", server_default="")
    suffix: Mapped[str] = mapped_column(Text, default="", server_default="")


class Story(Base):
    """Articles of a collection that report the same event, found by ``tabayun stories --find``
    or Find Stories (``by_reviewer`` false) or made, renamed, split or merged by the reviewer
    (true: finding stories again leaves it as it is)."""

    __tablename__ = "stories"

    id: Mapped[IntPK]
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    by_reviewer: Mapped[bool] = mapped_column(default=False, server_default="0")
    created_at: Mapped[Created]


class StoryArticle(Base):
    """An article's story (one at most)."""

    __tablename__ = "story_articles"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)


class Note(Base):
    """A reviewer's note on exactly one of: a collection, an article, an annotation, a group."""

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN collection_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN article_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN annotation_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN group_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_target",
        ),
    )

    id: Mapped[IntPK]
    body: Mapped[str] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    collection_id: Mapped[int | None] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("passage_groups.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[Created]
    updated_at: Mapped[Created]


class ChangeLogEntry(Base):
    """Append-only audit trail: who changed what, when (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "change_log"

    id: Mapped[IntPK]
    at: Mapped[Created]
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="RESTRICT"))
    action: Mapped[str] = mapped_column(String(60))  # e.g. "annotation.create", "undo"
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SearchTerm(Base):
    """Portable search index (used where SQLite FTS5 is not available): one row per distinct
    match key of an article. The FTS5 table ``article_search`` is created by migration only."""

    __tablename__ = "search_terms"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    term: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
