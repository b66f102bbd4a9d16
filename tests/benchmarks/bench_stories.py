"""Stories found among many articles (issue 19): ``find_collection_stories`` on a real SQLite
library of invented stories (``corpus.claims_corpus``: ten outlets per story, each article 40 of
its story's 120 claims, reworded), 10,000, 20,000 and 50,000 articles, each in a fresh process
(time and peak memory of the finding alone, texts read from the database in batches), with
pairwise precision and recall against the invented truth.

Baseline, measured in the same run: the same signatures compared all pairs with each other (one
sparse product, the naive way to the same cosines), at 5,000 and 10,000 articles.

    uv run python -m tests.benchmarks.bench_stories [sizes…]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile

PER_STORY = 10

BUILD = """
import sys, hashlib
sys.path.insert(0, ".")
from pathlib import Path
from sqlalchemy import insert
from app.paths import resolve_paths
from app.workspace import open_workspace
from db.models import Article, Collection
from tests.benchmarks.corpus import claims_corpus
count, folder = int(sys.argv[1]), Path(sys.argv[2])
workspace = open_workspace(resolve_paths(folder), seed_demo=False)
texts = claims_corpus(count, outlets_per_story=PER_STORY)
with workspace.sessions() as session, session.begin():
    collection = session.scalar(insert(Collection).values(name="library").returning(Collection.id))
    for start in range(0, count, 5000):
        session.execute(insert(Article), [
            {"collection_id": collection, "position": i, "title": texts[i][:60], "text": texts[i],
             "language": "ar", "direction": "rtl", "word_count": texts[i].count(" ") + 1,
             "content_hash": hashlib.sha256(texts[i].encode()).hexdigest()}
            for i in range(start, min(count, start + 5000))
        ])
workspace.close()
""".replace("PER_STORY", str(PER_STORY))

FIND = """
import sys, time
sys.path.insert(0, ".")
from collections import Counter
from pathlib import Path
from app.paths import resolve_paths
from app.workspace import open_workspace
from app.library.stories import find_collection_stories, list_stories
workspace = open_workspace(resolve_paths(Path(sys.argv[1])), seed_demo=False)
before = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024
started = time.perf_counter()
found = find_collection_stories(workspace.sessions, 1)
seconds = time.perf_counter() - started
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024
story_of = {a: s.id for s in list_stories(workspace.sessions, 1) for a in s.article_ids}
truth = {a: (a - 1) // PER_STORY for a in range(1, found.articles + 1)}  # ids follow positions
found_of = {a: story_of.get(a, -a) for a in truth}
def pairs(labels):
    return sum(v * (v - 1) // 2 for v in Counter(labels).values())
both = pairs(zip(truth.values(), found_of.values(), strict=True))
print(seconds, before, peak, both / max(1, pairs(found_of.values())), both / pairs(truth.values()),
      found.stories)
""".replace("PER_STORY", str(PER_STORY))

NAIVE = """
import sys, time
sys.path.insert(0, ".")
import numpy as np
from scipy import sparse
from tests.benchmarks.corpus import claims_corpus
from app.library.story_index import signature_matrix
count = int(sys.argv[1])
texts = claims_corpus(count, outlets_per_story=PER_STORY)
started = time.perf_counter()
m = signature_matrix(texts, count)
df = np.bincount(m.indices, minlength=m.shape[1])
m.data *= np.log((count + 1) / (df + 1)).astype(np.float32)[m.indices]
norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
m = sparse.diags(1 / norms).astype(np.float32) @ m
product = sparse.triu(m @ m.T, k=1)
links = int((product.data >= 0.1).sum())
seconds = time.perf_counter() - started
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024
print(seconds, peak, product.nnz, links)
""".replace("PER_STORY", str(PER_STORY))


def _run(script: str, *args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    ).stdout
    return [float(v) for v in out.split()]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 20_000, 50_000]
    print(f"stories of {PER_STORY} outlets; finding from the database, fresh process per size")
    print(f"{'articles':>9} {'seconds':>8} {'peak MB':>8} {'(open)':>7} {'prec':>6} {'recall':>6}")
    figures = []
    for count in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-c", BUILD, str(count), tmp], check=True)
            seconds, before, peak, precision, recall, _stories = _run(FIND, tmp)
        figures.append((count, seconds))
        print(
            f"{count:>9,} {seconds:>8.1f} {peak:>8.0f} {before:>7.0f} "
            f"{precision:>6.3f} {recall:>6.3f}"
        )
    if len(figures) > 1:
        import math

        (n0, t0), (n1, t1) = figures[0], figures[-1]
        print(f"growth exponent {n0:,} → {n1:,}: {math.log(t1 / t0) / math.log(n1 / n0):.2f}")
    print("\nbaseline: the same signatures, all pairs (one sparse product)")
    for count in (5_000, 10_000):
        seconds, peak, products, links = _run(NAIVE, str(count))
        print(
            f"{count:>9,} {seconds:>8.1f} s {peak:>6.0f} MB  "
            f"{int(products):,} pair products for {int(links):,} links"
        )


if __name__ == "__main__":
    main()
