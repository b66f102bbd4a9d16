"""``tabayun stories``: a collection's articles grouped into the stories they report, found,
listed and corrected from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmarks.corpus import claims_corpus
from tests.conftest import run_tabayun as run


def _stories(data: str, *args: str) -> list[dict[str, object]]:
    found = run("--data-dir", data, "stories", "--collection", "خليط", "--json", *args)
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)["stories"]  # type: ignore[no-any-return]


def _files(stories: list[dict[str, object]]) -> list[list[int]]:
    return sorted(sorted(int(a["file"][:3]) for a in s["articles"]) for s in stories)  # type: ignore[attr-defined,index]


def test_stories_found_listed_and_corrected(tmp_path: Path) -> None:
    folder, data = tmp_path / "in", str(tmp_path / "d")
    folder.mkdir()
    for number, text in enumerate(claims_corpus(45, outlets_per_story=5)):
        (folder / f"{number:03}.txt").write_text(f"عنوان {number}\n\n{text}", encoding="utf-8")
    imported = run("--data-dir", data, "import", str(folder), "--collection", "خليط")
    assert imported.returncode == 0, imported.stderr
    assert _stories(data) == []  # none until found
    stories = _stories(data, "--find")
    assert _files(stories) == [list(range(n, n + 5)) for n in range(0, 45, 5)]
    assert not any(s["by_reviewer"] for s in stories)

    first = next(s for s in stories if s["articles"][0]["file"].startswith("000"))  # type: ignore[index]
    second = next(s for s in stories if s["articles"][0]["file"].startswith("005"))  # type: ignore[index]
    run("--data-dir", data, "stories", "--all", "--merge", str(first["id"]), str(second["id"]),
        "--reviewer", "هدى")  # fmt: skip
    merged = _stories(data)
    assert list(range(10)) in _files(merged)
    moved = [a["id"] for a in merged[0]["articles"][:2]]  # type: ignore[index]
    split = run("--data-dir", data, "stories", "--collection", "خليط", "--split",
                *map(str, moved), "--name", "قصة جانبية")  # fmt: skip
    assert split.returncode == 0, split.stderr
    after = _stories(data)
    side = next(s for s in after if s["name"] == "قصة جانبية")
    assert [a["id"] for a in side["articles"]] == moved  # type: ignore[index]
    assert side["by_reviewer"]

    again = _stories(data, "--find")  # the reviewer's stories stay as they are
    assert next(s for s in again if s["name"] == "قصة جانبية")["articles"] == side["articles"]
    assert len(again) == len(after)

    text = run("--data-dir", data, "stories", "--collection", "خليط")
    assert "story #" in text.stdout and "(reviewer, 2 articles, خليط): قصة جانبية" in text.stdout
    wrong = run("--data-dir", data, "stories", "--collection", "خليط", "--merge", "1")
    assert wrong.returncode != 0 and "two stories or more" in wrong.stderr
