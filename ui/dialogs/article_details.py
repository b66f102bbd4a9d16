"""Edit an article's details (title, outlet, date, URL); the text itself stays as imported."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.ingest.drafts import parse_date
from ui.dialogs.outlet_dialogs import outlet_combo
from ui.provenance import date_origin_text, outlet_origin_text

if TYPE_CHECKING:
    from app.library.editing import ArticleDetails


class ArticleDetailsDialog(QDialog):
    def __init__(
        self, details: ArticleDetails, outlets: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article Details"))
        self.setObjectName("ArticleDetailsDialog")
        self.title = QLineEdit(details.title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.outlet = outlet_combo(outlets, details.outlet or "")
        self.date = QLineEdit(details.published_on.isoformat() if details.published_on else "")
        self.date.setPlaceholderText(self.tr("2023-09-13, 13/9/2023 or 13 سبتمبر 2023"))
        self.url = QLineEdit(details.url or "")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.original = details
        self.outlet_origin = _note(
            outlet_origin_text(details.outlet_origin, details.outlet_evidence, bool(details.outlet))
        )
        self.date_origin = _note(date_origin_text(details.date_origin))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow("", self.outlet_origin)
        form.addRow(self.tr("&Date:"), self.date)
        if details.date_origin:
            form.addRow("", self.date_origin)
        form.addRow(self.tr("&URL:"), self.url)
        if details.author:
            form.addRow(self.tr("Author:"), _note(details.author, grey=False))
        if details.place:
            form.addRow(self.tr("Place:"), _note(details.place, grey=False))
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def parsed_date(self) -> tuple[bool, dt.date | None]:
        text = self.date.text().strip()
        if not text:
            return True, None
        value = parse_date(text)
        return value is not None, value

    def _check(self) -> None:
        ok, _ = self.parsed_date()
        if not self.title.text().strip():
            self.error.setText(self.tr("An article needs a title."))
        elif not ok:
            self.error.setText(self.tr("That date cannot be read; try 2023-09-13."))
        else:
            self.accept()

    def details(self) -> ArticleDetails:
        _, date = self.parsed_date()
        return replace(
            self.original,
            title=self.title.text().strip(),
            outlet=self.outlet.currentText().strip() or None,
            published_on=date,
            url=self.url.text().strip() or None,
        )


def _note(text: str, *, grey: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if grey:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label
