"""Pairs of facts within one question: whether two can both be right (``differ``), why not
(``explain``), and the pairs counted by reason over a whole question (``reasons_of``).

Counting pairs one by one costs the square of the question's size: five hundred articles
asking "how many died" give a hundred thousand facts' pairs. ``reasons_of`` counts every pair
of two *contexts* (time, revision, source, outlet) at once, since the reason depends on those
alone, and subtracts the pairs that agree, found by a sweep over the facts sorted by value:
two figures can only agree when their intervals overlap.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from app.facts.model import Fact
from app.facts.sources import same_body, title_only
from app.facts.where import same_town
from app.text.normalize import fold

TOLLS = frozenset(
    (
        "deaths",
        "injured",
        "missing",
        "displaced",
        "arrested",
        "survivors",
        "hospitalised",
        "combined",
        "count",
    )
)
# tolls that rise as a story goes on; a count of things (missiles) does not
RISING = TOLLS - {"count"}
FLOORS = frozenset(("more_than", "at_least"))
RANK = {
    "conflict": 0,
    "update": 1,
    "different_source": 2,
    "different_description": 3,
    "different_scope": 4,
    "agree": 5,
}
# elatives that cannot both describe one thing («the oldest» and «the newest» facility): any other
# two («the newest» and «the most important») describe it differently, and both may be right
_OPPOSITES = frozenset(
    frozenset(pair)
    for pair in (
        ("اكبر", "اصغر"),
        ("اعلي", "ادني"),
        ("اقدم", "احدث"),
        ("اغني", "افقر"),
        ("ارخص", "اغلي"),
        ("افضل", "اسوا"),
        ("اطول", "اقصر"),
        ("اقوي", "اضعف"),
        ("اسرع", "ابطا"),
    )
)
_PAIRWISE = ("time", "place", "nationality", "descriptor", "source")


def differ(a: Fact, b: Fact) -> bool:
    """The two facts cannot both be right (or, for descriptors, say different things)."""
    if a.kind == "time":
        da, db = a.time.split(" "), b.time.split(" ")
        date_a = next((x for x in da if x[:2] in ("19", "20") and "-" in x), "")
        date_b = next((x for x in db if x[:2] in ("19", "20") and "-" in x), "")
        clock_a = next((x for x in da if ":" in x), "")
        clock_b = next((x for x in db if ":" in x), "")
        return bool(date_a and date_b and date_a != date_b) or bool(
            clock_a and clock_b and clock_a != clock_b
        )
    if a.kind == "descriptor":
        return a.cues[:1] != b.cues[:1]
    if a.kind == "place":  # two towns for one incident (``where.py``), however spelled
        return not same_town(a.cues[0], b.cues[0])
    if a.kind == "nationality":  # two countries for one attacker (``who.py``)
        return a.cues[:1] != b.cues[:1]
    if a.kind == "source":
        titled = title_only(a.source) or title_only(b.source)
        return not titled and not same_body(a.source, b.source) and not reports_apart(a, b)
    if a.hedge == "vague" or b.hedge == "vague" or a.earlier or b.earlier:
        return False
    if a.value is None or b.value is None:
        return False
    if _by_interval(a, b):
        # A range, or «about 50» or «more than 50» against another figure: can both be right?
        ia, ib = a.interval(), b.interval()
        if ia is None or ib is None:
            return False
        # intervals that only touch do not overlap: «at least one» (1 to 1.5) against «two»
        # (1.5 to 2.5) is a disagreement outlets word that way («two missiles, not one»)
        return ia[1] <= ib[0] or ib[1] <= ia[0]
    if _cut_short(a, b) or _cut_short(b, a):
        return False
    # The figures reported, hedged alike («more than 50» and «more than 60» report different
    # figures): equal to the precision written.
    pad = 0.5 * max(a.step(), b.step())
    return bool(abs(a.value - b.value) >= pad)


def _cut_short(floor: Fact, exact: Fact) -> bool:
    """«بنسبة تفوق 94 بالمائة» against 94.65: a floor written as the exact figure cut short to
    its last digit (read on an election's coverage, where it was a conflict)."""
    if floor.hedge not in FLOORS or exact.hedge or floor.value is None or exact.value is None:
        return False
    return floor.value <= exact.value < floor.value + floor.step()


def reports_apart(a: Fact, b: Fact) -> bool:
    """Two sources whose sentences give different figures of one question report different
    things (the governor's first toll, the minister's later one): the figure's question
    carries that difference, and who said each is not a disagreement about who said it. So do
    two whose sentences give figures of different measures only."""
    mine = dict(a.figures)
    if a.figures and b.figures and not mine.keys() & dict(b.figures).keys():
        return True  # figures of different measures: an agency's depth, another's magnitude
    return any(key in mine and mine[key] != value for key, value in b.figures)


def mentioned(a: Fact, b: Fact, texts: Mapping[int, str]) -> bool:
    """Either sentence names the other's speaker too: not two different attributions."""
    for one, other in ((a, b), (b, a)):
        sentence = fold(texts[other.article][other.sentence[0] : other.sentence[1]])
        words = [w for w in fold(one.source).split() if len(w) > 3]
        if any(w in sentence for w in words):
            return True
    return False


def explain(a: Fact, b: Fact) -> str:
    """Why two differing facts differ (their scopes as the question sees them: a city's
    figure against its country's is a different scope)."""
    if a.kind == "source":
        # outlets naming different people for one passage: worth a look, not a contradiction
        # (officials repeat each other's figures: a governor's and an agency's «43 passengers»)
        return "different_source"
    if a.kind == "descriptor":
        # «أحدث منشأة» and «أهم منشأة»; «بهندسة الفضاء» and «بتكنولوجيا الصواريخ»: two outlets
        # describe one thing in two ways, which is worth a look and contradicts nothing, unless
        # the two words are opposites («أقدم» and «أحدث»)
        opposite = frozenset(a.cues[:1] + b.cues[:1]) in _OPPOSITES
        return "conflict" if opposite else "different_description"
    if a.kind not in ("time", "place", "nationality", "descriptor") and a.scope != b.scope:
        return "different_scope"
    later = bool(a.time and b.time and a.time != b.time)
    # words of revision («ارتفعت», «بلغت», «آخر حصيلة») revise a toll; «بلغت قوته 7.9» is no
    # revised magnitude (an earthquake's 7.7, 7.8 and 7.9 came from different agencies)
    revised = (a.revision or b.revision) and a.kind in TOLLS
    if a.kind not in ("time", "place", "nationality", "descriptor") and (
        revised or later or _floor(a, b) or _counting(a, b)
    ):
        return "update"
    # «الرئيس التركي» against «أردوغان» may be one man: a title alone names no other source
    titled = title_only(a.source) or title_only(b.source)
    if a.source and b.source and not same_body(a.source, b.source) and not titled:
        return "different_source"
    return "conflict"


def _counting(a: Fact, b: Fact) -> bool:
    """Either share was given before every ballot was counted («بعد فرز 56.47% من الأصوات»):
    another figure of it is a count before or after, not a contradiction."""
    return any(f.stage is not None and f.stage < 100 for f in (a, b)) and a.stage != b.stage


def _floor(a: Fact, b: Fact) -> bool:
    """A toll given as a floor («at least 20 dead», «more than 50») says the count was not done:
    another figure of it is a count before or after, not a contradiction (the Kerman coverage:
    20 at least, more than 50, 73, 103 as the day went on)."""
    return a.kind in RISING and (a.hedge in FLOORS or b.hedge in FLOORS)


def pair_reason(a: Fact, b: Fact, event_places: frozenset[str]) -> str:
    """Why two differing facts differ as their question sees them ("conflict", "update",
    "different_source", "different_description", "different_scope"): a place that names the
    whole event is no scope."""
    scoped = [replace(f, scope="") if f.scope in event_places else f for f in (a, b)]
    return explain(scoped[0], scoped[1])


def reasons_of(
    members: Sequence[Fact], outlets: Mapping[int, str], texts: Mapping[int, str]
) -> Counter[str]:
    """Why pairs of facts cannot both be right, counted by pair; a conflict between two
    facts of one outlet is not counted (one outlet giving two figures is not a disagreement
    between outlets)."""
    if not members:
        return Counter()
    if members[0].kind in _PAIRWISE:
        return _one_by_one(members, outlets, texts)
    return _by_context(members, outlets)


def _outlet(fact: Fact, outlets: Mapping[int, str]) -> object:
    return outlets.get(fact.article, fact.article)


def _counted(a: Fact, b: Fact, outlets: Mapping[int, str]) -> str:
    """The reason a differing pair counts under, or "" when it is not counted: one outlet's
    two figures in conflict, or its two sources of one passage («officials said …», «the
    admiral said …»), are not a difference between outlets."""
    reason = explain(a, b)
    same_outlet = _outlet(a, outlets) == _outlet(b, outlets)
    if same_outlet and (reason == "conflict" or a.kind == "source"):
        return ""
    return reason


def _one_by_one(
    members: Sequence[Fact], outlets: Mapping[int, str], texts: Mapping[int, str]
) -> Counter[str]:
    """Times, descriptors and sources: few per question; alike facts taken once."""
    alike: dict[tuple[object, ...], list[Fact]] = {}
    for fact in members:
        key = (
            (fact.id,)
            if fact.kind == "source"
            else (
                fact.time,
                fact.cues[:1],
                fact.source,
                fact.revision,
                fact.scope,
                _outlet(fact, outlets),
            )
        )
        alike.setdefault(key, []).append(fact)
    reasons: Counter[str] = Counter()
    for a_all, b_all in itertools.combinations(alike.values(), 2):
        a, b = a_all[0], b_all[0]
        if not differ(a, b) or (a.kind == "source" and mentioned(a, b, texts)):
            continue
        if reason := _counted(a, b, outlets):
            reasons[reason] += len(a_all) * len(b_all)
    return reasons


def _by_context(members: Sequence[Fact], outlets: Mapping[int, str]) -> Counter[str]:
    """Figures: every pair of contexts counted whole, less the pairs that agree."""
    live = [f for f in members if f.value is not None and f.hedge != "vague" and not f.earlier]
    contexts: dict[tuple[object, ...], list[Fact]] = {}
    alike: dict[tuple[object, ...], list[Fact]] = {}
    for fact in live:
        floor = fact.kind in RISING and fact.hedge in FLOORS  # a floor is an update (_floor)
        context = (fact.time, fact.revision, fact.source, fact.scope, _outlet(fact, outlets), floor)
        contexts.setdefault(context, []).append(fact)
        figure = (fact.value, fact.low, fact.high, fact.hedge, fact.decimals)
        alike.setdefault((*context, *figure), []).append(fact)
    reasons: Counter[str] = Counter()
    groups = list(contexts.values())
    for i, first in enumerate(groups):
        for second in groups[i:]:
            pairs = len(first) * len(second) if first is not second else _pairs(len(first))
            if pairs and (reason := _counted(first[0], second[0], outlets)):
                reasons[reason] += pairs
    for same in alike.values():  # alike facts agree with each other
        if reason := _counted(same[0], same[0], outlets):
            reasons[reason] -= _pairs(len(same))
    firsts = [same[0] for same in alike.values()]
    sizes = {id(same[0]): len(same) for same in alike.values()}
    for a, b in _agreeing(firsts):
        if reason := _counted(a, b, outlets):
            reasons[reason] -= sizes[id(a)] * sizes[id(b)]
    return +reasons


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


# «About 50» is a span (±5 %); so is a bound on a round figure: «more than 50» (50 to 62.5),
# «at least 1,000», «less than 20». One of them against a figure hedged otherwise is compared
# by interval: «more than 50» and «53» can both be right (the Istiklal coverage flagged them),
# «more than 50» and «80» cannot (an outlet that knew of 80 would say so). A bound on an exact
# count reports that count: «at least 47 dead» against «52 dead» (the quake) and «at least one
# missile» against «two missiles» are different figures, as outlets word them.
BOUNDS = frozenset(("more_than", "at_least", "less_than"))
LOOSE = BOUNDS | {"about", "range"}  # the hedges that may make a figure a span


def _spans(fact: Fact) -> bool:
    if fact.hedge == "about":
        return True
    value = fact.value
    return fact.hedge in BOUNDS and value is not None and value >= 10 and value % 10 == 0


def _by_interval(a: Fact, b: Fact) -> bool:
    """Compared by interval (a range, or a span against a figure hedged otherwise), not as
    written; so are two distances of «about» (a distance converted from miles or feet is «about»
    its kilometres: «900 ميل» is 1448 km against «حوالي 1450 كيلومتر», the same distance)."""
    if a.kind == b.kind == "distance" and a.hedge == b.hedge == "about":
        return True
    return "range" in (a.hedge, b.hedge) or (a.hedge != b.hedge and (_spans(a) or _spans(b)))


def _window(fact: Fact, wide: bool) -> tuple[float, float]:
    """Every value a figure could agree with lies in here: as written, its value with the
    widest precision pad (half a unit); by interval, its interval too."""
    value = fact.value if fact.value is not None else 0.0
    interval = (fact.interval() or (value, value)) if wide else (value, value)
    pad = max(0.5, 0.5 * fact.step())  # «24 مليون» agrees with anything within half a million
    return min(interval[0], value) - pad, max(interval[1], value) + pad


def _agreeing(facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """The pairs of ``facts`` that do not differ, by two sweeps over overlapping windows: one
    for figures compared as written (narrow windows), one for pairs with a range or an
    «about» in them."""
    found: list[tuple[Fact, Fact]] = []
    for wide in (False, True):
        ordered = sorted((*_window(f, wide), n) for n, f in enumerate(facts))
        open_: list[tuple[float, int]] = []  # (window end, index), the windows still open
        ranged: list[tuple[float, int]] = []  # those of them with a range or an «about»
        for low, high, n in ordered:
            open_ = [(end, m) for end, m in open_ if end >= low]
            ranged = [(end, m) for end, m in ranged if end >= low]
            b = facts[n]
            loose = b.hedge in LOOSE
            for _, m in open_ if loose or not wide else ranged:
                a = facts[m]
                if _by_interval(a, b) == wide and not differ(a, b):
                    found.append((a, b))
            open_.append((high, n))
            if loose:
                ranged.append((high, n))
    return found
