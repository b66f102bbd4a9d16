"""Every tagged span of the open articles, with its text and tags; a click goes to it.

Spans that a re-import could not place on the article's new text (orphaned) are listed first,
marked, and can be shown alone; a click on one opens its article without selecting anything.

A table model over plain tuples: the view asks only for the rows it shows, so 10,000 tagged
spans cost a list of tuples, not 10,000 widget items (0.5 s with QTreeWidget).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCheckBox, QDockWidget, QTreeView, QVBoxLayout, QWidget

from app.review.records import AnnotationRecord, TagRecord
from app.text.direction import dominant_direction
from ui.views.tag_panel import swatch

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _one_line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class TaggedModel(QAbstractTableModel):
    # passage, tags, article label, colour, right-to-left, (article id, start, end), full quote
    Row = tuple[str, str, str, str, bool, tuple[int, int, int], str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TaggedModel.Row] = []
        self.headers = [self.tr("Passage"), self.tr("Tags"), self.tr("Article")]

    def set_rows(self, rows: list[TaggedModel.Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row[6]
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return swatch(row[3])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0 and row[4]:
            return RIGHT
        return None


class TaggedList(QDockWidget):
    sig_activated = Signal(int, int, int)  # article id, start, end (code points; -1 whole)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tagged Passages"), parent)
        self.setObjectName("TaggedList")
        self.model = TaggedModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Tagged passages"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)  # lets the view skip measuring every row
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 180)
        self.tree.clicked.connect(self._on_clicked)
        self.tree.activated.connect(self._on_clicked)
        self.orphans_only = QCheckBox()
        self.orphans_only.setObjectName("OrphansOnly")
        self.orphans_only.toggled.connect(lambda _on: self.model.set_rows(self._visible()))
        self.orphans_only.hide()
        self._rows: list[TaggedModel.Row] = []
        self._orphans = 0
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.orphans_only)
        layout.addWidget(self.tree)
        self.setWidget(body)

    def set_annotations(
        self,
        annotations: list[AnnotationRecord],
        tags: dict[int, TagRecord],
        labels: dict[int, str],
        hidden: set[int],
    ) -> None:
        rows: list[TaggedModel.Row] = []
        orphans: list[TaggedModel.Row] = []
        whole, missing = self.tr("(the whole article)"), self.tr("(not found in the text) ")
        for annotation in annotations:
            shown = [tags[t] for t in annotation.tag_ids if t in tags and t not in hidden]
            if not shown:
                continue
            text = whole if annotation.whole_article else _one_line(annotation.exact)
            start = -1 if annotation.start is None else annotation.start
            end = -1 if annotation.end is None else annotation.end
            orphaned = annotation.anchor_state == "orphaned"
            if orphaned:
                text, start, end = missing + text, -1, -1
            (orphans if orphaned else rows).append((
                text, " · ".join(t.name for t in shown), labels.get(annotation.article_id, ""),
                shown[0].color, dominant_direction(text, default="ltr") == "rtl",
                (annotation.article_id, start, end), annotation.exact or text,
            ))  # fmt: skip
        self._rows, self._orphans = orphans + rows, len(orphans)
        self.orphans_only.setVisible(bool(orphans))
        self.orphans_only.setText(
            self.tr("Only passages not found after a re-import (%n)", "", len(orphans))
        )
        self.model.set_rows(self._visible())

    def _visible(self) -> list[TaggedModel.Row]:
        return self._rows[: self._orphans] if self.orphans_only.isChecked() else self._rows

    def count(self) -> int:
        return self.model.rowCount()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_activated.emit(*self.model.rows[index.row()][5])
