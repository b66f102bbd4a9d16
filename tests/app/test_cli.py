"""The ``tabayun`` command as a user runs it: real processes, real data folders."""

from __future__ import annotations

import json
import shlex
import sqlite3
from pathlib import Path

import pytest

from app import __version__
from tests.conftest import PROJECT_ROOT, run_python
from tests.conftest import run_tabayun as run


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tabayun {__version__}"


def test_info_json_on_a_new_data_folder(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "d"), "info", "--json")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["data_dir"] == str(tmp_path / "d")
    assert facts["database"] == str(tmp_path / "d" / "tabayun.sqlite3")
    assert (facts["collections"], facts["outlets"], facts["articles"]) == (1, 1, 5)
    assert Path(facts["database"]).is_file()
    # the second time the file is read directly (no SQLAlchemy): the same answer
    again = json.loads(run("--data-dir", str(tmp_path / "d"), "info", "--json").stdout)
    assert again == facts


def test_info_text_and_environment_variable(tmp_path: Path) -> None:
    result = run("info", env={"TABAYUN_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert f"data dir         {tmp_path / 'env'}" in result.stdout
    assert "articles         5" in result.stdout


def test_headless_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from ui.launch import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'info']); "
        f"rc += main(['--data-dir', {str(tmp_path)!r}, 'export', '--collection', "
        f"'قمة بوتين وكيم في فوستوشني (مثال)', '--format', 'csv', "
        f"'-o', {str(tmp_path / 'r.csv')!r}]); "
        "qt = sorted(m for m in sys.modules"
        " if m.startswith(('PySide6', 'shiboken6', 'qtawesome')));"
        "print('QT:', qt); sys.exit(rc)"
    )
    result = run_python("-c", code)
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


def test_not_a_database_gives_one_line_and_nonzero_exit(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "tabayun.sqlite3").write_text("hello", encoding="utf-8")
    result = run("--data-dir", str(data), "info")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not a Tabayun database" in lines[0]
    assert "Traceback" not in result.stderr
    assert (data / "tabayun.sqlite3").read_text(encoding="utf-8") == "hello"


