"""A reviewed demo collection: tags, notes and a verdict, for every report test."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.library.queries import list_articles, list_collections, load_articles
from app.library.records import ArticleDocument
from app.review.annotations import tag_article, tag_span
from app.review.codebook import list_tags
from app.review.history import History
from app.review.notes import add_note
from app.review.records import Passage
from app.review.verdicts import set_verdict
from app.workspace import Workspace

QUOTE = "هذا سبب قدومنا إلى هنا"


@dataclass
class Reviewed:
    workspace: Workspace
    collection_id: int
    articles: list[ArticleDocument]
    claim: int
    figure: int
    quote_article: int  # the article the quote was tagged in
    quote_start: int


@pytest.fixture
def reviewed(workspace: Workspace) -> Reviewed:
    sessions = workspace.sessions
    collection = list_collections(sessions)[0].id
    articles = load_articles(sessions, [a.id for a in list_articles(sessions, collection)])
    tags = {t.name_alt: t.id for t in list_tags(sessions)}
    history = History(sessions, reviewer="سارة")
    host = next(a for a in articles if QUOTE in a.text)
    start = host.text.index(QUOTE)
    span = tag_span(history, host.summary.id, start, start + len(QUOTE), tags["Quote"])
    add_note(history, "annotation", span, "اقتباس مباشر من بوتين")
    other = articles[0]
    figure_at = other.text.index("صاروخ")
    tag_span(history, other.summary.id, figure_at, figure_at + 12, tags["Figure"])
    tag_article(history, other.summary.id, tags["Claim"])
    add_note(history, "collection", collection, "Check the missile count with a second agency.")
    set_verdict(
        history,
        collection,
        [Passage(host.summary.id, start, start + len(QUOTE)), Passage(other.summary.id, 0, 30)],
        "differ",
        "الصياغة مختلفة",
    )
    return Reviewed(
        workspace, collection, articles, tags["Claim"], tags["Figure"], host.summary.id, start
    )
