"""Shared fixtures: every test gets its own real data folder; Qt renders offscreen."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from app.workspace import Workspace, open_workspace

PROJECT_ROOT = Path(__file__).resolve().parent.parent


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
