"""The changes made in this session, oldest first: those undone are greyed until redone."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from ui.translations import number_text, text_of

if TYPE_CHECKING:
    from app.review.history import History


class HistoryPanel(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("HistoryPanel")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Changes made, oldest first"))
        self.setWidget(self.list)

    def show_history(self, history: History | None) -> None:
        self.list.clear()
        if history is None:
            return
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for change in history.done:
            when = number_text(change.at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M"))
            who = f" — {change.reviewer}" if change.reviewer else ""
            self.list.addItem(QListWidgetItem(f"{when}  {text_of(change.label)}{who}"))
        for change in reversed(history.undone):
            item = QListWidgetItem(self.tr("(undone) ") + text_of(change.label))
            item.setForeground(grey)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.list.addItem(item)
        if self.list.count():
            self.list.scrollToItem(self.list.item(self.list.count() - 1))

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
