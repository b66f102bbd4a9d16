"""Comparison results are cached per collection and recomputed when articles or furniture change."""

from __future__ import annotations

from pathlib import Path

from app.compare.collection import ComparisonCache, collection_fingerprint, compare_collection
from app.ingest.service import import_paths
from app.library.furniture import mark_furniture, unmark_furniture
from app.library.queries import list_articles, list_collections
from app.workspace import Workspace


def test_a_cached_result_is_reused_until_the_collection_changes(
    workspace: Workspace, tmp_path: Path
) -> None:
    cache = ComparisonCache()
    first = compare_collection(workspace.sessions, 1, cache)
    assert compare_collection(workspace.sessions, 1, cache) is first

    article = list_articles(workspace.sessions, 1)[0]
    before = collection_fingerprint(workspace.sessions, 1)
    opening = next(s for s in first.segments if s.article == article.id)
    mark_furniture(workspace.sessions, article.id, opening.start, opening.end)
    assert collection_fingerprint(workspace.sessions, 1) != before
    marked = compare_collection(workspace.sessions, 1, cache)
    assert marked is not first
    now = next(s for s in marked.segments if s.article == article.id)
    assert now.furniture and now.group is None and opening.group is not None

    unmark_furniture(workspace.sessions, article.id, opening.start, opening.end)
    assert compare_collection(workspace.sessions, 1, cache) is not marked

    extra = tmp_path / "extra.txt"
    extra.write_text("تعهد بوتين بمساعدة كوريا الشمالية في بناء أقمار صناعية.\n", "utf-8")
    settled = compare_collection(workspace.sessions, 1, cache)
    name = next(c.name for c in list_collections(workspace.sessions) if c.id == 1)
    import_paths(workspace.sessions, [extra], name)
    grown = compare_collection(workspace.sessions, 1, cache)
    assert grown is not settled
    assert len(grown.articles) == len(settled.articles) + 1


def test_the_cache_keeps_only_the_last_collections() -> None:
    from app.compare.engine import Comparison

    cache = ComparisonCache(size=2)
    results = [Comparison((), (), (), (), ()) for _ in range(3)]
    for number, result in enumerate(results):
        cache.put(number, "f", result)
    assert cache.get(0, "f") is None
    assert cache.get(2, "f") is results[2]
    assert cache.get(2, "other") is None
