"""A collection's articles grouped into the stories they report (``tabayun stories``), with the
grouping the comparison uses for large collections (``app.compare.stories``)."""

from __future__ import annotations

from collections.abc import Sequence


def collection_stories(documents: Sequence[object]) -> list[list[int]]:
    """The stories of a collection's articles (``ArticleDocument``s): article ids per story,
    the largest story first, then by its first article. Whatever its size (the comparison
    only splits collections of more than ``STORY_GATE`` articles)."""
    from app.compare.pipeline import DEFAULT_PIPELINE
    from app.compare.stories import article_stories
    from app.compare.vectors import vector_matrix
    from app.library.records import ArticleDocument

    articles = [d for d in documents if isinstance(d, ArticleDocument)]
    segmented = DEFAULT_PIPELINE.segmenter.segment(articles)
    if not segmented.segments:
        return [[d.summary.id] for d in articles]
    matrix = vector_matrix(segmented.tokens, segmented.usable).matrix
    story = article_stories(matrix, segmented.article_of)
    groups: dict[int, list[int]] = {}
    for article, number in zip(segmented.article_of, story.tolist(), strict=True):
        members = groups.setdefault(number, [])
        if not members or members[-1] != article:
            members.append(article)
    found = {a for members in groups.values() for a in members}
    alone = [[d.summary.id] for d in articles if d.summary.id not in found]  # no text to read
    return sorted([*groups.values(), *alone], key=lambda m: (-len(m), m[0]))
