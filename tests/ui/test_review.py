"""The review workspace drives the real window: highlights, counterparts, stepping, legend."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.views.article_pane import ArticlePane

QUOTE = "هذا سبب قدومنا إلى هنا"


def _compared(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)


def _focus_texts(pane: ArticlePane) -> list[str]:
    return [s.cursor.selectedText() for s in pane.text_view.layers["focus"]]


def test_seeds_open_with_support_highlights_and_a_legend(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    assert len(window.side_by_side.panes) == 5
    for pane in window.side_by_side.panes:
        assert pane.text_view.layers["support"], "every seed has highlighted passages"
    legend = window.comparison.legend
    assert {"all", "some", "unique", "unsure", "furniture"} <= set(legend.labels)
    assert "shared passage" in legend.status.text()
    # the tints are painted under the text: the document itself gets no character formats
    text = window.side_by_side.panes[0].text_view
    before = text.document().toHtml()
    text.grab()
    assert text.document().toHtml() == before


def _tinted_pixels(pane: ArticlePane, colour: str) -> int:
    """Pixels of the pane's text area tinted towards ``colour`` (a support level's hue)."""
    from PySide6.QtGui import QColor

    image = pane.text_view.viewport().grab().toImage()
    hue = QColor(colour).hsvHue()
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixelColor(x, y)
            if pixel.hsvSaturation() > 20 and abs(pixel.hsvHue() - hue) < 15:
                count += 1
    return count


def test_the_support_tints_are_painted_under_the_text(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    pane = next(p for p in window.side_by_side.panes if QUOTE in p.article.text)
    tinted = _tinted_pixels(pane, "#CC79A7") + _tinted_pixels(pane, "#56B4E9")
    tinted += _tinted_pixels(pane, "#E69F00")
    assert tinted > 200, "the passages are tinted on screen"
    window.side_by_side.overlay.apply(None, window.side_by_side.panes)
    assert not pane.text_view.layers["support"]
    cleared = _tinted_pixels(pane, "#CC79A7") + _tinted_pixels(pane, "#56B4E9")
    cleared += _tinted_pixels(pane, "#E69F00")
    assert cleared < tinted / 20


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
    # each counterpart is scrolled into view (again, once the panels below have opened)
    overlay = window.side_by_side.overlay
    counterparts = overlay.counterparts[overlay.focused or 0]
    for pane in others:
        first = next(s for s in overlay.by_article[pane.article.summary.id] if s.id in counterparts)
        view = pane.text_view
        qtbot.waitUntil(
            lambda view=view, first=first: 0 <= view.top_of(first.start) < view.viewport().height(),
            timeout=3000,
        )


def test_next_difference_moves_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    overlay = window.side_by_side.overlay
    pane = window.side_by_side.panes[0]
    pane.text_view.setFocus()
    pane.text_view.select_range(0, 0)
    window.comparison.actions["next_difference"].trigger()
    first = overlay.focused
    assert first is not None
    assert window.comparison.result is not None
    assert window.comparison.result.segments[first].support != "all"
    window.comparison.actions["next_difference"].trigger()
    second = overlay.focused
    assert second is not None and second != first
    segments = window.comparison.result.segments
    assert segments[second].start > segments[first].start
    window.comparison.actions["previous_difference"].trigger()
    assert overlay.focused == first


def test_closing_an_article_compares_the_rest_again(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    before = window.comparison.result
    window.side_by_side.close_article(window.side_by_side.panes[0].article.summary.id)
    qtbot.waitUntil(
        lambda: window.comparison.result is not None and window.comparison.result is not before,
        timeout=20000,
    )
    assert len(window.comparison.result.articles) == 4  # type: ignore[union-attr]


def test_the_passage_panel_shows_every_version_and_the_flags(
    qtbot: QtBot, window: MainWindow
) -> None:
    _compared(qtbot, window)
    panes = window.side_by_side.panes
    home = next(p for p in panes if QUOTE in p.article.text)
    home.text_view.select_range(
        home.article.text.index(QUOTE) + 3, home.article.text.index(QUOTE) + 3
    )
    shown = window.comparison.panel.browser.toPlainText()
    assert QUOTE in shown and "لهذا السبب جئنا إلى هنا" in shown
    assert "Carried by" in shown
    page = window.comparison.panel.browser.toHtml()
    assert "background-color:#f8dda8" in page.lower() or "background-color:#c8ebdd" in page.lower()
    # the missile passage: its flag in words
    missile = next(p for p in panes if "صاروخًا باليستيًا واحدًا" in p.article.text)
    at = missile.article.text.index("صاروخًا باليستيًا واحدًا")
    missile.text_view.select_range(at, at)
    flagged = window.comparison.panel.browser.toPlainText()
    # each value and outlet in its own bidi isolate, so a number never hops across the arrow
    assert "\u2068صاروخين\u2069" in flagged and "Number of" in flagged
    assert "واحدًا على الأقل ↔ صاروخين" in flagged.replace("\u2068", "").replace("\u2069", "")
    assert "⚠" in flagged and "Conflict" in flagged  # why the pair differs, in words


def test_a_line_not_compared_is_not_tinted_as_one_outlets_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    """«وأضاف كيم:» (two words before a quotation) is not compared: it had been tinted «This
    outlet only», as if that outlet alone said something. Now it has no tint, no place in the
    overview strip and no stop among the differences, and the panel says why."""
    _compared(qtbot, window)
    result = window.comparison.result
    assert result is not None
    line = next(s for s in result.segments if s.text == "وأضاف كيم:")
    assert line.support == "none" and not line.furniture
    pane = next(p for p in window.side_by_side.panes if p.article.summary.id == line.article)
    covered = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in pane.text_view.layers["support"]
    ]
    utf16 = pane.text_view.offsets.to_utf16
    assert covered and all(
        end <= utf16(line.start) or start >= utf16(line.end) for start, end in covered
    )
    assert all(
        end <= utf16(line.start) or start >= utf16(line.end)
        for start, end, _level in pane.overview.spans
        if _level != "furniture"
    )
    pane.text_view.select_range(line.start + 2, line.start + 2)
    said = window.comparison.panel.browser.toPlainText()
    assert "Not compared" in said and "No other article" not in said
    # no verdict on how the outlets report a line no other outlet was compared with; a note is
    bar = window.comparison.panel.verdict
    assert bar.isEnabled() and not bar.buttons["agree"].isEnabled()
    assert not bar.comment.isEnabled()
    assert bar.findChild(QToolButton, "PassageNote").isEnabled()
    compared = next(s for s in result.segments if s.article == line.article and s.support != "none"
                    and not s.furniture)  # fmt: skip
    pane.text_view.select_range(compared.start + 2, compared.start + 2)
    assert bar.buttons["agree"].isEnabled() and bar.comment.isEnabled()


def test_the_panel_says_a_questions_figures_once_with_their_outlets(qtbot: QtBot) -> None:
    """Four outlets' tolls in one passage: one line for the question (its figures and why the
    pairs differ, counted), then each figure once with the outlets that give it; not a line per
    pair. Two outlets' single pair keeps its one line (the test above)."""
    from app.compare.engine import compare
    from tests.app.compare.test_passages import TOLL, _doc
    from ui.views.passage_panel import PassagePanel

    result = compare([_doc(n, t) for n, t in enumerate(TOLL, start=1)])
    panel = PassagePanel()
    qtbot.addWidget(panel)
    first = next(s for s in result.segments if s.article == 1)
    labels = {n: f"outlet {n}" for n in range(1, 5)}
    panel.show_passage(result, first.id, labels)
    shown = panel.browser.toPlainText().replace("\u2068", "").replace("\u2069", "")
    assert "↔" not in shown
    assert "Deaths: 3 figures · " in shown and "pairs)" in shown
    assert "30 شخصا — outlet 1, outlet 2" in shown
    assert "63 شخصا — outlet 3" in shown and "70 شخصا — outlet 4" in shown


