"""``tabayun search "…"``: Arabic-aware search from the command line."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.terminal import for_terminal
from app.paths import AppPaths


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "search",
        help="search the articles (diacritics, letter forms and prefixes do not matter)",
    )
    parser.add_argument("query", metavar="WORDS")
    parser.add_argument("--collection", metavar="NAME", help="only this collection")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    results = None
    if not paths.on_server:  # the local file read directly: no SQLAlchemy to load (issue 21)
        from app.library.quick_search import quick_search

        results = quick_search(paths.database, args.query, args.collection, args.limit)
    if results is None:
        results = _search(paths, args, open_workspace)
    hits = results.hits
    if args.json:
        print(
            json.dumps(
                {
                    "query": args.query,
                    "hits": [
                        {
                            "article_id": h.article.id,
                            "title": h.article.title,
                            "outlet": h.article.outlet,
                            "file": h.article.original_filename,
                            "matches": h.match_count,
                            "first_match": [h.match_start, h.match_end],
                            "snippet": h.snippet,
                            "highlights": [list(span) for span in h.highlights],
                        }
                        for h in hits
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not hits:
        print(f"no article holds every word of: {for_terminal(args.query)}")
        return 0
    shown = f"the best {len(hits)} of " if results.total > len(hits) else ""
    print(f"{shown}{results.total} articles")
    for hit in hits:
        marked = hit.snippet
        for start, end in reversed(hit.highlights):
            # Asterisks, not brackets: brackets are mirrored in right-to-left lines.
            marked = marked[:start] + "*" + marked[start:end] + "*" + marked[end:]
        print(f"#{hit.article.id}  {for_terminal(hit.article.label)}  ({hit.match_count})")
        print(f"    {for_terminal(hit.article.title)}")
        print(f"    {for_terminal(marked)}")
    return 0


def _search(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> Any:
    """The ordinary way: the workspace opened (and upgraded, and checked), then searched."""
    from app.library.queries import require_collection
    from app.library.search import search

    workspace = open_workspace(paths)
    try:
        collection_id = (
            require_collection(workspace.sessions, args.collection) if args.collection else None
        )
        return search(workspace.sessions, args.query, collection_id=collection_id, limit=args.limit)
    finally:
        workspace.close()
