"""The codebook: hierarchical tags that the reviewer creates, restructures and applies.

Every change goes through ``History.change``, so each one is a single transaction, logged with
the reviewer and undoable. Deleting a tag removes its uses and moves its child tags up to its
parent; merging moves every use and child of one tag onto another.
"""

from __future__ import annotations

import re
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import TabayunError
from app.messages import Message, T
from app.review.history import History, Recorder, table_of
from app.review.records import PALETTE, TagRecord
from app.review.tag_list import read_tags
from db.models import Annotation, ChangeLogEntry, Note, Tag, annotation_tags
from db.rows import session_rows

TAGS = table_of(Tag)
LINKS = annotation_tags
ANNOTATIONS = table_of(Annotation)

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class CodebookError(TabayunError):
    """A codebook change that cannot be made as asked (the message says why)."""


class TagChangedError(CodebookError):
    """Someone else changed the same part of a tag since the reviewer opened it."""


# name, other-language name, colour, description, shortcut, children
STARTER: tuple[tuple[str, str, str, str, int | None, tuple[tuple[str, str, str], ...]], ...] = (
    ("ادعاء", "Claim", "#0072B2", "A statement of fact that can be checked", 1, ()),
    ("اقتباس", "Quote", "#009E73", "Words attributed to a named person or body", 2, ()),
    ("رقم", "Figure", "#E69F00", "A number, amount, count or date", 3,
     (("عدد الضحايا", "Casualty count", "Dead, injured, missing or displaced"),)),
    ("تناقض", "Contradiction", "#D55E00", "Outlets, or one outlet, say opposite things", 4, ()),
    ("بحاجة إلى تحقق", "Needs verification", "#CC79A7", "To check before it is repeated", 5, ()),
    ("مصدر مجهول", "Unnamed source", "#56B4E9", "Attributed to no one, or to «مصادر»", 6, ()),
    ("لغة منحازة", "Loaded wording", "#7F3C8D", "Wording that takes a side", 7, ()),
)  # fmt: skip


def _tags(session: Session) -> list[TagRecord]:
    return read_tags(session_rows(session))


def list_tags(sessions: sessionmaker[Session]) -> list[TagRecord]:
    """Every tag, parents before children in their order, with its number of uses."""
    with sessions() as session:
        return _tags(session)


def seed_starter_codebook(sessions: sessionmaker[Session]) -> bool:
    """Write the starter codebook into a database that has never had a tag. Not undoable (it is
    the starting point), but logged. Returns True when it wrote it."""
    with sessions() as session, session.begin():
        had_tags = session.scalar(select(func.count()).select_from(Tag)) or session.scalar(
            select(func.count())
            .select_from(ChangeLogEntry)
            .where(ChangeLogEntry.action.like("tag.%"))
        )
        if had_tags:
            return False
        for position, (name, alt, colour, about, key, kids) in enumerate(STARTER):
            parent = Tag(name=name, name_alt=alt, color=colour, description=about,
                         shortcut=key, position=position)  # fmt: skip
            session.add(parent)
            session.flush()
            for index, (kid, kid_alt, kid_about) in enumerate(kids):
                session.add(Tag(name=kid, name_alt=kid_alt, color=colour, description=kid_about,
                                parent_id=parent.id, position=index))  # fmt: skip
        session.add(ChangeLogEntry(action="codebook.starter", entity="tag", payload={}))
        return True


