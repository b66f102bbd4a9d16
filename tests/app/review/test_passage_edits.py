"""The reviewer's corrections to the passages: stored with reviewer and time by offsets and
quotes, applied by the engine after its grouping, undoable, and carried to a changed file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.compare.corrections import corrected
from app.compare.engine import ComparedSegment, Comparison, compare
from app.compare.pipeline import pipeline_for
from app.library.queries import list_articles, load_articles
from app.review.history import History
from app.review.passage_edits import (
    PassageEditError,
    edit_passages,
    list_passage_edits,
)
from app.review.records import FactRef
from app.workspace import Workspace

SHOIGU = "ويحضر وزير الدفاع الروسي سيرغي شويغو المناقشات"
JULY = "وتزايدت التكهنات حول تعاونهما العسكري"


def _compared(workspace: Workspace) -> Comparison:
    sessions = workspace.sessions
    edits = [e.correction for e in list_passage_edits(sessions, 1)]
    documents = load_articles(sessions, [a.id for a in list_articles(sessions, 1)])
    return compare(documents, word_diffs=False, pipeline=pipeline_for(None, edits))


def _sentence(result: Comparison, words: str) -> FactRef:
    segment = next(s for s in result.segments if s.text.startswith(words))
    return FactRef(segment.article, segment.start, segment.end)


def _group(result: Comparison, ref: FactRef) -> int | None:
    return next(
        s.group for s in result.segments if (s.article, s.start) == (ref.article_id, ref.start)
    )


def test_link_and_unlink_reach_the_passages_and_undo(workspace: Workspace) -> None:
    before = _compared(workspace)
    shoigu, july = _sentence(before, SHOIGU), _sentence(before, JULY)
    assert _group(before, shoigu) is None or _group(before, shoigu) != _group(before, july)
    history = History(workspace.sessions, reviewer="سارة")
    edit_passages(history, 1, "link", shoigu, july)
    (stored,) = list_passage_edits(workspace.sessions, 1)
    assert (stored.kind, stored.reviewer) == ("link", "سارة")
    assert stored.quotes[0].startswith(SHOIGU)
    linked = _compared(workspace)
    assert _group(linked, shoigu) is not None and _group(linked, shoigu) == _group(linked, july)
    spans = [(s.article, s.start, s.end) for s in linked.segments]
    marked = corrected(spans, [stored.correction])
    assert {s.id for s in linked.segments if s.text.startswith((SHOIGU, JULY))} == marked
    # the same two sentences again: the newer word replaces the older
    edit_passages(history, 1, "unlink", shoigu, july)
    (only,) = list_passage_edits(workspace.sessions, 1)
    assert only.kind == "unlink"
    apart = _compared(workspace)
    assert _group(apart, shoigu) is None or _group(apart, shoigu) != _group(apart, july)
    history.undo()
    assert [e.kind for e in list_passage_edits(workspace.sessions, 1)] == ["link"]
    history.undo()
    assert list_passage_edits(workspace.sessions, 1) == []


def test_a_tie_links_two_passages_and_merges_neither(workspace: Workspace) -> None:
    before = _compared(workspace)
    first = next(s for s in before.segments if s.group is not None)
    second = next(
        s for s in before.segments
        if s.group is not None and s.group != first.group and s.article != first.article
        and not {(first.id, s.id), (s.id, first.id)} & {(x.a, x.b) for x in before.links}
    )  # fmt: skip
    history = History(workspace.sessions, reviewer="سارة")
    edit_passages(history, 1, "tie", FactRef(first.article, first.start, first.end),
                  FactRef(second.article, second.start, second.end))  # fmt: skip
    (stored,) = list_passage_edits(workspace.sessions, 1)
    assert (stored.kind, stored.reviewer) == ("tie", "سارة")
    tied = _compared(workspace)
    assert tied.groups == before.groups  # no passage merged
    pair = (min(first.id, second.id), max(first.id, second.id))
    assert pair in {(x.a, x.b) for x in tied.links}
    assert pair in tied.reviewer_ties()
    assert not {first.id, second.id} & tied.reviewer_segments()  # neither passage changed
    # the tied sentence says what the other passage says: its outlet carries that passage too
    # (Coverage shows it in its column, marked; the support counts it), each staying in its own
    from app.compare.passages import coverage

    rows = {row.group: row for row in coverage(tied)}
    for mine, other in ((first, second), (second, first)):
        row, before_row = rows[mine.group], {r.group: r for r in coverage(before)}[mine.group]
        if other.article not in before_row.cells:
            assert row.cells[other.article].id == other.id and other.article in row.tied
            assert row.outlets == before_row.outlets + 1
        assert not row.tied & {s.article for s in tied.segments if s.group == mine.group}
    assert any(row.tied for row in rows.values())  # the demo's pair: one article was missing
    for row in rows.values():  # the tints count the tied outlet too
        member = next(s for a, s in row.cells.items() if a not in row.tied)
        every = row.articles >= len(tied.articles)
        assert member.support == ("all" if every else "some" if row.articles > 1 else "unique")
    history.undo()
    assert pair not in {(x.a, x.b) for x in _compared(workspace).links}


def test_an_unlink_takes_a_sentence_out_of_its_passage(workspace: Workspace) -> None:
    before = _compared(workspace)
    came = next(s for s in before.segments if "هذا سبب قدومنا" in s.text)
    partner = next(
        s for s in before.segments
        if s.group == came.group and s.article != came.article and came.group is not None
    )  # fmt: skip
    history = History(workspace.sessions, reviewer="")
    edit_passages(
        history, 1, "unlink", FactRef(came.article, came.start, came.end),
        FactRef(partner.article, partner.start, partner.end),
    )  # fmt: skip
    after = _compared(workspace)
    moved = next(s for s in after.segments if s.start == came.start and s.article == came.article)
    kept = next(
        s for s in after.segments if s.start == partner.start and s.article == partner.article
    )
    assert moved.group is None or moved.group != kept.group


def test_bad_corrections_are_refused(workspace: Workspace) -> None:
    history = History(workspace.sessions, reviewer="")
    one = FactRef(1, 0, 10)
    with pytest.raises(PassageEditError, match="two different articles"):
        edit_passages(history, 1, "link", one, FactRef(1, 20, 30))
    with pytest.raises(PassageEditError, match="not a correction"):
        edit_passages(history, 1, "merge", one, FactRef(2, 0, 10))
    with pytest.raises(PassageEditError, match="not in the collection"):
        edit_passages(history, 1, "link", one, FactRef(2, 0, 10**7))
    assert list_passage_edits(workspace.sessions, 1) == []


def test_reports_show_the_corrected_passages(workspace: Workspace) -> None:
    from app.report.model import build_report

    def together() -> bool:
        report = build_report(workspace.sessions, 1)
        return any(
            {v.text.startswith(SHOIGU) for v in p.versions} == {True, False}
            and any(v.text.startswith(JULY) for v in p.versions)
            for p in report.passages
        )

    assert not together()
    before = _compared(workspace)
    edit_passages(
        History(workspace.sessions, reviewer=""), 1, "link",
        _sentence(before, SHOIGU), _sentence(before, JULY),
    )  # fmt: skip
    assert together()
    report = build_report(workspace.sessions, 1)
    marked = [p for p in report.passages if p.reviewer]
    assert len(marked) == 1 and any(v.text.startswith(SHOIGU) for v in marked[0].versions)


def test_reports_say_which_passages_a_reviewer_tied(workspace: Workspace) -> None:
    from app.report.html import write_html
    from app.report.model import build_report

    before = _compared(workspace)
    first = next(s for s in before.segments if s.group is not None)
    second = next(
        s for s in before.segments
        if s.group is not None and s.group != first.group and s.article != first.article
    )  # fmt: skip
    edit_passages(
        History(workspace.sessions, reviewer=""), 1, "tie",
        FactRef(first.article, first.start, first.end),
        FactRef(second.article, second.start, second.end),
    )  # fmt: skip
    report = build_report(workspace.sessions, 1)
    tied = [p for p in report.passages if p.tied]
    assert len(tied) == 2 and not any(p.reviewer for p in tied)
    one, other = tied
    assert one.tied == (other.number,) and other.tied == (one.number,)
    page = write_html(report)
    anchor = f'<a href="#passage-{other.number}">{other.number}</a>'
    assert f"with passage {anchor} (kept apart)" in page
    from app.report.webanno import web_annotations  # W3C: a linking annotation on both

    (tie,) = [i for i in web_annotations(report) if ":passage-edit:" in str(i["id"])]
    assert tie["motivation"] == "linking" and len(tie["target"]) == 2  # type: ignore[arg-type]
    assert "kept each in its own passage" in str(tie["body"])


def test_splitting_a_passage_moves_the_closer_versions_in_one_undoable_change(
    workspace: Workspace,
) -> None:
    from app.compare.passages import split_sides
    from app.review.passage_edits import split_passage

    before = _compared(workspace)
    group = next(g for g in before.groups if len({before.segments[i].article for i in g}) >= 3)
    keep = before.segments[group[0]]
    move = next(before.segments[i] for i in group if before.segments[i].article != keep.article)
    moved = [before.segments[i] for i in split_sides(before, keep.id, move.id)]
    assert moved[0] == move and all(m.article != keep.article for m in moved)
    history = History(workspace.sessions, reviewer="")
    split_passage(
        history, 1, FactRef(keep.article, keep.start, keep.end),
        [FactRef(m.article, m.start, m.end) for m in moved],
    )  # fmt: skip
    after = _compared(workspace)
    kept = _group(after, FactRef(keep.article, keep.start, keep.end))
    for m in moved:
        assert _group(after, FactRef(m.article, m.start, m.end)) != kept
    if len({m.article for m in moved}) > 1:  # the moved versions stay together
        assert len({_group(after, FactRef(m.article, m.start, m.end)) for m in moved}) == 1
    history.undo()  # the unlinks and links of the split go back together
    assert list_passage_edits(workspace.sessions, 1) == []
    with pytest.raises(PassageEditError, match="leave the passage"):
        split_passage(history, 1, FactRef(keep.article, keep.start, keep.end), [])


def test_a_sentence_split_by_the_reviewer_is_two_segments(workspace: Workspace) -> None:
    from app.review.passage_edits import split_sentence

    before = _compared(workspace)
    long = next(s for s in before.segments if "وسط مخاوف واشنطن" in s.text)
    at = long.start + long.text.index("وسط مخاوف واشنطن")
    history = History(workspace.sessions, reviewer="سارة")
    split_sentence(history, 1, FactRef(long.article, at, long.end))
    (edit,) = list_passage_edits(workspace.sessions, 1)
    assert edit.kind == "split" and edit.quotes[0].startswith("وسط مخاوف واشنطن")
    after = _compared(workspace)
    pieces = [
        s for s in after.segments if s.article == long.article and long.start <= s.start < long.end
    ]
    assert [s.start for s in pieces] == [long.start, at]
    assert pieces[1].text.startswith("وسط مخاوف واشنطن")
    history.undo()
    again = _compared(workspace)
    assert any(s.start == long.start and s.end == long.end for s in again.segments)
    with pytest.raises(PassageEditError):
        split_sentence(history, 1, FactRef(long.article, 0, 10**7))


def test_a_sentence_marked_checked_twice_is_one_mark_and_changes_no_passage(
    workspace: Workspace,
) -> None:
    """The walk's Nothing to Link Here: a mark of one sentence (reviewer, offsets, quote); the
    same sentence marked again is one mark, the newer; the passages are as they were."""
    from app.review.passage_edits import mark_checked

    before = _compared(workspace)
    shoigu = _sentence(before, SHOIGU)
    history = History(workspace.sessions, reviewer="سارة")
    mark_checked(history, 1, shoigu)
    mark_checked(history, 1, shoigu)
    (edit,) = list_passage_edits(workspace.sessions, 1)
    assert edit.kind == "checked" and edit.reviewer == "سارة"
    assert edit.first == shoigu and edit.quotes[0].startswith(SHOIGU)
    after = _compared(workspace)
    assert after.groups == before.groups and not after.reviewer_segments()
    history.undo()  # the second mark taken back: the first stands again
    assert [e.kind for e in list_passage_edits(workspace.sessions, 1)] == ["checked"]
    history.undo()
    assert list_passage_edits(workspace.sessions, 1) == []


GLAD = "وقال بوتين: “أنا سعيد جدا برؤيتكم،"  # the first part of a sentence of two claims
HOLY = "ورد على بوتين بقوله إن: روسيا"  # Kim: «[he answered Putin:] Russia fights a holy war …»
WELCOME = "ونقلت وسائل إعلام روسية ترحيب بوتين"  # another outlet's sentence of the first claim


def test_a_part_split_off_and_linked_is_one_undoable_change(workspace: Workspace) -> None:
    """The Passage panel's Split and Link (app.compare.parts): the seeds offer the first part
    of Putin's «very glad to see you, especially as we mark 75 years …» with another outlet's
    «… welcomed Kim … "glad to see you"»; taken, the part is a sentence of its own in that
    sentence's passage, the rest stays out; one Ctrl+Z takes both corrections back."""
    from app.review.passage_edits import split_and_link

    before = _compared(workspace)
    glad = next(s for s in before.segments if s.text.startswith(GLAD))
    welcome = _sentence(before, WELCOME)
    (offer,) = [o for o in before.parts[glad.id] if before.segments[o.other].start == welcome.start]
    assert offer.head and offer.cut == glad.start + len(GLAD) + 1 and glad.group is None
    sentence = FactRef(glad.article, glad.start, glad.end)
    history = History(workspace.sessions, reviewer="سارة")
    split_and_link(history, 1, sentence, offer.cut, True, welcome)
    edits = list_passage_edits(workspace.sessions, 1)
    assert [e.kind for e in edits] == ["split", "link"]
    assert edits[1].quotes[0] == GLAD  # the part as quoted: not the space before the cut
    after = _compared(workspace)
    first = next(s for s in after.segments if s.text.startswith(GLAD))
    rest = next(s for s in after.segments if s.start == offer.cut and s.article == glad.article)
    assert first.end < offer.cut and first.group is not None
    assert first.group == _group(after, welcome) != rest.group
    assert first.id in after.reviewer_segments()
    history.undo()
    assert list_passage_edits(workspace.sessions, 1) == []
    with pytest.raises(PassageEditError, match="cut"):  # a cut outside the sentence
        split_and_link(history, 1, sentence, glad.end + 3, True, welcome)
    assert list_passage_edits(workspace.sessions, 1) == []


