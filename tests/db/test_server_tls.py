"""A server as a desk runs one: over TCP, TLS only, a password to log in. The address passes
TLS settings through (``sslmode=verify-full&sslrootcert=…``) and the password comes from the
system keyring, stored by ``tabayun server password`` or Preferences, never from the
settings file (db.passwords)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import PROJECT_ROOT, run_tabayun
from tests.postgres import PASSWORD


def test_tls_and_a_password_from_the_keyring(tls_url: str, kept: Path) -> None:
    from app.errors import TabayunError
    from app.server import describe_server
    from db import passwords
    from db.session import make_engine

    with pytest.raises(TabayunError, match="password"):
        describe_server(tls_url)  # no password anywhere: refused, said in words
    passwords.remember(tls_url, PASSWORD)
    assert "Connected to" in str(describe_server(tls_url))
    engine = make_engine(tls_url)
    with engine.connect() as conn:
        ssl = conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
        assert ssl.scalar() is True
    engine.dispose()
    plain = tls_url.replace("sslmode=verify-full", "sslmode=disable")
    with pytest.raises(TabayunError, match="cannot reach"):
        describe_server(plain)  # the server takes TLS only
    assert passwords.forget(tls_url) and not passwords.forget(tls_url)


def test_the_command_keeps_the_password_and_every_command_uses_it(
    tls_url: str, kept: Path, tmp_path: Path
) -> None:
    data = str(tmp_path / "d")

    def password(typed: str, *extra: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TABAYUN_")}
        env["TABAYUN_TEST_KEYRING"] = str(kept)
        return subprocess.run(
            [sys.executable, "-m", "ui.launch", "--data-dir", data, "--database-url", tls_url,
             "server", "password", *extra],
            input=typed + "\n", capture_output=True, text=True, cwd=PROJECT_ROOT, env=env,
            start_new_session=True, timeout=120, check=False,  # no terminal: read from stdin
        )  # fmt: skip

    wrong = password("not-the-password")
    assert wrong.returncode != 0 and "cannot reach" in wrong.stderr
    assert not kept.exists() or PASSWORD not in kept.read_text()  # a typo is not kept
    right = password(PASSWORD)
    assert right.returncode == 0, right.stderr
    assert "kept in the system keyring" in right.stdout
    env = {"TABAYUN_TEST_KEYRING": str(kept)}
    info = run_tabayun("--data-dir", data, "--database-url", tls_url, "info", "--json", env=env)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["articles"] == 5  # the demo, over TLS
    settings = Path(data) / "settings.json"
    assert not settings.exists() or PASSWORD not in settings.read_text()
    gone = password("", "--forget")
    assert gone.returncode == 0 and "forgotten" in gone.stdout


def test_the_listener_logs_in_with_the_keyrings_password(tls_url: str, kept: Path) -> None:
    from db import passwords
    from db.notify import Listener

    passwords.remember(tls_url, PASSWORD)
    listener = Listener(tls_url, lambda _payload: None)
    listener.start()
    try:
        assert listener.ready.wait(10)
        assert listener.error is None
    finally:
        listener.stop()
