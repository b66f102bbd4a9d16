"""Stories stored and corrected: finding them in a real library of reworded coverage, the
reviewer's renames, merges and splits through the history, Cancel, and a new version of an
article keeping its story."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ingest.existing import classify_against
from app.ingest.plan import classify, plan_files
from app.ingest.scan import scan_folder
from app.ingest.service import import_rows
from app.library.stories import find_collection_stories, list_stories, story_name
from app.review.history import History
from app.review.stories import StoryEditError, merge_stories, rename_story, split_story
from app.tasks import Cancelled, TaskControl
from app.workspace import Workspace

# Three events, each told by three outlets in their own words (written for this test, as real
# outlets reword: the same names and numbers, different verbs and order).
EVENTS = {
    "fire": [
        "حريق في مصنع للبلاستيك بمدينة الزرقاء\n\nاندلع حريق كبير فجر الثلاثاء في مصنع للبلاستيك"
        " بالمنطقة الصناعية في الزرقاء، وقال الدفاع المدني إن ثلاثة عمال أصيبوا بحروق وإن فرق"
        " الإطفاء سيطرت على النيران بعد أربع ساعات. وأضاف أن سبب الحريق ما زال قيد التحقيق.",
        "إصابة ثلاثة عمال في حريق مصنع بالزرقاء\n\nأصيب ثلاثة عمال بحروق متوسطة إثر حريق شب في"
        " مصنع بلاستيك بالمنطقة الصناعية في الزرقاء فجر اليوم، وأخمدت فرق الدفاع المدني الحريق"
        " بعد نحو أربع ساعات من العمل، فيما فتحت السلطات تحقيقا في أسبابه.",
        "الدفاع المدني يخمد حريقا في الزرقاء\n\nتمكنت كوادر الدفاع المدني من إخماد حريق اندلع في"
        " مصنع لصناعة البلاستيك في الزرقاء، ونقل ثلاثة عمال مصابين بحروق إلى المستشفى، ولم تعرف"
        " أسباب الحريق حتى الآن بحسب بيان المديرية.",
    ],
    "match": [
        "الوحدات يفوز على الفيصلي في نهائي الكأس\n\nتوج الوحدات بلقب كأس الأردن بعد فوزه على"
        " الفيصلي بهدفين مقابل هدف في المباراة النهائية على ستاد عمان الدولي، وسجل المهاجم"
        " يزن العرب هدف الفوز في الدقيقة الثامنة والثمانين.",
        "هدف متأخر يمنح الوحدات كأس الأردن\n\nخطف الوحدات كأس الأردن من منافسه التقليدي الفيصلي"
        " بنتيجة 2-1 في النهائي الذي أقيم على ستاد عمان الدولي، بعدما أحرز يزن العرب هدفا قاتلا"
        " قبل دقيقتين من نهاية المباراة.",
        "الفيصلي يخسر النهائي أمام الوحدات\n\nخسر الفيصلي نهائي كأس الأردن أمام الوحدات بهدفين"
        " لهدف، في لقاء احتضنه ستاد عمان الدولي وحسمه يزن العرب في الدقائق الأخيرة، ليحرز"
        " الوحدات اللقب للمرة الحادية عشرة.",
    ],
    "vote": [
        "البرلمان يقر قانون الضمان الاجتماعي المعدل\n\nأقر مجلس النواب مشروع قانون الضمان"
        " الاجتماعي المعدل بأغلبية 84 صوتا، بعد جلسة مطولة رفض فيها نواب المعارضة رفع سن"
        " التقاعد المبكر إلى خمسين عاما.",
        "النواب يوافقون على تعديلات الضمان الاجتماعي\n\nوافق مجلس النواب بأغلبية 84 نائبا على"
        " القانون المعدل للضمان الاجتماعي الذي يرفع سن التقاعد المبكر إلى خمسين عاما، وسط"
        " اعتراض كتلة المعارضة التي انسحبت من الجلسة.",
        "جلسة ساخنة تنتهي بإقرار قانون الضمان\n\nانتهت جلسة مجلس النواب بإقرار القانون المعدل"
        " لقانون الضمان الاجتماعي بعد تصويت 84 نائبا لصالحه، فيما احتج نواب المعارضة على رفع سن"
        " التقاعد المبكر.",
    ],
}


def _import(workspace: Workspace, tmp_path: Path) -> int:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for event, texts in EVENTS.items():
        for number, text in enumerate(texts):
            (folder / f"{event}-{number}.txt").write_text(text, encoding="utf-8")
    rows = classify(plan_files(scan_folder(folder).files), {})
    return import_rows(workspace.sessions, rows, collection_name="مختلط").collection_id


def _by_file(workspace: Workspace, collection: int) -> list[list[str]]:
    from app.library.listing import story_articles
    from db.rows import session_rows

    stories = list_stories(workspace.sessions, collection)
    with workspace.sessions() as session:
        articles = story_articles(session_rows(session), collection)
    names = {a.id: a.file_label for a in articles.values()}
    return sorted(sorted(names[a] for a in s.article_ids) for s in stories)


def test_reworded_coverage_of_three_events_makes_three_stories(
    workspace: Workspace, tmp_path: Path
) -> None:
    collection = _import(workspace, tmp_path)
    found = find_collection_stories(workspace.sessions, collection)
    assert (found.stories, found.grouped, found.articles) == (3, 9, 9)
    assert _by_file(workspace, collection) == [
        [f"{event}-{n}" for n in range(3)] for event in ("fire", "match", "vote")
    ]
    names = {s.name for s in list_stories(workspace.sessions, collection)}
    assert sum("الزرقاء" in n for n in names) == 1  # each story named after one of its titles
    # the demo's five outlets report one summit: one story
    demo = find_collection_stories(workspace.sessions, 1)
    assert (demo.stories, demo.grouped) == (1, 5)


def test_the_reviewers_changes_are_undoable_and_kept_when_found_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    collection = _import(workspace, tmp_path)
    find_collection_stories(workspace.sessions, collection)
    history = History(workspace.sessions, reviewer="هدى")
    stories = list_stories(workspace.sessions, collection)
    fire = next(s for s in stories if "الزرقاء" in s.name)

    rename_story(history, fire.id, "  حريق   الزرقاء ", seen=fire.name)
    assert (
        next(s for s in list_stories(workspace.sessions, collection) if s.id == fire.id).name
        == "حريق الزرقاء"
    )
    # another reviewer named it from the old name meanwhile: told, nothing saved
    other = History(workspace.sessions, reviewer="علي")
    with pytest.raises(StoryEditError, match="حريق الزرقاء"):
        rename_story(other, fire.id, "حريق المصنع", seen=fire.name)
    others = [s.id for s in stories if s.id != fire.id]
    merged = merge_stories(history, others)
    after = list_stories(workspace.sessions, collection)
    assert len(after) == 2 and len(next(s for s in after if s.id == merged).article_ids) == 6
    new = split_story(history, list(fire.article_ids[:1]), "")
    split = {s.id: s for s in list_stories(workspace.sessions, collection)}
    assert split[new].article_ids == fire.article_ids[:1] and split[new].by_reviewer
    assert split[new].name  # named after its article's title

    # finding again regroups nothing of the reviewer's
    again = find_collection_stories(workspace.sessions, collection)
    assert again.kept == 3 and again.stories == 0
    assert {s.id: s.article_ids for s in list_stories(workspace.sessions, collection)} == {
        s.id: s.article_ids for s in split.values()
    }

    for _ in range(3):
        history.undo()
    assert {s.name for s in list_stories(workspace.sessions, collection)} >= {fire.name}
    assert len(list_stories(workspace.sessions, collection)) == 3
    history.redo()
    assert any(s.name == "حريق الزرقاء" for s in list_stories(workspace.sessions, collection))


def test_changes_that_cannot_be_made_are_refused_and_change_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    collection = _import(workspace, tmp_path)
    find_collection_stories(workspace.sessions, collection)
    find_collection_stories(workspace.sessions, 1)
    history = History(workspace.sessions, reviewer="")
    mine = list_stories(workspace.sessions, collection)
    demo = list_stories(workspace.sessions, 1)
    with pytest.raises(StoryEditError):
        rename_story(history, mine[0].id, "   ")
    with pytest.raises(StoryEditError):
        merge_stories(history, [mine[0].id])
    with pytest.raises(StoryEditError):
        merge_stories(history, [mine[0].id, demo[0].id])  # two collections
    with pytest.raises(StoryEditError):
        split_story(history, list(mine[0].article_ids))  # the whole story
    with pytest.raises(StoryEditError):
        split_story(history, [mine[0].article_ids[0], mine[1].article_ids[0]])  # two stories
    assert list_stories(workspace.sessions, collection) == mine
    assert not history.done


def test_cancel_leaves_the_stories_as_they_were(workspace: Workspace, tmp_path: Path) -> None:
    collection = _import(workspace, tmp_path)
    find_collection_stories(workspace.sessions, collection)
    before = list_stories(workspace.sessions, collection)
    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        find_collection_stories(workspace.sessions, collection, control)
    assert list_stories(workspace.sessions, collection) == before


def test_a_new_version_of_an_article_stays_in_its_story(
    workspace: Workspace, tmp_path: Path
) -> None:
    collection = _import(workspace, tmp_path)
    find_collection_stories(workspace.sessions, collection)
    changed = tmp_path / "mixed" / "vote-1.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + " وسيرفع القانون إلى مجلس الأعيان.", encoding="utf-8"
    )
    rows = classify_against(workspace.sessions, plan_files([changed]), collection)
    assert [r.status.value for r in rows] == ["update"]
    import_rows(workspace.sessions, rows, collection_id=collection)
    assert _by_file(workspace, collection)[2] == ["vote-0", "vote-1", "vote-2"]
    assert sum(len(s.article_ids) for s in list_stories(workspace.sessions, collection)) == 9


def test_a_story_is_named_after_the_title_the_others_share_most() -> None:
    assert story_name(
        ["قمة في موسكو", "بوتين وكيم في قمة فوستوشني", "كيم يصل إلى فوستوشني للقمة"]
    ) == ("بوتين وكيم في قمة فوستوشني")
    assert story_name(["واحد", "اثنان"]) == "واحد"


def test_a_few_articles_on_different_events_are_no_story(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "apart"
    folder.mkdir()
    for event, texts in EVENTS.items():
        (folder / f"{event}.txt").write_text(texts[0], encoding="utf-8")
    seed = next(iter(sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))), None)
    if seed is not None:
        (folder / "summit.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    rows = classify(plan_files(scan_folder(folder).files), {})
    collection = import_rows(workspace.sessions, rows, collection_name="متفرقات").collection_id
    found = find_collection_stories(workspace.sessions, collection)
    assert found.stories == 0 and found.articles == len(rows)
