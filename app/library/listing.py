"""Collections and stories as lists (with the stories' articles' titles and outlets): plain SQL
(``db.rows``) that the window, a server and the command line's quick path on a local file all
read."""

from __future__ import annotations

from app.errors import TabayunError
from app.library.records import ArticleSummary, StorySummary
from db.rows import Rows, day

_STORIES = """
SELECT s.id, s.collection_id, s.name, s.by_reviewer, a.id
FROM stories AS s
LEFT JOIN story_articles AS m ON m.story_id = s.id
LEFT JOIN articles AS a ON a.id = m.article_id AND a.replaced_by_id IS NULL
{where}
ORDER BY s.collection_id, s.id, a.position, a.id
"""

_ARTICLES = """
SELECT a.id, a.collection_id, a.title, o.name, a.published_on, a.word_count, a.language,
       a.direction, a.original_filename
FROM articles AS a
JOIN story_articles AS m ON m.article_id = a.id
JOIN stories AS s ON s.id = m.story_id
LEFT JOIN sources AS o ON o.id = a.source_id
WHERE a.replaced_by_id IS NULL {also}
"""


def collection_named(rows: Rows, name: str) -> int:
    """The id of the collection called ``name``; a TabayunError for the user when there is none."""
    found = rows("SELECT id FROM collections WHERE name = :name", {"name": name.strip()})
    if not found:
        raise TabayunError(f"there is no collection called {name!r}")
    return int(found[0][0])


def collection_names(rows: Rows) -> dict[int, str]:
    return {int(i): name for i, name in rows("SELECT id, name FROM collections", {})}


def read_stories(rows: Rows, collection_id: int | None = None) -> list[StorySummary]:
    """Stories (of one collection, or of all), the largest first, each with its current
    articles in collection order."""
    where = "" if collection_id is None else "WHERE s.collection_id = :collection"
    members: dict[int, list[int]] = {}
    heads: dict[int, tuple[int, str, bool]] = {}
    for story, collection, name, mine, article in rows(
        _STORIES.format(where=where), {"collection": collection_id}
    ):
        found = members.setdefault(story, [])
        if article is not None:
            found.append(article)
        heads[story] = (collection, name, bool(mine))
    stories = [StorySummary(s, *heads[s], tuple(articles)) for s, articles in members.items()]
    return sorted(stories, key=lambda s: (s.collection_id, -len(s.article_ids), s.id))


def story_articles(rows: Rows, collection_id: int | None = None) -> dict[int, ArticleSummary]:
    """The articles in stories (of one collection, or of all), by id, without their texts."""
    also = "" if collection_id is None else "AND s.collection_id = :collection"
    return {
        int(i): ArticleSummary(int(i), c, title, outlet, day(date), words, lang, way, file)
        for i, c, title, outlet, date, words, lang, way, file in rows(
            _ARTICLES.format(also=also), {"collection": collection_id}
        )
    }
