"""``tabayun compare``: the comparison engine from the command line, as JSON or a summary."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.terminal import for_terminal
from app.errors import TabayunError
from app.library.records import ArticleDocument, ArticleSummary, FurnitureMark
from app.paths import AppPaths

if TYPE_CHECKING:
    from app.compare.stages import Pipeline


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "compare", help="compare the articles of a collection, or files, and report the passages"
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--collection", metavar="NAME", help="a collection in the database")
    source.add_argument("files", nargs="*", type=Path, default=[], metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the JSON document")


def documents_from_files(files: list[Path]) -> list[ArticleDocument]:
    """Articles read straight from files (no database), numbered in file-name order."""
    from app.ingest.describe import describe
    from app.ingest.reader import ReadError, read_file
    from app.text.furniture import detect_in_collection
    from app.text.words import count_words

    drafts = []
    for path in sorted(files, key=lambda p: p.name):
        try:
            drafts.extend(read_file(path))
        except ReadError as exc:
            raise TabayunError(f"{path}: {exc.message}") from exc
    described = [describe(draft, {}) for draft in drafts]
    found = detect_in_collection([d.text for d in drafts], (), [d.furniture for d in described])
    documents = []
    for number, (draft, about, spans) in enumerate(
        zip(drafts, described, found, strict=True), start=1
    ):
        summary = ArticleSummary(
            number,
            0,
            about.title,
            about.outlet.name if about.outlet else None,
            about.published_on,
            count_words(draft.text),
            about.language,
            about.direction,
            draft.label,
        )
        marks = tuple(
            FurnitureMark(i, s.start, s.end, s.kind, "detected", True) for i, s in enumerate(spans)
        )
        documents.append(ArticleDocument(summary, draft.text, marks, draft.paragraph_directions))
    return documents


def load_documents(
    paths: AppPaths, args: argparse.Namespace, open_workspace: Any
) -> tuple[list[ArticleDocument], Pipeline]:
    """The articles of ``--collection`` from the database, or of the files given, and the
    pipeline to compare them with: the reviewer's alias table of sources and, for a collection,
    the reviewer's corrections to its passages."""
    from app.compare.pipeline import pipeline_for

    documents, corrections = load_with_corrections(paths, args, open_workspace)
    return documents, pipeline_for(paths.data_dir, corrections)


def load_with_corrections(
    paths: AppPaths, args: argparse.Namespace, open_workspace: Any
) -> tuple[list[ArticleDocument], list[tuple[str, int, int, int, int, int, int]]]:
    """The articles (``load_documents``) and, for a collection, the reviewer's corrections."""
    corrections: list[tuple[str, int, int, int, int, int, int]] = []
    if args.collection:
        from app.library.queries import list_articles, load_articles, require_collection
        from app.review.passage_edits import list_passage_edits

        workspace = open_workspace(paths)
        try:
            collection_id = require_collection(workspace.sessions, args.collection)
            ids = [a.id for a in list_articles(workspace.sessions, collection_id)]
            documents = load_articles(workspace.sessions, ids)
            edits = list_passage_edits(workspace.sessions, collection_id)
            corrections = [e.correction for e in edits]
        finally:
            workspace.close()
    else:
        if len(args.files) < 2:
            raise TabayunError("give a collection, or two files or more")
        documents = documents_from_files(args.files)
    return documents, corrections


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.cli.fact_rows import print_rows
    from app.compare.engine import compare

    documents, pipeline = load_documents(paths, args, open_workspace)
    result = compare(documents, pipeline=pipeline)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    names = {a.summary.id: a.summary.label for a in result.articles}
    support = {
        level: sum(1 for s in result.segments if s.support == level and not s.furniture)
        for level in ("all", "some", "unique", "unsure", "none")
    }
    print(
        f"{len(result.articles)} articles, {len(result.segments)} segments, "
        f"{len(result.groups)} shared passages, "
        f"{len(result.facts.disagreements())} facts that differ"
    )
    print(
        f"carried by all: {support['all']}, by some: {support['some']}, "
        f"by one only: {support['unique']}, not sure: {support['unsure']}, "
        f"not compared: {support['none']}"
    )
    by_id = {s.id: s for s in result.segments}
    for number, group in enumerate(result.groups, start=1):
        outlets = sorted({names[by_id[i].article] for i in group})
        print(
            f"\npassage {number} ({len(outlets)} of {len(result.articles)}): "
            + ", ".join(for_terminal(o) for o in outlets)
        )
        for i in group:
            print(
                f"  [{for_terminal(names[by_id[i].article])}] {for_terminal(by_id[i].text[:120])}"
            )
    if result.facts.disagreements():
        print("\nwhere the facts differ:")
        print_rows(result, only_differences=True)
    return 0
