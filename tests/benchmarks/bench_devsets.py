"""Alignment quality on hand-labelled real coverage (``python -m tests.benchmarks.bench_devsets``).

The sets are third-party text and stay outside the repository: point ``TABAYUN_DEVSETS`` at a
folder (default ``../devsets`` beside the checkout) with one folder per event, each holding the
outlets' articles (``*.txt``) and ``labels.tsv``. ``… bench_devsets dump EVENT`` writes a
``labels.tsv`` to fill in (``labels.new`` when one exists): one line per segment the engine
cuts, ``CLAIMS<TAB>file<TAB>start<TAB>end<TAB>text``, where CLAIMS is ``?`` to replace by a
comma list of claim names of your own (``TOLL,ROUTE``), ``-`` for a sentence that carries no
claim another outlet could carry, or ``F`` for page furniture and anything to leave out.
Label before looking at what the engine links.

For each set, and pooled: the cross-outlet pairs of sentences that carry a claim in common;
the share of them *together* (linked, or in one passage), in one passage, and together or
offered (among the three closest sentences the Passage panel offers from either side); links
right (links between sentences that carry a claim in common, of all links between labelled
sentences); passage purity (cross-outlet pairs in one passage that carry a claim in common);
and the ceiling of one passage per sentence (each sentence given the one of its claims that
puts the most pairs together: past it, pairs come only from links across passages). Each
figure is printed beside the same measure with the plain stems (no suffix stripping, number
words or lexicon), in the same run. Last, of the sentences in no passage: how many tinted
"this outlet only" are right (no other outlet carries one of their claims), and how many of
those "not sure" another outlet does carry (ours only). ``… bench_devsets show EVENT`` lists
the missed pairs and the wrong links. ``… bench_devsets walk`` plays a reviewer who reads every
sentence to check once and links the first offer that carries one of its claims (the labels
decide), then compares again with those corrections: the pairs together and the purity before
and after, four ways: passing over a close sentence of another passage, linking it without
merging (a tie), merging the two passages, and judging from the rest of the other passage
(listed under the offer): merging when most of the pairs across the two carry a claim in
common, a tie otherwise; and, fifth, as the window serves a reviewer: staying on each sentence
to check and taking every offer that carries one of its claims, one after another (judged),
with the collection compared again after each. Last, that fifth reviewer's pairs as Coverage
and the tints show them: a sentence tied to a passage (Link Without Merging) carries that
passage too, so its pairs with the passage's sentences count, and so do their purity.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks.bench_public import _plain_keys
from tests.benchmarks.corpus import ROOT

DATA = Path(os.environ.get("TABAYUN_DEVSETS", ROOT.parent / "devsets"))


@dataclass(frozen=True)
class Unit:
    file: str
    start: int
    end: int
    claims: frozenset[str]
    text: str


def _compare(event: Path, corrections: tuple[Any, ...] = ()) -> tuple[Any, dict[int, str]]:
    from app.cli.compare import documents_from_files
    from app.compare.engine import compare
    from app.compare.pipeline import pipeline_for

    documents = documents_from_files(sorted(event.glob("*.txt")))
    names = {d.summary.id: d.summary.original_filename for d in documents}
    pipeline = pipeline_for(None, corrections)
    return compare(documents, word_diffs=False, pipeline=pipeline), names


def dump(event: Path) -> Path:
    result, names = _compare(event)
    lines = [
        "\t".join(("F" if s.furniture or s.support == "none" else "?", names[s.article],
                   str(s.start), str(s.end), s.text.replace("\n", " ")))
        for s in result.segments
    ]  # fmt: skip
    out = event / "labels.tsv"
    out = out if not out.exists() else out.with_suffix(".new")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _units(event: Path) -> list[Unit]:
    units = []
    for line in (event / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("F\t"):
            claims, file, start, end, text = line.split("\t", 4)
            units.append(
                Unit(file, int(start), int(end), frozenset(claims.split(",")) - {"-"}, text)
            )
    return units


def _unit_of(result: Any, names: dict[int, str], units: list[Unit]) -> dict[int, int]:
    """Each compared segment's labelled sentence (the one it overlaps most)."""
    unit_of: dict[int, int] = {}
    for s in result.segments:
        overlaps = [(min(u.end, s.end) - max(u.start, s.start), n) for n, u in enumerate(units)
                    if u.file == names[s.article]]  # fmt: skip
        best = max(overlaps, default=(0, -1))
        if best[0] > 0 and not s.furniture:
            unit_of[s.id] = best[1]
    return unit_of


