"""``tabayun tags list`` and ``tabayun notes list``: the codebook and the notes, for a terminal or
as JSON for other tools."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.terminal import for_terminal
from app.messages import counted
from app.paths import AppPaths


def add_parsers(sub: Any) -> None:
    tags: argparse.ArgumentParser = sub.add_parser("tags", help="the codebook: tags and their uses")
    tags_sub = tags.add_subparsers(dest="tags_command", metavar="ACTION", required=True)
    listing = tags_sub.add_parser("list", help="every tag, in its hierarchy, with its uses")
    listing.add_argument("--json", action="store_true", help="print one JSON object")

    notes: argparse.ArgumentParser = sub.add_parser("notes", help="the reviewers' notes")
    notes_sub = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    listing = notes_sub.add_parser("list", help="notes, newest first")
    listing.add_argument("--collection", metavar="NAME", help="only this collection's notes")
    listing.add_argument("--search", metavar="WORDS", default="", help="only notes with these")
    listing.add_argument("--json", action="store_true", help="print one JSON object")


def run_tags(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.cli.reading import read_listing
    from app.review.records import tag_tree_order
    from app.review.tag_list import read_tags

    tags = read_listing(paths, open_workspace, read_tags)
    ordered = tag_tree_order(tags)
    if args.json:
        names = {t.id: t.name for t in tags}
        rows = [
            {
                "id": t.id, "name": t.name, "name_alt": t.name_alt, "color": t.color,
                "description": t.description, "shortcut": t.shortcut, "uses": t.uses,
                "parent_id": t.parent_id, "parent": names.get(t.parent_id or -1), "depth": depth,
            }
            for depth, t in ordered
        ]  # fmt: skip
        print(json.dumps({"tags": rows}, ensure_ascii=False, indent=2))
        return 0
    for depth, tag in ordered:
        key = f"[{tag.shortcut}] " if tag.shortcut else "    "
        alt = f"  ({for_terminal(tag.name_alt)})" if tag.name_alt else ""
        uses = counted(tag.uses, "use")
        print(f"{key}{'  ' * depth}{for_terminal(tag.name)}{alt}  {tag.color}  {uses}")
    return 0


def run_notes(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.cli.reading import read_listing
    from app.library.listing import collection_named
    from app.review.note_list import read_notes
    from app.review.records import NoteRecord
    from db.rows import Rows

    def listed(read: Rows) -> list[NoteRecord]:
        collection_id = collection_named(read, args.collection) if args.collection else None
        return read_notes(read, collection_id, query=args.search)

    notes = read_listing(paths, open_workspace, listed)
    if args.json:
        rows = [
            {
                "id": n.id, "body": n.body, "target": n.target, "target_id": n.target_id,
                "collection_id": n.collection_id, "article_id": n.article_id,
                "reviewer": n.reviewer, "created": n.created_at.isoformat() + "Z",
                "updated": n.updated_at.isoformat() + "Z",
            }
            for n in notes
        ]  # fmt: skip
        print(json.dumps({"notes": rows}, ensure_ascii=False, indent=2))
        return 0
    if not notes:
        print("no notes")
        return 0
    for note in notes:
        who = for_terminal(note.reviewer) if note.reviewer else "(no name)"
        when = f"{note.updated_at:%Y-%m-%d %H:%M} UTC"
        print(f"#{note.id}  on {note.target} {note.target_id}  {who}  {when}")
        for line in note.body.splitlines():
            print(f"    {for_terminal(line)}")
    return 0
