"""Every article's facts at once, in worker processes when the collection is large.

Reading the facts is half of a large comparison's time (2,000 articles: 12.8 s of 23.8 s on a
two-core machine), and each article is read alone, so the articles are shared out among worker
processes, in chunks. "spawn", as the import's readers do: forking a process that runs Qt
threads is unsafe. Below ``PARALLEL_FROM`` articles, starting the workers costs more than it
saves. Cancel is looked at while waiting (``tasks.checkpoint``).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from app.facts.extract import article_facts
from app.facts.model import Fact
from app.facts.sources import BodyTable
from app.library.records import ArticleDocument
from app.tasks import checkpoint, end_with_parent

PARALLEL_FROM = 300  # articles
CHUNK = 40  # articles a worker reads at a time
MAX_WORKERS = 4
WORKERS_VARIABLE = "TABAYUN_FACT_WORKERS"  # "1": read every article in this process
_log = logging.getLogger(__name__)


def workers_for(count: int) -> int:
    """How many processes read ``count`` articles' facts (1: this one alone)."""
    if count < PARALLEL_FROM:
        return 1
    wanted = os.environ.get(WORKERS_VARIABLE, "")
    if wanted.isdigit():
        return max(1, int(wanted))
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _read_chunk(documents: list[ArticleDocument], table: BodyTable) -> list[list[Fact]]:
    return [article_facts(document, table) for document in documents]


def facts_of_many(
    documents: Sequence[ArticleDocument], table: BodyTable, workers: int
) -> list[list[Fact]]:
    """``article_facts`` of each document, in order, read by ``workers`` processes; by this one
    when workers cannot be started (a program without a main-module guard, a sandbox that allows
    no new process, a worker that died): slower, never a failed comparison."""
    if workers <= 1:
        return _read_chunk(list(documents), table)
    try:
        return _in_workers(documents, table, workers)
    except (OSError, RuntimeError, BrokenProcessPool) as error:
        _log.warning("fact workers unavailable (%s); reading the facts in this process", error)
        return _read_chunk(list(documents), table)


def start_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes that end with this one (``tasks.end_with_parent``)."""
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=end_with_parent)


def submit_chunks(
    pool: ProcessPoolExecutor, documents: Sequence[ArticleDocument], table: BodyTable
) -> list[tuple[list[ArticleDocument], Future[list[list[Fact]]]]]:
    """The documents in chunks, each chunk given to a worker, with the future of its facts."""
    chunks = [list(documents[i : i + CHUNK]) for i in range(0, len(documents), CHUNK)]
    return [(chunk, pool.submit(_read_chunk, chunk, table)) for chunk in chunks]


def wait_for(futures: Sequence[Future[list[list[Fact]]]]) -> None:
    """Until every one of ``futures`` is done, looking at Cancel ten times a second."""
    pending = set(futures)
    while pending:
        checkpoint()
        _, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)


def _in_workers(
    documents: Sequence[ArticleDocument], table: BodyTable, workers: int
) -> list[list[Fact]]:
    with start_pool(workers) as pool:
        chunks = submit_chunks(pool, documents, table)
        try:
            wait_for([future for _, future in chunks])
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        return [facts for _, future in chunks for facts in future.result()]
