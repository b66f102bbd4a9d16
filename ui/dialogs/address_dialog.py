"""Web addresses to import: pasted one per line (pages or RSS/Atom feeds)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ingest.web import valid_address


class AddressDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AddressDialog")
        self.setWindowTitle(self.tr("Add Web Addresses"))
        intro = QLabel(
            self.tr(
                "Paste the addresses of articles or of RSS/Atom feeds, one per line. Each page "
                "is fetched and its article taken out; a feed gives an article per item."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses read left to right
        self.text.setPlaceholderText("https://…")
        self.text.setAccessibleName(self.tr("Web addresses, one per line"))
        self.text.textChanged.connect(self._check)
        self.status = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Fetch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 360)
        self._check()

    def _lines(self) -> list[list[str]]:
        """The addresses of each non-empty line (a line may hold several)."""
        return [
            [a for a in (valid_address(word) for word in line.split()) if a]
            for line in self.text.toPlainText().splitlines()
            if line.strip()
        ]

    def addresses(self) -> list[str]:
        return list(dict.fromkeys(a for line in self._lines() for a in line))

    def _check(self) -> None:
        good = self.addresses()
        self.ok.setEnabled(bool(good))
        bad = sum(1 for line in self._lines() if not line)
        self.status.setText(
            self.tr("%n address(es) to fetch", "", len(good))
            + (" · " + self.tr("%n line(s) are not web addresses", "", bad) if bad > 0 else "")
        )
