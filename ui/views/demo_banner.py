"""A strip above the articles while the demo is open: what the reader is looking at, and the way
to their own articles in plain view. Hidden for good with its × (or by opening other articles)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui.icons import icon

DISMISSED = "demo_banner_dismissed"


class DemoBanner(QFrame):
    sig_import = Signal()
    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DemoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#DemoBanner { background: palette(alternate-base); border: 1px solid palette(mid); }"
        )
        self.message = QLabel(
            self.tr(
                "This is the demo: five outlets' reports of one summit, compared. The tints show "
                "what every outlet, some outlets or only one carries (yellow: not sure); click a "
                "passage to see each outlet's version below."
            )
        )
        self.message.setWordWrap(True)
        self.import_button = QPushButton(icon("import"), self.tr("Import Your Articles…"))
        self.import_button.setObjectName("DemoImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.sig_import)
        close = QToolButton()
        close.setObjectName("DemoBannerClose")
        close.setIcon(icon("close_pane"))
        close.setToolTip(self.tr("Hide this message"))
        close.setAccessibleName(self.tr("Hide this message"))
        close.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.import_button)
        layout.addWidget(close)
        self.hide()

    def _dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit()

    def update_for(self, open_collections: Iterable[int], demo: set[int], dismissed: bool) -> None:
        """Shown while only demo articles are open, unless the reader hid it."""
        shown = set(open_collections)
        self.setVisible(bool(shown) and shown <= demo and not dismissed)
