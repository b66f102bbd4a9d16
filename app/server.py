"""A shared PostgreSQL server for a desk: roles the server itself enforces.

Two group roles hold the rights, and people are login roles that belong to one of them:

- ``tabayun_reviewer``: read everything; write the review (tags on spans, notes, verdicts, fact
  decisions, passage corrections, stories) and the change log; register themselves as a reviewer.
- ``tabayun_editor``: a reviewer who may also import, delete, edit the codebook and the outlets.

Because the server checks the grants, a reviewer's connection cannot do an editor's work even with
hand-written SQL. ``tabayun server init|grant|revoke`` (``app.cli.server``) runs these as the
database's owner. A refusal reaches the reviewer as ``NotAllowedError``, in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from app.errors import ServerUnreachableError, TabayunError
from app.messages import Message, T

REVIEWER, EDITOR = "tabayun_reviewer", "tabayun_editor"
ROLES = {"reviewer": REVIEWER, "editor": EDITOR}
# the tables a reviewer writes; every other table is an editor's (or the owner's, for the
# schema's own bookkeeping)
REVIEW_TABLES = (
    "annotations", "annotation_tags", "notes", "verdicts", "passage_groups", "passage_refs",
    "fact_reviews", "fact_review_refs", "passage_edits", "passage_edit_refs", "stories",
    "story_articles",
)  # fmt: skip
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")


class NotAllowedError(TabayunError):
    """The server refused a change the reviewer's role does not allow."""


@dataclass(frozen=True)
class Member:
    name: str
    role: str  # "reviewer" or "editor"
    can_log_in: bool


def _ident(name: str) -> str:
    if not _NAME.match(name):
        raise TabayunError(
            Message(T("core", "«{name}» cannot be a server account name."), name=name)
        )
    return '"' + name.replace('"', '""') + '"'


def init_server(engine: Engine) -> None:
    """Make the schema current and the two roles with their grants (again: idempotent)."""
    from db.migrate import upgrade
    from db.models import Base

    upgrade(engine)
    tables = sorted(Base.metadata.tables)
    with engine.begin() as conn:
        database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
        for role in (REVIEWER, EDITOR):
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).first()
            if not exists:
                conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
            conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {role}')
            conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {role}")
            conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
            conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
        for table in REVIEW_TABLES:
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {REVIEWER}")
        conn.exec_driver_sql(f"GRANT INSERT ON change_log, reviewers TO {REVIEWER}")
        editing = ", ".join(t for t in tables if t != "change_log")
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {editing} TO {EDITOR}")
        conn.exec_driver_sql(f"GRANT INSERT ON change_log TO {EDITOR}")
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON article_search_pg TO {EDITOR}")


def grant(engine: Engine, name: str, role: str, password: str | None = None) -> None:
    """Let ``name`` log in as a reviewer or an editor (made if new; moved if in the other)."""
    if role not in ROLES:
        raise TabayunError(
            Message(T("core", "A role is reviewer or editor, not «{role}»."), role=role)
        )
    who = _ident(name)
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}
        ).first()
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {who} LOGIN")
        else:
            conn.exec_driver_sql(f"ALTER ROLE {who} LOGIN")
        if password:
            conn.execute(text(f"ALTER ROLE {who} PASSWORD :p"), {"p": password})
        for other in ROLES.values():
            conn.exec_driver_sql(f"REVOKE {other} FROM {who}")
        conn.exec_driver_sql(f"GRANT {ROLES[role]} TO {who}")


def revoke(engine: Engine, name: str) -> None:
    """Take ``name`` off the desk: no role, no login (their changes stay in the change log)."""
    who = _ident(name)
    with engine.begin() as conn:
        for role in ROLES.values():
            conn.exec_driver_sql(f"REVOKE {role} FROM {who}")
        conn.exec_driver_sql(f"ALTER ROLE {who} NOLOGIN")


def members(engine: Engine) -> list[Member]:
    """The people of the desk: login roles in either group role."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a"
                " JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
                " WHERE g.rolname IN (:r, :e) ORDER BY m.rolname"
            ),
            {"r": REVIEWER, "e": EDITOR},
        ).all()
    names = {v: k for k, v in ROLES.items()}
    return [Member(name, names[group], bool(login)) for name, group, login in rows]


class ConnectionLostError(TabayunError):
    """The connection to the shared server broke in the middle of a piece of work."""


def connection_lost(error: BaseException) -> ConnectionLostError | None:
    """The words for a connection the server or the network cut (else None). The server undoes
    the unfinished transaction, so nothing of it was written."""
    if not isinstance(error, DBAPIError):
        return None
    code = str(getattr(getattr(error, "orig", None), "sqlstate", "") or "")
    said = str(getattr(error, "orig", error)).lower()
    if not (
        code.startswith("08")  # connection exception
        or code in ("57P01", "57P02", "57P03")  # the server shut down or cannot take it now
        or "server closed the connection" in said
        or "terminating connection" in said
    ):
        return None
    return ConnectionLostError(
        Message(
            T(
                "core",
                "The connection to the database server was lost in the middle of this work. "
                "The server undid what was unfinished, so nothing of it was saved; try again "
                "when the server is back.",
            )
        )
    )


def not_allowed(error: BaseException) -> NotAllowedError | None:
    """The words for a server's refusal of a change the role does not allow (else None)."""
    if not isinstance(error, DBAPIError):
        return None
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    if code != "42501":  # insufficient_privilege
        return None
    return NotAllowedError(
        Message(
            T(
                "core",
                "Your account on the shared server may not do this: it is an editor's work "
                "(importing, deleting, the codebook, the outlets). Nothing was changed; ask your "
                "desk's administrator if you need it.",
            )
        )
    )


def unreachable(where: str, error: BaseException) -> TabayunError:
    """The words for a server that cannot be reached or refuses the login."""
    template = T(
        "core",
        "Tabayun cannot reach the database server {path}: {reason}. Check the address, "
        "that the server is running, and your password (in the system keyring or "
        "~/.pgpass); nothing was changed.",
    )
    reason = str(getattr(error, "orig", error)).strip().splitlines()[0][:200]
    return ServerUnreachableError(Message(template, path=where, reason=reason))


def describe_server(url: str) -> Message:
    """What a connection test says of the server at ``url`` (raises ServerUnreachableError)."""
    from sqlalchemy import func, select
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, OperationalError

    from db.migrate import SchemaState, schema_state
    from db.models import Article
    from db.session import make_engine

    try:
        engine = make_engine(url)
    except ArgumentError as exc:
        raise ServerUnreachableError(
            Message(T("core", "«{url}» is not a database address."), url=url)
        ) from exc
    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    where = f"{parsed.database or '?'} ({parsed.username or ''}@{host})"
    try:
        state, revision = schema_state(engine)
        if state is SchemaState.EMPTY:
            empty = T("core", "Connected to {where}: an empty database, ready to set up.")
            return Message(empty, where=where)
        with engine.connect() as conn:
            articles = conn.execute(select(func.count(Article.id))).scalar() or 0
        found = T("core", "Connected to {where}: schema {revision}, {articles} articles.")
        return Message(found, where=where, revision=revision or "?", articles=articles)
    except OperationalError as exc:
        raise unreachable(where, exc) from exc
    finally:
        engine.dispose()
