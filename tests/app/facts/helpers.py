"""Invented articles for the fact model's tests (no outlet's text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.facts.model import Fact, FactSheet, Question
from app.facts.sheet import build_sheet
from app.library.records import ArticleDocument, ArticleSummary, FurnitureMark

DAY = dt.date(2023, 2, 6)  # a Monday


def doc(
    number: int,
    text: str,
    outlet: str | None = None,
    day: dt.date | None = DAY,
    furniture: Sequence[FurnitureMark] = (),
) -> ArticleDocument:
    summary = ArticleSummary(
        number, 1, text.split("\n")[0][:40], outlet or f"منفذ {number}", day, len(text.split()),
        "ar", "rtl", f"{number}.txt",
    )  # fmt: skip
    return ArticleDocument(summary, text, tuple(furniture))


def sheet_of(*texts: str, days: Sequence[dt.date | None] = ()) -> FactSheet:
    return build_sheet(
        [doc(n, t, day=days[n - 1] if days else DAY) for n, t in enumerate(texts, start=1)]
    )


def facts_of(text: str, day: dt.date | None = DAY) -> list[Fact]:
    return list(build_sheet([doc(1, text, day=day)]).facts)


def question(sheet: FactSheet, kind: str, subject: str = "", scope: str = "") -> Question:
    found = [
        q
        for q in sheet.questions
        if q.kind == kind and (not subject or subject in q.subject) and q.scope.startswith(scope)
    ]
    assert found, [(q.kind, q.subject, q.scope) for q in sheet.questions]
    return max(found, key=lambda q: len(q.facts))


def values(sheet: FactSheet, q: Question) -> list[float | None]:
    return sorted(sheet.fact(i).value or 0.0 for i in q.facts)
