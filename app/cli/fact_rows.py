"""The Facts table on a terminal: a heading per question, then each outlet's value and the
sentence that gives it (``tabayun facts`` and the summary of ``tabayun compare``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.cli.terminal import for_terminal, wants_visual
from app.text.bidi import isolate

if TYPE_CHECKING:
    from app.compare.engine import Comparison


def print_rows(result: Comparison, only_differences: bool = False, every: bool = False) -> None:
    """The questions as a table: a heading per question, then each outlet's value and the
    sentence that gives it."""
    from app.facts.labels import question_title, reading, status_name

    sheet = result.facts
    names = {a.summary.id: a.summary.label for a in result.articles}
    texts = {a.summary.id: a.text for a in result.articles}
    for question in sheet.questions:
        facts = [sheet.fact(i) for i in question.facts]
        outlets = {names[f.article] for f in facts}
        if only_differences and question.status == "agree":
            continue
        if not every and len(outlets) < 2:
            continue
        heading = for_terminal(
            f"{status_name(question.status).upper()}  {question_title(question)}"
        )
        if question.sequence:
            heading += "   " + " → ".join(_reading(x) for x in question.sequence)
        print("\n" + heading)
        for fact in facts:
            sentence = texts[fact.article][fact.sentence[0] : fact.sentence[1]]
            source = fact.source if fact.kind != "source" else ""
            extra = ", ".join(x for x in (source, fact.time) if x)
            shown = reading(fact, question, sheet.event_places)
            line = f"  [{names[fact.article]}] {shown}" + (f"  ({extra})" if extra else "")
            print(for_terminal(line))
            print(for_terminal(f"      {sentence[:200]}"))


def _reading(text: str) -> str:
    """One reading of an update's sequence, prepared on its own: reordered alone for a terminal
    with no bidi (the whole line reordered at once ran the Arabic readings and their arrows
    together, last first), isolated when the text stays logical (a file, a pager)."""
    shown = for_terminal(text)
    return shown if wants_visual() else isolate(shown)
