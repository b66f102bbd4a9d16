"""A damaged database is always caught: bytes flipped at many places of a real database, then
every command either works or says the database is damaged (never a traceback), and a copy
is never made of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main as cli_main
from app.workspace import DEMO_COLLECTION_NAME
from tests.damaged import damaged_copy

CASES = 60
COMMANDS = (
    ("info",),
    ("search", "بوتين"),
    ("compare", "--collection", DEMO_COLLECTION_NAME, "--json"),
    ("facts", "--collection", DEMO_COLLECTION_NAME),
    ("notes", "list"),
    ("tags", "list"),
    ("passages", "list", "--collection", DEMO_COLLECTION_NAME),
    ("report", "--collection", DEMO_COLLECTION_NAME),
    ("backup", "make"),
)


@pytest.fixture
def _own_log_handlers():  # type: ignore[no-untyped-def]
    """The command line, run in this process, adds a log handler per data folder: removed."""
    import logging

    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            handler.close()
            logging.getLogger().removeHandler(handler)


@pytest.mark.usefixtures("_own_log_handlers")
def test_every_command_works_or_says_the_database_is_damaged(
    pristine_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes = {"worked": 0, "damaged": 0}
    for seed in range(CASES):
        folder = tmp_path / f"case{seed}"
        damaged_copy(pristine_database, folder, seed)
        for command in COMMANDS:
            code = cli_main(["--data-dir", str(folder), *command])
            err = capsys.readouterr().err
            if code == 0:
                outcomes["worked"] += 1
                continue
            assert code == 2 and "is damaged" in err, (seed, command, code, err)
            outcomes["damaged"] += 1
        assert not list((folder / "backups").glob("*.sqlite3")) or _checks(folder)
    assert outcomes["damaged"] > CASES  # the cases do damage the database


def _checks(folder: Path) -> bool:
    """A copy was made only of a database that passes its check."""
    from app.backups import check

    return check(folder / "tabayun.sqlite3") == "ok"
