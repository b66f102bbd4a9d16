"""Stories in a large collection: found from the articles' vectors, and the comparison pairs
sentences of one story only, so its cost grows with the stories, not with the collection's
square."""

from __future__ import annotations

import itertools

import numpy as np

from app.compare.engine import compare
from app.compare.segments import segment_article
from app.compare.stories import STORY_GATE, article_stories
from app.compare.tokens import tokenize
from app.compare.vectors import vector_matrix
from tests.benchmarks.bench_compare_scale import documents
from tests.benchmarks.corpus import claims_corpus


def _stories_of(count: int, outlets: int) -> tuple[np.ndarray, np.ndarray]:
    docs = documents(claims_corpus(count, outlets_per_story=outlets))
    segments = [s for d in docs for s in segment_article(d.summary.id, d.text)]
    tokens = [tokenize(s.text, s.start) for s in segments]
    matrix = vector_matrix(tokens, [True] * len(tokens)).matrix
    articles = np.array([s.article_id for s in segments])
    return articles, article_stories(matrix, articles.tolist())


def test_the_invented_stories_are_found_exactly() -> None:
    articles, story = _stories_of(120, 5)
    found = dict(zip(articles.tolist(), story.tolist(), strict=True))
    truth = {a: (a - 1) // 5 for a in found}  # claims_corpus: five outlets per story, in order
    pairs = list(itertools.combinations(sorted(found), 2))
    same_found = {p for p in pairs if found[p[0]] == found[p[1]]}
    same_truth = {p for p in pairs if truth[p[0]] == truth[p[1]]}
    assert same_found == same_truth  # pairwise precision and recall 1.0


def test_one_event_is_one_story() -> None:
    _articles, story = _stories_of(60, 0)  # every article on one event
    assert len(set(story.tolist())) == 1


def test_a_large_collection_never_links_sentences_of_different_stories() -> None:
    count = STORY_GATE + 20
    docs = documents(claims_corpus(count, outlets_per_story=5))
    result = compare(docs, word_diffs=False)
    story = {s.id: (s.article - 1) // 5 for s in result.segments}
    assert result.links
    assert all(story[link.a] == story[link.b] for link in result.links)


def test_articles_that_share_nothing_are_stories_of_their_own() -> None:
    from scipy import sparse

    matrix = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]]))
    story = article_stories(matrix, [1, 2, 2])  # two articles, no n-gram in common
    assert story[0] != story[1] and story[1] == story[2]
