"""``tabayun --database-url URL server init|grant|revoke|list``: a desk's shared PostgreSQL
server and the people on it (``app.server``). Run as the database's owner."""

from __future__ import annotations

import argparse
import getpass
import json
from typing import Any

from app.cli.terminal import for_terminal
from app.errors import TabayunError
from app.paths import AppPaths


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "server", help="a shared PostgreSQL server: set it up, add and remove people"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("init", help="make the schema and the reviewer and editor roles")
    add = actions.add_parser("grant", help="let someone log in as a reviewer or an editor")
    add.add_argument("name", help="their account name on the server")
    add.add_argument("--role", choices=("reviewer", "editor"), default="reviewer")
    add.add_argument(
        "--password", action="store_true", help="ask for a password to set (typed, not shown)"
    )
    gone = actions.add_parser("revoke", help="take someone off the desk (no role, no login)")
    gone.add_argument("name")
    listing = actions.add_parser("list", help="the people of the desk and their roles")
    listing.add_argument("--json", action="store_true")
    keep = actions.add_parser(
        "password", help="keep your password for this server in the system keyring (asked)"
    )
    keep.add_argument("--forget", action="store_true", help="take it out of the keyring")
    actions.add_parser("push", help="copy the local library (the data folder's) to the server")
    actions.add_parser("pull", help="copy the server's library into a new local data folder")


def run(paths: AppPaths, args: argparse.Namespace) -> int:
    from app import server
    from db.session import make_engine

    if not paths.database_url:
        raise TabayunError("`tabayun server` needs a shared server: give --database-url URL")
    if args.action in ("push", "pull"):
        return _move(paths, args.action)
    if args.action == "password":
        return _password(paths.database_url, forget=args.forget)
    engine = make_engine(paths.database_url)
    try:
        if args.action == "init":
            server.init_server(engine)
            print(f"ready: {for_terminal(paths.database_label)} (roles tabayun_reviewer, "
                  "tabayun_editor)")  # fmt: skip
        elif args.action == "grant":
            password = getpass.getpass(f"password for {args.name}: ") if args.password else None
            server.grant(engine, args.name, args.role, password)
            print(f"{for_terminal(args.name)} may log in as {args.role}")
        elif args.action == "revoke":
            server.revoke(engine, args.name)
            print(f"{for_terminal(args.name)} may no longer log in; their changes stay")
        people = server.members(engine)
    finally:
        engine.dispose()
    if args.action == "list":
        if args.json:
            rows = [{"name": m.name, "role": m.role, "can_log_in": m.can_log_in} for m in people]
            print(json.dumps({"people": rows}, ensure_ascii=False, indent=2))
        for member in [] if args.json else people:
            state = "" if member.can_log_in else "  (cannot log in)"
            print(f"{for_terminal(member.name)}  {member.role}{state}")
    return 0


def _password(url: str, *, forget: bool) -> int:
    """Keep the password typed (not shown) in the system keyring, checked against the server
    first; or take it out."""
    from app.server import describe_server
    from db import passwords

    where = for_terminal(passwords.account(url))
    try:
        if forget:
            gone = passwords.forget(url)
            print(f"forgotten: {where}" if gone else f"the keyring held no password for {where}")
            return 0
        typed = getpass.getpass(f"password for {where}: ")
        if not typed:
            raise TabayunError("no password typed; nothing was kept")
        from sqlalchemy.engine import make_url

        with_it = make_url(url).set(password=typed).render_as_string(hide_password=False)
        describe_server(with_it)  # checked before it is kept: a typo is not remembered
        passwords.remember(url, typed)
    except passwords.NoKeyringError as exc:
        raise TabayunError(
            "this system has no keyring to keep the password in; put it in ~/.pgpass "
            f"instead ({exc})"
        ) from exc
    print(f"kept in the system keyring: {where}")
    return 0


def _move(paths: AppPaths, action: str) -> int:
    """Copy the library whole between the data folder's file and the server, with progress."""
    import sys

    from app.paths import private_dir
    from app.tasks import TaskControl
    from app.transfer import copy_library
    from db.session import make_engine

    assert paths.database_url
    if action == "push" and not paths.database.exists():
        raise TabayunError(f"there is no local library in {paths.data_dir} to push")
    private_dir(paths.data_dir)
    local, server = make_engine(paths.database), make_engine(paths.database_url)
    source, target = (local, server) if action == "push" else (server, local)

    def show(done: int, total: int, message: object) -> None:
        if sys.stderr.isatty():
            print(f"\r{message}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    try:
        moved = copy_library(source, target, TaskControl(on_progress=show))
    finally:
        local.dispose()
        server.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    rows = ", ".join(f"{n} {t}" for t, n in moved.rows.items() if n)
    where = paths.database_label if action == "push" else str(paths.database)
    print(f"copied to {for_terminal(where)} and checked: {rows}")
    return 0
