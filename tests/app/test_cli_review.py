"""``tabayun tags list`` and ``tabayun notes list`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from app.paths import resolve_paths
from app.review.history import History
from app.review.notes import add_note
from app.workspace import DEMO_COLLECTION_NAME, open_workspace
from tests.conftest import run_tabayun as run


def test_tags_list_json_and_text(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "d"), "tags", "list", "--json")
    assert result.returncode == 0, result.stderr
    tags = json.loads(result.stdout)["tags"]
    by_name = {t["name"]: t for t in tags}
    assert by_name["ادعاء"]["name_alt"] == "Claim" and by_name["ادعاء"]["shortcut"] == 1
    assert by_name["عدد الضحايا"]["parent"] == "رقم" and by_name["عدد الضحايا"]["depth"] == 1
    text = run("--data-dir", str(tmp_path / "d"), "tags", "list").stdout
    assert "[1] ادعاء  (Claim)" in text  # piped: logical order, not reshaped


def test_notes_list_by_collection_and_search(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d")
    workspace = open_workspace(paths)
    history = History(workspace.sessions, reviewer="Sara")
    add_note(history, "collection", 1, "راجع عدد الصواريخ")
    add_note(history, "collection", 1, "second note")
    workspace.close()
    result = run(
        "--data-dir", str(paths.data_dir), "notes", "list", "--collection", DEMO_COLLECTION_NAME,
        "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    notes = json.loads(result.stdout)["notes"]
    assert [n["body"] for n in notes] == ["second note", "راجع عدد الصواريخ"]  # newest first
    assert notes[0]["reviewer"] == "Sara" and notes[0]["target"] == "collection"
    found = run("--data-dir", str(paths.data_dir), "notes", "list", "--search", "والصواريخ")
    assert "راجع عدد الصواريخ" in found.stdout and "second note" not in found.stdout
    missing = run("--data-dir", str(paths.data_dir), "notes", "list", "--collection", "nope")
    assert missing.returncode == 2 and "no collection called" in missing.stderr