def test_the_rest_of_a_sentence_in_a_passage_stays_in_it(workspace: Workspace) -> None:
    """Split and Link on a sentence that is in a passage: the part goes to the sentence it was
    offered with, and the rest is linked with the passage's version it was closest to
    (``passage_mate``), so the cut does not lose the passage."""
    from app.compare.passages import passage_mate
    from app.review.passage_edits import split_and_link

    before = _compared(workspace)
    # «he answered Putin: Russia fights a holy war against the West, [and the two will fight
    # imperialism together]», in a passage of Kim's «we will always support Putin's decisions»;
    # its first part offered with another outlet's «Kim told Putin … the holy struggle»
    whole = next(s for s in before.segments if s.text.startswith(HOLY))
    (offer,) = before.parts[whole.id]
    mate = passage_mate(before, whole.id)
    assert mate is not None and mate.article != whole.article and mate.group == whole.group
    other = before.segments[offer.other]
    # cut and linked without the rest's link, the rest leaves the passage (when the engine's
    # own rule for two sentences side by side does not happen to keep it, as it does here)
    first, second = (whole.start, offer.cut), (offer.cut, whole.end)
    part_span, rest_span = (first, second) if offer.head else (second, first)
    pipeline = pipeline_for(None, [
        ("split", whole.article, offer.cut, offer.cut, 0, 0, 0),
        ("link", whole.article, *part_span, other.article, other.start, other.end),
    ])  # fmt: skip
    alone = compare(
        load_articles(workspace.sessions, [a.id for a in list_articles(workspace.sessions, 1)]),
        pipeline=replace(pipeline, linker=replace(pipeline.linker, adjacent=0.0)),
    )
    rest_alone = next(
        s for s in alone.segments if (s.article, s.start) == (whole.article, rest_span[0])
    )
    mate_alone = _group(alone, FactRef(mate.article, mate.start, mate.end))
    assert rest_alone.group is None or rest_alone.group != mate_alone
    history = History(workspace.sessions, reviewer="")
    split_and_link(
        history, 1, FactRef(whole.article, whole.start, whole.end), offer.cut, offer.head,
        FactRef(other.article, other.start, other.end),
        FactRef(mate.article, mate.start, mate.end),
    )  # fmt: skip
    assert [e.kind for e in list_passage_edits(workspace.sessions, 1)] == ["split", "link", "link"]
    after = _compared(workspace)
    pieces = [s for s in after.segments if s.article == whole.article
              and whole.start <= s.start < whole.end]  # fmt: skip
    assert len(pieces) == 2
    part, rest = pieces if offer.head else pieces[::-1]
    assert part.group is not None and part.group == _group(
        after, FactRef(other.article, other.start, other.end)
    )
    assert rest.group is not None and rest.group == _group(
        after, FactRef(mate.article, mate.start, mate.end)
    )
    history.undo()
    assert list_passage_edits(workspace.sessions, 1) == []


