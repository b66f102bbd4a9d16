"""The measure behind the README's figures on labelled coverage (tests/benchmarks/bench_devsets)
on a set written here: labels from ``dump``, then the counts."""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks.bench_devsets import dump, score


def test_labelled_pairs_are_counted_together_linked_and_offered(tmp_path: Path) -> None:
    event = tmp_path / "launch"
    event.mkdir()
    (event / "a.txt").write_text(
        "أطلقت كوريا الشمالية صاروخين باليستيين باتجاه البحر صباح اليوم.\n"
        "وقال المتحدث إن الطقس كان معتدلا في العاصمة طوال الأسبوع.\n",
        encoding="utf-8",
    )
    (event / "b.txt").write_text(
        "أطلقت كوريا الشمالية صاروخا باليستيا واحدا باتجاه البحر صباح اليوم.\n"
        "وأعلنت اليابان أن الصاروخ سقط خارج منطقتها الاقتصادية الخالصة.\n",
        encoding="utf-8",
    )
    labels = dump(event)
    assert labels.name == "labels.tsv"
    lines = labels.read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[0] for line in lines] == ["?"] * 4
    claims = iter(["LAUNCH", "-", "LAUNCH", "FELL"])
    labels.write_text("\n".join(next(claims) + line[1:] for line in lines) + "\n", encoding="utf-8")
    found = score(event)
    assert found["pairs"] == 1  # the two launches; the weather and the fall carry nothing shared
    assert found["together"] == found["passage"] == found["offered"] == 1
    assert found["links"] == found["right"] == 1
    assert found["ceiling"] == 1
    # the weather and the fall: in no passage, nothing close, each this outlet's only, rightly
    assert found["unique"] == found["unique_right"] == 2 and found["unsure"] == 0
    assert dump(event).name == "labels.new"  # a filled-in file is never overwritten
