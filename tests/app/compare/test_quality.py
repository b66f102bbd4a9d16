"""Quality on a labelled set written for these tests (tests/data/labelled), and the seeds' facts.

The thresholds are below the figures measured when the set was written (README): a change that
makes alignment clearly worse fails here.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from app.compare.engine import compare
from app.library.records import ArticleDocument
from tests.app.compare.labelled import load_all, score


def test_precision_and_recall_on_the_labelled_set() -> None:
    found = predicted = gold = flags_found = flags_gold = flags_predicted = 0
    for event in load_all():
        result = score(event)
        found += result.true_positives
        predicted += result.predicted
        gold += result.gold
        flags_found += result.flags_found
        flags_gold += result.flags_gold
        flags_predicted += result.flags_predicted
    assert gold > 40 and flags_gold >= 8
    assert found / predicted >= 0.9
    assert found / gold >= 0.85
    # measured: 7 of 9 on passages (47 vs 52 and a forecast of 20,000 against 18,000 sit in
    # sentences the alignment does not put together); no flag a reviewer would have to dismiss
    assert flags_found >= flags_gold - 2
    assert flags_predicted == flags_found


def test_every_labelled_disagreement_is_a_row_of_the_fact_sheet() -> None:
    """Collection-wide, whatever the alignment linked: each labelled disagreement is a question
    the Facts table shows as not agreed, holding both outlets' differing facts."""
    from app.facts.pairs import differ

    for event in load_all():
        result = compare(event.documents)
        sheet = result.facts
        names = {d.summary.id: d.summary.original_filename for d in event.documents}
        for kind, file_a, file_b in event.flags:
            found = False
            for question in sheet.disagreements():
                facts = [sheet.fact(i) for i in question.facts]
                if (kind == "attribution") != (question.kind == "source"):
                    continue
                side_a = [f for f in facts if names[f.article] == file_a]
                side_b = [f for f in facts if names[f.article] == file_b]
                if any(differ(x, y) for x in side_a for y in side_b):
                    found = True
            assert found, (event.name, kind, file_a, file_b)


@pytest.fixture
def seeds(workspace: object) -> list[ArticleDocument]:
    from app.library.queries import list_articles, load_articles

    sessions = workspace.sessions  # type: ignore[attr-defined]
    return load_articles(sessions, [a.id for a in list_articles(sessions, 1)])


def test_one_missile_against_two_missiles_is_flagged(seeds: list[ArticleDocument]) -> None:
    result = compare(seeds)
    by_id = {s.id: s for s in result.segments}
    flags = [f for f in result.flags if f.kind == "number" and f.question.startswith("count|")]
    assert flags, "the one-missile / two-missiles difference is not flagged"
    flag = flags[0]
    texts = [by_id[i].text for i in flag.segments]
    assert "صاروخًا باليستيًا واحدًا" in texts[0] and "صاروخين باليستيين" in texts[1]
    assert flag.values == ("صاروخًا باليستيًا واحدًا على الأقل", "صاروخين")
    question = next(q for q in result.facts.questions if q.id == flag.question)
    assert question.status == "conflict"
    outlets = {by_id[i].article for i in flag.segments}
    assert len(outlets) == 2
    for (start, end), segment in zip(flag.spans, (by_id[i] for i in flag.segments), strict=True):  # type: ignore[misc]
        assert segment.start <= start < end <= segment.end


def test_a_long_sentence_splits_into_its_claims(seeds: list[ArticleDocument]) -> None:
    result = compare(seeds)
    first = [s.text for s in result.segments if s.article == seeds[0].summary.id][:3]
    assert first[0].startswith("تعهد الرئيس الروسي") and first[1].startswith("فيما أبدى كيم")


def test_the_seeds_claims_labelled_by_hand(seeds: list[ArticleDocument]) -> None:
    """Real coverage in the repository: the demo seeds with their claims labelled by hand
    (tests/data/seeds_claims.json). Measured when labelled: 41 of 86 same-claim pairs linked
    or in one passage, 34 of 44 links right; the floors below catch a clear regression."""
    data = json.loads((Path(__file__).parents[2] / "data" / "seeds_claims.json").read_text("utf-8"))
    result = compare(seeds)
    names = {d.summary.id: d.summary.original_filename for d in seeds}
    claims: dict[int, set[str]] = {}
    units: list[tuple[str, set[str], list[int]]] = []
    for label in data["sentences"]:
        found = [
            s.id for s in result.segments
            if names[s.article] == label["file"] and s.text.startswith(label["text"])
        ]  # fmt: skip
        assert len(found) == 1, label["text"]  # the labels still name the engine's sentences
        claims[found[0]] = set(label["claims"])
        units.append((label["file"], set(label["claims"]), found))
    group = {s.id: s.group for s in result.segments}
    linked = {(link.a, link.b) for link in result.links}

    def together(x: int, y: int) -> bool:
        return (min(x, y), max(x, y)) in linked or (group[x] is not None and group[x] == group[y])

    pairs = hits = 0
    for (file_a, claims_a, a), (file_b, claims_b, b) in itertools.combinations(units, 2):
        if file_a != file_b and claims_a & claims_b:
            pairs += 1
            hits += any(together(x, y) for x in a for y in b)
    right = sum(bool(claims.get(lk.a, set()) & claims.get(lk.b, set())) for lk in result.links)
    assert pairs == 86
    assert hits / pairs >= 0.45
    assert right / len(result.links) >= 0.72
