"""Correcting the passages from the panes: choose a passage, right-click a sentence of another
article, link it or take it out; the comparison follows, the Passage panel says it is the
reviewer's, and Undo takes it back."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from ui.main_window import MainWindow
from ui.views.facts_panel import SHOW_ALL

SHOIGU = "ويحضر وزير الدفاع الروسي سيرغي شويغو"
JULY = "وتزايدت التكهنات حول تعاونهما العسكري"


def _segment(window: MainWindow, words: str):  # type: ignore[no-untyped-def]
    result = window.comparison.result
    assert result is not None
    return next(s for s in result.segments if s.text.startswith(words))


def _menu_action(window: MainWindow, words: str, name: str):  # type: ignore[no-untyped-def]
    here = _segment(window, words)
    pane = next(p for p in window.side_by_side.panes if p.article.summary.id == here.article)
    menu = QMenu()
    window.passage_edits.fill_menu(pane, menu, here.start + 3)
    return menu, next(a for a in menu.actions() if a.text() == name)


def test_link_from_the_pane_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    shoigu, july = _segment(window, SHOIGU), _segment(window, JULY)
    assert shoigu.group is None or shoigu.group != july.group
    window.side_by_side.overlay.focus(july.id)  # the chosen passage
    _keep, link = _menu_action(window, SHOIGU, "Link to the Chosen Passage")
    _menu, unlink = _menu_action(window, SHOIGU, "Take Out of the Chosen Passage")
    assert link.isEnabled() and not unlink.isEnabled()
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        link.trigger()
    shoigu, july = _segment(window, SHOIGU), _segment(window, JULY)
    assert shoigu.group is not None and shoigu.group == july.group
    window.side_by_side.overlay.focus(july.id)
    assert "corrected by a reviewer" in window.comparison.panel.browser.toPlainText()
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        window.tagging.undo()
    shoigu, july = _segment(window, SHOIGU), _segment(window, JULY)
    assert shoigu.group is None or shoigu.group != july.group


def test_without_a_chosen_passage_the_menu_says_what_to_do(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    window.side_by_side.overlay.focus(None)
    _menu, link = _menu_action(window, SHOIGU, "Link to the Chosen Passage")
    assert not link.isEnabled() and "Click a passage" in link.toolTip()


def test_split_the_sentence_at_the_caret(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    long = next(
        s for s in window.comparison.result.segments  # type: ignore[union-attr]
        if "وسط مخاوف واشنطن" in s.text
    )  # fmt: skip
    at = long.start + long.text.index("وسط مخاوف واشنطن") + 2  # inside the word: cut before it
    pane = next(p for p in window.side_by_side.panes if p.article.summary.id == long.article)
    menu = QMenu()
    window.passage_edits.fill_menu(pane, menu, at)
    split = next(a for a in menu.actions() if a.text() == "Split the Sentence Here")
    assert split.isEnabled()
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        split.trigger()
    result = window.comparison.result
    assert result is not None
    assert any(
        s.article == long.article and s.text.startswith("وسط مخاوف واشنطن") for s in result.segments
    )


def test_a_reviewers_link_is_marked_in_the_panes_and_the_two_article_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    from ui.views.pairwise import PairwiseView

    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    window.side_by_side.overlay.focus(_segment(window, JULY).id)
    _menu, link = _menu_action(window, SHOIGU, "Link to the Chosen Passage")
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        link.trigger()
    shoigu, july = _segment(window, SHOIGU), _segment(window, JULY)
    for segment in (shoigu, july):
        pane = next(p for p in window.side_by_side.panes if p.article.summary.id == segment.article)
        marked = pane.text_view.layers["reviewer"]
        assert len(marked) == 1 and marked[0].format.fontOverline()
    result = window.comparison.result
    assert result is not None
    dialog = PairwiseView(result, {}, shoigu.article, july.article)
    qtbot.addWidget(dialog)
    assert (shoigu.start, july.start) in dialog.canvas.reviewer  # not an engine link: dashed
    assert "set by a reviewer" in dialog.summary.text()
    table = window.comparison.grid.table  # Coverage: the row says whose passage it is
    marked = [r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("✎")]
    assert len(marked) == 1
    cells = [table.item(marked[0], c) for c in range(1, table.columnCount())]
    assert sum(1 for c in cells if c is not None and c.font().overline()) == 2


def test_a_reviewers_link_is_marked_in_the_facts_table(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    result = window.comparison.result
    assert result is not None
    sheet = result.facts
    fact = next(f for q in sheet.questions for f in map(sheet.fact, q.facts))
    here = next(
        s for s in result.segments if s.article == fact.article and s.start <= fact.start < s.end
    )
    other = next(
        s
        for s in result.segments
        if s.article != here.article and (s.group is None or s.group != here.group)
    )
    window.side_by_side.overlay.focus(other.id)  # the chosen passage
    both = here.group is not None and other.group is not None  # two passages: merged
    name = "Merge Its Passage with the Chosen One" if both else "Link to the Chosen Passage"
    _menu, link = _menu_action(window, here.text[:30], name)
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        link.trigger()
    facts = window.facts.panel
    qtbot.waitUntil(lambda: bool(facts.reviewer_spans), timeout=10000)
    facts.show_filter.setCurrentIndex(SHOW_ALL)
    column = 2 + [a for a, _label in facts.articles].index(fact.article)
    rows = [r for r, row in enumerate(facts.shown) if fact in row.facts]
    assert rows
    cell = facts.table.item(rows[0], column)
    assert cell is not None and cell.text().startswith("✎"), cell.text()
    assert "A reviewer set the passage" in cell.toolTip()
    unmarked = [  # the engine's passages keep no mark
        facts.table.item(r, c).text()  # type: ignore[union-attr]
        for r in range(facts.table.rowCount())
        for c in range(2, facts.table.columnCount())
        if facts.table.item(r, c) is not None
    ]
    assert any(not t.startswith("✎") and t != "—" for t in unmarked)


def test_split_the_chosen_passage_in_two_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    result = window.comparison.result
    assert result is not None
    group = next(g for g in result.groups if len({result.segments[i].article for i in g}) >= 3)
    chosen = result.segments[group[0]]
    here = next(result.segments[i] for i in group if result.segments[i].article != chosen.article)
    spans = {(result.segments[i].article, result.segments[i].start) for i in group}
    window.side_by_side.overlay.focus(chosen.id)
    _menu, divide = _menu_action(window, here.text[:20], "Split the Chosen Passage Here")
    assert divide.isEnabled()
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        divide.trigger()

    def group_of(article: int, start: int) -> int | None:
        found = window.comparison.result
        assert found is not None
        return next(s.group for s in found.segments if (s.article, s.start) == (article, start))

    assert group_of(here.article, here.start) != group_of(chosen.article, chosen.start)
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        window.tagging.undo()  # the whole split in one step
    assert len({group_of(a, s) for a, s in spans}) == 1


def test_merge_two_passages_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    """Right-clicking a sentence of another passage offers to merge the two passages: every
    sentence of both ends up in one, in one undoable step."""
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    result = window.comparison.result
    assert result is not None
    first, second = result.groups[:2]
    chosen = result.segments[first[0]]
    here = next(result.segments[i] for i in second if result.segments[i].article != chosen.article)
    members = {(result.segments[i].article, result.segments[i].start) for i in (*first, *second)}
    window.side_by_side.overlay.focus(chosen.id)
    _menu, merge = _menu_action(window, here.text[:20], "Merge Its Passage with the Chosen One")
    assert merge.isEnabled()
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        merge.trigger()

    def groups_of() -> set[int | None]:
        found = window.comparison.result
        assert found is not None
        return {s.group for s in found.segments if (s.article, s.start) in members}

    merged = groups_of()
    assert len(merged) == 1 and None not in merged
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        window.tagging.undo()
    assert len(groups_of()) == 2


def test_link_two_passages_without_merging_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    """Beside Merge, the menu links the two sentences and keeps both passages as they are; the
    Passage panel lists the other passage as linked by a reviewer, with no Link Without Merging
    left beside it; Ctrl+Z takes the link back."""
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    result = window.comparison.result
    assert result is not None
    first, second = result.groups[:2]
    chosen = result.segments[first[0]]
    here = next(result.segments[i] for i in second if result.segments[i].article != chosen.article)
    groups = result.groups
    window.side_by_side.overlay.focus(chosen.id)
    _menu, tie = _menu_action(window, here.text[:20], "Link Without Merging")
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        tie.trigger()
    tied = window.comparison.result
    assert tied is not None and tied.groups == groups  # both passages as they were
    pair = (min(chosen.id, here.id), max(chosen.id, here.id))
    assert pair in {(x.a, x.b) for x in tied.links}
    from ui.views.pairwise import PairwiseView

    dialog = PairwiseView(tied, {}, chosen.article, here.article)
    qtbot.addWidget(dialog)
    assert (chosen.start, here.start) in dialog.canvas.reviewer  # the reviewer's: dashed
    for segment in (chosen, here):  # and a line over each sentence in the panes
        pane = next(p for p in window.side_by_side.panes if p.article.summary.id == segment.article)
        marked = pane.text_view.layers["reviewer"]
        assert any(m.cursor.selectionStart() == segment.start for m in marked)
    table = window.comparison.grid.table  # Coverage: both rows say so
    linked = [r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("↔")]
    assert len(linked) == 2
    assert "without merging" in table.item(linked[0], 0).toolTip()
    window.side_by_side.overlay.focus(chosen.id)
    text = window.comparison.panel.browser.toPlainText()
    assert "linked by a reviewer, not merged" in text
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        window.tagging.undo()
    undone = window.comparison.result
    assert undone is not None and pair not in {(x.a, x.b) for x in undone.links}


def test_the_panel_links_another_passage_without_merging(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    result = window.comparison.result
    assert result is not None
    chosen, other = next(
        (result.segments[s], result.segments[o])
        for s, found in result.closest.items() for o, _score in found
        if result.segments[s].group is not None and result.segments[o].group is not None
    )  # fmt: skip
    groups = result.groups
    window.side_by_side.overlay.focus(chosen.id)
    panel = window.comparison.panel
    assert f"tie:{other.id}" in panel.browser.toHtml()
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        panel.browser.anchorClicked.emit(QUrl(f"tie:{other.id}"))
    tied = window.comparison.result
    assert tied is not None and tied.groups == groups
    assert any(other.id in (x.a, x.b) for x in tied.links if x.a in tied.groups[chosen.group]
               or x.b in tied.groups[chosen.group])  # fmt: skip


def test_an_offer_of_another_passage_lists_what_merge_would_take(
    qtbot: QtBot, window: MainWindow
) -> None:
    # a merge joins everything both passages hold: the offer shows the rest of the other
    # passage (the pledge's passage on the demo also holds the launch-site tour)
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    result = window.comparison.result
    assert result is not None
    chosen, other = next(
        (result.segments[s], result.segments[o])
        for s, found in result.closest.items() for o, _score in found
        if result.segments[s].group is not None and result.segments[o].group is not None
        and len(result.groups[result.segments[o].group]) >= 3
    )  # fmt: skip
    assert other.group is not None
    rest = [m for m in result.groups[other.group] if m != other.id]
    window.side_by_side.overlay.focus(chosen.id)
    text = window.comparison.panel.browser.toPlainText()
    assert f"Its passage holds {len(rest)} more sentences, which Merge takes too:" in text
    shown = rest[:3]
    for member in shown:  # each shortened to a line, after its outlet
        assert result.segments[member].text[:40] in text
    if len(rest) > 3:
        assert f"… and {len(rest) - 3} more" in text


ALONE = "وتخشى دول غربية، في مقدمتها الولايات المتحدة"  # the West fears Pyongyang will arm Russia
SUPPORT = "واتهمت الولايات المتحدة كوريا الشمالية"  # the US accused it of arming Russia


def test_a_sentence_in_no_passage_offers_the_closest_to_link(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    alone, support = _segment(window, ALONE), _segment(window, SUPPORT)
    assert alone.group is None
    result = window.comparison.result
    assert result is not None and result.closest[alone.id][0][0] == support.id
    window.side_by_side.overlay.focus(alone.id)
    panel = window.comparison.panel
    text = panel.browser.toPlainText()
    assert "The closest sentences of the other articles" in text and SUPPORT in text
    assert "% alike in wording" in text
    panel.browser.anchorClicked.emit(QUrl(f"show:{support.id}"))
    assert window.side_by_side.overlay.focused == support.id
    window.side_by_side.overlay.focus(alone.id)
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        panel.browser.anchorClicked.emit(QUrl(f"link:{support.id}"))
    alone, support = _segment(window, ALONE), _segment(window, SUPPORT)
    assert alone.group is not None and alone.group == support.group
    # the reviewer stays where they were: the sentence is chosen again, in its new passage
    assert window.side_by_side.overlay.focused == alone.id
    assert "corrected by a reviewer" in panel.browser.toPlainText()
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        window.tagging.undo()
    assert _segment(window, ALONE).group is None


THANKS = "كما شكر كيم بوتين على الدعوة"  # a passage: Kim thanked Putin for the warm reception
WARM = "ورحب بوتين في كلمته الافتتاحية بزيارة كيم"  # Putin's welcome: another passage


def test_a_passage_offers_the_closest_passage_outside_it_to_merge(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    thanks, warm = _segment(window, THANKS), _segment(window, WARM)
    assert thanks.group is not None and warm.group is not None and thanks.group != warm.group
    window.side_by_side.overlay.focus(thanks.id)
    panel = window.comparison.panel
    text = panel.browser.toPlainText()
    assert "Close to this passage but not in it" in text and WARM in text
    assert "in another passage" in text and "Merge" in text
    assert text.index("Close to this passage") > text.index(THANKS)  # after the versions
    assert "3 close sentences outside it, below" in text  # said at the top, with a jump
    bar = panel.browser.verticalScrollBar()
    panel.browser.resize(600, 120)
    bar.setValue(0)
    panel.browser.anchorClicked.emit(QUrl("#offers"))
    assert bar.value() > 0  # scrolled down to the offers
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        panel.browser.anchorClicked.emit(QUrl(f"link:{warm.id}"))
    thanks, warm = _segment(window, THANKS), _segment(window, WARM)
    assert thanks.group is not None and thanks.group == warm.group


def test_show_brings_a_pane_off_screen_into_view(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    view = window.side_by_side
    window.resize(900, 700)
    view.scroll_area.horizontalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: view.scroll_area.horizontalScrollBar().maximum() > 0, timeout=5000)

    def visible(pane) -> bool:  # type: ignore[no-untyped-def]
        port = view.scroll_area.viewport()
        left = pane.mapTo(port, pane.rect().topLeft()).x()
        return left >= 0 and left + pane.width() <= port.width()

    hidden = next(p for p in view.panes if not visible(p))
    result = window.comparison.result
    assert result is not None
    target = next(s for s in result.segments if s.article == hidden.article.summary.id)
    window.comparison.panel.sig_show.emit(target.id)
    assert visible(hidden) and view.overlay.focused == target.id


def test_show_scrolls_the_right_way_right_to_left(qtbot: QtBot, window: MainWindow) -> None:
    """In a right-to-left window the first article is on the right; Show (and the walk to
    check) brings an article off screen into view either way (QScrollArea's own
    ensureWidgetVisible scrolled the wrong way there)."""
    from PySide6.QtCore import Qt

    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view = window.side_by_side
    window.resize(900, 700)
    qtbot.waitUntil(lambda: view.scroll_area.horizontalScrollBar().maximum() > 0, timeout=5000)
    port = view.scroll_area.viewport()

    def visible(pane) -> bool:  # type: ignore[no-untyped-def]
        left = pane.mapTo(port, pane.rect().topLeft()).x()
        return left >= -1 and left + pane.width() <= port.width() + 1

    result = window.comparison.result
    assert result is not None
    first, last = view.panes[0], view.panes[-1]
    assert (
        first.mapTo(port, first.rect().topLeft()).x() > last.mapTo(port, last.rect().topLeft()).x()
    )
    for pane in (last, first, last):
        target = next(s for s in result.segments if s.article == pane.article.summary.id)
        window.comparison.panel.sig_show.emit(target.id)
        assert visible(pane), pane.article.summary.id


def test_choosing_a_passage_by_its_words_brings_its_pane_into_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    """``select_passage`` (``tabayun screenshot --passage``) scrolls the panes sideways to the
    article that has the words, as Show does."""
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    view = window.side_by_side
    window.resize(900, 700)
    view.scroll_area.horizontalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: view.scroll_area.horizontalScrollBar().maximum() > 0, timeout=5000)
    port = view.scroll_area.viewport()

    def visible(pane) -> bool:  # type: ignore[no-untyped-def]
        left = pane.mapTo(port, pane.rect().topLeft()).x()
        return left >= -1 and left + pane.width() <= port.width() + 1

    hidden = next(p for p in view.panes if not visible(p))
    words = hidden.article.text.split("\n", 1)[0][:30]
    assert all(words not in p.article.text for p in view.panes if p is not hidden)
    assert view.select_passage(words)
    assert visible(hidden)


def test_coverage_shows_a_tied_sentence_in_its_outlets_column(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """A passage four of the five demo outlets carry, tied by a reviewer to the fifth's
    sentence: the Coverage row counts five outlets and shows that sentence, marked ↔."""
    from app.compare.engine import compare
    from app.compare.passages import coverage
    from app.compare.pipeline import pipeline_for
    from app.library.queries import list_articles, load_articles
    from tests.app.review.test_passage_edits import last_outlet_tie
    from ui.views.coverage_grid import CoverageGrid

    sessions = workspace.sessions
    documents = load_articles(sessions, [a.id for a in list_articles(sessions, 1)])
    member, other, missing = last_outlet_tie(compare(documents, word_diffs=False))
    tie = ("tie", member.article, member.start, member.end, other.article, other.start, other.end)
    tied = compare(documents, word_diffs=False, pipeline=pipeline_for(None, [tie]))
    grid = CoverageGrid()
    qtbot.addWidget(grid)
    grid.set_comparison(tied, {})
    table = grid.table
    column = 1 + [a.summary.id for a in tied.articles].index(missing)
    marked = [table.item(r, column) for r in range(table.rowCount())
              if table.item(r, column).text().startswith("↔ ")]  # fmt: skip
    assert len(marked) == 1 and "stays in its own passage" in marked[0].toolTip()
    assert other.text[:10] in marked[0].text()
    counts = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert sum(f"{len(tied.articles)} / {len(tied.articles)}" in c for c in counts) == sum(
        r.articles == len(tied.articles) for r in coverage(tied)
    )
    from ui.views.passage_panel import PassagePanel

    panel = PassagePanel()  # the Passage panel counts the tied outlet as the grid does
    qtbot.addWidget(panel)
    panel.show_passage(tied, member.id, {a.summary.id: str(a.summary.id) for a in tied.articles})
    every = len(tied.articles)
    assert f"Carried by \u2068{every}\u2069 of \u2068{every}\u2069" in panel.browser.toPlainText()