def test_the_coverage_grid_lists_the_passages_and_jumps_to_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    _compared(qtbot, window)
    result = window.comparison.result
    assert result is not None
    table = window.comparison.grid.table
    assert table.rowCount() == len(result.groups)
    assert table.columnCount() == len(result.articles) + 1
    counts = [int(table.item(r, 0).data(0x0100)) for r in range(table.rowCount())]  # UserRole
    assert counts == sorted(counts, reverse=True)
    column = next(c for c in range(1, table.columnCount()) if table.item(0, c).text() != "—")
    table.cellClicked.emit(0, column)
    focused = window.side_by_side.overlay.focused
    assert focused is not None
    assert result.segments[focused].text.startswith(table.item(0, column).text().rstrip("…"))


def test_the_overview_strip_maps_the_article_and_jumps(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    pane = max(window.side_by_side.panes, key=lambda p: len(p.article.text))
    strip = pane.overview
    assert strip.isVisible() and len(strip.spans) >= 5
    # the strip measures the passages when control returns to the event loop
    qtbot.waitUntil(lambda: len(strip._geometry) == len(strip.spans), timeout=5000)
    tops = [top for top, _bottom, _level in strip._geometry]
    assert tops == sorted(tops) and 0 <= tops[0] < tops[-1] <= 1
    bar = pane.text_view.verticalScrollBar()
    assert bar.maximum() > 0
    window.side_by_side.set_sync_scroll(False)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, strip.height() - 2))
    assert bar.value() > bar.maximum() * 0.8
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, 1))
    assert bar.value() < bar.maximum() * 0.2


