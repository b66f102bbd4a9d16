"""Edit an article's details (title, outlet, date, URL); the text itself stays as imported."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.articles import ArticleDetails
from app.ingest.drafts import parse_date


class ArticleDetailsDialog(QDialog):
    def __init__(
        self, details: ArticleDetails, outlets: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article Details"))
        self.setObjectName("ArticleDetailsDialog")
        self.title = QLineEdit(details.title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.outlet = QComboBox()
        self.outlet.setEditable(True)
        self.outlet.addItems(outlets)
        self.outlet.setCurrentText(details.outlet or "")
        self.date = QLineEdit(details.published_on.isoformat() if details.published_on else "")
        self.date.setPlaceholderText(self.tr("2023-09-13, 13/9/2023 or 13 سبتمبر 2023"))
        self.url = QLineEdit(details.url or "")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&URL:"), self.url)
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
        return ArticleDetails(
            self.title.text().strip(),
            self.outlet.currentText().strip() or None,
            date,
            self.url.text().strip() or None,
        )
