"""Comparison results kept in memory, and comparing already loaded articles through them.

No database and no heavy imports here: the window holds a cache from its first moment, and the
engine (numpy, scipy) is imported by the worker that first compares.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.compare.pipeline import DEFAULT_PIPELINE
from app.compare.stages import Pipeline
from app.library.records import ArticleDocument
from app.tasks import TaskControl

if TYPE_CHECKING:
    from app.compare.engine import Comparison


class ComparisonCache:
    """The last few collections' results, safe to use from worker threads."""

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._entries: OrderedDict[int, tuple[str, Comparison]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, collection_id: int, fingerprint: str) -> Comparison | None:
        with self._lock:
            entry = self._entries.get(collection_id)
            if entry is None or entry[0] != fingerprint:
                return None
            self._entries.move_to_end(collection_id)
            return entry[1]

    def put(self, collection_id: int, fingerprint: str, result: Comparison) -> None:
        with self._lock:
            self._entries[collection_id] = (fingerprint, result)
            self._entries.move_to_end(collection_id)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def forget(self, collection_id: int) -> None:
        with self._lock:
            self._entries.pop(collection_id, None)


def documents_fingerprint(
    documents: Sequence[ArticleDocument], pipeline: Pipeline = DEFAULT_PIPELINE
) -> str:
    """The same articles with the same furniture marks (in any order), compared by the same
    stages, give the same string."""
    digest = hashlib.sha256(pipeline.key.encode())
    for document in sorted(documents, key=lambda d: d.summary.id):
        digest.update(repr((document.summary.id, len(document.text), hash(document.text))).encode())
        digest.update(repr([(m.start, m.end, m.excluded) for m in document.furniture]).encode())
    return digest.hexdigest()


def compare_documents(
    documents: Sequence[ArticleDocument],
    cache: ComparisonCache | None = None,
    control: TaskControl | None = None,
    key: int = 0,
    pipeline: Pipeline = DEFAULT_PIPELINE,
) -> Comparison:
    """Compare articles already loaded (the open panes), reusing a cached result under ``key``
    when it was made from the same articles by the same stages."""
    fingerprint = documents_fingerprint(documents, pipeline)
    if cache is not None:
        cached = cache.get(key, fingerprint)
        if cached is not None:
            return cached
    from app.compare.engine import compare

    result = compare(documents, word_diffs=False, control=control, pipeline=pipeline)
    if cache is not None:
        cache.put(key, fingerprint, result)
    return result