def test_panes_are_reordered_and_follow_the_reading_direction(
    qtbot: QtBot, window: MainWindow
) -> None:
    _compared(qtbot, window)
    view = window.side_by_side
    ids = view.article_ids
    view.move_article(ids[0], +1)
    assert view.article_ids == [ids[1], ids[0], *ids[2:]]
    assert view.splitter.widget(1) is view.panes[1]
    view.move_article(ids[0], -1)
    assert view.article_ids == ids
    view.move_article(ids[0], -1)  # already first: nothing moves
    assert view.article_ids == ids
    first, second = view.panes[0], view.panes[1]
    assert first.x() < second.x()  # left to right in an English interface
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(
        lambda: first.mapTo(view, QPoint(0, 0)).x() > second.mapTo(view, QPoint(0, 0)).x()
    )


def test_the_pairwise_view_joins_linked_passages(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    result = window.comparison.result
    assert result is not None
    by_pair: dict[tuple[int, int], int] = {}
    for link in result.links:  # the links whose sentences are in one passage
        a, b = result.segments[link.a], result.segments[link.b]
        if a.group is None or a.group != b.group:
            continue
        pair = tuple(sorted((a.article, b.article)))
        by_pair[pair] = by_pair.get(pair, 0) + 1  # type: ignore[index]
    (first, second), count = max(by_pair.items(), key=lambda kv: kv[1])
    view = window.side_by_side
    view.panes[view.article_ids.index(first)].text_view.setFocus()
    dialog = window.comparison.open_pairwise()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(first))
    dialog.choosers[1].setCurrentIndex(dialog.choosers[1].findData(second))
    assert len(dialog.canvas.pairs) == count
    assert dialog.left.layers["support"] and dialog.right.layers["support"]  # word differences
    assert "linked passage" in dialog.summary.text()
    image = dialog.canvas.grab().toImage()  # the bands are drawn
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 400, 5)}
    assert len(colours) > 3


def test_dark_and_light_themes_keep_the_highlights(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    _compared(qtbot, window)
    try:
        window.appearance.set_theme("dark")
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        assert base.lightness() < 60
        assert window.settings.theme == "dark"
        qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
        assert window.side_by_side.panes[0].text_view.layers["support"]
        window.appearance.set_theme("light")
        assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200
    finally:
        window.appearance.set_theme("system")
    assert window.settings.theme == "system"


def test_a_long_comparison_can_be_stopped(qtbot: QtBot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.ingest.service import import_paths
    from tests.benchmarks.bench_open_panes import synthetic_articles

    _compared(qtbot, window)
    assert window.workspace is not None
    report = import_paths(window.workspace.sessions, synthetic_articles(tmp_path, 4), "long")
    ids = [o.article_id for o in report.outcomes if o.article_id is not None]
    window.library.open_articles(ids)
    assert window.comparison.cancel_button.isVisible()
    window.comparison.cancel()
    qtbot.waitUntil(lambda: "stopped" in window.comparison.legend.status.text(), timeout=20000)
    assert window.comparison.result is None
    assert not window.comparison.cancel_button.isVisible()
    assert not window.side_by_side.panes[0].text_view.layers["support"]
