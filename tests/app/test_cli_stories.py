"""``tabayun stories``: a collection's articles grouped into the stories they report."""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmarks.corpus import claims_corpus
from tests.conftest import run_tabayun as run


def test_stories_of_a_mixed_collection(tmp_path: Path) -> None:
    folder, data = tmp_path / "in", str(tmp_path / "d")
    folder.mkdir()
    for number, text in enumerate(claims_corpus(45, outlets_per_story=5)):
        (folder / f"{number:03}.txt").write_text(f"عنوان {number}\n\n{text}", encoding="utf-8")
    imported = run("--data-dir", data, "import", str(folder), "--collection", "خليط")
    assert imported.returncode == 0, imported.stderr
    found = run("--data-dir", data, "stories", "--collection", "خليط", "--json")
    assert found.returncode == 0, found.stderr
    stories = json.loads(found.stdout)["stories"]
    files = [sorted(int(a["file"][:3]) for a in s["articles"]) for s in stories]
    assert sorted(files) == [list(range(n, n + 5)) for n in range(0, 45, 5)]
    text = run("--data-dir", data, "stories", "--collection", "خليط")
    assert text.stdout.startswith("45 articles, 9 stories")