def test_locked_database_gives_one_line_and_nonzero_exit(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("--data-dir", str(data), "info").returncode == 0
    holder = sqlite3.connect(data / "tabayun.sqlite3", isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO reviewers (name) VALUES ('x')")
    try:
        result = run("--data-dir", str(data), "info", env={"TABAYUN_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 3
    assert "locked" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_listing_on_a_locked_database_says_so_in_one_line(tmp_path: Path) -> None:
    """The listings read the file directly; a writer's lock sends them the ordinary way, which
    says what is wrong as ``info`` does, with no traceback."""
    data = tmp_path / "d"
    assert run("--data-dir", str(data), "info").returncode == 0
    holder = sqlite3.connect(data / "tabayun.sqlite3", isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO reviewers (name) VALUES ('x')")
    try:
        results = [
            run("--data-dir", str(data), *command, env={"TABAYUN_BUSY_TIMEOUT_MS": "200"})
            for command in (["notes", "list"], ["tags", "list"], ["stories", "--all"])
        ]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for result in results:
        assert result.returncode == 3, result.stderr
        assert "locked" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run("--data-dir", str(blocker / "sub"), "info")
    assert result.returncode == 2
    assert "cannot write to its data folder" in result.stderr


def test_window_without_a_display_says_so_instead_of_hanging(tmp_path: Path) -> None:
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run("--data-dir", str(tmp_path / "d"), env=env)
    assert result.returncode == 2
    assert "no display to open the window on" in result.stderr


def test_import_folder_report_and_exit_codes(tmp_path: Path) -> None:
    folder = tmp_path / "مقالات"
    folder.mkdir()
    text = "تعهد الرئيس الروسي فلاديمير بوتين بمساعدة كوريا الشمالية في بناء أقمار صناعية."
    (folder / "notepad.txt").write_bytes(text.replace(" ", " ").encode("cp1256") + b"\r\n")
    (folder / "page.html").write_text(
        f"<html><head><meta charset='utf-8'><title>t</title></head><body><article><p>{text}"
        " وقال بوتين إن البلدين سيناقشان كل القضايا.</p></article></body></html>",
        "utf-8",
    )
    data = tmp_path / "d"

    dry = run("--data-dir", str(data), "import", str(folder), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert {f["status"] for f in json.loads(dry.stdout)["files"]} == {"new"}
    info = json.loads(run("--data-dir", str(data), "info", "--json").stdout)
    assert info["articles"] == 5  # the dry run wrote nothing

    done = run("--data-dir", str(data), "import", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["collection"] == "مقالات"
    by_file = {Path(f["path"]).name: f for f in report["files"]}
    assert by_file["notepad.txt"]["encoding"] == "cp1256"
    assert by_file["notepad.txt"]["status"] == "imported" and by_file["notepad.txt"]["article_id"]
    assert by_file["page.html"]["format"] == "html"

    (folder / "broken.txt").write_bytes(b"caf\xe9")
    again = run("--data-dir", str(data), "import", str(folder), "--collection", "مقالات")
    assert again.returncode == 1
    assert "duplicate" in again.stdout and "broken.txt" in again.stdout
    assert "not valid UTF-8" in again.stdout


def test_reimporting_a_changed_file_reports_the_new_version_and_its_tags(tmp_path: Path) -> None:
    folder = tmp_path / "edits"
    folder.mkdir()
    first = "قال الوزير إن الاتفاق نهائي. وأضاف أن التوقيع سيتم غدا."
    (folder / "story.txt").write_text(first, "utf-8")
    data = tmp_path / "d"
    assert run("--data-dir", str(data), "import", str(folder)).returncode == 0
    (folder / "story.txt").write_text("تحديث: " + first.replace("غدا", "الأسبوع المقبل"), "utf-8")
    dry = run("--data-dir", str(data), "import", str(folder), "--dry-run", "--json")
    assert [f["status"] for f in json.loads(dry.stdout)["files"]] == ["update"]
    done = run("--data-dir", str(data), "import", str(folder))
    assert done.returncode == 0, done.stderr
    assert "updated" in done.stdout
    assert "tagged passages on updated articles: 0 in place, 0 moved, 0 not found" in done.stdout
    info = json.loads(run("--data-dir", str(data), "info", "--json").stdout)
    assert info["articles"] == 6  # the five demo articles and the story, once


def test_import_nothing_to_import_and_bad_encoding(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "empty"))
    assert result.returncode == 2 and "nothing to import" in result.stderr
    (tmp_path / "empty" / "a.txt").write_text("نص", "utf-8")
    result = run(
        "--data-dir",
        str(tmp_path / "d"),
        "import",
        str(tmp_path / "empty"),
        "--encoding",
        "klingon",
    )
    assert result.returncode == 2 and "unknown encoding" in result.stderr


def test_compare_files_and_collection_json(tmp_path: Path) -> None:
    seeds = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    by_files = run("--data-dir", str(tmp_path / "d"), "compare", *map(str, seeds), "--json")
    assert by_files.returncode == 0, by_files.stderr
    document = json.loads(by_files.stdout)
    assert [a["name"] for a in document["articles"]] == [p.name for p in seeds]
    assert set(document) >= {"articles", "segments", "links", "groups", "flags"}
    texts = {
        a["id"]: (PROJECT_ROOT / "seeds" / a["name"]).read_text("utf-8")
        for a in document["articles"]
    }
    for segment in document["segments"]:
        assert texts[segment["article"]][segment["start"] : segment["end"]] == segment["text"]
        assert segment["support"] in {"all", "some", "unique", "unsure", "none"}
    missiles = [f for f in document["flags"] if f["question"].startswith("count|")]
    assert missiles and any("صاروخين" in v for v in missiles[0]["values"].values())
    assert any("واحد" in v for v in missiles[0]["values"].values())
    assert isinstance(missiles[0]["linked"], bool) and len(missiles[0]["spans"]) == 2
    assert missiles[0]["reason"] == "conflict"  # one missile against two: not a later figure
    by_collection = run(
        "--data-dir",
        str(tmp_path / "d"),
        "compare",
        "--collection",
        "قمة بوتين وكيم في فوستوشني (مثال)",
        "--json",
    )
    assert by_collection.returncode == 0, by_collection.stderr
    assert len(json.loads(by_collection.stdout)["groups"]) == len(document["groups"])
    summary = run("--data-dir", str(tmp_path / "d"), "compare", *map(str, seeds))
    assert "shared passages" in summary.stdout
    # the rows where facts differ, with each outlet's sentence, not stem labels
    assert "CONFLICT  Number of" in summary.stdout and "أهم منشأة" in summary.stdout
    assert "صاروخين باليستيين باتجاه البحر" in summary.stdout
    alone = run("--data-dir", str(tmp_path / "d"), "compare", str(seeds[0]))
    assert alone.returncode == 2 and "two files or more" in alone.stderr


def test_facts_json_is_the_documented_contract(tmp_path: Path) -> None:
    seeds = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))
    result = run("--data-dir", str(tmp_path / "d"), "facts", *map(str, seeds), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) >= {"articles", "facts", "questions"}
    assert {"id", "name", "outlet"} <= set(document["articles"][0])
    texts = {
        a["id"]: (PROJECT_ROOT / "seeds" / a["name"]).read_text("utf-8")
        for a in document["articles"]
    }
    keys = {"id", "article", "start", "end", "text", "kind", "subject", "value", "low", "high",
            "hedge", "unit", "source", "time"}  # fmt: skip
    ids = set()
    for fact in document["facts"]:
        assert keys <= set(fact)
        assert texts[fact["article"]][fact["start"] : fact["end"]] == fact["text"]
        ids.add(fact["id"])
    statuses = {
        "agree",
        "conflict",
        "update",
        "different_source",
        "different_description",
        "different_scope",
    }
    for question in document["questions"]:
        assert {"id", "kind", "subject", "label", "facts", "status"} <= set(question)
        assert set(question["facts"]) <= ids and question["status"] in statuses
    conflicts = {q["kind"] for q in document["questions"] if q["status"] == "conflict"}
    assert conflicts == {"count"}  # one missile or two
    described = [q for q in document["questions"] if q["kind"] == "descriptor"]
    assert len(described) == 2  # how the base is described, and what Kim was interested in
    assert {q["status"] for q in described} == {"different_description"}
    table = run("--data-dir", str(tmp_path / "d"), "facts", *map(str, seeds))
    assert table.returncode == 0 and "DESCRIBED DIFFERENTLY  Described as" in table.stdout
    assert "أحدث منشأة" in table.stdout and "أهم منشأة" in table.stdout


def test_passages_link_list_and_unlink(tmp_path: Path) -> None:
    data, demo = str(tmp_path / "d"), "قمة بوتين وكيم في فوستوشني (مثال)"
    shoigu, july = "ويحضر وزير الدفاع الروسي", "وتزايدت التكهنات حول تعاونهما"
    assert run("--data-dir", data, "info").returncode == 0  # the demo is imported on first use
    linked = run("--data-dir", data, "passages", "link", "--collection", demo, shoigu, july,
                 "--reviewer", "سارة")  # fmt: skip
    assert linked.returncode == 0, linked.stderr
    listed = json.loads(run("--data-dir", data, "passages", "list", "--collection", demo,
                            "--json").stdout)  # fmt: skip
    assert [(e["kind"], e["reviewer"]) for e in listed] == [("link", "سارة")]
    assert listed[0]["sentences"][0]["text"].startswith(shoigu)
    compared = json.loads(run("--data-dir", data, "compare", "--collection", demo, "--json").stdout)
    groups = {s["group"] for s in compared["segments"] if s["text"].startswith((shoigu, july))}
    (group,) = groups
    assert group is not None and compared["groups"][group]["reviewer"] is True
    vague = run("--data-dir", data, "passages", "unlink", "--collection", demo, "بوتين", july)
    assert vague.returncode != 0 and "give more words" in vague.stderr


def test_passages_merge_makes_one_passage_of_two(tmp_path: Path) -> None:
    data, demo = str(tmp_path / "d"), "قمة بوتين وكيم في فوستوشني (مثال)"
    before = json.loads(run("--data-dir", data, "compare", "--collection", demo, "--json").stdout)
    segments = before["segments"]
    texts = [s["text"] for s in segments]
    first, second = before["groups"][:2]

    def unique(group: dict, besides: int = -1) -> dict:  # type: ignore[type-arg]
        return next(
            segments[i]
            for i in group["segments"]
            if texts.count(segments[i]["text"]) == 1 and segments[i]["article"] != besides
        )

    one = unique(first)
    other = unique(second, besides=one["article"])
    merged = run("--data-dir", data, "passages", "merge", "--collection", demo,
                 one["text"], other["text"], "--reviewer", "سارة")  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    members = {(segments[i]["article"], segments[i]["start"])
               for i in (*first["segments"], *second["segments"])}  # fmt: skip
    after = json.loads(run("--data-dir", data, "compare", "--collection", demo, "--json").stdout)
    groups = {s["group"] for s in after["segments"] if (s["article"], s["start"]) in members}
    assert len(groups) == 1 and None not in groups
    listed = json.loads(run("--data-dir", data, "passages", "list", "--collection", demo,
                            "--json").stdout)  # fmt: skip
    assert [e["kind"] for e in listed] == ["link"]  # a merge is kept as the link that makes it


def test_passages_tie_links_two_passages_and_merges_neither(tmp_path: Path) -> None:
    data, demo = str(tmp_path / "d"), "قمة بوتين وكيم في فوستوشني (مثال)"
    before = json.loads(run("--data-dir", data, "compare", "--collection", demo, "--json").stdout)
    segments = before["segments"]
    texts = [s["text"] for s in segments]
    first, second = before["groups"][:2]
    one = next(segments[i] for i in first["segments"] if texts.count(segments[i]["text"]) == 1)
    other = next(
        segments[i] for i in second["segments"]
        if texts.count(segments[i]["text"]) == 1 and segments[i]["article"] != one["article"]
    )  # fmt: skip
    tied = run("--data-dir", data, "passages", "tie", "--collection", demo,
               one["text"], other["text"], "--reviewer", "سارة")  # fmt: skip
    assert tied.returncode == 0, tied.stderr
    after = json.loads(run("--data-dir", data, "compare", "--collection", demo, "--json").stdout)
    assert [g["segments"] for g in after["groups"]] == [g["segments"] for g in before["groups"]]
    pair = sorted((one["id"], other["id"]))
    (link,) = [x for x in after["links"] if [x["a"], x["b"]] == pair]
    assert link["reviewer"] is True
    assert not any(x["reviewer"] for x in before["links"])
    listed = json.loads(run("--data-dir", data, "passages", "list", "--collection", demo,
                            "--json").stdout)  # fmt: skip
    assert [(e["kind"], e["reviewer"]) for e in listed] == [("tie", "سارة")]
    # a passage all outlets but one carry, tied to that one's sentence: every outlet carries it
    every = len(before["articles"])
    number, group = next(
        (n, g) for n, g in enumerate(before["groups"])
        if len({segments[i]["article"] for i in g["segments"]}) == every - 1
    )  # fmt: skip
    have = {segments[i]["article"] for i in group["segments"]}
    mine = next(segments[i] for i in group["segments"] if texts.count(segments[i]["text"]) == 1)
    theirs = next(
        s for s in segments
        if s["article"] not in have and s["group"] not in (None, number)
        and texts.count(s["text"]) == 1
    )  # fmt: skip
    tie = run("--data-dir", data, "passages", "tie", "--collection", demo,
              mine["text"], theirs["text"])  # fmt: skip
    assert tie.returncode == 0, tie.stderr
    offers = json.loads(run("--data-dir", data, "passages", "offers", "--collection", demo,
                            mine["text"], "--json").stdout)  # fmt: skip
    assert offers["sentence"]["outlets"] == every


def test_passages_offers_and_the_command_that_takes_one(tmp_path: Path) -> None:
    """``tabayun passages offers`` lists what the comparison found closest outside a sentence's
    passage, as the Passage panel does, each with a ``passages link`` command that names both
    sentences alone; running that command puts them in one passage."""
    data, demo = str(tmp_path / "d"), "قمة بوتين وكيم في فوستوشني (مثال)"
    alone, support = (
        "وتخشى دول غربية، في مقدمتها الولايات المتحدة",
        "واتهمت الولايات المتحدة كوريا الشمالية",
    )
    assert run("--data-dir", data, "info").returncode == 0
    found = run("--data-dir", data, "passages", "offers", "--collection", demo, alone, "--json")
    assert found.returncode == 0, found.stderr
    document = json.loads(found.stdout)
    assert document["sentence"]["text"].startswith(alone) and document["sentence"]["outlets"] == 1
    assert document["sentence"]["support"] == "unsure"  # close sentences elsewhere: not sure
    first = document["offers"][0]
    assert first["text"].startswith(support) and first["in_a_passage"] and first["score"] > 0.3
    assert len(document["offers"]) == 3
    rest = first["rest_of_passage"]  # what a merge takes too: its passage's other sentences
    assert rest and all(r["text"] != first["text"] and r["outlet"] for r in rest)
    assert all(o["rest_of_passage"] == [] for o in document["offers"] if not o["in_a_passage"])
    text = run("--data-dir", data, "passages", "offers", "--collection", demo, alone,
               env={"TABAYUN_BIDI": "logical"}).stdout  # fmt: skip
    assert "in no passage (not sure)" in text and "% alike (another passage)" in text
    assert "closest first, a passage judged by all its versions together:" in text
    command = next(line.strip() for line in text.splitlines() if "passages link" in line)
    tie = next(line.strip() for line in text.splitlines() if "passages tie" in line)
    assert tie == command.replace("passages link", "passages tie")  # the other passage kept
    assert f"its passage holds {len(rest)} more (a merge takes them too):" in text
    words = shlex.split(command)  # tabayun --data-dir DIR passages link --collection NAME A B
    assert words[:3] == ["tabayun", "--data-dir", data]  # the same library
    linked = run(*words[1:], "--reviewer", "سارة")
    assert linked.returncode == 0, linked.stderr
    after = run("--data-dir", data, "passages", "offers", "--collection", demo, alone, "--json")
    assert json.loads(after.stdout)["sentence"]["outlets"] == 2  # now in that passage


def test_passages_check_lists_what_the_walk_visits(tmp_path: Path) -> None:
    """``tabayun passages check`` lists every sentence or passage the comparison was not sure
    of, in the window's walking order, each with its close sentences and the command to link
    one; a passage once; taking one leaves one fewer sentence in no passage to check."""
    data, demo = str(tmp_path / "d"), "قمة بوتين وكيم في فوستوشني (مثال)"
    alone = "وتخشى دول غربية، في مقدمتها الولايات المتحدة"
    found = run("--data-dir", data, "passages", "check", "--collection", demo, "--json")
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)
    assert len(rows) >= 10 and all(row["offers"] or row["parts"] for row in rows)
    places = [(r["sentence"]["article"], r["sentence"]["start"]) for r in rows]
    assert places == sorted(places)  # article by article, in text order
    assert any(r["sentence"]["text"].startswith(alone) for r in rows)
    text = run("--data-dir", data, "passages", "check", "--collection", demo,
               env={"TABAYUN_BIDI": "logical"}).stdout  # fmt: skip
    assert text.startswith(f"{len(rows)} to check") and f"1/{len(rows)} [" in text
    assert text.count("passages link") == sum(len(r["offers"]) for r in rows)
    # an offer from the chosen sentence's own article is linked with a version of its passage
    # from another article, as the panel's Link does: every command printed can be run
    mixed = next(r for r in rows if any(o["article"] == r["sentence"]["article"]
                                        for o in r["offers"]))  # fmt: skip
    block = text.split(mixed["sentence"]["text"][:60], 1)[1].split("\n\n", 4)
    own = next(o for o in mixed["offers"] if o["article"] == mixed["sentence"]["article"])
    line = next(b for b in block if own["text"][:40] in b).splitlines()[-1]
    taken = run(*shlex.split(line.strip())[1:], "--reviewer", "سارة")
    assert taken.returncode == 0, taken.stderr
    linked = run("--data-dir", data, "passages", "link", "--collection", demo, alone,
                 "سندعم دائما قرارات الرئيس بوتين والقيادة الروسية، سنخوض", "--reviewer",
                 "سارة")  # fmt: skip
    assert linked.returncode == 0, linked.stderr
    marked = run("--data-dir", data, "passages", "checked", "--collection", demo,
                  rows[0]["sentence"]["text"][:40], "--reviewer", "سارة")  # fmt: skip
    assert marked.returncode == 0, marked.stderr
    listed = run("--data-dir", data, "passages", "list", "--collection", demo).stdout
    assert "checked (سارة" in listed
    again = json.loads(run("--data-dir", data, "passages", "check", "--collection", demo,
                           "--json").stdout)  # fmt: skip
    assert rows[0]["sentence"]["text"] not in [r["sentence"]["text"] for r in again]
    assert not any(r["sentence"]["text"].startswith(alone) and r["sentence"]["outlets"] == 1
                   for r in again)  # fmt: skip


def test_a_part_to_split_off_is_printed_with_the_command_that_takes_it(tmp_path: Path) -> None:
    """``passages offers`` lists, after the close sentences, a part of the sentence closer to
    another outlet's sentence than the whole, with a ``passages split … --link`` command; run
    as printed, it cuts the sentence and links the part, and ``passages list`` shows both."""
    data, demo = str(tmp_path / "d"), "قمة بوتين وكيم في فوستوشني (مثال)"
    glad = "وقال بوتين: “أنا سعيد جدا"
    found = run("--data-dir", data, "passages", "offers", "--collection", demo, glad, "--json")
    assert found.returncode == 0, found.stderr
    (part,) = json.loads(found.stdout)["parts"]
    assert part["part"] == "first" and part["text"] == "وقال بوتين: “أنا سعيد جدا برؤيتكم،"
    assert part["other"]["text"].startswith("ونقلت وسائل إعلام روسية ترحيب بوتين")
    text = run("--data-dir", data, "passages", "offers", "--collection", demo, glad,
               env={"TABAYUN_BIDI": "logical"}).stdout  # fmt: skip
    line = next(x for x in text.splitlines() if "passages split" in x)
    assert "--link" in line and "--part first" in line
    taken = run(*shlex.split(line.strip())[1:], "--reviewer", "سارة")
    assert taken.returncode == 0, taken.stderr
    assert "split (سارة" in taken.stdout and "link (سارة" in taken.stdout
    listed = json.loads(run("--data-dir", data, "passages", "list", "--collection", demo,
                            "--json").stdout)  # fmt: skip
    assert [e["kind"] for e in listed] == ["split", "link"]
    assert listed[1]["sentences"][0]["text"] == part["text"]  # without the space at the cut
    after = json.loads(run("--data-dir", data, "passages", "offers", "--collection", demo, glad,
                           "--json").stdout)  # fmt: skip
    assert after["sentence"]["text"].strip() == part["text"] and after["sentence"]["outlets"] >= 2
    # a sentence in a passage: the command keeps the rest there (--keep, a third correction)
    deny = "ورد على بوتين بقوله إن: روسيا"
    text = run("--data-dir", data, "passages", "offers", "--collection", demo, deny,
               env={"TABAYUN_BIDI": "logical"}).stdout  # fmt: skip
    line = next(x for x in text.splitlines() if "passages split" in x)
    assert "--keep" in line
    assert run(*shlex.split(line.strip())[1:]).returncode == 0
    listed = json.loads(run("--data-dir", data, "passages", "list", "--collection", demo,
                            "--json").stdout)  # fmt: skip
    assert [e["kind"] for e in listed] == ["split", "link", "split", "link", "link"]
    # --keep alone links nothing: refused, and nothing stored
    alone = run("--data-dir", data, "passages", "split", "--collection", demo, deny, "روسيا",
                "--keep", glad)  # fmt: skip
    assert alone.returncode != 0 and "--link" in alone.stderr
    assert len(json.loads(run("--data-dir", data, "passages", "list", "--collection", demo,
                              "--json").stdout)) == 5  # fmt: skip


def test_names_with_controls_print_escaped(tmp_path: Path) -> None:
    """A newline, an escape sequence or a right-to-left override in a file name or a title is
    printed escaped: it cannot start a line of its own, drive the terminal or spoof a name."""
    folder, data = tmp_path / "in", tmp_path / "d"
    folder.mkdir()
    spoof = "تقرير\u202etxt.exe.txt"  # shows as «…exe.txt» where the override is honoured
    (folder / spoof).write_text("عنوان \x1b[31mأحمر\n\nنص المقال عن القمة.", encoding="utf-8")
    (folder / "سطر\nجديد.txt").write_text("عنوان\n\nنص آخر عن القمة.", encoding="utf-8")
    done = run("--data-dir", str(data), "import", str(folder), env={"TABAYUN_BIDI": "logical"})
    assert done.returncode == 0, done.stderr
    assert "\u202e" not in done.stdout and "\x1b" not in done.stdout
    assert "تقرير\\u202etxt.exe.txt" in done.stdout
    assert "سطر\\nجديد.txt" in done.stdout
    assert not any(line.startswith("جديد") for line in done.stdout.splitlines())
    found = run("--data-dir", str(data), "search", "القمة", env={"TABAYUN_BIDI": "logical"})
    assert found.returncode == 0, found.stderr
    assert "\u202e" not in found.stdout and "\x1b" not in found.stdout


def test_an_offers_command_names_a_sentence_with_quotation_marks_as_written() -> None:
    """The words that name a sentence keep its quotation marks (the search for it keeps them
    too), and the shell quoting carries them: the command finds the sentence it names."""
    from app.cli.passage_offers import _words
    from app.cli.sentences import Spanned, named_sentence

    texts = ['لقي الرئيس "سامي خليل" ووزيره حتفهم في الحادث.', "لقي الرئيس حتفه في حادث آخر."]
    segments = [Spanned(n, 0, len(t), t, False) for n, t in enumerate(texts, start=1)]
    words = _words(texts[0], segments)
    assert words == 'لقي الرئيس "سامي خليل" ووزيره حتفهم'
    (again,) = shlex.split(shlex.join(["x", words]))[1:]
    found = named_sentence(segments, again)
    assert (found.article_id, found.start, found.end) == (1, 0, len(texts[0]))


def test_an_updates_readings_keep_their_order_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """«UPDATE  Deaths   ستة عمال → 6 قتلى» reordered as one line for a terminal with no bidi
    ran the Arabic readings and their arrows together, the last reading first; each reading is
    now prepared on its own (and isolated when the text stays logical)."""
    from app.cli.fact_rows import _reading
    from app.text.bidi import FSI, PDI

    monkeypatch.setenv("TABAYUN_BIDI", "logical")
    assert _reading("ستة عمال") == f"{FSI}ستة عمال{PDI}"
    monkeypatch.setenv("TABAYUN_BIDI", "visual")
    first, second = _reading("ستة عمال"), _reading("6 قتلى")
    line = f"{first} → {second}"
    assert line.index(first) < line.index(second)
    assert first != "ستة عمال" and FSI not in first  # reshaped and reordered, no control left


def test_passages_offers_says_a_sentence_in_another_language_cannot_be_told(
    tmp_path: Path,
) -> None:
    """A German tweet one outlet quotes in Arabic coverage is "not sure", and says why."""
    from tests.app.compare.test_unsure import REWORDED

    folder, data = tmp_path / "in", str(tmp_path / "d")
    folder.mkdir()
    quoted = REWORDED[0] + "\nMeine Gedanken sind bei den Opfern und ihren Angehörigen."
    for name, text in (("a.txt", quoted), ("b.txt", REWORDED[1]), ("c.txt", REWORDED[1])):
        (folder / name).write_text(text, encoding="utf-8")
    imported = run("--data-dir", data, "import", str(folder), "--collection", "tweet")
    assert imported.returncode == 0, imported.stderr
    shown = run("--data-dir", data, "passages", "offers", "--collection", "tweet", "Meine Gedanken",
                env={"TABAYUN_BIDI": "logical"})  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "in no passage (not sure: in another language than most of the articles)" in shown.stdout
