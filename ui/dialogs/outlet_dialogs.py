"""Naming an outlet for one or many articles, and the Outlets dialog (rename, merge)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.translations import fill

if TYPE_CHECKING:
    from app.outlets.service import OutletSummary


def outlet_combo(names: Sequence[str], current: str = "") -> QComboBox:
    """An editable drop-down of known outlets that completes what is typed (any part of a
    name), so one outlet is not entered under two spellings."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(dict.fromkeys(names)))
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setCurrentText(current)
    combo.setMinimumContentsLength(24)
    return combo


class NameOutletDialog(QDialog):
    """The outlet of one or more articles, chosen or typed; empty makes them unnamed."""

    def __init__(
        self,
        count: int,
        names: Sequence[str],
        current: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("NameOutletDialog")
        self.setWindowTitle(self.tr("Name the Outlet"))
        intro = QLabel(self.tr("The outlet of the %n chosen article(s):", "", count))
        self.outlet = outlet_combo(names, current)
        self.outlet.setAccessibleName(self.tr("Outlet"))
        hint = QLabel(
            self.tr(
                "Choose a known outlet or type a new name. Leave it empty to mark the articles "
                "as unnamed. Edit → Undo takes it back."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.outlet)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def name(self) -> str:
        return " ".join(self.outlet.currentText().split())


class OutletsDialog(QDialog):
    """Every outlet with its articles and other names; rename one, merge several."""

    sig_rename_requested = Signal(int, str)  # source id, new name
    sig_merge_requested = Signal(list, int)  # source ids to merge, the one to keep

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutletsDialog")
        self.setWindowTitle(self.tr("Outlets"))
        self.outlets: list[OutletSummary] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Outlet"), self.tr("Articles"), self.tr("Also called")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Outlets"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(
            self.tr("One outlet under several names: keep one, the others become its aliases")
        )
        self.merge_button.clicked.connect(self.merge)
        self.status = QLabel(
            self.tr(
                "Select an outlet to rename it, or several names of one outlet to merge them. "
                "Edit → Undo takes either back."
            )
        )
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self._update_buttons()

    def set_outlets(self, outlets: Sequence[OutletSummary]) -> None:
        chosen = {o.id for o in self.selected()}
        self.outlets = list(outlets)
        self.table.setRowCount(len(self.outlets))
        for row, outlet in enumerate(self.outlets):
            name = QTableWidgetItem(outlet.name)
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.DisplayRole, outlet.articles)
            aliases = QTableWidgetItem("، ".join(outlet.aliases))
            for column, item in enumerate((name, count, aliases)):
                self.table.setItem(row, column, item)
            if outlet.id in chosen:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self._update_buttons()

    def selected(self) -> list[OutletSummary]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.outlets[r] for r in rows if r < len(self.outlets)]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.rename_button.setEnabled(len(chosen) == 1)
        self.merge_button.setEnabled(len(chosen) >= 2)

    def rename(self) -> None:
        (outlet,) = self.selected()
        self._ask(
            self.tr("Rename Outlet"),
            fill(self.tr("New name for %1 (the old name stays as an alias):"), outlet.name),
            outlet.name,
            lambda name: self.sig_rename_requested.emit(outlet.id, name),
        )

    def merge(self) -> None:
        chosen = self.selected()
        dialog = QInputDialog(self)
        dialog.setObjectName("MergeOutletsDialog")
        dialog.setWindowTitle(self.tr("Merge Outlets"))
        dialog.setLabelText(
            self.tr("Keep which name? The articles of the others move to it, and their names "
                    "become its aliases.")
        )  # fmt: skip
        dialog.setComboBoxItems([o.name for o in chosen])
        dialog.setComboBoxEditable(False)

        def keep(name: str) -> None:
            into = next(o for o in chosen if o.name == name)
            self.sig_merge_requested.emit([o.id for o in chosen], into.id)

        dialog.textValueSelected.connect(keep)
        dialog.open()

    def _ask(self, title: str, label: str, current: str, then: Callable[[str], None]) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("RenameOutletDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(current)
        dialog.textValueSelected.connect(lambda text: then(" ".join(text.split())))
        dialog.open()
