"""What a reader sees of a question: its kind, subject and scope in words, and its status.

The names are message templates (app.messages): English here and on the command line, the
reader's language in the window and the reports.
"""

from __future__ import annotations

from collections.abc import Callable

from app.facts.model import Fact, Question
from app.messages import T

Translate = Callable[[str], str]

KIND_NAMES = {
    "deaths": T("core", "Deaths"),
    "injured": T("core", "Injured"),
    "missing": T("core", "Missing"),
    "displaced": T("core", "Displaced"),
    "arrested": T("core", "Arrested"),
    "survivors": T("core", "Survivors"),
    "hospitalised": T("core", "Taken to hospital"),
    "combined": T("core", "Killed and injured together"),
    "magnitude": T("core", "Magnitude"),
    "money": T("core", "Amount of money"),
    "percentage": T("core", "Share"),
    "distance": T("core", "Distance"),
    "age": T("core", "Age"),
    "duration": T("core", "Duration"),
    "count": T("core", "Number of"),
    "time": T("core", "When"),
    "place": T("core", "Where"),
    "nationality": T("core", "The attacker's nationality"),
    "descriptor": T("core", "Described as"),
    "source": T("core", "Who says it"),
}
STATUS_NAMES = {
    "agree": T("core", "Agree"),
    "conflict": T("core", "Conflict"),
    "update": T("core", "Update"),
    "different_source": T("core", "Different sources"),
    "different_description": T("core", "Described differently"),
    "different_scope": T("core", "Different scope"),
}
_EXPECTED = T("core", "expected")
_PART = T("core", "part of the total")
_TURNOUT = T("core", "turnout")
_ABSTAINED = T("core", "stayed away")
_PERIOD = T("core", "whole period")
_EARLIER = T("core", "in {year}")
_LAST_YEAR = T("core", "last year")
_FIRST_ROUND = T("core", "first round")
_NATIONALS = T("core", "nationals of {country}")
_CHANGE = T("core", "change")
_FROM = T("core", "from {figure}")
_HOME = T("core", "at home")
_ABROAD = T("core", "abroad")


def scope_name(scope: str, t: Translate = str) -> str:
    if scope == "year:last":  # an article with no date: «من العام الماضي»
        return t(_LAST_YEAR)
    if scope.startswith("year:"):
        return t(_EARLIER).format(year=scope[5:])
    if scope == "period":
        return t(_PERIOD)
    if scope == "round:1":
        return t(_FIRST_ROUND)
    if scope.startswith("nation:"):
        return t(_NATIONALS).format(country=scope[7:])
    if scope in ("home", "abroad"):
        return t(_HOME if scope == "home" else _ABROAD)
    if scope.startswith(("passage:", "#")) or "#" in scope:
        return ""
    return scope.replace("+", " و")  # two places joined: «عمان وإيران»


def question_title(question: Question, t: Translate = str) -> str:
    """«Deaths · تركيا», «Number of · صواريخ», «Described as · منشأة»."""
    bits = [t(KIND_NAMES.get(question.kind, question.kind))]
    named = {"expected": t(_EXPECTED), "part": t(_PART), "turnout": t(_TURNOUT),
             "abstained": t(_ABSTAINED)}  # fmt: skip
    subject = named.get(question.subject, question.subject)
    if subject.startswith("part:"):  # «part:طفل»: children among them
        subject = f"{t(_PART)} ({subject[5:]})"
    elif subject.startswith("change:"):  # «change:فائدة»: by how much the rate moved
        subject = f"{t(_CHANGE)} ({subject[7:]})" if subject[7:] else t(_CHANGE)
    if subject:
        bits.append(subject)
    scope = scope_name(question.scope.split("#")[0], t)
    if scope:
        bits.append(scope)
    return " · ".join(bits)


def status_name(status: str, t: Translate = str) -> str:
    return t(STATUS_NAMES.get(status, status))


def status_mark(status: str) -> str:
    """The mark a flag starts with: «⚠» for a conflict, «↻» for the rest (an update, different
    sources or scopes), in the panes, the Passage panel and every report alike."""
    return "⚠" if status == "conflict" else "↻"


NOT_PLACES = ("year:", "passage:", "period", "nation:", "home", "abroad", "round:")


def reading(
    fact: Fact,
    question: Question,
    event_places: frozenset[str] = frozenset(),
    t: Translate = str,
) -> str:
    """The fact as written, with its place when the row asks of a wider one («18 شخصا
    (شانلي أورفا)» in the row of Turkey's deaths); never the event's own place («(فرنسا)» on
    every figure of a day of protests in France); a value something moved from says so («من
    نحو 31 جنيها» beside the 50 it rose to)."""
    if fact.earlier:
        return t(_FROM).format(figure=_placed(fact, question, event_places))
    return _placed(fact, question, event_places)


def _placed(fact: Fact, question: Question, event_places: frozenset[str]) -> str:
    place = fact.scope
    if not place or place == question.scope or place.startswith(NOT_PLACES):
        return fact.reading
    if place in event_places or set(place.split("+")) <= event_places:
        return fact.reading
    return f"{fact.reading} ({place})"
