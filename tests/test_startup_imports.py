"""Start fast: what each way in loads. ``--version`` and ``--help`` load neither the database
layer nor Qt; each command loads only what it uses; the window is shown before the ORM is
imported (the workspace opens in the background after ``show``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_python

HEAVY = ("sqlalchemy", "alembic", "PySide6", "qtawesome", "numpy", "scipy", "rapidfuzz", "lxml")


def _loaded_after(code: str, tmp_path: Path) -> set[str]:
    """The heavy top-level packages a fresh interpreter holds after running ``code``."""
    probe = (
        "import sys, json\n"
        f"{code}\n"
        "top = {m.split('.')[0] for m in sys.modules}\n"
        f"print('LOADED', json.dumps(sorted(top & {set(HEAVY)!r})))"
    )
    result = run_python("-c", probe, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("LOADED "))
    return set(json.loads(line.removeprefix("LOADED ")))


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_load_nothing_heavy(flag: str, tmp_path: Path) -> None:
    code = f"from ui.launch import main\ntry:\n    main([{flag!r}])\nexcept SystemExit:\n    pass"
    assert _loaded_after(code, tmp_path) == set()


def test_each_command_loads_only_what_it_uses(tmp_path: Path) -> None:
    data = str(tmp_path / "data")

    def command(*args: str) -> set[str]:
        return _loaded_after(
            f"from ui.launch import main\nmain({['--data-dir', data, *args]!r})", tmp_path
        )

    assert command("info") == {"sqlalchemy", "alembic"}  # the first run builds the database
    assert command("info") == set()  # then the local file is read with sqlite3 (issue 21)
    assert command("search", "بوتين") == set()  # the local file read with sqlite3 (issue 21)
    assert command("tags", "list") == set()  # the codebook read with sqlite3 too
    demo = "قمة بوتين وكيم في فوستوشني (مثال)"
    assert command("notes", "list") == set()  # the listings too: the same SQL, run by sqlite3
    assert command("stories", "--all") == set()
    assert command("passages", "list", "--collection", demo) == set()
    assert command("stories", "--collection", demo, "--find") >= {"sqlalchemy"}  # a change
    seeds = sorted(str(p) for p in (Path(__file__).parents[1] / "seeds").glob("*.txt"))
    compared = command("compare", *seeds)
    assert {"numpy", "scipy", "rapidfuzz"} <= compared
    assert not compared & {"sqlalchemy", "PySide6", "qtawesome"}  # files, not the database


def test_the_window_is_shown_before_the_database_layer_is_imported(tmp_path: Path) -> None:
    code = (
        "from app.paths import resolve_paths\n"
        "from ui.qt_app import create_application\n"
        "app = create_application()\n"
        "from ui.main_window import MainWindow\n"
        f"window = MainWindow(resolve_paths({str(tmp_path / 'data')!r}))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "window.grab()  # painted, icons and all\n"
    )
    loaded = _loaded_after(code, tmp_path)
    assert "PySide6" in loaded
    assert not loaded & {"sqlalchemy", "alembic", "numpy", "scipy"}
