"""A collection's stories: found among its articles (``app.library.story_index``) and stored,
listed for the sidebar and the command line.

Finding stories again regroups only the articles that are not in a story the reviewer made or
changed (``by_reviewer``): the engine's stories are replaced whole, in one transaction, and the
reviewer's are kept as they are. A story of one article is not stored (it stays a plain article
of the collection).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.library.listing import read_stories
from app.library.records import FoundStories, StorySummary
from app.messages import Message, T
from app.tasks import TaskControl
from app.text.normalize import WORD_RE, key_text
from db.models import Article, Story, StoryArticle
from db.notify import announce
from db.rows import session_rows

READ_BATCH = 500  # articles read from the database at a time (the texts are never all held)


def list_stories(
    sessions: sessionmaker[Session], collection_id: int | None = None
) -> list[StorySummary]:
    """Stories, the largest first (``app.library.listing.read_stories``)."""
    with sessions() as session:
        return read_stories(session_rows(session), collection_id)


def _texts(sessions: sessionmaker[Session], ids: Sequence[int]) -> Iterator[str]:
    for start in range(0, len(ids), READ_BATCH):
        chunk = list(ids[start : start + READ_BATCH])
        with sessions() as session:
            texts = dict(
                session.execute(select(Article.id, Article.text).where(Article.id.in_(chunk))).all()
            )
        for article in chunk:
            yield texts.get(article, "")


def story_name(titles: Sequence[str]) -> str:
    """A story's name: the title of its article whose title words the other titles share most
    (the headline that says what they all report), the first on a tie."""
    words = [set(WORD_RE.findall(key_text(t))) for t in titles]
    counts = Counter(w for ws in words for w in ws)
    scores = [sum(counts[w] - 1 for w in ws) for ws in words]
    best = max(range(len(titles)), key=lambda i: (scores[i], -i)) if titles else 0
    return titles[best].strip() if titles else ""


def find_collection_stories(
    sessions: sessionmaker[Session], collection_id: int, control: TaskControl | None = None
) -> FoundStories:
    """Group the collection's current articles that are in no story of the reviewer's, and
    store the stories found in place of the engine's earlier ones (all or nothing)."""
    from app.library.story_index import find_stories  # numpy and scipy: only when finding

    control = control or TaskControl()
    with sessions() as session:
        articles = session.execute(
            select(Article.id, Article.title)
            .where(Article.collection_id == collection_id, Article.replaced_by_id.is_(None))
            .order_by(Article.position, Article.id)
        ).all()
        kept_articles = set(
            session.scalars(
                select(StoryArticle.article_id)
                .join(Story, Story.id == StoryArticle.story_id)
                .where(Story.collection_id == collection_id, Story.by_reviewer.is_(True))
            )
        )
        kept = session.scalar(
            select(func.count())
            .select_from(Story)
            .where(Story.collection_id == collection_id, Story.by_reviewer.is_(True))
        )
    pending = [(a, t) for a, t in articles if a not in kept_articles]
    ids = [a for a, _ in pending]
    titles = dict(pending)

    def report(done: int, total: int) -> None:
        control.report(done, total, Message(T("core", "Reading the articles' words")))
        control.raise_if_cancelled()

    numbers = find_stories(_texts(sessions, ids), len(ids), report).tolist() if ids else []
    control.raise_if_cancelled()
    control.report(len(ids), len(ids), Message(T("core", "Storing the stories")))
    groups: dict[int, list[int]] = {}
    for article, number in zip(ids, numbers, strict=True):
        groups.setdefault(number, []).append(article)
    stories = [members for members in groups.values() if len(members) > 1]
    with sessions() as session, session.begin():
        engine_made = select(Story.id).where(
            Story.collection_id == collection_id, Story.by_reviewer.is_(False)
        )
        session.execute(delete(StoryArticle).where(StoryArticle.story_id.in_(engine_made)))
        session.execute(
            delete(Story).where(Story.collection_id == collection_id, Story.by_reviewer.is_(False))
        )
        for members in stories:
            name = story_name([titles[a] for a in members])
            story = session.scalar(
                insert(Story)
                .values(collection_id=collection_id, name=name, by_reviewer=False)
                .returning(Story.id)
            )
            session.execute(
                insert(StoryArticle), [{"article_id": a, "story_id": story} for a in members]
            )
        announce(session, "find-stories", f"{len(stories)} stories found")
    return FoundStories(len(stories), sum(map(len, stories)), int(kept or 0), len(articles))
