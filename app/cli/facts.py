"""``tabayun facts``: the collection's facts and the questions they answer, as a table or JSON.

The JSON is a contract for scripts (README): ``articles``, ``facts`` (offsets are code points
into the stored text) and ``questions`` (each with its facts' ids and a status: agree,
conflict, update, different_source, different_scope). Extra fields may be added, never removed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.terminal import for_terminal
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.compare.engine import Comparison


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "facts",
        help="list the figures, times and sources each outlet gives, and where they differ",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--collection", metavar="NAME", help="a collection in the database")
    source.add_argument("files", nargs="*", type=Path, default=[], metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the JSON document")
    parser.add_argument("--all", action="store_true", help="also list facts only one outlet gives")


def facts_json(result: Comparison) -> dict[str, Any]:
    document = result.facts.to_json()
    return {
        "articles": [
            {
                "id": a.summary.id,
                "name": a.summary.original_filename,
                "outlet": a.summary.outlet,
                "title": a.summary.title,
                "date": a.summary.published_on.isoformat() if a.summary.published_on else None,
            }
            for a in result.articles
        ],
        **document,
    }


def print_rows(result: Comparison, only_differences: bool = False, every: bool = False) -> None:
    """The questions as a table: a heading per question, then each outlet's value and the
    sentence that gives it."""
    from app.facts.labels import question_title, status_name

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
        heading = f"{status_name(question.status).upper()}  {question_title(question)}"
        if question.sequence:
            heading += "   " + " → ".join(question.sequence)
        print("\n" + for_terminal(heading))
        for fact in facts:
            sentence = texts[fact.article][fact.sentence[0] : fact.sentence[1]]
            source = fact.source if fact.kind != "source" else ""
            extra = ", ".join(x for x in (source, fact.time) if x)
            line = f"  [{names[fact.article]}] {fact.reading}" + (f"  ({extra})" if extra else "")
            print(for_terminal(line))
            print(for_terminal(f"      {sentence[:200]}"))


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.cli.compare import load_documents
    from app.compare.engine import compare
    from app.compare.pipeline import DEFAULT_PIPELINE, FactModel

    bodies = paths.data_dir / "bodies.json"
    pipeline = DEFAULT_PIPELINE.replace(
        fact_checker=FactModel(str(bodies) if bodies.is_file() else "")
    )
    result = compare(load_documents(paths, args, open_workspace), pipeline=pipeline)
    if args.json:
        print(json.dumps(facts_json(result), ensure_ascii=False, indent=2))
        return 0
    sheet = result.facts
    differing = sheet.disagreements()
    print(
        f"{len(result.articles)} articles, {len(sheet.facts)} facts, "
        f"{len(sheet.questions)} questions, {len(differing)} where outlets differ"
    )
    print_rows(result, every=args.all)
    return 0
