"""The review workspace drives the real window: highlights, counterparts, stepping, legend."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.views.article_pane import ArticlePane

QUOTE = "هذا سبب قدومنا إلى هنا"


def _compared(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.review.result is not None, timeout=20000)


def _focus_texts(pane: ArticlePane) -> list[str]:
    return [s.cursor.selectedText() for s in pane.text_view.layers["focus"]]


def test_seeds_open_with_support_highlights_and_a_legend(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    assert len(window.side_by_side.panes) == 5
    for pane in window.side_by_side.panes:
        assert pane.text_view.layers["support"], "every seed has highlighted passages"
    legend = window.review.legend
    assert {"all", "some", "unique", "furniture"} <= set(legend.labels)
    assert "shared passage" in legend.status.text()
    # the highlights are ExtraSelections: the document itself has no character formats added
    text = window.side_by_side.panes[0].text_view
    assert len(text.extraSelections()) >= len(text.layers["support"])


def test_selecting_a_passage_outlines_its_counterparts(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    panes = window.side_by_side.panes
    home = next(p for p in panes if QUOTE in p.article.text)
    position = home.article.text.index(QUOTE)
    home.text_view.select_range(position + 3, position + 3)  # a click inside the quote
    others = [p for p in panes if p is not home and _focus_texts(p)]
    texts = [t for p in others for t in _focus_texts(p)]
    assert len(others) >= 2
    assert any("لهذا السبب جئنا إلى هنا" in t for t in texts)
    assert any("هذا هو السبب الذي أتينا من أجله" in t for t in texts)
    assert any(QUOTE in t for t in _focus_texts(home))
    # each counterpart is scrolled into view
    overlay = window.side_by_side.overlay
    counterparts = overlay.counterparts[overlay.focused or 0]
    for pane in others:
        first = next(s for s in overlay.by_article[pane.article.summary.id] if s.id in counterparts)
        assert 0 <= pane.text_view.top_of(first.start) < pane.text_view.viewport().height()


def test_next_difference_moves_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    overlay = window.side_by_side.overlay
    pane = window.side_by_side.panes[0]
    pane.text_view.setFocus()
    pane.text_view.select_range(0, 0)
    window.review.actions["next_difference"].trigger()
    first = overlay.focused
    assert first is not None
    assert window.review.result is not None
    assert window.review.result.segments[first].support != "all"
    window.review.actions["next_difference"].trigger()
    second = overlay.focused
    assert second is not None and second != first
    segments = window.review.result.segments
    assert segments[second].start > segments[first].start
    window.review.actions["previous_difference"].trigger()
    assert overlay.focused == first


def test_closing_an_article_compares_the_rest_again(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    before = window.review.result
    window.side_by_side.close_article(window.side_by_side.panes[0].article.summary.id)
    qtbot.waitUntil(
        lambda: window.review.result is not None and window.review.result is not before,
        timeout=20000,
    )
    assert len(window.review.result.articles) == 4  # type: ignore[union-attr]
