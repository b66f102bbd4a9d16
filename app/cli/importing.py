"""``tabayun import DIR``: the import from the command line, with a per-file report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.terminal import for_terminal
from app.errors import TabayunError
from app.paths import AppPaths


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "import",
        help="import a folder of articles (text, web pages, Word, OpenDocument, PDF, EPUB, "
        "e-mail, RTF, JSON, shortcuts, feeds) or web addresses",
        description="Import every article file in DIR (and every --address) into a collection, "
        "all or nothing. Exits 1 when any file could not be imported.",
    )
    parser.add_argument("folder", type=Path, metavar="DIR", nargs="?")
    parser.add_argument(
        "--address",
        action="append",
        default=[],
        metavar="URL",
        help="fetch an article or an RSS/Atom feed from the web (repeatable)",
    )
    parser.add_argument(
        "--epub-as",
        choices=("chapters", "one"),
        default="chapters",
        help="an e-book as an article per chapter (default) or one article",
    )
    parser.add_argument(
        "--collection", metavar="NAME", help="collection (default: the folder name)"
    )
    parser.add_argument("--recursive", action="store_true", help="include subfolders")
    parser.add_argument("--encoding", metavar="ENC", help="decode every file with ENC, e.g. cp1256")
    parser.add_argument(
        "--file-encoding",
        action="append",
        default=[],
        metavar="FILE=ENC",
        help="decode one file with ENC (repeatable); utf-8:replace takes a UTF-8 file with a "
        "few bad bytes, showing them as U+FFFD",
    )
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="read links that lead out of DIR (left out by default)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would happen; write nothing"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.ingest.existing import classify_against
    from app.ingest.formats.epub import EPUB_ONE
    from app.ingest.plan import plan_addresses, plan_files
    from app.ingest.scan import FolderScan, display_name, scan_folder
    from app.ingest.service import import_rows
    from app.ingest.web import valid_address
    from app.library.queries import collection_id_by_name

    folder: Path | None = args.folder
    if folder is None and not args.address:
        raise TabayunError("give a folder, or web addresses with --address")
    if folder is not None and not folder.is_dir():
        raise TabayunError(f"{display_name(folder)} is not a folder")
    addresses = [valid_address(a) for a in args.address]
    if None in addresses:
        bad = next(a for a, v in zip(args.address, addresses, strict=True) if v is None)
        raise TabayunError(f"{bad!r} is not a web address (http or https)")
    if args.encoding:
        args.encoding = _encoding(args.encoding)
    name = args.collection or (folder.resolve().name if folder else "web")
    scan = (
        scan_folder(folder, recursive=args.recursive, follow_links=args.follow_links)
        if folder
        else FolderScan(Path())
    )
    per_file = _file_encodings(folder or Path(), scan.files, args.file_encoding)
    if not scan.files and not addresses:
        raise TabayunError(f"there is nothing to import in {display_name(folder or '')}")
    workspace = open_workspace(paths)
    try:
        collection_id = collection_id_by_name(workspace.sessions, name)
        encodings = dict.fromkeys(scan.files, args.encoding) if args.encoding else {}
        if args.epub_as == "one":
            encodings.update({p: EPUB_ONE for p in scan.files if p.suffix.lower() == ".epub"})
        encodings.update(per_file)
        read = plan_files(scan.files, encodings=encodings, outlets_file=paths.outlets_file)
        read += plan_addresses([a for a in addresses if a], outlets_file=paths.outlets_file)
        rows = classify_against(workspace.sessions, read, collection_id)
        if args.dry_run:
            files = [_row_entry(r) for r in rows]
            summary = {"collection": name, "dry_run": True, "files": files}
        else:
            report = import_rows(
                workspace.sessions,
                rows,
                collection_id=collection_id,
                collection_name=name,
                origin=str(folder) if folder else "web",
            )
            files = [
                {**_row_entry(r), "status": o.status, "article_id": o.article_id}
                for r, o in zip(rows, report.outcomes, strict=True)
            ]
            summary = {
                "collection": report.collection_name,
                "collection_id": report.collection_id,
                "dry_run": False,
                "files": files,
            }
            if report.count("updated"):
                summary["tags"] = {
                    "in_place": report.anchors.kept,
                    "moved": report.anchors.moved,
                    "orphaned": report.anchors.orphaned,
                }
    finally:
        workspace.close()
    summary["skipped"] = [{"path": display_name(p), "reason": str(why)} for p, why in scan.skipped]
    failed = sum(1 for f in files if f["status"] in ("failed", "error"))
    counts = {
        s: sum(1 for f in files if f["status"] == s) for s in sorted({f["status"] for f in files})
    }
    if scan.skipped:
        counts["not read"] = len(scan.skipped)
    summary["counts"] = counts
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _print_table(summary)
    return 1 if failed else 0


def _encoding(name: str) -> str:
    from app.ingest.decoding import normalise_encoding

    try:
        return normalise_encoding(name)
    except ValueError as exc:
        raise TabayunError(f"{exc}; try utf-8, utf-8:replace, cp1256 or iso8859-6") from exc


def _file_encodings(folder: Path, files: list[Path], choices: list[str]) -> dict[Path, str]:
    """``FILE=ENC`` choices matched to the files found (by path under DIR, or by name)."""
    from app.ingest.scan import display_name

    found: dict[Path, str] = {}
    for choice in choices:
        name, sep, encoding = choice.rpartition("=")
        if not sep or not name:
            raise TabayunError(f"--file-encoding takes FILE=ENC, not {choice!r}")
        matches = [p for p in files if p.name == name or p == folder / name or str(p) == name]
        if not matches:
            raise TabayunError(f"--file-encoding: no file {name!r} in {display_name(folder)}")
        for path in matches:
            found[path] = _encoding(encoding)
    return found


def _row_entry(row: Any) -> dict[str, Any]:
    from app.ingest.scan import display_name

    return {
        "path": display_name(row.path),
        "label": row.label,
        "status": str(row.status),
        "format": row.format,
        "encoding": row.encoding,
        "title": row.title,
        "outlet": row.outlet,
        "outlet_from": row.outlet_origin,  # sidecar, page, address, source-line, signature, …
        "outlet_evidence": row.outlet_evidence or None,
        "date": row.published_on.isoformat() if row.published_on else None,
        "article_id": None,
        "reason": str(row.reason),
    }


def _print_table(summary: dict[str, Any]) -> None:
    out = sys.stdout
    verb = "would import into" if summary["dry_run"] else "into"
    print(f"{verb} collection: {for_terminal(summary['collection'])}", file=out)
    for entry in summary["files"]:
        ident = f"#{entry['article_id']}" if entry["article_id"] else ""
        outlet = (
            f"{entry['outlet']} ({entry['outlet_from']})" if entry["outlet"] else "outlet not named"
        )
        detail = entry["reason"] if entry["reason"] else f"{entry['title']}  [{outlet}]"
        print(
            f"{entry['status']:<15} {entry['format'] or '-':<6} {entry['encoding'] or '-':<10} "
            f"{ident:<7} {for_terminal(entry['path'])}  {for_terminal(detail)}",
            file=out,
        )
    for entry in summary["skipped"]:
        print(
            f"{'not read':<15} {'-':<6} {'-':<10} {'':<7} {for_terminal(entry['path'])}  "
            f"{for_terminal(entry['reason'])}",
            file=out,
        )
    counts = ", ".join(f"{n} {status}" for status, n in summary["counts"].items())
    print(counts, file=out)
    if "tags" in summary:
        tags = summary["tags"]
        print(
            f"tagged passages on updated articles: {tags['in_place']} in place, "
            f"{tags['moved']} moved, {tags['orphaned']} not found (kept as orphaned)",
            file=out,
        )
