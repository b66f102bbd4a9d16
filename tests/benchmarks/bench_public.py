"""Public checks of sentence matching (``python -m tests.benchmarks.bench_public``).

The data are not in the repository: download them once and point ``TABAYUN_PUBLIC_DATA`` at the
folder (default ``../devsets/public`` beside the checkout):

- SemEval-2017 Task 1, Arabic track: ``STS2017.eval.v1.1/STS.input.track1.ar-ar.txt`` and
  ``STS2017.gs/STS.gs.track1.ar-ar.txt`` (250 sentence pairs scored 0–5). Our figure: the
  Spearman correlation of our cosine with the gold scores.
- ANS, the Arabic News Stance corpus (Khouja 2020): ``ans/stance/test.csv`` (headline pairs:
  a headline and its paraphrase or its altered version). Every first headline goes in one
  "article", every second in another; the engine aligns them. Our figures: the share of first
  headlines linked to a version of their own story (recall) and the share of links that join
  two headlines of one story (precision; a version of one row is sometimes the first headline
  of another, so rows sharing a headline are one story).

Each figure is printed beside the same measure with the plain stems (the keys before
``match.py``: no suffix stripping, no number words, no paraphrase lexicon), in the same run.
"""

from __future__ import annotations

import csv
import os
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.corpus import ROOT

DATA = Path(os.environ.get("TABAYUN_PUBLIC_DATA", ROOT.parent / "devsets" / "public"))


def _plain_keys() -> Callable[[], None]:
    """Make tokens match on their plain stems for a while; returns the undo."""
    from app.compare import tokens

    original = tokens.Token.match
    tokens.Token.match = property(lambda self: self.stem)  # type: ignore[assignment,method-assign]

    def undo() -> None:
        tokens.Token.match = original  # type: ignore[method-assign]

    return undo


def sts() -> float:
    import numpy as np
    from scipy.stats import spearmanr

    from app.compare.tokens import tokenize
    from app.compare.vectors import vector_matrix

    pairs = [
        line.split("\t")[:2]
        for line in (DATA / "STS2017.eval.v1.1" / "STS.input.track1.ar-ar.txt")
        .read_text("utf-8")
        .splitlines()
    ]
    gold = [
        float(x)
        for x in (DATA / "STS2017.gs" / "STS.gs.track1.ar-ar.txt").read_text("utf-8").split()
    ]
    sentences = [s for pair in pairs for s in pair]
    tokens = [tokenize(s) for s in sentences]
    matrix = vector_matrix(tokens, [True] * len(tokens)).matrix
    cosines = [float(matrix[2 * i].multiply(matrix[2 * i + 1]).sum()) for i in range(len(pairs))]
    return float(spearmanr(np.array(cosines), np.array(gold)).statistic)


def ans() -> tuple[float, float, int]:
    from app.compare.engine import compare
    from app.library.records import ArticleDocument, ArticleSummary

    with (DATA / "ans" / "stance" / "test.csv").open(encoding="utf-8") as handle:
        rows = [(r["s1"].strip(), r["s2"].strip()) for r in csv.DictReader(handle)]
    firsts = list(dict.fromkeys(a for a, _ in rows))
    seconds = list(dict.fromkeys(b for _, b in rows))
    documents = [
        ArticleDocument(
            ArticleSummary(n, 1, f"#{n}", f"outlet {n}", None, 9, "ar", "rtl", None),
            "\n".join(lines),
        )
        for n, lines in ((1, firsts), (2, seconds))
    ]
    result = compare(documents, word_diffs=False)
    starts = {n: _line_starts(lines) for n, lines in ((1, firsts), (2, seconds))}

    def line(segment: int) -> str:
        found = result.segments[segment]
        lines = firsts if found.article == 1 else seconds
        return lines[bisect_right(starts[found.article], found.start) - 1]

    story = _stories(rows)
    linked = {(line(x.a), line(x.b)) for x in result.links}  # a clause counts as its headline
    right = {(a, b) for a, b in linked if story[a] == story[b]}
    found = {a for a, _ in right}
    return len(found) / len(firsts), len(right) / max(1, len(linked)), len(firsts)


def _stories(rows: list[tuple[str, str]]) -> dict[str, int]:
    """Headlines of one story: a headline, its versions, and theirs (a version of one row is
    sometimes the first headline of another)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in rows:
        parent[root(a)] = root(b)
    roots: dict[str, int] = {}
    return {x: roots.setdefault(root(x), len(roots)) for x in list(parent)}


def _line_starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for text in lines:
        starts.append(at)
        at += len(text) + 1
    return starts


def main() -> None:
    ours_sts, (recall, precision, pairs) = sts(), ans()
    undo = _plain_keys()
    try:
        plain_sts, (plain_recall, plain_precision, _) = sts(), ans()
    finally:
        undo()
    print("measure                                   match keys   plain stems")
    print(f"SemEval-2017 STS ar-ar, Spearman (250)      {ours_sts:8.3f}   {plain_sts:8.3f}")
    print(f"ANS headlines ({pairs}), recall               {recall:8.3f}   {plain_recall:8.3f}")
    print(f"ANS headline pairs, precision of links      {precision:8.3f}   {plain_precision:8.3f}")


if __name__ == "__main__":
    main()
