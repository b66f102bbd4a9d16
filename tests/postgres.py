"""A throw-away PostgreSQL cluster for the tests, as a user would start one: ``initdb`` in a
temporary folder and ``pg_ctl`` on a Unix socket there (no TCP port, trust for the local user),
stopped and removed at the end. As root (CI containers) the cluster runs as the ``postgres``
system user, which PostgreSQL requires. Tests that need it skip, saying why, where PostgreSQL is
not installed (``.ci/run`` installs it from the system's packages)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "tabayun"


def _tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return None


def unavailable() -> str | None:
    """Why no cluster can be started here, or None."""
    if _tool("initdb") is None or _tool("pg_ctl") is None:
        return "PostgreSQL's initdb and pg_ctl are not installed (.ci/run installs them)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, and there is no postgres user to run the server as"
    return None


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


PASSWORD = "s3cret-dot-tabayun"  # the TLS cluster's login password (tls=True)


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for «localhost», made by openssl as an administrator would."""
    key, cert = folder / "server.key", folder / "server.crt"
    subprocess.run(
        ["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    key.chmod(0o600)
    if os.geteuid() == 0:
        shutil.chown(key, "postgres")
        shutil.chown(cert, "postgres")
    return key, cert


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def cluster(tls: bool = False) -> Iterator[str]:
    """A running cluster; yields the URL of its ``postgres`` database (make others in it).

    ``tls``: the cluster listens on localhost over TCP and takes only TLS connections with a
    password (scram-sha-256; ``PASSWORD``); the URL has no password in it and checks the
    server's self-signed certificate (``sslmode=verify-full&sslrootcert=…``)."""
    reason = unavailable() or (tls and shutil.which("openssl") is None and "openssl is missing")
    if reason:
        raise RuntimeError(reason)
    root = Path(tempfile.mkdtemp(prefix="tabayun-pg-"))
    data, socket = root / "data", root / "socket"
    socket.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(socket, "postgres")
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    assert initdb and pg_ctl
    run = {"check": True, "capture_output": True, "text": True}
    subprocess.run(
        _as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", USER, "-E", "UTF8",
                         "--locale=C.UTF-8"]), **run,  # type: ignore[arg-type]
    )  # fmt: skip
    options = f"-k {socket} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    port = 0
    if tls:
        key, cert = _certificate(root)
        hba = root / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "hostssl all all ::1/128 scram-sha-256\n"  # anything else, plain TCP too, refused
        )
        if os.geteuid() == 0:
            shutil.chown(hba, "postgres")
        port = _free_port()
        options = (
            f"-k {socket} -c listen_addresses=localhost -p {port} -c ssl=on "
            f"-c ssl_cert_file={cert} -c ssl_key_file={key} -c hba_file={hba} -c fsync=off"
        )
    subprocess.run(
        _as_server_user([pg_ctl, "-D", str(data), "-o", options, "-l", str(data / "log"),
                         "-w", "start"]), **run,  # type: ignore[arg-type]
    )  # fmt: skip
    try:
        local = f"postgresql+psycopg://{USER}@/postgres?host={socket}&port={port or 5432}"
        if not tls:
            yield f"postgresql+psycopg://{USER}@/postgres?host={socket}"
        else:
            from sqlalchemy import create_engine, text

            engine = create_engine(local, isolation_level="AUTOCOMMIT")
            with engine.connect() as conn:
                conn.execute(text(f"ALTER ROLE {USER} PASSWORD '{PASSWORD}'"))
            engine.dispose()
            yield (
                f"postgresql+psycopg://{USER}@localhost:{port}/postgres"
                f"?sslmode=verify-full&sslrootcert={cert}"
            )
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(server_url: str, name: str) -> str:
    """Create (or empty) database ``name`` on the cluster; returns its URL."""
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server_url.replace("/postgres?", f"/{name}?")
