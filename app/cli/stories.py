"""``tabayun stories --collection NAME``: which articles of a collection report the same story
(``app.compare.stories``), the largest story first."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.terminal import for_terminal
from app.paths import AppPaths


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "stories", help="group a collection's articles into the stories they report"
    )
    parser.add_argument("--collection", metavar="NAME", required=True)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.compare.stories import STORY_GATE
    from app.library.queries import list_articles, load_articles, require_collection
    from app.library.stories import collection_stories

    workspace = open_workspace(paths)
    try:
        collection = require_collection(workspace.sessions, args.collection)
        ids = [a.id for a in list_articles(workspace.sessions, collection)]
        documents = load_articles(workspace.sessions, ids)
    finally:
        workspace.close()
    stories = collection_stories(documents)
    summaries = {d.summary.id: d.summary for d in documents}
    if args.json:
        rows = [
            {
                "story": number,
                "articles": [
                    {
                        "id": a,
                        "title": summaries[a].title,
                        "outlet": summaries[a].outlet,
                        "file": summaries[a].original_filename,
                    }
                    for a in members
                ],
            }
            for number, members in enumerate(stories, start=1)
        ]
        found = {"collection": args.collection, "compared_whole": len(documents) <= STORY_GATE,
                 "stories": rows}  # fmt: skip
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    print(f"{len(documents)} articles, {len(stories)} stories")
    if len(documents) <= STORY_GATE and len(stories) > 1:
        print(
            f"(a collection of {STORY_GATE} articles or fewer is compared whole: in a small "
            "collection of one event, an article on another angle of it can stand alone here)"
        )
    for number, members in enumerate(stories, start=1):
        print(f"\nstory {number}: {len(members)} article(s)")
        for article in members:
            summary = summaries[article]
            print(
                f"  #{article}  {for_terminal(summary.label)}  {for_terminal(summary.title[:100])}"
            )
    return 0
