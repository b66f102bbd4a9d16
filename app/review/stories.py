"""The reviewer's changes to the stories: rename one, merge several into one, split articles off
into a new story. Each goes through the history (undoable) and marks the stories it touches as
the reviewer's, so finding stories again leaves them as they are."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from app.errors import TabayunError
from app.library.stories import story_name
from app.messages import Message, T
from app.review.history import History, table_of
from db.models import Article, Story, StoryArticle

STORIES = table_of(Story)
MEMBERS = table_of(StoryArticle)


class StoryEditError(TabayunError):
    """A change to the stories that cannot be made as asked."""


def rename_story(history: History, story_id: int, name: str, seen: str | None = None) -> None:
    """``seen``: the name the reviewer started from; when another reviewer renamed the story
    meanwhile (to something else), nothing is saved and the message gives its name now."""
    name = " ".join(name.split())
    if not name:
        raise StoryEditError(Message(T("core", "A story needs a name.")))
    with history.change("rename-story", T("core", "Rename a story")) as rec:
        story = rec.session.get(Story, story_id, with_for_update=True)
        if story is None:
            raise StoryEditError(Message(T("core", "That story no longer exists.")))
        if seen is not None and story.name not in (seen, name):
            template = T(
                "core",
                "Someone else renamed this story while you were naming it: it is now «{now}». "
                "Your name was not saved.",
            )
            raise StoryEditError(Message(template, now=story.name))
        rec.update(STORIES, {"id": story_id}, {"name": name, "by_reviewer": True})


def merge_stories(history: History, story_ids: Sequence[int]) -> int:
    """Move every article of ``story_ids`` into the first of them; returns its id."""
    ids = list(dict.fromkeys(story_ids))
    if len(ids) < 2:
        raise StoryEditError(Message(T("core", "Choose two stories or more to merge.")))
    with history.change("merge-stories", T("core", "Merge stories")) as rec:
        stories = [rec.session.get(Story, i) for i in ids]
        if any(s is None for s in stories):
            raise StoryEditError(Message(T("core", "That story no longer exists.")))
        if len({s.collection_id for s in stories if s is not None}) > 1:
            raise StoryEditError(
                Message(T("core", "Only stories of one collection can be merged."))
            )
        target = ids[0]
        for other in ids[1:]:
            members = rec.session.scalars(
                select(StoryArticle.article_id).where(StoryArticle.story_id == other)
            ).all()
            for article in members:
                rec.update(MEMBERS, {"article_id": article}, {"story_id": target})
            rec.delete(STORIES, {"id": other})
        rec.update(STORIES, {"id": target}, {"by_reviewer": True})
    return target


def split_story(history: History, article_ids: Sequence[int], name: str = "") -> int:
    """Take ``article_ids`` (all of one story) out of it into a new story; returns its id."""
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        raise StoryEditError(Message(T("core", "Choose the articles to take out of the story.")))
    with history.change("split-story", T("core", "Split a story")) as rec:
        owners = dict(
            rec.session.execute(
                select(StoryArticle.article_id, StoryArticle.story_id).where(
                    StoryArticle.article_id.in_(ids)
                )
            ).all()
        )
        if len(owners) != len(ids) or len(set(owners.values())) != 1:
            raise StoryEditError(
                Message(T("core", "Choose articles of one story to take out of it."))
            )
        source = rec.session.get(Story, next(iter(owners.values())))
        assert source is not None
        left = rec.session.scalars(
            select(StoryArticle.article_id).where(StoryArticle.story_id == source.id)
        ).all()
        if len(left) == len(ids):
            raise StoryEditError(
                Message(T("core", "Leave at least one article in the story you split."))
            )
        titles = rec.session.scalars(select(Article.title).where(Article.id.in_(ids))).all()
        new_name = " ".join(name.split()) or story_name(list(titles))
        key = rec.insert(
            STORIES,
            {"collection_id": source.collection_id, "name": new_name, "by_reviewer": True},
        )
        for article in ids:
            rec.update(MEMBERS, {"article_id": article}, {"story_id": key["id"]})
        rec.update(STORIES, {"id": source.id}, {"by_reviewer": True})
    return int(key["id"])
