"""Edit → Sources and Their Names…: the table that tells Tabayun two names are one body
(«المحققون الروس» = «لجنة التحقيق الروسية»), so their figures are not read as different sources.

Tabayun's own entries are listed with the reviewer's; a change to one, or a new row, is saved in
``bodies.json`` in the data folder (written whole, then moved into place), and the open articles
are compared again.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.translations import fill

SEPARATOR = "، "


def _entries(path: Path) -> list[dict[str, object]]:
    try:
        found = json.loads(path.read_text(encoding="utf-8")).get("bodies", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [e for e in found if isinstance(e, dict) and e.get("name")]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("،", ",").split(",") if part.strip()]


class BodiesDialog(QDialog):
    def __init__(self, user_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.resources import resources_dir

        self.user_file = user_file
        self.setWindowTitle(self.tr("Sources and Their Names"))
        self.resize(820, 520)
        self.shipped = {
            str(e["name"]): list(e.get("aliases", []))  # type: ignore[call-overload]
            for e in _entries(resources_dir() / "facts" / "bodies.json")
        }
        mine = {str(e["name"]): list(e.get("aliases", [])) for e in _entries(user_file)}  # type: ignore[call-overload]
        intro = QLabel(
            self.tr(
                "Names that mean the same body. When two outlets attribute a figure to names in "
                "one row, Tabayun counts them as one source. Separate the other names with commas."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Other names")])
        self.table.setAccessibleName(self.tr("Bodies and their other names"))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        for name, aliases in {**self.shipped, **mine}.items():
            self._add_row(name, aliases)
        add = QPushButton(self.tr("Add a Body"))
        add.clicked.connect(lambda: self._add_row("", [], edit=True))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(add, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _add_row(self, name: str, aliases: list[str], edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, SEPARATOR.join(aliases))):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        first = self.table.item(row, 0)
        if edit and first is not None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(first)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for row in range(self.table.rowCount()):
            name_item, aliases_item = self.table.item(row, 0), self.table.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            if name:
                found[name] = _split(aliases_item.text() if aliases_item else "")
        return found

    def save(self) -> None:
        """Write the rows that differ from Tabayun's own (new ones, changed ones)."""
        mine = [
            {"name": name, "aliases": aliases}
            for name, aliases in self.rows().items()
            if self.shipped.get(name) != aliases
        ]
        document = {
            "about": "The reviewer's additions to Tabayun's table of bodies.",
            "bodies": mine,
        }
        try:
            self.user_file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.user_file.parent, suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(document, out, ensure_ascii=False, indent=1)
            Path(temporary).replace(self.user_file)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Tabayun"),
                fill(
                    self.tr("The table could not be saved: %1. Nothing was changed."),
                    exc.strerror or str(exc),
                ),
            )
            return
        self.accept()
