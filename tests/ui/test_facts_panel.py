"""The Facts table in the real window: rows per question, a column per outlet, a click opens the
sentence, Shift+F8 moves through the differences from anywhere, decisions are kept and undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.views.facts_panel import FACT_ROLE, SHOW_ALL


def _compared(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.comparison.result is not None, timeout=20000)
    qtbot.waitUntil(lambda: bool(window.facts.panel.rows), timeout=10000)


def _row_texts(window: MainWindow) -> list[str]:
    table = window.facts.panel.table
    return [table.item(r, 1).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def test_the_table_lists_where_outlets_differ(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    panel = window.facts.panel
    table = panel.table
    assert table.columnCount() == 2 + len(window.side_by_side.panes)
    titles = _row_texts(window)
    assert any(t.startswith("Number of") for t in titles)  # one missile or two
    assert sum(t.startswith("Described as") for t in titles) == 2  # both descriptors
    assert table.item(0, 0).text() == "Conflict"  # type: ignore[union-attr]
    cells = [
        table.item(r, c).text()  # type: ignore[union-attr]
        for r in range(table.rowCount())
        for c in range(2, table.columnCount())
    ]
    assert "أهم منشأة" in cells and "أحدث منشأة" in cells
    assert "where outlets differ" in window.comparison.legend.status.text()
    panel.show_filter.setCurrentIndex(SHOW_ALL)
    assert table.rowCount() > len(titles)


def test_a_click_opens_the_sentence_beside_the_others(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    table = window.facts.panel.table
    row = next(r for r, t in enumerate(_row_texts(window)) if t.startswith("Described as · منش"))
    column = next(
        c for c in range(2, table.columnCount())
        if table.item(row, c).text() == "أحدث منشأة"  # type: ignore[union-attr]
    )  # fmt: skip
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(row, column)).center(),
    )
    result = window.comparison.result
    assert result is not None
    fact = result.facts.fact(table.item(row, column).data(FACT_ROLE))  # type: ignore[union-attr]
    panes = {p.article.summary.id: p for p in window.side_by_side.panes}
    assert panes[fact.article].text_view.selected_range() == (fact.start, fact.end)
    assert panes[fact.article].text_view.hasFocus()
    others = [p for a, p in panes.items() if a != fact.article and "أهم منشأة" in p.article.text]
    for pane in others:  # the other outlets' sentences are shown and selected too
        chosen = pane.text_view.selected_range()
        assert chosen is not None
        assert pane.article.text[chosen[0] : chosen[1]] == "أهم منشأة"


def test_shift_f8_moves_through_the_differences_from_anywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    _compared(qtbot, window)
    window.library.sidebar.setFocus()  # not in a pane, not in the table
    differing = [r for r in window.facts.panel.shown if r.differs]
    seen = []
    for _ in differing:
        window.comparison.actions["next_flag"].trigger()
        row = window.facts.panel.current_row()
        assert row is not None
        seen.append(row.question.id)
    assert seen == [r.question.id for r in differing]
    window.comparison.actions["next_flag"].trigger()
    assert "No more facts where outlets differ" in window.statusBar().currentMessage()
    window.comparison.actions["previous_flag"].trigger()
    assert window.facts.panel.current_row().question.id == seen[-2]  # type: ignore[union-attr]


def test_a_decision_is_shown_kept_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    panel = window.facts.panel
    window.comparison.actions["next_flag"].trigger()
    row = panel.current_row()
    assert row is not None and row.status == "conflict"
    panel.dismiss.trigger()
    qtbot.waitUntil(lambda: panel.rows and any(r.review for r in panel.rows), timeout=10000)
    dismissed = next(r for r in panel.rows if r.review)
    assert dismissed.question.id == row.question.id and not dismissed.differs
    assert dismissed.review is not None and dismissed.review.reviewer == "Tester"
    # a fresh comparison (an article closed and opened again) meets the same decision
    window.comparison.recompare()
    _compared(qtbot, window)
    qtbot.waitUntil(lambda: any(r.review for r in panel.rows), timeout=10000)
    window.tagging.actions["undo"].trigger()
    qtbot.waitUntil(lambda: not any(r.review for r in panel.rows), timeout=10000)


def test_the_alias_table_makes_two_names_one_body(
    qtbot: QtBot, window: MainWindow, tmp_path: object
) -> None:
    import json

    from PySide6.QtWidgets import QTableWidgetItem

    _compared(qtbot, window)
    dialog = window.facts.edit_bodies()
    assert dialog is not None
    shipped = dialog.rows()
    assert "المحققون الروس" in shipped["لجنة التحقيق الروسية"]
    row = dialog.table.rowCount()
    dialog._add_row("", [])
    dialog.table.setItem(row, 0, QTableWidgetItem("الكرملين"))
    dialog.table.setItem(row, 1, QTableWidgetItem("الرئاسة الروسية، المتحدث باسم الكرملين"))
    with qtbot.waitSignal(window.comparison.sig_compared, timeout=20000):
        dialog.save()
    saved = json.loads((window.paths.data_dir / "bodies.json").read_text("utf-8"))
    assert saved["bodies"] == [
        {"name": "الكرملين", "aliases": ["الرئاسة الروسية", "المتحدث باسم الكرملين"]}
    ]  # only the reviewer's own rows; Tabayun's stay in Tabayun's table
    from app.compare.pipeline import pipeline_for
    from app.facts.sources import load_bodies

    table = load_bodies(window.paths.data_dir / "bodies.json")
    assert table.canonical("المتحدث باسم الكرملين") == "الكرملين"
    assert pipeline_for(window.paths.data_dir).key != pipeline_for(None).key


def test_the_figures_that_differ_stand_out_in_the_panes(qtbot: QtBot, window: MainWindow) -> None:
    _compared(qtbot, window)
    marked = {
        pane.article.summary.id: [
            pane.article.text[s.cursor.selectionStart() : s.cursor.selectionEnd()]
            for s in pane.text_view.layers["facts"]
        ]
        for pane in window.side_by_side.panes
    }
    texts = [t for spans in marked.values() for t in spans]
    assert any("صاروخين" in t for t in texts) and any("أهم منشأة" in t for t in texts)
    assert "Fact that differs" in window.comparison.legend.labels["fact"].text()


def test_an_empty_list_says_why_and_the_counts_are_seen(qtbot: QtBot) -> None:
    """Outlets that give every figure alike: the default list (where outlets differ) is empty,
    and it says so with a link to every fact, where it had been a blank table. The counts beside
    the filter have room in the bar (they had none: never seen)."""
    from app.facts.sheet import build_sheet
    from tests.app.facts.helpers import doc
    from ui.views.facts_panel import FactsPanel, rows_of

    sheet = build_sheet([doc(1, "قتل 5 أشخاص في الانفجار."), doc(2, "وقتل 5 أشخاص في الانفجار.")])
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    panel.set_rows(rows_of(sheet, {}), [(1, "one"), (2, "two")])
    qtbot.waitExposed(panel)
    assert panel.table.rowCount() == 0 and panel.empty.isVisible()
    assert "No fact where the outlets differ" in panel.empty.text()
    counts = panel.summary.text().replace("\u2068", "").replace("\u2069", "")
    assert panel.summary.width() > 100 and "0 where outlets differ" in counts
    panel.empty.linkActivated.emit("#all")
    assert panel.show_filter.currentIndex() == SHOW_ALL
    assert panel.table.rowCount() >= 1 and not panel.empty.isVisible()


def test_a_rising_tolls_readings_keep_their_order_in_either_direction(qtbot: QtBot) -> None:
    """The readings of an update joined bare («At least six people → 29 → 32 شخصا») were run
    together by the bidi algorithm and showed «29» after «32»; each is now isolated, and the
    arrows point the way the interface reads."""
    from app.facts.sheet import build_sheet
    from app.text.bidi import FSI, PDI
    from tests.app.facts.helpers import DAY, doc
    from ui.views.facts_panel import FactsPanel, rows_of

    earlier, later = DAY.replace(day=5), DAY
    sheet = build_sheet(
        [
            doc(1, "قتل 29 شخصا في الحادث.", day=earlier),
            doc(2, "وقتل 32 شخصا في الحادث.", day=later),
        ]
    )
    for direction, arrow, mark in ((Qt.LayoutDirection.LeftToRight, " → ", "\u200e"),
                                   (Qt.LayoutDirection.RightToLeft, " ← ", "\u200f")):  # fmt: skip
        panel = FactsPanel()
        qtbot.addWidget(panel)
        panel.setLayoutDirection(direction)
        panel.set_rows(rows_of(sheet, {}), [(1, "one"), (2, "two")])
        title = panel.table.item(0, 1).text()  # type: ignore[union-attr]
        sequence = title.split("\n")[1]
        assert sequence == f"{mark}{FSI}29 شخصا{PDI}{arrow}{FSI}32 شخصا{PDI}"
        # laid out on its own, the first reading sits on the side the interface starts reading
        # from (the line's only strong letters are inside the isolates: without the mark it
        # read left to right in an Arabic panel too)
        layout = QTextLayout(sequence, panel.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        line = layout.lineAt(0)
        first, second = (line.cursorToX(sequence.index(n))[0] for n in ("29", "32"))
        assert (first < second) == (direction == Qt.LayoutDirection.LeftToRight)
