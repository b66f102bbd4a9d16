"""``tabayun facts``: the collection's facts and the questions they answer, as a table or JSON.

The JSON is a contract for scripts (README): ``articles``, ``facts`` (offsets are code points
into the stored text) and ``questions`` (each with its facts' ids and a status: agree,
conflict, update, different_source, different_description, different_scope). Extra fields may
be added, never removed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.fact_rows import print_rows
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


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.cli.compare import load_documents
    from app.compare.engine import compare

    documents, pipeline = load_documents(paths, args, open_workspace)
    result = compare(documents, pipeline=pipeline)
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
