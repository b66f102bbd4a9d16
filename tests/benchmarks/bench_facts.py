"""Facts across outlets (``python -m tests.benchmarks.bench_facts``).

- The five seeds: the fact model (every article's facts, the questions, the flags of linked
  passages) beside the flag finder it replaced (``legacy/``, the code of the first version),
  both on the same alignment. Target (issue 16): inside the comparison's 50 ms.
- 50 … 500 articles with figures in every sentence (five outlets a story): the fact sheet alone,
  and the whole comparison with it. Target: 500 articles in a few seconds.
"""

from __future__ import annotations

import random
import time

from tests.benchmarks.corpus import ROOT

UNITS = ["قتيلا", "جريحا", "شخصا", "صواريخ", "دولار", "كيلومترا", "مصابا"]
VERBS = ["وقال مسؤولون إن", "وأعلنت وزارة الصحة أن", "وأفادت مصادر محلية بأن", "وذكرت الوكالة أن"]
PLACES = ["في المدينة", "في الريف الشمالي", "في العاصمة", "قرب الحدود"]


def figures_corpus(
    articles: int, sentences: int = 30, per_story: int = 5, seed: int = 3
) -> list[str]:
    """Stories of ``per_story`` outlets whose sentences all carry figures, rewritten per outlet
    (another verb, the figure moved by a few, a hedge added)."""
    rng = random.Random(seed)
    texts = []
    for first in range(0, articles, per_story):
        claims = [
            (rng.choice(VERBS), rng.randrange(3, 3000), rng.choice(UNITS), rng.choice(PLACES))
            for _ in range(sentences * 2)
        ]
        for _ in range(min(per_story, articles - first)):
            lines = []
            for verb, value, unit, place in rng.sample(claims, sentences):
                value += rng.choice([0, 0, 0, 1, 5])
                hedge = rng.choice(["", "نحو ", "أكثر من ", ""])
                lines.append(f"{verb} {hedge}{value} {unit} سقطوا {place} خلال الأحداث الأخيرة.")
            texts.append("\n".join(lines))
    return texts


def documents(texts: list[str]):  # type: ignore[no-untyped-def]
    from app.library.records import ArticleDocument, ArticleSummary

    return [
        ArticleDocument(
            ArticleSummary(n, 1, f"#{n}", f"منفذ {n % 7}", None, len(t.split()), "ar", "rtl", None),
            t,
        )
        for n, t in enumerate(texts, start=1)
    ]


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def seeds() -> None:
    from app.cli.compare import documents_from_files
    from app.compare.engine import compare
    from app.compare.pipeline import DEFAULT_PIPELINE
    from tests.benchmarks.legacy.flags import find_flags

    docs = documents_from_files(sorted((ROOT / "seeds").glob("*.txt")))
    result = compare(docs)  # warm: imports, caches
    segmented = DEFAULT_PIPELINE.segmenter.segment(docs)
    links = list(result.links)
    groups = [list(g) for g in result.groups]
    scores = {(link.a, link.b): link.score for link in links}

    from app.facts.sheet import forget_extracted

    def model() -> None:
        forget_extracted()  # read the facts afresh each time, as a first comparison does
        DEFAULT_PIPELINE.fact_checker.check(
            segmented, links, groups, scores, DEFAULT_PIPELINE.differ
        )

    def legacy() -> None:
        find_flags(segmented.segments, segmented.tokens, links, groups, scores, segmented.usable)

    ours, theirs = best_of(20, model), best_of(20, legacy)
    whole = best_of(10, lambda: (forget_extracted(), compare(docs)))
    sheet = result.facts
    print("five seeds")
    print(
        f"  fact model (facts, questions, flags): {ours * 1000:6.1f} ms   "
        f"{len(sheet.facts)} facts, {len(sheet.questions)} questions, "
        f"{len(sheet.disagreements())} where outlets differ"
    )
    print(f"  the flag finder it replaced:          {theirs * 1000:6.1f} ms   (flags only)")
    print(f"  whole comparison with the model:     {whole * 1000:6.1f} ms   (target: 50 ms)")


def scale() -> None:
    from app.compare.engine import compare
    from app.compare.pipeline import DEFAULT_PIPELINE
    from app.facts.sheet import build_sheet
    from tests.benchmarks.legacy.flags import find_flags

    print("\narticles  sentences  facts   sheet s  per article ms  flag finder s  whole compare s")
    for count in (50, 100, 200, 500):
        docs = documents(figures_corpus(count))
        started = time.perf_counter()
        sheet = build_sheet(docs)
        alone = time.perf_counter() - started
        started = time.perf_counter()
        result = compare(docs, word_diffs=False)
        whole = time.perf_counter() - started
        segmented = DEFAULT_PIPELINE.segmenter.segment(docs)
        started = time.perf_counter()
        find_flags(
            segmented.segments,
            segmented.tokens,
            list(result.links),
            [list(g) for g in result.groups],
            {(link.a, link.b): link.score for link in result.links},
            segmented.usable,
        )
        legacy = time.perf_counter() - started
        print(
            f"{count:8d}  {len(segmented.segments):9d}  {len(sheet.facts):5d}  {alone:8.2f}  "
            f"{alone / count * 1000:14.2f}  {legacy:13.2f}  {whole:15.2f}"
        )


if __name__ == "__main__":
    seeds()
    scale()
