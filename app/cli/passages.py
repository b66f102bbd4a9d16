"""``tabayun passages list|link|merge|unlink|split``: the reviewer's corrections to the passages.

A sentence is named by words it contains (``"هذا سبب قدومنا"``): the sentence of the collection
that holds them, as the comparison cuts sentences. Words found in no sentence, or in several,
are refused with the sentences to choose from.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.sentences import named_sentence
from app.cli.terminal import for_terminal
from app.errors import TabayunError
from app.paths import AppPaths


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "passages",
        help="the reviewer's corrections to the passages: list, link, merge, tie, unlink, split",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="the corrections, in the order they apply")
    listing.add_argument("--collection", metavar="NAME", required=True)
    listing.add_argument("--json", action="store_true")
    for action, words in (
        ("link", "put two sentences in one passage"),
        ("merge", "merge the passages of two sentences into one (a link between them)"),
        ("tie", "link two sentences and leave each in its own passage (no merge)"),
        ("unlink", "take the first sentence out of the passage it shares with the second"),
    ):
        one = actions.add_parser(action, help=words)
        one.add_argument("--collection", metavar="NAME", required=True)
        one.add_argument("first", metavar="WORDS", help="words of the first sentence")
        one.add_argument("second", metavar="WORDS", help="words of the second sentence")
        one.add_argument("--reviewer", metavar="NAME", help="who makes it (default: settings)")
    offers = actions.add_parser(
        "offers", help="what the comparison found closest outside a sentence's passage, to link"
    )
    offers.add_argument("--collection", metavar="NAME", required=True)
    offers.add_argument("sentence", metavar="WORDS", help="words of the sentence")
    offers.add_argument("--json", action="store_true")
    walk = actions.add_parser(
        "check",
        help="what the comparison was not sure of: every sentence or passage with close "
        "sentences it did not link, with them, in the order the window walks them",
    )
    walk.add_argument("--collection", metavar="NAME", required=True)
    walk.add_argument("--json", action="store_true")
    read = actions.add_parser(
        "checked", help="mark a sentence read, with nothing to link: it leaves `check`"
    )
    read.add_argument("--collection", metavar="NAME", required=True)
    read.add_argument("sentence", metavar="WORDS", help="words of the sentence")
    read.add_argument("--reviewer", metavar="NAME", help="who marks it (default: settings)")
    cut = actions.add_parser(
        "split",
        help="split a sentence in two, before the words given (with --link, and link a part)",
    )
    cut.add_argument("--collection", metavar="NAME", required=True)
    cut.add_argument("sentence", metavar="WORDS", help="words of the sentence")
    cut.add_argument("before", metavar="WORDS", help="the words the second part starts with")
    cut.add_argument(
        "--link", metavar="WORDS", help="and link a part with this sentence, as one change"
    )
    cut.add_argument(
        "--keep",
        metavar="WORDS",
        help="with --link: link the other part with this sentence (of the passage it was in)",
    )
    cut.add_argument(
        "--part",
        choices=("first", "second"),
        default="first",
        help="which part --link links (default: the first)",
    )
    cut.add_argument("--reviewer", metavar="NAME", help="who makes it (default: settings)")


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.cli.reading import read_listing
    from app.library.listing import collection_named
    from app.review.passage_edit_list import ONE_PLACE, read_passage_edits

    if args.action in ("offers", "check"):
        from app.cli.passage_offers import check, offers

        return (offers if args.action == "offers" else check)(paths, args, open_workspace)
    if args.action != "list":
        _change(paths, args, open_workspace)
    edits = read_listing(
        paths,
        open_workspace,
        lambda read: read_passage_edits(read, collection_named(read, args.collection)),
    )
    if args.action != "list":  # what this command made: a split and its link are two
        made = 1 + bool(getattr(args, "link", None)) + bool(getattr(args, "keep", None))
        edits = edits[-made:]
    if getattr(args, "json", False):
        print(json.dumps([_json(e) for e in edits], ensure_ascii=False, indent=2))
        return 0
    if not edits:
        print("no corrections")
    for edit in edits:
        who = edit.reviewer or "no name"
        print(for_terminal(f"#{edit.id} {edit.kind} ({who}, {edit.created_at:%Y-%m-%d %H:%M})"))
        for quote in edit.quotes[:1] if edit.kind in ONE_PLACE else edit.quotes:
            print(for_terminal(f"    {quote[:160]}"))
    return 0


def _change(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> None:
    from app.library.queries import require_collection

    workspace = open_workspace(paths)
    try:
        _edit(paths, workspace, require_collection(workspace.sessions, args.collection), args)
    finally:
        workspace.close()


def _json(edit: Any) -> dict[str, Any]:
    return {
        "id": edit.id, "kind": edit.kind, "reviewer": edit.reviewer,
        "created": edit.created_at.isoformat() + "Z",
        "sentences": [
            {"article": ref.article_id, "start": ref.start, "end": ref.end, "text": quote}
            for ref, quote in zip((edit.first, edit.second), edit.quotes, strict=True)
        ],
    }  # fmt: skip


def _edit(paths: AppPaths, workspace: Any, collection: int, args: argparse.Namespace) -> None:
    from app.compare.pipeline import pipeline_for
    from app.library.queries import list_articles, load_articles
    from app.review.history import History
    from app.review.passage_edits import edit_passages, list_passage_edits
    from app.settings import load_settings

    ids = [a.id for a in list_articles(workspace.sessions, collection)]
    documents = load_articles(workspace.sessions, ids)
    # the sentences as the comparison cuts them today: a part split off earlier is one
    corrections = [e.correction for e in list_passage_edits(workspace.sessions, collection)]
    segments = pipeline_for(None, corrections).segmenter.segment(documents).segments
    reviewer = args.reviewer
    if reviewer is None:
        reviewer = load_settings(paths.settings_file).reviewer_name
    history = History(workspace.sessions, reviewer=reviewer)
    if args.action == "checked":
        from app.review.passage_edits import mark_checked

        mark_checked(history, collection, named_sentence(segments, args.sentence))
        return
    if args.action == "split":
        from app.review.passage_edits import split_and_link, split_sentence
        from app.review.records import FactRef

        sentence = named_sentence(segments, args.sentence)
        text = next(d.text for d in documents if d.summary.id == sentence.article_id)
        where = text.find(args.before.strip(), sentence.start, sentence.end)
        if where <= sentence.start:
            raise TabayunError(f"«{args.before}» does not start a part of that sentence")
        if args.link is None:
            if args.keep is not None:
                raise TabayunError("--keep says what the rest is linked with: give --link too")
            split_sentence(history, collection, FactRef(sentence.article_id, where, sentence.end))
            return
        other = named_sentence(segments, args.link)
        stay = None if args.keep is None else named_sentence(segments, args.keep)
        head = args.part == "first"
        split_and_link(history, collection, sentence, where, head, other, stay)
        return
    first, second = (named_sentence(segments, words) for words in (args.first, args.second))
    kind = "link" if args.action == "merge" else args.action  # a link merges two passages
    edit_passages(history, collection, kind, first, second)
