"""``tabayun stories``: the stories of a collection (or of the whole library), found with
``--find`` and corrected with ``--rename``, ``--merge`` and ``--split`` (``app.library.stories``,
``app.review.stories``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.terminal import for_terminal
from app.errors import TabayunError
from app.paths import AppPaths


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "stories",
        help="group articles into the stories they report: list, find, rename, merge, split",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--collection", metavar="NAME", help="one collection's stories")
    where.add_argument("--all", action="store_true", help="the stories of every collection")
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--find", action="store_true", help="find the stories again (the reviewer's are kept)"
    )
    what.add_argument("--rename", nargs=2, metavar=("STORY", "NAME"), help="rename a story")
    what.add_argument("--merge", nargs="+", type=int, metavar="STORY", help="merge stories")
    what.add_argument(
        "--split", nargs="+", type=int, metavar="ARTICLE",
        help="take these articles (of one story) out into a new story",
    )  # fmt: skip
    parser.add_argument("--name", metavar="NAME", default="", help="the new story's name (split)")
    parser.add_argument("--reviewer", metavar="NAME", help="who makes it (default: settings)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.cli.reading import read_listing
    from app.library.listing import collection_named, collection_names, read_stories, story_articles

    if args.find or args.rename or args.merge or args.split:
        _change(paths, args, open_workspace)

    def listed(read: Any) -> tuple[Any, dict[int, str], dict[int, Any]]:
        collection = None if args.all else collection_named(read, args.collection)
        return (
            read_stories(read, collection),
            collection_names(read),
            story_articles(read, collection),
        )

    stories, names, articles = read_listing(paths, open_workspace, listed)
    titles = {
        a.id: {"title": a.title, "outlet": a.label, "file": a.original_filename or ""}
        for a in articles.values()
    }
    if args.json:
        rows = [
            {
                "id": s.id, "name": s.name, "collection": names.get(s.collection_id, ""),
                "by_reviewer": s.by_reviewer,
                "articles": [{"id": a, **titles[a]} for a in s.article_ids],
            }
            for s in stories
        ]  # fmt: skip
        print(json.dumps({"stories": rows}, ensure_ascii=False, indent=2))
        return 0
    if not stories:
        print("no stories yet: find them with --find (or Find Stories in the window)")
    for story in stories:
        whose = "reviewer" if story.by_reviewer else "found"
        print(
            f"\nstory #{story.id} ({whose}, {len(story.article_ids)} "
            f"article{'' if len(story.article_ids) == 1 else 's'}, "
            f"{for_terminal(names.get(story.collection_id, ''))}): {for_terminal(story.name)}"
        )
        for article in story.article_ids:
            row = titles[article]
            print(
                f"  #{article}  {for_terminal(row['outlet'])}  {for_terminal(row['title'][:100])}"
            )
    return 0


def _change(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> None:
    from app.library.queries import require_collection

    workspace = open_workspace(paths)
    try:
        collection = None if args.all else require_collection(workspace.sessions, args.collection)
        if args.find:
            if collection is None:
                raise TabayunError("--find works on one collection: give --collection NAME")
            _find(workspace.sessions, collection, quiet=args.json)
        else:
            _edit(paths, workspace.sessions, args)
    finally:
        workspace.close()


def _find(sessions: Any, collection: int, quiet: bool) -> None:
    from app.library.stories import find_collection_stories
    from app.tasks import TaskControl

    def show(done: int, total: int, message: object) -> None:
        if not quiet and sys.stderr.isatty():
            print(f"\r{message}: {done}/{total}", end="", file=sys.stderr, flush=True)

    found = find_collection_stories(sessions, collection, TaskControl(on_progress=show))
    if not quiet:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            f"{found.articles} articles read: {found.stories} stories of {found.grouped} articles "
            f"found, {found.kept} of the reviewer's kept"
        )


def _edit(paths: AppPaths, sessions: Any, args: argparse.Namespace) -> None:
    from app.review.history import History
    from app.review.stories import merge_stories, rename_story, split_story
    from app.settings import load_settings

    reviewer = args.reviewer
    if reviewer is None:
        reviewer = load_settings(paths.settings_file).reviewer_name
    history = History(sessions, reviewer=reviewer)
    if args.rename:
        story, name = args.rename
        if not story.isdigit():
            raise TabayunError(f"«{story}» is not a story number (see tabayun stories)")
        rename_story(history, int(story), name)
    elif args.merge:
        merge_stories(history, args.merge)
    else:
        split_story(history, args.split, args.name)
