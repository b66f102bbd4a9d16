"""How comparison grows with the collection (``python -m tests.benchmarks.bench_compare_scale``).

- 50 articles × 40 sentences on one event (each claim carried by a third of the articles, so
  every sentence links to a dozen others), with and without word diffs for every link.
- 50 … 500 articles in stories of five outlets: time per article should stay about flat
  (candidates come from a sparse index, not from all pairs); beside it, a naive all-pairs cosine
  over the same vectors, measured at 50 articles (it takes minutes beyond).
- Peak memory for 200 articles × 40 sentences, in stories of five and on one event, each in a
  fresh process.
- 500, 1,000 and 2,000 articles in stories of five, each in a fresh process (time, peak memory,
  candidate pairs), beside the same comparison without the story gate (every pair of the
  collection looked at: the version before it) up to 1,000.
Targets (issue 4): 50 × 40 <= 1 s; 500 articles clearly less than quadratic; <= 200 MB.
Targets (issue 19): 2,000 articles of 400 stories <= 20 s and <= 800 MB; 500 → 2,000 grows
with an exponent <= 1.3.
"""

from __future__ import annotations

import subprocess
import sys
import time

from tests.benchmarks.corpus import claims_corpus


def documents(texts: list[str]):  # type: ignore[no-untyped-def]
    from app.library.records import ArticleDocument, ArticleSummary

    return [
        ArticleDocument(
            ArticleSummary(n, 1, f"#{n}", None, None, len(t.split()), "ar", "rtl", None), t
        )
        for n, t in enumerate(texts, start=1)
    ]


def naive_pairs(docs) -> float:  # type: ignore[no-untyped-def]
    """All cross-article pairs, cosine of dict vectors in Python: the obvious way."""
    from app.compare.segments import segment_article
    from app.compare.tokens import tokenize
    from app.compare.vectors import vector_matrix

    started = time.perf_counter()
    segments = [s for d in docs for s in segment_article(d.summary.id, d.text)]
    tokens = [tokenize(s.text, s.start) for s in segments]
    matrix = vector_matrix(tokens, [True] * len(tokens)).matrix
    vectors = [
        dict(zip(matrix.indices[a:b].tolist(), matrix.data[a:b].tolist(), strict=True))
        for a, b in zip(matrix.indptr[:-1], matrix.indptr[1:], strict=True)
    ]
    found = 0
    for i, vi in enumerate(vectors):
        for j in range(i + 1, len(vectors)):
            if segments[i].article_id != segments[j].article_id:
                vj = vectors[j]
                if sum(w * vj.get(g, 0.0) for g, w in vi.items()) >= 0.15:
                    found += 1
    return time.perf_counter() - started


def timed(docs, **options) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    from app.compare.engine import compare

    started = time.perf_counter()
    result = compare(docs, **options)
    return time.perf_counter() - started, result


MEMORY_SCRIPT = """
import sys
sys.path.insert(0, ".")
from tests.benchmarks.bench_compare_scale import documents
from tests.benchmarks.corpus import claims_corpus
from app.compare.engine import compare
stories = int(sys.argv[1]) or None
docs = documents(claims_corpus(200, outlets_per_story=stories))
def peak():  # VmHWM, in MB: unlike ru_maxrss it does not carry the parent's peak over exec
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    return int(status.split()[0]) / 1024
before = peak()
compare(docs, word_diffs=False)
print(before, peak())
"""


GROWTH_SCRIPT = """
import sys, time
sys.path.insert(0, ".")
from tests.benchmarks.bench_compare_scale import documents
from tests.benchmarks.corpus import claims_corpus
import app.compare.vectors as vectors
from app.compare.engine import compare
if sys.argv[2] == "ungated":
    vectors.STORY_GATE = 10**9  # the baseline: no stories, every pair of the collection
docs = documents(claims_corpus(int(sys.argv[1]), outlets_per_story=5))
started = time.perf_counter()
result = compare(docs, word_diffs=False)
seconds = time.perf_counter() - started
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024
print(seconds, peak, result.stats["candidate_pairs"])
"""


def growth() -> None:
    """Stories keep a large collection linear (issue 19)."""
    import math

    print("\nstories of five, each size in a fresh process: seconds, peak MB, candidate pairs")
    print(f"{'articles':>8} {'Tabayun':>26} {'without the story gate':>28}")
    times = {}
    for count in (500, 1000, 2000):
        row = []
        for mode in ("gated", "ungated"):
            if mode == "ungated" and count > 1000:
                row.append("-")
                continue
            out = subprocess.run(
                [sys.executable, "-c", GROWTH_SCRIPT, str(count), mode],
                capture_output=True, text=True, check=True,
            ).stdout.split()  # fmt: skip
            seconds, peak, pairs = float(out[0]), float(out[1]), int(out[2])
            times[(count, mode)] = seconds
            row.append(f"{seconds:6.1f} s {peak:5.0f} MB {pairs:>9,}")
        print(f"{count:>8} {row[0]:>26} {row[1]:>28}")
    exponent = math.log(times[(2000, "gated")] / times[(500, "gated")]) / math.log(4)
    print(f"growth exponent 500 → 2,000: {exponent:.2f}")


def main() -> None:
    one_event = documents(claims_corpus(50))
    timed(documents(claims_corpus(5)))  # warm imports
    with_diffs, result = timed(one_event)
    without_diffs, _ = timed(one_event, word_diffs=False)
    stats = result.stats  # type: ignore[attr-defined]
    print(f"50 × 40 one event: {stats['segments']} segments, {stats['links']} links")
    print(f"  alignment, groups, flags, no word diffs  {without_diffs:6.2f} s")
    print(f"  … and a word diff for every link         {with_diffs:6.2f} s")
    print(f"  naive all-pairs cosine (baseline)        {naive_pairs(one_event):6.2f} s")
    print("\nstories of five outlets, 40 sentences each (seconds; per article in ms)")
    print(f"{'articles':>8} {'Tabayun':>9} {'per art.':>9} {'naive':>9}")
    for count in (50, 100, 200, 500):
        docs = documents(claims_corpus(count, outlets_per_story=5))
        ours, _ = timed(docs, word_diffs=False)
        naive = f"{naive_pairs(docs):8.2f}s" if count <= 50 else "        -"
        print(f"{count:>8} {ours:8.2f}s {ours / count * 1000:7.1f}ms {naive}")
    for stories, what in ((5, "in stories of five"), (0, "on one event")):
        memory = subprocess.run(
            [sys.executable, "-c", MEMORY_SCRIPT, str(stories)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        print(
            f"peak memory, 200 × 40 {what}: {float(memory[1]):.0f} MB "
            f"({float(memory[0]):.0f} MB before comparing)"
        )


if __name__ == "__main__":
    if sys.argv[1:] == ["growth"]:
        growth()
    else:
        main()
        growth()
