"""Create or edit a tag: its name in two languages, colour, description and shortcut key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.review.records import TagRecord
from ui.views.tag_panel import swatch


@dataclass(frozen=True)
class TagValues:
    name: str
    name_alt: str
    color: str
    description: str
    shortcut: int | None


class TagDialog(QDialog):
    def __init__(self, tag: TagRecord | None, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TagDialog")
        self.setWindowTitle(self.tr("Edit Tag") if tag else self.tr("New Tag"))
        self.colour = tag.color if tag else colour
        self.name = QLineEdit(tag.name if tag else "")
        self.name.setPlaceholderText(self.tr("for example: ادعاء"))
        self.name_alt = QLineEdit(tag.name_alt if tag else "")
        self.name_alt.setPlaceholderText(self.tr("for example: Claim"))
        self.colour_button = QPushButton(self.colour)
        self.colour_button.setIcon(swatch(self.colour))
        self.colour_button.clicked.connect(self._choose_colour)
        self.description = QPlainTextEdit(tag.description if tag else "")
        self.description.setMaximumHeight(80)
        self.key = QComboBox()
        self.key.addItem(self.tr("None"), None)
        for number in range(1, 10):
            self.key.addItem(str(number), number)
        if tag and tag.shortcut:
            self.key.setCurrentIndex(tag.shortcut)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Name in the &other language:"), self.name_alt)
        form.addRow(self.tr("&Colour:"), self.colour_button)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Shortcut &key:"), self.key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Tag Colour"))
        if chosen.isValid():
            self.set_colour(chosen.name().upper())

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setText(colour)
        self.colour_button.setIcon(swatch(colour))

    def values(self) -> TagValues:
        return TagValues(
            self.name.text().strip(),
            self.name_alt.text().strip(),
            self.colour,
            self.description.toPlainText().strip(),
            self.key.currentData(),
        )
