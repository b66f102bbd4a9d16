"""The coverage grid: one row per shared passage, one column per open article, each cell that
article's version or empty where it leaves the passage out. Sortable; a click shows the passage.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QTableWidget, QTableWidgetItem, QWidget

from ui.translations import fill, number_text

if TYPE_CHECKING:
    from app.compare.engine import Comparison

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_CHARS = 90


class CountItem(QTableWidgetItem):
    """Sorts by number, not by text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(Qt.ItemDataRole.UserRole) or 0) < int(
            other.data(Qt.ItemDataRole.UserRole) or 0
        )


class CoverageGrid(QDockWidget):
    sig_segment_activated = Signal(int)  # segment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CoverageGrid")
        self.setWindowTitle(self.tr("Coverage"))
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Which article carries which passage"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.cellClicked.connect(self._on_clicked)
        self.table.cellActivated.connect(self._on_clicked)
        self.setWidget(self.table)

    def set_comparison(self, comparison: Comparison | None, labels: Mapping[int, str]) -> None:
        from app.compare.passages import coverage, total_outlets

        self.table.setSortingEnabled(False)
        self.table.clear()
        if comparison is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        articles = [a.summary for a in comparison.articles]
        rows = coverage(comparison)
        total = total_outlets(comparison)  # outlets, not articles; unnamed ones each count
        mine = comparison.reviewer_segments()
        reviewer_tip = self.tr("A reviewer set this passage, not the engine")
        tied_tip = self.tr(
            "A reviewer linked this sentence to the passage without merging: it says the same, "
            "and stays in its own passage"
        )
        self.table.setColumnCount(len(articles) + 1)
        self.table.setRowCount(len(rows))
        headers = [self.tr("Outlets")] + [labels.get(a.id, str(a.id)) for a in articles]
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            shown = f"{number_text(row.outlets)} / {number_text(total)}"
            count = CountItem(shown)
            members = set(comparison.groups[row.group])
            if members & mine:  # the reviewer's passage, not the engine's
                count.setText(f"✎ {shown}")
                count.setToolTip(reviewer_tip)
            others = row.linked
            if others:  # linked by a reviewer to another passage, each kept apart
                count.setText(f"↔ {count.text()}")
                said = self.tr("A reviewer linked this passage, without merging, with: %1")
                linked = "\n".join(f"«{comparison.segments[o].text[:CELL_CHARS]}»" for o in others)
                tip = fill(said, linked)
                count.setToolTip(f"{count.toolTip()}\n{tip}" if count.toolTip() else tip)
            count.setData(Qt.ItemDataRole.UserRole, row.outlets)
            count.setData(SEGMENT_ROLE, next(iter(row.cells.values())).id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, 0, count)
            for c, article in enumerate(articles, start=1):
                segment = row.cells.get(article.id)
                item = QTableWidgetItem()
                if segment is None:
                    item.setText("—")
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(self.tr("This article leaves the passage out"))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                else:
                    text = segment.text
                    short = text if len(text) <= CELL_CHARS else text[:CELL_CHARS].rstrip() + "…"
                    item.setText(short)
                    item.setToolTip(text)
                    if article.id in row.tied:  # the reviewer said it says the same, kept apart
                        item.setText(f"↔ {short}")
                        item.setToolTip(f"{text}\n{tied_tip}")
                    item.setData(SEGMENT_ROLE, segment.id)
                    if segment.id in mine:  # as the panes mark it: a line over
                        font = item.font()
                        font.setOverline(True)
                        item.setFont(font)
                        item.setToolTip(f"{text}\n{reviewer_tip}")
                    edge = (
                        Qt.AlignmentFlag.AlignRight
                        if article.direction == "rtl"
                        else (Qt.AlignmentFlag.AlignLeft)
                    )
                    item.setTextAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnToContents(0)
        for c in range(1, len(articles) + 1):
            self.table.setColumnWidth(c, 260)
        self.table.resizeRowsToContents()

    def _on_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        segment = item.data(SEGMENT_ROLE) if item is not None else None
        if segment is None:
            first = self.table.item(row, 0)
            segment = first.data(SEGMENT_ROLE) if first is not None else None
        if segment is not None:
            self.sig_segment_activated.emit(int(segment))
