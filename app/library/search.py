"""Arabic-aware full-text search over the corpus, with snippets cut from the original text.

Query and articles go through the same match keys (app.text.normalize): insensitive to
diacritics, alef/yaa/taa-marbuta forms, tatweel, and attached prefixes (و ف ب ل ك ال). Every word
of the query must occur, under any of the keys it may be stored under (``query_keys``: «وزير»
and «الوزير» are keyed «زير» and «وزير», and each finds both). Snippets and highlights are
offsets into the stored text, unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.library.queries import load_articles
from app.library.records import SearchHit, SearchResults
from app.library.snippets import find_matches, snippet
from app.messages import Message, T
from app.tasks import TaskControl
from app.text.normalize import key_text, query_keys
from db.models import Article
from db.search_index import clear_index, find_articles, index_articles, indexed_count
from db.session import unit_of_work

REINDEX_CHUNK = 500


def search(
    sessions: sessionmaker[Session],
    query: str,
    *,
    collection_id: int | None = None,
    limit: int = 50,
) -> SearchResults:
    """Articles holding every word of ``query``, best first, with a highlighted snippet each."""
    keys = query_keys(query)  # each word with the keys it may be stored under
    if not keys:
        return SearchResults(query, 0, ())
    with sessions() as session:
        ids, total = find_articles(session, keys, collection_id=collection_id, limit=limit)
    wanted = {key for alternatives in keys for key in alternatives}
    hits = []
    for document in load_articles(sessions, ids):
        matches = find_matches(document.text, wanted)
        if not matches:
            continue
        cut, highlights = snippet(document.text, matches)
        hits.append(SearchHit(document.summary, cut, highlights, *matches[0], len(matches)))
    return SearchResults(query, total, tuple(hits))


def index_new_articles(session: Session, articles: Sequence[tuple[int, str]]) -> None:
    """Called inside the import transaction for the articles it adds (in chunks, so that the
    keys of ten thousand articles are never all in memory at once)."""
    for offset in range(0, len(articles), REINDEX_CHUNK):
        chunk = articles[offset : offset + REINDEX_CHUNK]
        index_articles(session, [(article_id, key_text(text)) for article_id, text in chunk])


def ensure_index(sessions: sessionmaker[Session], control: TaskControl | None = None) -> bool:
    """Rebuild the index when it does not hold every article (after an upgrade). True if rebuilt."""
    with sessions() as session:
        total = session.scalar(select(func.count(Article.id))) or 0
        if indexed_count(session) == total:
            return False
    rebuild_index(sessions, control)
    return True


def rebuild_index(sessions: sessionmaker[Session], control: TaskControl | None = None) -> None:
    control = control or TaskControl()
    with unit_of_work(sessions) as session:
        clear_index(session)
        ids = list(
            session.scalars(
                select(Article.id).where(Article.replaced_by_id.is_(None)).order_by(Article.id)
            )
        )
        for offset in range(0, len(ids), REINDEX_CHUNK):
            control.raise_if_cancelled()
            control.report(offset, len(ids), Message(T("core", "Indexing articles for search")))
            chunk = ids[offset : offset + REINDEX_CHUNK]
            rows = session.execute(select(Article.id, Article.text).where(Article.id.in_(chunk)))
            index_new_articles(session, [(i, t) for i, t in rows])
