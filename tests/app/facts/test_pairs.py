"""Counting a question's differing pairs by context and sweep gives what counting them one by
one gives, on questions of every mixture of hedges, precisions, sources, times and outlets."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest

from app.facts.model import Fact
from app.facts.pairs import differ, explain, reasons_of

HEDGES = ["", "", "", "about", "more_than", "at_least", "less_than", "range", "vague"]


def figure(rng: random.Random, n: int) -> Fact:
    value = float(rng.choice([47, 48, 50, 52, 100, 105, 120, 300, 301, 1000, 1200]))
    decimals = rng.choice([0, 0, 0, 1])
    if decimals:
        value += rng.choice([0.0, 0.2, 0.5])
    hedge = rng.choice(HEDGES)
    low, high = (value, value * rng.choice([1.1, 1.5, 2.0])) if hedge == "range" else (value, value)
    return Fact(
        id=f"{n}:{n}", article=rng.randrange(1, 9), start=n, end=n + 1, text="", kind="deaths",
        subject="", value=value, low=low, high=high, hedge=hedge, unit="",
        source=rng.choice(["", "", "وزارة الصحة", "الدفاع المدني", "وزارة الصحة التركية"]),
        time=rng.choice(["2023-02-06", "2023-02-06", "2023-02-07"]),
        revision=rng.random() < 0.15, decimals=decimals, earlier=rng.random() < 0.05,
        scope=rng.choice(["", "", "هاتاي"]),
    )  # fmt: skip


def one_by_one(facts: list[Fact], outlets: dict[int, str]) -> Counter[str]:
    reasons: Counter[str] = Counter()
    for a, b in itertools.combinations(facts, 2):
        if not differ(a, b):
            continue
        reason = explain(a, b)
        if reason == "conflict" and outlets[a.article] == outlets[b.article]:
            continue
        reasons[reason] += 1
    return reasons


@pytest.mark.parametrize("seed", range(40))
def test_counts_match_pair_by_pair(seed: int) -> None:
    rng = random.Random(seed)
    facts = [figure(rng, n) for n in range(rng.randrange(2, 90))]
    outlets = {article: f"منفذ {article % 5}" for article in range(1, 9)}
    assert reasons_of(facts, outlets, {}) == one_by_one(facts, outlets)


def test_a_thousand_alike_figures_cost_little() -> None:
    rng = random.Random(1)
    facts = [figure(rng, n) for n in range(3000)]
    outlets = {article: str(article) for article in range(1, 9)}
    reasons = reasons_of(facts, outlets, {})
    assert reasons["conflict"] > 0 and reasons["update"] > 0 and reasons["different_scope"] > 0


def _toll(value: float, hedge: str = "") -> Fact:
    return Fact(
        id=f"{value}{hedge}", article=1, start=0, end=1, text="", kind="injured", subject="",
        value=value, low=value, high=value, hedge=hedge, unit="", source="", time="",
        revision=False, decimals=0, earlier=False, scope="",
    )  # fmt: skip


def test_more_than_fifty_agrees_with_fifty_odd_not_with_eighty() -> None:
    """«More than 50 injured» and «53 injured» can both be right (a false flag on the Istiklal
    coverage); «more than 50» and «80» cannot (an outlet that knew of 80 would say so); a bound
    on an exact count reports that count: «at least 47» against «52», «at least one missile»
    against «two missiles» (worded as a correction) differ."""
    assert not differ(_toll(50, "more_than"), _toll(53))
    assert not differ(_toll(58), _toll(50, "more_than"))
    assert differ(_toll(50, "more_than"), _toll(80))
    assert differ(_toll(1, "at_least"), _toll(2))
    assert differ(_toll(47, "at_least"), _toll(52))
    assert not differ(_toll(20, "less_than"), _toll(17))
    assert not differ(_toll(1000, "at_least"), _toll(1100))
    assert differ(_toll(50, "more_than"), _toll(60, "more_than"))  # alike hedges: as written


def test_a_toll_given_as_a_floor_is_an_update_not_a_conflict() -> None:
    """«At least 20 dead», then «more than 50», 73 and 103 (the Kerman bombings as the day went
    on): a floor says the count was not done, so another figure of the toll is a count before or
    after it, an update; two counts given as done (73 against 103) stay a conflict. A count of
    things does not rise: «at least one missile» against «two missiles» is a conflict."""
    from dataclasses import replace

    assert explain(_toll(20, "at_least"), _toll(73)) == "update"
    assert explain(_toll(50, "more_than"), _toll(103)) == "update"
    assert explain(_toll(20), _toll(50, "more_than")) == "update"
    assert explain(_toll(73), _toll(103)) == "conflict"
    missiles = replace(_toll(1, "at_least"), kind="count")
    assert explain(missiles, replace(_toll(2), kind="count")) == "conflict"
    # a question counted by context says the same as pair by pair
    facts = [_toll(20, "at_least"), _toll(50, "more_than"), _toll(73), _toll(103)]
    facts = [replace(f, id=f"{n}:{n}", article=n, start=n) for n, f in enumerate(facts, 1)]
    counted = reasons_of(facts, {n: f"outlet {n}" for n in range(1, 5)}, {})
    assert counted == Counter({"update": 5, "conflict": 1})


def test_one_outlets_two_sources_of_a_passage_are_no_difference_between_outlets() -> None:
    """Read on the bridge collapse: one outlet's «قال مسؤولون في خفر السواحل …» and «وقال
    الأدميرال …» in one passage were counted as outlets attributing it differently. Two
    outlets naming different sources still are."""

    def source(article: int, start: int, name: str) -> Fact:
        return Fact(
            id=f"{article}:{start}", article=article, start=start, end=start + len(name),
            text=name, kind="source", subject="", value=None, low=None, high=None, hedge="",
            unit="", source=name, time="2024-03-27",
        )  # fmt: skip

    outlets = {1: "outlet 1", 2: "outlet 2"}
    texts = {1: " " * 400, 2: " " * 400}
    officials, admiral = source(1, 10, "مسؤولون"), source(1, 300, "الأدميرال")
    assert differ(officials, admiral)
    assert reasons_of([officials, admiral], outlets, texts) == Counter()
    assert reasons_of([officials, source(2, 10, "الأدميرال")], outlets, texts) == Counter(
        {"different_source": 1}
    )


def test_two_descriptions_of_one_thing_differ_without_contradicting() -> None:
    # the demo's «أحدث منشأة» and «أهم منشأة» (the newest and the most important launch site)
    # were a conflict, drawn as surely as one missile against two; opposites still conflict
    from app.facts.descriptors import descriptor_fact

    def described(n: int, elative: str) -> Fact:
        return descriptor_fact(n, 10, 20, f"{elative} منشأة", "منش", elative, (0, 40))

    newest, important, oldest = described(1, "احدث"), described(2, "اهم"), described(3, "اقدم")
    assert differ(newest, important) and explain(newest, important) == "different_description"
    assert explain(oldest, newest) == "conflict"
