"""The ``tabayun`` command line: no subcommand opens the window; subcommands run headless.

The core never imports the GUI: the ``tabayun`` entry point (``ui.launch``) hands in the window
commands, which import Qt only when they run, so the headless commands start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app import __version__
from app.cli.terminal import for_terminal
from app.errors import BrokenDatabaseError, TabayunError
from app.paths import DATA_DIR_ENV, DATABASE_URL_ENV, AppPaths, resolve_paths

if TYPE_CHECKING:
    from app.report.export import PdfWriter

STARTED = time.perf_counter()


@dataclass(frozen=True)
class Screenshot:
    """What ``tabayun screenshot`` renders: the window at ``size`` ("WxH") once the open articles
    are compared, with the passage containing ``passage`` chosen, or after ``check`` steps of the
    walk through what the comparison was not sure of, the Passage panel scrolled to
    ``panel_at`` ("offers" or "parts"): the README's pictures."""

    output: Path
    size: str = "1600x900"
    timings: bool = False  # start-up timings as JSON on stdout
    passage: str = ""
    check: int = 0
    panel_at: str = ""


class WindowCommands(Protocol):
    """What the GUI layer provides to the command line."""

    def run_gui(self, paths: AppPaths, started: float) -> int: ...

    def take_screenshot(self, paths: AppPaths, shot: Screenshot) -> int: ...

    def pdf_writer(self) -> PdfWriter: ...


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tabayun",
        description="Review news coverage across outlets. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"tabayun {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep the database, settings and logs in DIR (also: ${DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="work on a shared PostgreSQL server (postgresql://user@host/db; the password from "
        f"~/.pgpass or the service file, not the command line) (also: ${DATABASE_URL_ENV})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    info = sub.add_parser("info", help="show where the data is and what it holds")
    info.add_argument("--json", action="store_true", help="print one JSON object")

    from app.cli import backup as cli_backup
    from app.cli import compare as cli_compare
    from app.cli import facts as cli_facts
    from app.cli import importing as cli_import
    from app.cli import passages as cli_passages
    from app.cli import report as cli_report
    from app.cli import review as cli_review
    from app.cli import search as cli_search
    from app.cli import server as cli_server
    from app.cli import stories as cli_stories

    cli_import.add_parser(sub)
    cli_server.add_parser(sub)
    cli_backup.add_parser(sub)
    cli_search.add_parser(sub)
    cli_stories.add_parser(sub)
    cli_compare.add_parser(sub)
    cli_facts.add_parser(sub)
    cli_passages.add_parser(sub)
    cli_review.add_parsers(sub)
    cli_report.add_parsers(sub)

    shot = sub.add_parser(
        "screenshot", help="render the main window as it opens to a PNG (offscreen if no display)"
    )
    shot.add_argument("output", type=Path, metavar="OUT.png")
    shot.add_argument("--size", default="1600x900", metavar="WxH", help="window size in pixels")
    shot.add_argument(
        "--timings", action="store_true", help="print start-up timings as JSON on stdout"
    )
    shot.add_argument(
        "--passage",
        default="",
        metavar="TEXT",
        help="select the passage containing TEXT first (its counterparts and details show)",
    )
    shot.add_argument(
        "--check",
        type=int,
        default=0,
        metavar="N",
        help="walk N sentences to check first (Review > Next Sentence to Check)",
    )
    shot.add_argument(
        "--panel-at",
        default="",
        choices=["offers", "parts", "facts"],
        help="scroll the Passage panel to its close sentences or to its parts to split off, "
        "or show the Facts table",
    )
    return parser


def _ask_move_aside(error: BrokenDatabaseError, question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"{for_terminal(error.message)}\n{question} [y/N] ").strip().lower()
    return answer in ("y", "yes", "ن", "نعم")


def _open(paths: AppPaths):  # type: ignore[no-untyped-def]  # Workspace, imported lazily
    from app.backups import list_backups
    from app.damage import restore_newest_good
    from app.errors import DamagedDatabaseError
    from app.workspace import move_aside, open_workspace

    try:
        return open_workspace(paths)
    except BrokenDatabaseError as exc:
        restorable = isinstance(exc, DamagedDatabaseError) and bool(list_backups(paths))
        question = (
            "Move it aside and put back the newest good backup?"
            if restorable
            else "Move it aside now?"
        )
        if not _ask_move_aside(exc, question):
            raise
        if restorable and (aside := restore_newest_good(paths)) is not None:
            print(f"Moved to {aside}; the newest good backup is back.", file=sys.stderr)
            return open_workspace(paths)
        moved = move_aside(exc.path)
        print(f"Moved to {moved}; starting a new database.", file=sys.stderr)
        return open_workspace(paths)


def cmd_info(paths: AppPaths, as_json: bool) -> int:
    facts: dict[str, object] = {
        "version": __version__,
        "data_dir": str(paths.data_dir),
        "database": paths.database_label,
        "settings": str(paths.settings_file),
        "logs": str(paths.log_dir),
    }
    from app.library.quick_search import quick_counts
    from db.revision import HEAD_REVISION

    quick = None if paths.database_url else quick_counts(paths.database)
    if quick is not None:  # a local library at this schema: read without SQLAlchemy
        facts["schema_revision"] = HEAD_REVISION
        facts["collections"], facts["outlets"], facts["articles"] = quick
    else:  # a first start, a server, an older or damaged file: the ordinary way
        from app.library.queries import counts
        from db.migrate import current_revision

        workspace = _open(paths)
        try:
            totals = counts(workspace.sessions)
            facts["schema_revision"] = current_revision(workspace.engine)
            facts["collections"] = totals.collections
            facts["outlets"] = totals.outlets
            facts["articles"] = totals.articles
        finally:
            workspace.close()
    if as_json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
    else:
        width = max(len(k) for k in facts)
        for key, value in facts.items():
            print(f"{key.replace('_', ' '):<{width}}  {for_terminal(str(value))}")
    return 0


def main(argv: Sequence[str] | None = None, *, window: WindowCommands | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir, args.database_url)
    from app.logs import setup_logging

    setup_logging(paths.log_dir)
    try:
        if args.command == "info":
            return cmd_info(paths, args.json)
        if args.command == "import":
            from app.cli import importing as cli_import

            return cli_import.run(paths, args, _open)
        if args.command == "backup":
            from app.cli import backup as cli_backup

            return cli_backup.run(paths, args, _open)
        if args.command == "compare":
            from app.cli import compare as cli_compare

            return cli_compare.run(paths, args, _open)
        if args.command == "facts":
            from app.cli import facts as cli_facts

            return cli_facts.run(paths, args, _open)
        if args.command == "passages":
            from app.cli import passages as cli_passages

            return cli_passages.run(paths, args, _open)
        if args.command == "stories":
            from app.cli import stories as cli_stories

            return cli_stories.run(paths, args, _open)
        if args.command == "server":
            from app.cli import server as cli_server

            return cli_server.run(paths, args)
        if args.command == "search":
            from app.cli import search as cli_search

            return cli_search.run(paths, args, _open)
        if args.command in ("tags", "notes"):
            from app.cli import review as cli_review

            run = cli_review.run_tags if args.command == "tags" else cli_review.run_notes
            return run(paths, args, _open)
        if args.command == "report":
            from app.cli import report as cli_report

            return cli_report.run_report(paths, args, _open)
        if args.command == "export":
            from app.cli import report as cli_report

            pdf = window.pdf_writer() if window is not None and args.format == "pdf" else None
            return cli_report.run_export(paths, args, _open, pdf)
        if window is None:
            print(
                "tabayun: the window is not available here; run the `tabayun` command",
                file=sys.stderr,
            )
            return 2
        if args.command == "screenshot":
            shot = Screenshot(
                args.output, args.size, args.timings, args.passage, args.check, args.panel_at
            )
            return window.take_screenshot(paths, shot)
        return window.run_gui(paths, STARTED)
    except TabayunError as exc:
        lines = str(exc.message).split("\n")  # a message may list choices, a line each
        print("tabayun: " + "\n".join(for_terminal(line) for line in lines), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`tabayun search … | head`): not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a damaged database may show in any read
        from app.damage import damaged_or_none
        from app.server import connection_lost, not_allowed

        refused = not_allowed(exc) or connection_lost(exc)
        if refused is not None:
            print(f"tabayun: {for_terminal(refused.message)}", file=sys.stderr)
            return refused.exit_code
        damaged = damaged_or_none(paths, exc)
        if damaged is None:
            raise
        print(f"tabayun: {for_terminal(damaged.message)}", file=sys.stderr)
        return damaged.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
