"""``tabayun export`` (a report file in any format) and ``tabayun report`` (a summary printed in
the terminal, Arabic shaped and ordered for terminals without bidi support)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.terminal import BIDI_ENV, for_terminal
from app.library.records import outlet_count
from app.messages import counted
from app.paths import AppPaths
from app.report.formats import FORMATS, SECTIONS

if TYPE_CHECKING:  # the report model loads the database layer: only when a report is made
    from app.report.export import PdfWriter
    from app.report.model import Report


def _scope_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", metavar="NAME", required=True, help="the collection")
    parser.add_argument(
        "--articles", metavar="ID,ID", default="", help="only these articles (ids, comma-separated)"
    )
    parser.add_argument(
        "--tags", metavar="NAME,NAME", default="", help="only these tags (names, comma-separated)"
    )


def add_parsers(sub: Any) -> None:
    export: argparse.ArgumentParser = sub.add_parser(
        "export", help="write a review report: html, pdf, csv, json (W3C), qdpx (REFI-QDA)"
    )
    _scope_arguments(export)
    export.add_argument("--format", choices=FORMATS, required=True, help="the file format")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        metavar="S,S",
        help=f"which sections (default all: {','.join(SECTIONS)})",
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument(
        "--language", choices=("en", "ar"), default="en", help="the report's own words"
    )
    report = sub.add_parser("report", help="print a summary of a collection's review")
    _scope_arguments(report)
    report.add_argument(
        "--bidi",
        choices=("visual", "logical"),
        help="visual: shape and reorder Arabic for this terminal; logical: leave it as stored "
        "(default: visual on a terminal, logical when piped)",
    )


def _options(workspace: Any, args: argparse.Namespace, sections: tuple[str, ...]) -> Any:
    from app.errors import TabayunError
    from app.report.formats import ReportOptions
    from app.review.codebook import list_tags

    article_ids: tuple[int, ...] = ()
    if args.articles.strip():
        try:
            article_ids = tuple(int(x) for x in args.articles.split(",") if x.strip())
        except ValueError:
            raise TabayunError("--articles takes article ids, e.g. --articles 3,5,8") from None
    tag_ids: tuple[int, ...] = ()
    if args.tags.strip():
        names = [n.strip() for n in args.tags.split(",") if n.strip()]
        by_name = {}
        for tag in list_tags(workspace.sessions):
            by_name[tag.name] = tag.id
            if tag.name_alt:
                by_name[tag.name_alt] = tag.id
        missing = [n for n in names if n not in by_name]
        if missing:
            raise TabayunError(f"no tag called {', '.join(missing)} (see `tabayun tags list`)")
        tag_ids = tuple(by_name[n] for n in names)
    return ReportOptions(sections, article_ids, tag_ids, getattr(args, "language", "en"))


def _build(paths: AppPaths, args: argparse.Namespace, open_workspace: Any, sections: Any) -> Report:
    from app.library.queries import require_collection
    from app.report.model import build_report

    workspace = open_workspace(paths)
    try:
        collection = require_collection(workspace.sessions, args.collection)
        options = _options(workspace, args, sections)
        return build_report(workspace.sessions, collection, options, data_dir=paths.data_dir)
    finally:
        workspace.close()


def run_export(
    paths: AppPaths, args: argparse.Namespace, open_workspace: Any, pdf: PdfWriter | None
) -> int:
    from app.report.export import write_report
    from app.report.formats import sections_for

    asked = [s.strip() for s in args.sections.split(",") if s.strip()]
    sections = sections_for(args.format, asked)
    report = _build(paths, args, open_workspace, sections)
    path = write_report(
        report, args.format, args.output, force=args.force, pdf=pdf, data_dir=paths.data_dir
    )
    print(f"wrote {for_terminal(str(path))} ({path.stat().st_size:,} bytes)")
    return 0


def run_report(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    if args.bidi:
        os.environ[BIDI_ENV] = args.bidi
    report = _build(
        paths, args, open_workspace, ("summary", "coverage", "verdicts", "tags", "notes")
    )
    for line in summary_lines(report):
        print(for_terminal(line))
    return 0


def summary_lines(report: Report, width: int = 100) -> list[str]:
    """The report's summary as plain lines (logical order; the caller prepares a terminal)."""
    cut: Callable[[str], str] = lambda t: t if len(t) <= width else t[: width - 1] + "…"  # noqa: E731
    articles = report.articles
    total = outlet_count(a.summary for a in articles)
    named = len({a.summary.outlet for a in articles if a.summary.outlet})
    lines = [
        f"Collection: {report.collection}",
        f"Articles: {len(articles)}",
        f"Outlets: {named} named"
        + (f", {counted(total - named, 'article')} with no outlet named" if total > named else ""),
    ]
    for a in articles:
        s = a.summary
        date = f"  {s.published_on}" if s.published_on else ""
        only = report.unique_passages.get(s.id, 0)
        unsure = report.unsure_passages.get(s.id, 0)
        who = s.outlet or f"(no outlet named: {s.file_label})"
        lines.append(
            cut(
                f"  #{s.id}  {who}{date}  {s.word_count} words  {only} only here  {unsure} not sure"
            )
        )
        lines.append(cut(f"        {s.title}"))
    shared = [p for p in report.passages if p.outlets > 1]
    lines.append(f"Shared passages: {len(shared)}")
    for passage in shared[:10]:
        lines.append(cut(f"  {passage.outlets}/{total}  {passage.versions[0].text}"))
    lines.append(f"Where the facts differ: {len(report.flags)}")
    labels = {a.summary.id: a.summary.label for a in report.articles}
    for flag in report.flags:
        lines.append(cut(f"  {flag.mark} {flag.text}"))
        values = flag.values or ("",) * len(flag.quotes)
        for (article, text), value in zip(flag.quotes, values, strict=False):
            lines.append(cut(f"      [{labels.get(article, article)}] {value} — {text}"))
    lines.append(f"Verdicts: {len(report.verdicts)}")
    for verdict in report.verdicts:
        comment = f" — {verdict.comment}" if verdict.comment else ""
        lines.append(cut(f"  {verdict.value}{comment} ({verdict.reviewer or 'no name'})"))
    counts = report.tag_counts
    lines.append(f"Tagged passages: {len(report.spans)}")
    for tag in report.tags:
        if counts.get(tag.id):
            lines.append(f"  {tag.name} ({tag.name_alt}): {counts[tag.id]}")
    lines.append(f"Notes: {len(report.notes)}")
    reviewers = ", ".join(report.reviewers) or "none named"
    lines.append(f"Reviewers: {reviewers}")
    return lines