def score(event: Path, show: bool = False, corrections: tuple[Any, ...] = ()) -> Counter[str]:
    """The counts behind the figures for one set (with a reviewer's ``corrections``)."""
    result, names = _compare(event, corrections)
    units = _units(event)
    unit_of = _unit_of(result, names, units)
    segments_of: dict[int, list[int]] = {}
    for segment, unit in unit_of.items():
        segments_of.setdefault(unit, []).append(segment)
    group = {s.id: s.group for s in result.segments}
    linked = {(min(x.a, x.b), max(x.a, x.b)) for x in result.links}

    def offered(a: int, b: int) -> bool:
        near = {c for c, _score in result.closest.get(a, ())}
        return b in near or (group[b] is not None and any(group.get(c) == group[b] for c in near))

    # the passages as Coverage and the tints show them: a sentence tied to a passage (Link
    # Without Merging) carries it too, while staying in its own
    carries = _carried(result)
    found: Counter[str] = Counter()
    for (i, x), (j, y) in itertools.combinations(enumerate(units), 2):
        if x.file == y.file or not x.claims & y.claims:
            continue
        found["pairs"] += 1
        mine, theirs = segments_of.get(i, []), segments_of.get(j, [])
        across = [(a, b) for a in mine for b in theirs]
        passage = any(group[a] is not None and group[a] == group[b] for a, b in across)
        together = passage or any((min(a, b), max(a, b)) in linked for a, b in across)
        found["together"] += together
        found["together_carried"] += together or any(carries[a] & carries[b] for a, b in across)
        found["passage"] += passage
        found["offered"] += together or any(offered(a, b) or offered(b, a) for a, b in across)
        if show and not together:
            print("MISS", ",".join(sorted(x.claims & y.claims)), x.text[:60], "||", y.text[:60])
    for link in result.links:
        if link.a in unit_of and link.b in unit_of:
            x, y = units[unit_of[link.a]], units[unit_of[link.b]]
            found["links"] += 1
            found["right"] += bool(x.claims & y.claims)
            if show and not x.claims & y.claims:
                print(f"WRONG {link.score:.2f}", x.text[:60], "||", y.text[:60])
    shown: dict[int, set[int]] = {}
    for segment, passages in carries.items():
        for number in passages:
            shown.setdefault(number, set()).add(segment)
    for passages, suffix in ((result.groups, ""), (shown.values(), "_carried")):
        for members in passages:
            for a, b in itertools.combinations(sorted(members), 2):
                apart = result.segments[a].article != result.segments[b].article
                if a in unit_of and b in unit_of and apart:
                    found[f"passage_pairs{suffix}"] += 1
                    found[f"pure{suffix}"] += bool(
                        units[unit_of[a]].claims & units[unit_of[b]].claims
                    )
    found["ceiling"] = _ceiling(units)
    # the support of a sentence in no passage: "this outlet only" right when no other outlet's
    # sentence carries one of its claims; "not sure" shared when one does
    for segment_id, n in unit_of.items():
        level = result.segments[segment_id].support
        if result.segments[segment_id].group is not None or level not in ("unique", "unsure"):
            continue
        mine = units[n]
        shared = any(u.file != mine.file and u.claims & mine.claims for u in units)
        found[level] += 1
        found[f"{level}_shared"] += shared
        found["unique_right"] += level == "unique" and not shared
    return found


def _carried(result: Any) -> dict[int, set[int]]:
    """Each segment's passages as Coverage and the tints show them: its own, and the one of
    each sentence a reviewer tied it to (``passages.coverage``)."""
    segments = result.segments
    carries = {s.id: ({s.group} if s.group is not None else set()) for s in segments}
    for a, b in result.reviewer_ties():
        for here, there in ((a, b), (b, a)):
            if segments[there].group is not None:
                carries[here].add(segments[there].group)
    return carries


WALKS = ("link", "tie", "merge", "judged", "stay")


