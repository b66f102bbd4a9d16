"""Questions across the collection: facts about the same thing («how many died in Turkey»)
gathered into one row whether or not the alignment linked their sentences, and the row's
status from its pairs of differing figures.

A pair of facts from different outlets differs when their values cannot both be right
(``Fact.interval``: the written precision, the hedge). A differing pair is an *update* when
one report is later or uses words of revision (ارتفعت الحصيلة، حصيلة جديدة), a *different
source* when the two name different bodies, a *different scope* when one figure covers part of
what the other does, and a *conflict* otherwise. A row is a conflict when any pair is one.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from app.facts.model import Fact, FactSheet, Question
from app.facts.places import gazetteer
from app.facts.sources import same_body
from app.facts.words import wordset
from app.text.normalize import fold

ORDER = (
    "deaths", "injured", "missing", "displaced", "arrested", "combined", "magnitude",
    "distance", "percentage", "money", "age", "duration", "count", "time", "descriptor",
)  # fmt: skip
_RANK = {"conflict": 0, "update": 1, "different_source": 2, "different_scope": 3, "agree": 4}


def skeleton(noun: str) -> str:
    """A noun's consonants, so a broken plural meets its singular: صواريخ, صاروخ → صرخ."""
    bare = noun[:-1] if noun.endswith(("ه", "ة")) else noun
    letters = "".join(ch for ch in bare if ch not in "اويى")
    return letters or noun


def _event_places(facts: Sequence[Fact], texts: Mapping[int, str]) -> set[str]:
    """Places that name the whole event: the one country (with its cities) that at least half
    the articles mention, when only one does."""
    countries = {name: country for name, country, _ in gazetteer().names.values()}
    scopes = {f.scope for f in facts if f.scope and not f.scope.startswith("year:")}
    folded = [fold(t) for t in texts.values()]
    common = {s for s in scopes if sum(fold(s) in t for t in folded) * 2 >= max(1, len(folded))}
    tops = {countries.get(s) or s for s in common}
    if len(tops) != 1:
        return set()
    (top,) = tops
    return {s for s in scopes if (countries.get(s) or s) == top}


_SHARE_STOPS = wordset(
    "نسبه بنسبه حصل يحصل حصوله حصلت تحصل نال مقابل لصالح صالح بعد فرز بلغت بلغ وصلت اكثر"
    " اقل نحو حوالي منافسه ومنافسه منافس الفوز فوز اصوات الاصوات صناديق الاقتراع اقتراع"
)
_RIVAL = wordset("منافس منافسه خصم خصمه غريم غريمه")
_COUNTING = wordset("فرز احصاء عد فرزها")


def _share_cues(cues: Sequence[str]) -> list[str]:
    """The cues, «منافس أردوغان» read as the rival's, counting words as «counted»."""
    kept: list[str] = []
    for k, cue in enumerate(cues):
        if k + 1 < len(cues) and cues[k + 1] in _RIVAL:
            continue  # «كليتشدار أوغلو منافس أردوغان على 47.86»: not Erdoğan's share
        kept.append("counted" if cue in _COUNTING else cue)
    return kept


def _share_subjects(facts: Sequence[Fact]) -> dict[str, str]:
    """Whose share each percentage is: its nearest cue that other articles' shares share."""
    seen: dict[str, set[int]] = defaultdict(set)
    cues = {f.id: _share_cues(f.cues) for f in facts if f.kind == "percentage"}
    for fact in facts:
        for cue in cues.get(fact.id, ()):
            seen[cue].add(fact.article)
    salient = {cue for cue, articles in seen.items() if len(articles) >= 2} - _SHARE_STOPS
    return {fid: next((c for c in found if c in salient), "") for fid, found in cues.items()}


def _key(fact: Fact, event_places: set[str]) -> tuple[str, str, str]:
    scope = "" if fact.scope in event_places else fact.scope
    subject = skeleton(fact.subject) if fact.kind == "count" else fact.subject
    if fact.kind == "duration":
        subject = subject or fact.unit
    return fact.kind, subject, scope


def _differ(a: Fact, b: Fact) -> bool:
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
        return a.reading != b.reading
    if a.hedge == "vague" or b.hedge == "vague" or a.earlier or b.earlier:
        return False
    if (
        a.hedge == b.hedge
        and a.hedge not in ("range",)
        and a.value is not None
        and b.value is not None
    ):
        # Both hedged alike («at least 18», «at least 17»): the figures themselves differ.
        pad = 0.5 * 10 ** -min(a.decimals, b.decimals)
        return bool(abs(a.value - b.value) >= pad)
    ia, ib = a.interval(), b.interval()
    if ia is None or ib is None:
        return False
    return ia[1] < ib[0] or ib[1] < ia[0]


def _explain(a: Fact, b: Fact) -> str:
    later = bool(a.time and b.time and a.time != b.time)
    if a.kind not in ("time", "descriptor") and (a.revision or b.revision or later):
        return "update"
    if a.source and b.source and not same_body(a.source, b.source):
        return "different_source"
    return "conflict"


def _label(kind: str, subject: str, scope: str) -> str:
    bits = [kind]
    if subject:
        bits.append(subject)
    if scope:
        bits.append(scope.replace("year:", ""))
    return " · ".join(bits)


def collate(
    facts: Sequence[Fact], outlets: Mapping[int, str], texts: Mapping[int, str]
) -> FactSheet:
    """Questions over ``facts``; ``outlets`` names each article's outlet (articles of one
    outlet never disagree with each other as outlets), ``texts`` are the stored texts."""
    event_places = _event_places(facts, texts)
    shares = _share_subjects(facts)
    facts = [replace(f, subject=shares[f.id]) if f.id in shares else f for f in facts]
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind:
            groups[_key(fact, event_places)].append(fact)
    questions = []
    for (kind, subject, scope), members in groups.items():
        written = Counter(f.subject for f in members).most_common(1)[0][0] if subject else ""
        reasons: Counter[str] = Counter()
        for a, b in itertools.combinations(members, 2):
            same_outlet = outlets.get(a.article, a.article) == outlets.get(b.article, b.article)
            if not _differ(a, b):
                continue
            reason = _explain(a, b)
            if same_outlet and reason == "conflict":
                continue  # one outlet giving two figures: not a disagreement between outlets
            reasons[reason] += 1
        status = min(reasons, key=lambda r: _RANK[r]) if reasons else "agree"
        ordered = sorted(members, key=lambda f: (f.time, f.value or 0.0))
        sequence = (
            tuple(dict.fromkeys(f.reading for f in ordered if not f.earlier))
            if status == "update"
            else ()
        )
        questions.append(
            Question(
                id="|".join((kind, subject, scope)),
                kind=kind,
                subject=written,
                scope=scope,
                label=_label(kind, written, scope),
                facts=tuple(f.id for f in sorted(members, key=lambda f: (f.article, f.start))),
                status=status,
                reason=", ".join(f"{r} ×{n}" for r, n in reasons.most_common()),
                sequence=sequence,
            )
        )
    questions.sort(
        key=lambda q: (
            _RANK[q.status],
            ORDER.index(q.kind) if q.kind in ORDER else len(ORDER),
            -len({outlets.get(fid_article(f), 0) for f in q.facts}),
            q.id,
        )
    )
    return FactSheet(tuple(facts), tuple(questions), {"facts": len(facts)})


def fid_article(fact_id: str) -> int:
    return int(fact_id.split(":", 1)[0])
