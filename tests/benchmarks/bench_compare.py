"""Comparison speed, with CollateX beside it:
``uv run --with collatex --with python-Levenshtein --with networkx \
python -m tests.benchmarks.bench_compare``.

- The five seeds end to end (segments, alignment, diffs, flags) in process, beside CollateX on
  the same five texts when it is installed (the ``--with`` options above), and the ratio.
- Word diff per linked pair (rapidfuzz Indel on folded words, name variants), beside difflib's
  SequenceMatcher on the same token lists.
- The parts of sentences offered to split off (``app.compare.parts``, issue 17): the seeds,
  and 500 articles in stories of five with a comma in every sentence (the invented texts have
  none, so nothing would be cut), each run with the stage beside one without it, interleaved.
Targets (issue 4): seeds <= 50 ms; word diff median <= 50 µs.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    import difflib

    from app.compare.diff import word_diff
    from app.compare.engine import compare
    from app.compare.tokens import tokenize
    from app.library.queries import list_articles, load_articles
    from app.paths import resolve_paths
    from app.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        workspace = open_workspace(resolve_paths(Path(tmp) / "data"))
        documents = load_articles(
            workspace.sessions, [a.id for a in list_articles(workspace.sessions, 1)]
        )
        workspace.close()
    compare(documents)
    runs = []
    from app.facts.sheet import forget_extracted

    for _ in range(15):
        forget_extracted()  # each run reads the articles' facts afresh, as a first comparison does
        started = time.perf_counter()
        result = compare(documents)
        runs.append(time.perf_counter() - started)
    ours = statistics.median(runs)

    collatex_s = None
    try:
        from collatex import Collation, collate  # type: ignore[import-not-found]

        collation = Collation()
        for document in documents:
            collation.add_plain_witness(str(document.summary.id), document.text)
        started = time.perf_counter()
        collate(collation, output="table")
        collatex_s = time.perf_counter() - started
    except ImportError:
        pass

    texts = {s.id: s for s in result.segments}
    ours_diff, difflib_diff = [], []
    for link in result.links:
        a, b = texts[link.a], texts[link.b]
        ta, tb = tokenize(a.text, a.start), tokenize(b.text, b.start)
        started = time.perf_counter()
        for _ in range(20):
            word_diff(ta, tb)
        ours_diff.append((time.perf_counter() - started) / 20)
        keys_a, keys_b = [t.stem for t in ta], [t.stem for t in tb]
        started = time.perf_counter()
        for _ in range(20):
            difflib.SequenceMatcher(None, keys_a, keys_b).get_opcodes()
        difflib_diff.append((time.perf_counter() - started) / 20)

    print(f"{'measure':<46} {'Tabayun':>10} {'baseline':>12}")
    base = f"{collatex_s:.2f} s" if collatex_s is not None else "not installed"
    print(f"{'five seeds end to end (CollateX baseline)':<46} {ours * 1000:>8.1f}ms {base:>12}")
    if collatex_s is not None:
        print(f"{'  ratio CollateX / Tabayun':<46} {collatex_s / ours:>10.0f}x")
    print(
        f"{'word diff per linked pair, median (difflib)':<46} "
        f"{statistics.median(ours_diff) * 1e6:>8.1f}µs "
        f"{statistics.median(difflib_diff) * 1e6:>10.1f}µs"
    )
    print(f"({len(result.links)} linked pairs; difflib without name variants)")
    _part_offers_cost(documents)


def _with_and_without(documents, runs: int, **options):  # type: ignore[no-untyped-def]
    """Seconds per run with the part offers and with the stage switched off, interleaved."""
    from app.compare import engine

    stage = engine._part_offers
    found: dict[bool, list[float]] = {True: [], False: []}
    try:
        for _ in range(runs):
            for on in (True, False):
                engine._part_offers = stage if on else (lambda *_args: {})  # type: ignore[assignment]
                started = time.perf_counter()
                engine.compare(documents, **options)
                found[on].append(time.perf_counter() - started)
    finally:
        engine._part_offers = stage  # type: ignore[assignment]
    return found[True], found[False]


def _with_commas(texts: list[str]) -> list[str]:
    """A comma in the middle of every line of ten words or more: every sentence can be cut."""
    lines = []
    for text in texts:
        out = []
        for line in text.split("\n"):
            words = line.split(" ")
            if len(words) >= 10:
                words[len(words) // 2] += "،"
            out.append(" ".join(words))
        lines.append("\n".join(out))
    return lines


def _part_offers_cost(documents) -> None:  # type: ignore[no-untyped-def]
    from tests.benchmarks.bench_compare_scale import documents as invented
    from tests.benchmarks.corpus import claims_corpus

    on, off = _with_and_without(documents, 40)
    print(
        f"{'seeds with the part offers (without), fastest':<46} {min(on) * 1000:>8.1f}ms "
        f"{min(off) * 1000:>10.1f}ms  (medians {statistics.median(on) * 1000:.1f} / "
        f"{statistics.median(off) * 1000:.1f} ms)"
    )
    many = invented(_with_commas(claims_corpus(500, outlets_per_story=5)))
    on, off = _with_and_without(many, 3, word_diffs=False)
    print(
        f"{'500 articles with commas, parts (without)':<46} {min(on):>9.2f}s {min(off):>11.2f}s"
        f"  (medians {statistics.median(on):.2f} / {statistics.median(off):.2f} s)"
    )


if __name__ == "__main__":
    main()