def _tag(session: Session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise CodebookError(Message(T("core", "That tag no longer exists.")))
    return tag


def _check_name(session: Session, name: str, parent_id: int | None, own_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise CodebookError(Message(T("core", "A tag needs a name.")))
    clash = session.scalar(
        select(Tag.id).where(
            Tag.name == name,
            Tag.parent_id.is_(None) if parent_id is None else Tag.parent_id == parent_id,
        )
    )
    if clash is not None and clash != own_id:
        raise CodebookError(
            Message(T("core", "There is already a tag named «{name}» there."), name=name)
        )
    return name


def _free_shortcut(rec: Recorder, shortcut: int | None, own_id: int | None) -> None:
    """A shortcut belongs to one tag: taking it takes it from the tag that had it."""
    if shortcut is None:
        return
    if not 1 <= shortcut <= 9:
        raise CodebookError(Message(T("core", "Shortcut keys are 1 to 9.")))
    holder = rec.session.scalar(select(Tag.id).where(Tag.shortcut == shortcut))
    if holder is not None and holder != own_id:
        rec.update(TAGS, {"id": holder}, {"shortcut": None})


def _next_colour(session: Session) -> str:
    used = set(session.scalars(select(Tag.color)))
    return next((c for c in PALETTE if c not in used), PALETTE[0])


def create_tag(
    history: History,
    name: str,
    *,
    name_alt: str = "",
    color: str | None = None,
    description: str = "",
    parent_id: int | None = None,
    shortcut: int | None = None,
) -> int:
    """Add a tag (under ``parent_id``, last among its siblings); returns its id."""
    with history.change(
        "tag.create", Message(T("core", "New tag «{tag}»"), tag=name.strip())
    ) as rec:
        session = rec.session
        if parent_id is not None:
            _tag(session, parent_id)
        name = _check_name(session, name, parent_id, None)
        colour = color or _next_colour(session)
        if not _COLOUR.match(colour):
            raise CodebookError(
                Message(T("core", "«{colour}» is not a colour like #1A2B3C."), colour=colour)
            )
        _free_shortcut(rec, shortcut, None)
        last = session.scalar(select(func.max(Tag.position)).where(
            Tag.parent_id.is_(None) if parent_id is None else Tag.parent_id == parent_id
        ))  # fmt: skip
        key = rec.insert(TAGS, {
            "name": name, "name_alt": name_alt.strip(), "color": colour,
            "description": description, "parent_id": parent_id, "shortcut": shortcut,
            "position": 0 if last is None else last + 1,
        })  # fmt: skip
        rec.result = key["id"]
    return int(rec.result)


def update_tag(
    history: History,
    tag_id: int,
    *,
    name: str | None = None,
    name_alt: str | None = None,
    color: str | None = None,
    description: str | None = None,
    shortcut: int | Literal["keep"] | None = "keep",  # None: no shortcut key
    seen: TagRecord | None = None,
) -> None:
    """Rename, recolour, describe or give a shortcut key (only the arguments given change).

    ``seen``: the tag as the reviewer opened it. What they left as it was is not written (a
    colour another reviewer chose meanwhile stays); what they changed that someone else also
    changed, differently, is refused with TagChangedError naming the tag as it is now, and
    nothing is saved (the row is locked while it is compared, on a server too)."""
    asked: dict[str, object] = {
        k: v
        for k, v in (
            ("name", name),
            ("name_alt", name_alt),
            ("color", color),
            ("description", description),
        )
        if v is not None
    }
    if shortcut != "keep":
        asked["shortcut"] = shortcut
    with history.change("tag.update", Message(T("core", "Edit tag"))) as rec:
        tag = rec.session.get(Tag, tag_id, with_for_update=True)
        if tag is None:
            raise CodebookError(Message(T("core", "That tag no longer exists.")))
        rec.label = Message(T("core", "Edit tag «{tag}»"), tag=tag.name)
        if seen is not None:
            asked = _against(tag, seen, asked)
        values: dict[str, object] = {}
        if "name" in asked:
            values["name"] = _check_name(rec.session, str(asked["name"]), tag.parent_id, tag_id)
        if "name_alt" in asked:
            values["name_alt"] = str(asked["name_alt"]).strip()
        if "color" in asked:
            if not _COLOUR.match(str(asked["color"])):
                raise CodebookError(
                    Message(
                        T("core", "«{colour}» is not a colour like #1A2B3C."), colour=asked["color"]
                    )
                )
            values["color"] = asked["color"]
        if "description" in asked:
            values["description"] = asked["description"]
        if "shortcut" in asked:
            key = asked["shortcut"]
            _free_shortcut(rec, key if isinstance(key, int) else None, tag_id)
            values["shortcut"] = key
        rec.update(TAGS, {"id": tag_id}, values)


def _against(tag: Tag, seen: TagRecord, asked: dict[str, object]) -> dict[str, object]:
    """The fields the reviewer changed from ``seen``; TagChangedError when another reviewer
    changed one of them to something else meanwhile."""
    kept: dict[str, object] = {}
    for field, value in asked.items():
        before, now = getattr(seen, field), getattr(tag, field)
        if value == before:
            continue  # left as it was: someone else's change to it stays
        if now != before and now != value:
            template = T(
                "core",
                "Someone else changed the tag «{name}» while you were editing it (it is now "
                "«{now}», {colour}). Your changes were not saved: open the tag again to see "
                "theirs, and change it from there.",
            )
            raise TagChangedError(Message(template, name=seen.name, now=tag.name, colour=tag.color))
        kept[field] = value
    return kept


def _descendants(session: Session, tag_id: int) -> set[int]:
    found, frontier = set(), [tag_id]
    while frontier:
        kids = session.scalars(select(Tag.id).where(Tag.parent_id.in_(frontier))).all()
        frontier = [k for k in kids if k not in found]
        found.update(frontier)
    return found


def move_tag(history: History, tag_id: int, parent_id: int | None) -> None:
    """Put a tag (with its children) under another tag, or at the top when ``parent_id`` is None."""
    with history.change("tag.move", Message(T("core", "Move tag"))) as rec:
        tag = _tag(rec.session, tag_id)
        rec.label = Message(T("core", "Move tag «{tag}»"), tag=tag.name)
        if parent_id is not None:
            _tag(rec.session, parent_id)
            if parent_id == tag_id or parent_id in _descendants(rec.session, tag_id):
                raise CodebookError(
                    Message(T("core", "A tag cannot go under itself or one of its own children."))
                )
        _check_name(rec.session, tag.name, parent_id, tag_id)
        rec.update(TAGS, {"id": tag_id}, {"parent_id": parent_id})


def tag_usage(sessions: sessionmaker[Session], tag_id: int) -> tuple[int, int]:
    """(uses, child tags) of a tag: what a confirmation before deleting it should say."""
    with sessions() as session:
        uses = session.scalar(
            select(func.count()).select_from(LINKS).where(LINKS.c.tag_id == tag_id)
        )
        kids = session.scalar(select(func.count()).select_from(Tag).where(Tag.parent_id == tag_id))
        return int(uses or 0), int(kids or 0)


def drop_bare_annotations(rec: Recorder, annotation_ids: set[int]) -> None:
    """Annotations left with no tag and no note go too (they would show nothing)."""
    for annotation_id in sorted(annotation_ids):
        tagged = rec.session.scalar(
            select(func.count()).select_from(LINKS).where(LINKS.c.annotation_id == annotation_id)
        )
        noted = rec.session.scalar(
            select(func.count()).select_from(Note).where(Note.annotation_id == annotation_id)
        )
        if not tagged and not noted:
            rec.delete(ANNOTATIONS, {"id": annotation_id})


def _unlink_all(rec: Recorder, tag_id: int) -> set[int]:
    used_on = set(
        rec.session.scalars(select(LINKS.c.annotation_id).where(LINKS.c.tag_id == tag_id))
    )
    for annotation_id in sorted(used_on):
        rec.delete(LINKS, {"annotation_id": annotation_id, "tag_id": tag_id})
    return used_on


def delete_tag(history: History, tag_id: int) -> None:
    """Delete a tag and its uses; its child tags move up to its parent."""
    with history.change("tag.delete", Message(T("core", "Delete tag"))) as rec:
        tag = _tag(rec.session, tag_id)
        rec.label = Message(T("core", "Delete tag «{tag}»"), tag=tag.name)
        for kid in rec.session.scalars(select(Tag).where(Tag.parent_id == tag_id)).all():
            _check_name(rec.session, kid.name, tag.parent_id, kid.id)
            rec.update(TAGS, {"id": kid.id}, {"parent_id": tag.parent_id})
        drop_bare_annotations(rec, _unlink_all(rec, tag_id))
        rec.delete(TAGS, {"id": tag_id})


def merge_tags(history: History, source_id: int, target_id: int) -> None:
    """Fold ``source_id`` into ``target_id``: its uses and child tags go to the target, then it
    is deleted."""
    if source_id == target_id:
        raise CodebookError(Message(T("core", "Choose two different tags to merge.")))
    with history.change("tag.merge", Message(T("core", "Merge tags"))) as rec:
        source, target = _tag(rec.session, source_id), _tag(rec.session, target_id)
        rec.label = Message(
            T("core", "Merge tag «{tag}» into «{into}»"), tag=source.name, into=target.name
        )
        if target_id in _descendants(rec.session, source_id):
            raise CodebookError(
                Message(T("core", "A tag cannot be merged into one of its own children."))
            )
        has_target = set(
            rec.session.scalars(select(LINKS.c.annotation_id).where(LINKS.c.tag_id == target_id))
        )
        for kid in rec.session.scalars(select(Tag).where(Tag.parent_id == source_id)).all():
            _check_name(rec.session, kid.name, target_id, kid.id)
            rec.update(TAGS, {"id": kid.id}, {"parent_id": target_id})
        applied = {
            row.annotation_id: (row.reviewer_id, row.created_at)
            for row in rec.session.execute(
                select(LINKS.c.annotation_id, LINKS.c.reviewer_id, LINKS.c.created_at).where(
                    LINKS.c.tag_id == source_id
                )
            )
        }  # who applied the merged tag stays who applied it
        for annotation_id in sorted(_unlink_all(rec, source_id) - has_target):
            reviewer, when = applied.get(annotation_id, (None, None))
            rec.insert(LINKS, {
                "annotation_id": annotation_id, "tag_id": target_id, "reviewer_id": reviewer,
                "created_at": when,
            })  # fmt: skip
        rec.delete(TAGS, {"id": source_id})


def assign_shortcuts_by_use(history: History) -> None:
    """Keys 1–9 to the nine most used tags, in order of use (ties: codebook order)."""
    with history.change("tag.shortcuts", Message(T("core", "Shortcut keys by use"))) as rec:
        tags = sorted(_tags(rec.session), key=lambda t: (-t.uses, t.position, t.id))
        chosen = {t.id: n for n, t in enumerate(tags[:9], start=1)}
        for tag in tags:  # clear first: keys are unique
            if tag.shortcut is not None and chosen.get(tag.id) != tag.shortcut:
                rec.update(TAGS, {"id": tag.id}, {"shortcut": None})
        for tag_id, key in chosen.items():
            rec.update(TAGS, {"id": tag_id}, {"shortcut": key})