def last_outlet_tie(before: Comparison) -> tuple[ComparedSegment, ComparedSegment, int]:
    """A version of a passage every outlet but one carries, a sentence of that one outlet in
    another passage, and that outlet's article."""
    from app.compare.passages import coverage

    row = next(r for r in coverage(before) if r.articles == len(before.articles) - 1)
    missing = next(a.summary.id for a in before.articles if a.summary.id not in row.cells)
    other = next(
        s for s in before.segments
        if s.article == missing and s.group is not None and s.group != row.group
    )  # fmt: skip
    return next(iter(row.cells.values())), other, missing


def test_a_tie_that_brings_the_last_outlet_makes_the_passage_everyones(
    workspace: Workspace,
) -> None:
    """A passage four of the five demo outlets carry, and the fifth's sentence that says it in
    another passage: tied to it, the passage is drawn as every outlet's (sky blue), and the
    Coverage row has the fifth outlet's sentence in its column."""
    from app.compare.passages import coverage

    before = _compared(workspace)
    everyone = len(before.articles)
    member, other, missing = last_outlet_tie(before)
    assert member.support == "some"
    edit_passages(History(workspace.sessions, reviewer=""), 1, "tie",
                  FactRef(member.article, member.start, member.end),
                  FactRef(other.article, other.start, other.end))  # fmt: skip
    tied = _compared(workspace)
    again = next(r for r in coverage(tied) if member.article in r.cells
                 and r.cells[member.article].id == member.id)  # fmt: skip
    assert again.tied == {missing} and again.articles == everyone
    assert tied.segments[member.id].support == "all"
    assert tied.groups == before.groups  # nothing merged
