"""Shared fixtures: every test gets its own real data folder; Qt renders offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from app.workspace import Workspace, open_workspace

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def run_python(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run Python in a fresh process from the project folder, no TABAYUN_* settings inherited."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TABAYUN_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=PROJECT_ROOT,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def run_tabayun(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The ``tabayun`` command, as a user runs it."""
    return run_python("-m", "ui.launch", *args, env=env)


@pytest.fixture(autouse=True)
def _no_inherited_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv("TABAYUN_BUSY_TIMEOUT_MS", raising=False)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def workspace(paths: AppPaths) -> Iterator[Workspace]:
    ws = open_workspace(paths)
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(paths: AppPaths) -> Iterator[Workspace]:
    ws = open_workspace(paths, seed_demo=False)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def site() -> Iterator[str]:
    """The address of a local test web site (tests/local_site.py)."""
    from tests.local_site import serve

    yield from serve()


@pytest.fixture(scope="session")
def pristine_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database (the demo, a note, a tagged passage) to make damaged copies of."""
    from tests.damaged import make_pristine

    return make_pristine(tmp_path_factory.mktemp("pristine"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster for the session (tests/postgres.py); skips, saying why,
    where PostgreSQL is not installed."""
    from tests.postgres import cluster, unavailable

    reason = unavailable()
    if reason:
        pytest.skip(reason)
    with cluster() as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database on the session's cluster, named after the test."""
    from tests.postgres import fresh_database

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    return fresh_database(pg_server, name)


@pytest.fixture(scope="session")
def tls_url() -> Iterator[str]:
    """A cluster over TCP that takes TLS logins with a password only (tests/postgres.py)."""
    from tests.postgres import cluster, unavailable

    reason = unavailable()
    if reason:
        pytest.skip(reason)
    with cluster(tls=True) as url:
        yield url


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A keyring of the test's own, for this process and the commands it runs."""
    import keyring

    from tests.keyring_store import FileKeyring

    before = keyring.get_keyring()  # the system's, chosen before the variables below are set
    store = tmp_path / "keyring.json"
    monkeypatch.setenv("TABAYUN_TEST_KEYRING", str(store))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_store.FileKeyring")
    keyring.set_keyring(FileKeyring())
    yield store
    keyring.set_keyring(before)