def walk(event: Path, mode: str) -> tuple[int, tuple[Any, ...]]:
    """A reviewer's one pass over the sentences to check (Review → Next Sentence to Check):
    at each, the first of the close sentences offered (three at most) that carries one of its
    claims by the labels is taken. ``mode`` says what is done when both are in passages:
    ``link`` passes it over, ``tie`` links the two without merging (Link Without Merging),
    ``merge`` merges the passages, ``judged`` reads the rest of the other passage (the panel
    lists it under the offer) and merges when most sentence pairs across the two passages
    carry a claim in common, ties otherwise. The sentences read and the corrections made."""
    from app.compare.unsure import to_check

    if mode == "stay":
        return _stay(event)
    result, names = _compare(event)
    units = _units(event)
    unit_of = _unit_of(result, names, units)
    segments = result.segments
    visited = to_check(result, sorted({s.article for s in segments}), parts=False)
    corrections = []
    for s in visited:
        for other, _score in list(result.closest.get(s, ()))[:3]:
            both = segments[s].group is not None and segments[other].group is not None
            if both and mode == "link":
                continue
            known = s in unit_of and other in unit_of
            if known and units[unit_of[s]].claims & units[unit_of[other]].claims:
                a, b = segments[s], segments[other]
                kind = "tie" if both and mode == "tie" else "link"
                passage = segments[other].group is not None
                if mode == "judged" and passage and not _alike(result, units, unit_of, s, other):
                    kind = "tie"
                corrections.append((kind, a.article, a.start, a.end, b.article, b.start, b.end))
                break
    return len(visited), tuple(corrections)


def _stay(event: Path, most: int = 5) -> tuple[int, tuple[Any, ...]]:
    """The reviewer as the window serves one: on each sentence to check (Next Sentence to
    Check, in the walk's order after the last one read), the first offer that carries one of
    its claims is taken as ``judged`` takes it, the collection compared again (the window keeps
    the sentence chosen, with its new offers) and again, ``most`` offers at most, until none of
    the three offered carries one; then the next sentence to check of the new comparison."""
    from app.compare.unsure import to_check

    units = _units(event)
    corrections: list[tuple[Any, ...]] = []
    result, names = _compare(event)
    unit_of = _unit_of(result, names, units)
    articles = sorted({s.article for s in result.segments})
    read, after = 0, (-1, -1)
    while True:
        segments = result.segments
        later = [i for i in to_check(result, articles, parts=False)
                 if (segments[i].article, segments[i].start) > after]  # fmt: skip
        if not later:
            return read, tuple(corrections)
        read += 1
        chosen = segments[later[0]]
        after = (chosen.article, chosen.start)
        span = (chosen.article, chosen.start, chosen.end)
        for _ in range(most):
            here = next(s.id for s in result.segments if (s.article, s.start, s.end) == span)
            taken = _first_right(result, units, unit_of, here, corrections)
            if taken is None:
                break
            corrections.append(taken)
            result, names = _compare(event, tuple(corrections))
            unit_of = _unit_of(result, names, units)


def _first_right(
    result: Any, units: list[Unit], unit_of: dict[int, int], here: int, made: list[Any]
) -> tuple[Any, ...] | None:
    """The correction a reviewer makes for the first offer to ``here`` that carries one of its
    claims (not made before): a link (or merge) when most pairs across the two carry a claim in
    common, a tie otherwise; None when no offer carries one."""
    segments = result.segments
    for other, _score in list(result.closest.get(here, ()))[:3]:
        if here not in unit_of or other not in unit_of:
            continue
        if not units[unit_of[here]].claims & units[unit_of[other]].claims:
            continue
        a, b = segments[here], segments[other]
        alike = segments[other].group is None or _alike(result, units, unit_of, here, other)
        taken = ("link" if alike else "tie", a.article, a.start, a.end, b.article, b.start, b.end)
        if taken not in made:
            return taken
    return None


def _alike(result: Any, units: list[Unit], unit_of: dict[int, int], one: int, other: int) -> bool:
    """Most sentence pairs across ``one`` (or its passage) and the passage of ``other`` (of
    different articles, both labelled) carry a claim in common: what a reviewer reading the
    rest of the offered passage (listed under the offer) merges; a tie otherwise."""
    segments = result.segments

    def members(segment: int) -> list[int]:
        group = segments[segment].group
        return list(result.groups[group]) if group is not None else [segment]

    pairs = [
        bool(units[unit_of[a]].claims & units[unit_of[b]].claims)
        for a in members(one)
        for b in members(other)
        if a in unit_of and b in unit_of and segments[a].article != segments[b].article
    ]
    return bool(pairs) and 2 * sum(pairs) >= len(pairs)


