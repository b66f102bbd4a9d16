"""The import preview as a table: one row per article found, the reviewer's choices in it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.ingest.plan import PlanRow, RowStatus
from app.text.bidi import isolate_ltr
from ui.models.two_level import format_date
from ui.provenance import outlet_origin_short, outlet_origin_text
from ui.translations import text_of

if TYPE_CHECKING:
    from app.ingest.preview import ImportPreview

Index = QModelIndex | QPersistentModelIndex
# "": detect. Then the Arabic ones, and Windows' Western code page for Latin-script articles.
# "utf-8:replace": a UTF-8 file with a few bad bytes (or stray NULs), taken with them shown as �.
ENCODINGS = ("", "utf-8", "utf-8:replace", "utf-8-sig", "utf-16", "cp1256", "iso8859-6", "cp1252")

COLUMNS = (
    "File", "Status", "Format", "Encoding", "Title", "Outlet", "Outlet from", "Date", "Language",
)  # fmt: skip
(FILE, STATUS, FORMAT, ENCODING, TITLE, OUTLET, OUTLET_FROM, DATE, LANGUAGE) = range(len(COLUMNS))
STATUS_COLOURS = {  # colour-blind-safe (Okabe–Ito), light enough behind text
    RowStatus.NEW: QColor("#d9f0e3"),
    RowStatus.DUPLICATE: QColor("#e6e6e6"),
    RowStatus.NEAR_DUPLICATE: QColor("#fbe8c8"),
    RowStatus.UPDATE: QColor("#d6e6f5"),
    RowStatus.ERROR: QColor("#f6d5d5"),
    RowStatus.REFUSED: QColor("#ececec"),
}


class ImportPreviewModel(QAbstractTableModel):
    sig_encoding_chosen = Signal(object, str)  # path, encoding ("" for detection)
    sig_outlet_chosen = Signal(list, str)  # row positions, outlet ("" for unnamed)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.partial: list[PlanRow] = []  # rows read so far, while the preview is being made
        self.unchecked: set[int] = set()  # row positions the reviewer chose not to import

    def set_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self.preview = preview
        self.partial = []
        self.unchecked = {i for i, r in enumerate(preview.rows) if not r.importable}
        self.endResetModel()

    def update_preview(self, preview: ImportPreview) -> None:
        """The same rows with new details (an outlet named): the reviewer's ticks are kept."""
        self.preview = preview
        if self.rows:
            last = self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def add_fetched(self, rows: list[PlanRow]) -> None:
        """Rows fetched so far, shown below the preview's own while the rest are fetched."""
        if self.preview is None or not rows:
            return
        first = len(self.preview.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.preview = replace(self.preview, rows=(*self.preview.rows, *rows))
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.preview = None
        self.partial = []
        self.unchecked = set()
        self.endResetModel()

    def add_partial(self, rows: list[PlanRow]) -> None:
        """Rows read so far, shown before the preview is complete (not yet checked for
        duplicates; nothing can be imported until the preview is)."""
        if self.preview is not None or not rows:
            return
        first = len(self.partial)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.partial.extend(rows)
        self.endInsertRows()

    @property
    def rows(self) -> tuple[PlanRow, ...] | list[PlanRow]:
        return self.preview.rows if self.preview else self.partial

    def skip_positions(self) -> frozenset[int]:
        return frozenset(self.unchecked)

    def importable_count(self) -> int:
        if self.preview is None:
            return 0
        return sum(1 for i, r in enumerate(self.rows) if r.importable and i not in self.unchecked)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_names()[section]
        return None

    def column_names(self) -> tuple[str, ...]:
        return (
            self.tr("File"), self.tr("Status"), self.tr("Format"), self.tr("Encoding"),
            self.tr("Title"), self.tr("Outlet"), self.tr("Outlet from"), self.tr("Date"),
            self.tr("Language"),
        )  # fmt: skip

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() == FILE and row.importable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == ENCODING and self.preview is not None and row.encoding_choice:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == OUTLET and self.preview is not None and not row.failed:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole and column == ENCODING:
            return (self.preview.encodings.get(row.path, "") if self.preview else "") or ""
        if role == Qt.ItemDataRole.EditRole and column == OUTLET:
            return row.outlet or ""
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTLET and not row.outlet:
            return QBrush(QColor("#767676"))  # "not named": a hint, not a value
        if role == Qt.ItemDataRole.ToolTipRole and column in (OUTLET, OUTLET_FROM):
            if row.failed:
                return None
            return outlet_origin_text(row.outlet_origin, row.outlet_evidence, bool(row.outlet))
        if role == Qt.ItemDataRole.CheckStateRole and column == FILE and row.importable:
            checked = index.row() not in self.unchecked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            return text_of(row.reason) or str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TITLE, OUTLET):
            rtl = row.direction == "rtl"
            edge = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: PlanRow, column: int) -> str:
        if column == FILE:
            return isolate_ltr(row.label)  # a file name reads left to right in any layout
        if column == STATUS:
            words = {
                RowStatus.NEW: self.tr("new"),
                RowStatus.DUPLICATE: self.tr("duplicate"),
                RowStatus.NEAR_DUPLICATE: self.tr("near duplicate"),
                RowStatus.UPDATE: self.tr("new version"),
                RowStatus.ERROR: self.tr("error"),
                RowStatus.REFUSED: self.tr("not read"),
            }
            return words[row.status] + (f": {text_of(row.reason)}" if row.reason else "")
        if column == FORMAT:
            return row.format or ""
        if column == ENCODING:
            if row.format == "epub":
                chosen = self.preview.encodings.get(row.path, "") if self.preview else ""
                return self.tr("one article") if chosen else self.tr("by chapter")
            guessed = "" if row.encoding_confident else " " + self.tr("(guessed)")
            return (row.encoding or "") + guessed
        if column == TITLE:
            return row.title
        if column == OUTLET:
            if row.failed:
                return ""
            return row.outlet or self.tr("not named — double-click to name")
        if column == OUTLET_FROM:
            return outlet_origin_short(row.outlet_origin) if row.outlet else ""
        if column == DATE:
            return format_date(row.published_on)
        if column == LANGUAGE:
            return f"{row.language} · {row.direction}" if row.language else ""
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == FILE:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.unchecked.discard(index.row())
            else:
                self.unchecked.add(index.row())
            self.dataChanged.emit(index, index)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == ENCODING:
            self.sig_encoding_chosen.emit(self.rows[index.row()].path, str(value or ""))
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == OUTLET:
            self.sig_outlet_chosen.emit([index.row()], str(value or ""))
            return True
        return False
