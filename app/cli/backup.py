"""``tabayun backup list|make|restore``: the copies of the database (see ``app.backups``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.terminal import for_terminal
from app.errors import TabayunError
from app.paths import AppPaths


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "backup", help="the copies of the database: list, make, restore"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="the copies, newest first, numbered from 1")
    listing.add_argument("--json", action="store_true")
    actions.add_parser("make", help="copy the database now (after checking it)")
    back = actions.add_parser(
        "restore", help="put a copy in the database's place (the current one is kept aside)"
    )
    back.add_argument("which", metavar="N|FILE", help="its number in `backup list`, or its name")


def run(paths: AppPaths, args: argparse.Namespace, open_workspace: Any) -> int:
    from app.backups import backup_if_changed, list_backups, restore

    if paths.on_server:
        raise TabayunError(
            "backups are for the local database; a shared server is backed up by its "
            "administrator (pg_dump)"
        )
    if args.action == "make":
        open_workspace(paths).close()  # a database that opens (upgraded if it was older)
        made = backup_if_changed(paths, force=True)
        print(f"wrote {for_terminal(str(made))}")
        return 0
    backups = list_backups(paths)
    if args.action == "list":
        if args.json:
            rows = [
                {"number": n, "file": str(b.path), "made": b.made.isoformat(), "bytes": b.size}
                for n, b in enumerate(backups, start=1)
            ]
            print(json.dumps({"backups": rows}, ensure_ascii=False, indent=2))
            return 0
        if not backups:
            print(f"no backups in {for_terminal(str(paths.backup_dir))}")
        for number, backup in enumerate(backups, start=1):
            print(
                f"{number:>3}  {backup.made:%Y-%m-%d %H:%M:%S}  {backup.size:>14,} bytes  "
                f"{for_terminal(backup.path.name)}"
            )
        return 0
    chosen = _chosen(backups, args.which)
    from app.instance import InstanceLock

    with InstanceLock(paths.instance_lock):  # no window may have the database open
        aside = restore(paths, chosen)
    print(f"restored {for_terminal(chosen.path.name)}")
    print(f"the database that was there is now {for_terminal(str(aside))}")
    return 0


def _chosen(backups: list[Any], which: str) -> Any:
    if which.isdigit() and 1 <= int(which) <= len(backups):
        return backups[int(which) - 1]
    named = [b for b in backups if which in (b.path.name, str(b.path))]
    if not named:
        raise TabayunError(f"no backup «{which}»; `tabayun backup list` shows them")
    return named[0]