def _walked(events: list[Path]) -> None:
    print(f"{'set':14s} read (one pass/staying)  taken (into a passage / tied / merged / judged /")
    print(f"{'':14s} staying)  together: before → each way; purity: before → each way")
    totals: Counter[str] = Counter()
    for event in events:
        before = score(event)
        cells, reads = [], {}
        for mode in WALKS:
            reads[mode], corrections = walk(event, mode)
            after = score(event, corrections=corrections)
            totals.update({f"{mode}_{k}": v for k, v in after.items()})
            totals[f"made_{mode}"] += len(corrections)
            cells.append((len(corrections), after))
        totals.update({f"before_{k}": v for k, v in before.items()})
        totals["read"] += reads["judged"]
        totals["read_stay"] += reads["stay"]
        print(_walk_line(event.name, f"{reads['judged']}/{reads['stay']}", before, cells))
    pooled = [
        (
            totals[f"made_{k}"],
            Counter({n[len(k) + 1 :]: v for n, v in totals.items() if n.startswith(k + "_")}),
        )
        for k in WALKS
    ]
    before = Counter({n[7:]: v for n, v in totals.items() if n.startswith("before_")})
    print(_walk_line("pooled", f"{totals['read']}/{totals['read_stay']}", before, pooled))
    carried = pooled[-1][1]
    print(
        "staying, a tied sentence carrying the passage it is tied to (as Coverage shows it): "
        f"together {carried['together_carried'] / max(1, carried['pairs']):.3f}, purity "
        f"{carried['pure_carried'] / max(1, carried['passage_pairs_carried']):.3f}"
    )


def _walk_line(
    name: str, read: str, before: Counter[str], cells: list[tuple[int, Counter[str]]]
) -> str:
    def share(c: Counter[str], key: str, of: str) -> str:
        return f"{c[key] / max(1, c[of]):.3f}"

    taken = "/".join(str(n) for n, _ in cells)
    together = " ".join(share(c, "together", "pairs") for _, c in cells)
    pure = " ".join(share(c, "pure", "passage_pairs") for _, c in cells)
    return (
        f"{name:14s} {read:>7s} {taken:>14s}  together {share(before, 'together', 'pairs')} → "
        f"{together}  purity {share(before, 'pure', 'passage_pairs')} → {pure}"
    )


def _ceiling(units: list[Unit]) -> int:
    """Most same-claim cross-outlet pairs one passage per sentence can hold (local search over
    which of its claims each sentence is given)."""
    labelled = [u for u in units if u.claims]
    frequency = Counter(c for u in labelled for c in u.claims)
    chosen = [max(sorted(u.claims), key=lambda c: frequency[c]) for u in labelled]

    def value() -> int:
        return sum(1 for (i, x), (j, y) in itertools.combinations(enumerate(labelled), 2)
                   if x.file != y.file and chosen[i] == chosen[j])  # fmt: skip

    best, better = value(), True
    while better:
        better = False
        for n, unit in enumerate(labelled):
            for claim in sorted(unit.claims - {chosen[n]}):
                before, chosen[n] = chosen[n], claim
                if (now := value()) > best:
                    best, better = now, True
                else:
                    chosen[n] = before
    return best


def _line(name: str, ours: Counter[str], plain: Counter[str]) -> str:
    def share(c: Counter[str], key: str, of: str) -> str:
        return f"{c[key] / max(1, c[of]):.3f}"

    cells = [("together", "pairs"), ("passage", "pairs"), ("offered", "pairs"),
             ("right", "links"), ("pure", "passage_pairs"), ("ceiling", "pairs")]  # fmt: skip
    only = f"{ours['unique_right']}/{ours['unique']}"
    unsure = f"{ours['unsure_shared']}/{ours['unsure']}"
    return (
        f"{name:14s} {ours['pairs']:5d} "
        + " ".join(f"{share(ours, k, of)} ({share(plain, k, of)})" for k, of in cells)
        + f"  {only:>7s} {unsure:>7s}"
    )


def main() -> None:
    command, *named = sys.argv[1:] or ["score"]
    events = [DATA / n for n in named] or sorted(
        p for p in DATA.iterdir() if (p / "labels.tsv").exists()
    )
    if command == "dump":
        for event in events:
            print("wrote", dump(event))
        return
    if command == "show":
        for event in events:
            score(event, show=True)
        return
    if command == "walk":
        _walked(events)
        return
    print(
        f"{'set':14s} pairs together    passage     offered     links right  purity      ceiling"
        "      only  unsure"
    )
    print(f"{'':14s}       ours (plain stems) each{'':54s}right  shared")
    total, total_plain = Counter[str](), Counter[str]()
    for event in events:
        ours = score(event)
        undo = _plain_keys()
        try:
            plain = score(event)
        finally:
            undo()
        total.update(ours)
        total_plain.update(plain)
        print(_line(event.name, ours, plain))
    print(_line("pooled", total, total_plain))


if __name__ == "__main__":
    main()
