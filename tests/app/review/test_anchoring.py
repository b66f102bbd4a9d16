"""Tagged spans and verdict passages follow an article's text when it is re-imported changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from app.ingest.service import import_paths, list_importable
from app.library.queries import collection_id_by_name, list_articles, load_articles
from app.library.search import search
from app.review.anchoring import Anchor, Locator
from app.review.annotations import annotations_for, quote_selector, tag_span
from app.review.codebook import list_tags
from app.review.history import History
from app.review.notes import add_note, list_notes
from app.review.records import Passage
from app.review.verdicts import find_group, list_verdicts, set_verdict
from app.workspace import Workspace
from db.models import AnchorState, Article
from tests.conftest import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"


def _anchor(text: str, quote: str, nth: int = 0) -> Anchor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Anchor(start, start + len(quote), *quote_selector(text, start, start + len(quote)))


def test_a_span_whose_text_did_not_move_stays_anchored() -> None:
    text = "قال الوزير إن الاتفاق نهائي."
    anchor = _anchor(text, "الاتفاق نهائي")
    placed = Locator(text + " وأضاف.").place(anchor)
    assert (placed.start, placed.end, placed.state) == (anchor.start, anchor.end, "anchored")


def test_text_added_before_a_span_moves_it_by_the_added_code_points() -> None:
    text = "قال الوزير إن الاتفاق نهائي."
    anchor = _anchor(text, "الاتفاق نهائي")
    added = "🚀 عاجل: 👨‍👩‍👧 "  # astral characters and joiners count as the code points they are
    placed = Locator(added + text).place(anchor)
    assert placed.state is AnchorState.REANCHORED
    assert (placed.start, placed.end) == (anchor.start + len(added), anchor.end + len(added))


def test_of_two_occurrences_the_one_with_the_same_surroundings_wins() -> None:
    text = "قال بوتين نعم. ثم قال كيم نعم. وقال المترجم نعم."
    anchor = _anchor(text, "نعم", nth=1)  # after «كيم»
    new = "افتتاحية. " + text
    placed = Locator(new).place(anchor)
    assert new[placed.start - 5 : placed.start] == " كيم "[-5:]
    assert placed.state is AnchorState.REANCHORED


def test_a_respelled_quote_is_found_through_the_folded_text_and_mapped_back() -> None:
    text = "وأكّد الرئيس أن الأمن أولوية."
    anchor = _anchor(text, "وأكّد الرئيس")
    new = "مقدمة قصيرة. واكد الرئيس أن الامن أولوية."  # shadda gone, hamza forms dropped
    placed = Locator(new).place(anchor)
    assert placed.state is AnchorState.REANCHORED
    assert new[placed.start : placed.end] == "واكد الرئيس"


def test_a_quote_that_is_gone_is_orphaned_with_its_offsets_kept() -> None:
    text = "الجملة الأولى. الجملة الثانية."
    anchor = _anchor(text, "الجملة الثانية")
    placed = Locator("نص آخر تماما.").place(anchor)
    assert (placed.start, placed.end, placed.state) == (anchor.start, anchor.end, "orphaned")


def _import_summit(workspace: Workspace, tmp_path: Path) -> tuple[Path, int]:
    """The seeds copied to a folder and imported as "Summit": (the folder, the collection)."""
    folder = tmp_path / "summit"
    folder.mkdir()
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    import_paths(workspace.sessions, list_importable(folder), "Summit")
    collection = collection_id_by_name(workspace.sessions, "Summit")
    assert collection is not None
    return folder, collection


def test_reimporting_a_changed_article_moves_its_tags_keeps_orphans_and_verdicts(
    workspace: Workspace, tmp_path: Path
) -> None:
    sessions = workspace.sessions
    folder, collection = _import_summit(workspace, tmp_path)
    articles = list_articles(sessions, collection)
    first, second = (a.id for a in articles[:2])
    (old_text,) = (d.text for d in load_articles(sessions, [first]))
    history = History(sessions, reviewer="Tester")
    claim = next(t.id for t in list_tags(sessions) if t.name_alt == "Claim")
    lines = old_text.split("\n")
    kept_quote = "فلاديمير بوتين"
    respelled = next(line for line in lines[1:] if "أ" in line and len(line) > 40)
    respelled_quote = respelled[:40]
    gone = lines[-1] if lines[-1].strip() else lines[-2]
    spans = {}
    for quote in (kept_quote, respelled_quote, gone):
        start = old_text.index(quote)
        spans[quote] = tag_span(history, first, start, start + len(quote), claim)
    add_note(history, "annotation", spans[gone], "اقتباس مهم — تحقق منه")
    (second_text,) = (d.text for d in load_articles(sessions, [second]))
    passages = [
        Passage(first, old_text.index(kept_quote), old_text.index(kept_quote) + len(kept_quote)),
        Passage(second, 0, 20),
    ]
    set_verdict(history, collection, passages, "agree", "the same claim")
    from app.review.passage_edits import edit_passages, list_passage_edits
    from app.review.records import FactRef

    edit_passages(
        history, collection, "link", FactRef(first, passages[0].start, passages[0].end),
        FactRef(second, 0, 20),
    )  # fmt: skip

    # A new edition of the first article: a paragraph on top, hamzas dropped, the end cut.
    path = folder / next(a.original_filename for a in articles[:1] if a.original_filename)
    added = "تحديث: أضيفت هذه الفقرة بعد النشر الأول لخبر القمة.\n"
    new_lines = [line.replace("أ", "ا") if line == respelled else line for line in lines]
    new_lines = [line for line in new_lines if line != gone]
    path.write_text(added + "\n".join(new_lines), encoding="utf-8")

    report = import_paths(sessions, list_importable(folder), "Summit")
    assert report.count("updated") == 1 and report.count("duplicate") == 4
    assert (report.anchors.kept, report.anchors.moved, report.anchors.orphaned) == (0, 2, 1)
    assert len(list_articles(sessions, collection)) == 5
    current = [a.id for a in list_articles(sessions, collection)]
    assert current[1:] == [a.id for a in articles[1:]]  # the new version takes the old's place
    old, first = first, current[0]
    assert old != first
    (new_text,) = (d.text for d in load_articles(sessions, [first]))
    assert new_text.startswith(added)
    (kept_version,) = (d.text for d in load_articles(sessions, [old]))
    assert kept_version == old_text  # the old version is kept, unchanged
    assert annotations_for(sessions, [old]) == []

    found = {a.id: a for a in annotations_for(sessions, [first])}
    assert len(found) == 3
    kept = found[spans[kept_quote]]
    assert kept.anchor_state == "reanchored" and kept.start is not None
    assert new_text[kept.start : kept.end] == kept_quote == kept.exact
    moved = found[spans[respelled_quote]]
    assert moved.start is not None
    assert new_text[moved.start : moved.end] == respelled_quote.replace("أ", "ا") == moved.exact
    orphan = found[spans[gone]]
    assert orphan.anchor_state == "orphaned" and orphan.exact == gone
    assert [n.body for n in list_notes(sessions, target=("annotation", orphan.id))] == [
        "اقتباس مهم — تحقق منه"
    ]

    # The verdict's passage moved with the text, so the new comparison's group finds it.
    shift = len(added)
    new_passages = [Passage(first, passages[0].start + shift, passages[0].end + shift), passages[1]]
    with sessions() as session:
        assert find_group(session, collection, new_passages) is not None
        assert session.scalar(select(Article.content_hash).where(Article.id == first)) != (
            session.scalar(select(Article.content_hash).where(Article.id == second))
        )
    (edit,) = list_passage_edits(sessions, collection)  # the correction moved with it too
    assert (edit.first.article_id, edit.first.start) == (first, new_passages[0].start)
    (verdict,) = list_verdicts(sessions, collection, new_passages)
    assert verdict.value == "agree" and second_text[:20] in verdict.quotes

    # The search index holds the new text, not the old.
    hits = search(sessions, "أضيفت هذه الفقرة")
    assert first in {h.article.id for h in hits.hits}


def test_reimporting_again_finds_an_orphan_whose_text_came_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    sessions = workspace.sessions
    folder, collection = _import_summit(workspace, tmp_path)
    article = list_articles(sessions, collection)[0]
    path = folder / str(article.original_filename)
    original = path.read_text(encoding="utf-8")
    history = History(sessions, reviewer="Tester")
    claim = next(t.id for t in list_tags(sessions) if t.name_alt == "Claim")
    quote = original.split("\n")[1][:30]
    start = original.index(quote)
    annotation = tag_span(history, article.id, start, start + len(quote), claim)

    path.write_text(original.replace(quote, "نص مختلف"), encoding="utf-8")
    import_paths(sessions, list_importable(folder), "Summit")
    edited = list_articles(sessions, collection)[0].id
    (state,) = (a.anchor_state for a in annotations_for(sessions, [edited]))
    assert state == "orphaned"

    path.write_text(original, encoding="utf-8")
    report = import_paths(sessions, list_importable(folder), "Summit")
    assert report.anchors.orphaned == 0 and report.count("updated") == 1
    # the first version is current again (its text is the file's), not stored a second time
    assert list_articles(sessions, collection)[0].id == article.id
    (found,) = annotations_for(sessions, [article.id])
    assert found.id == annotation and found.anchor_state == "anchored"
    assert (found.start, found.end) == (start, start + len(quote))
