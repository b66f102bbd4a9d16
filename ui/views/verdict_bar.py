"""The reviewer's verdict on the passage in focus: agree, differ, contradict or unclear, with an
optional comment, and what other reviewers said. Sits under the Passage panel's versions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.review.records import VerdictRecord
from app.text.bidi import isolate

VALUES = ("agree", "differ", "contradict", "unclear")


class VerdictBar(QWidget):
    sig_set = Signal(str, str)  # verdict value, comment
    sig_clear = Signal()
    sig_note = Signal()  # write a note on this passage group

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerdictBar")
        self.mine: VerdictRecord | None = None
        self.compared = True  # a line the engine compared: the outlets' agreement is a question
        names = {
            "agree": (self.tr("Agree"), self.tr("The outlets report this passage alike")),
            "differ": (self.tr("Differ"), self.tr("The outlets tell it differently")),
            "contradict": (self.tr("Contradict"), self.tr("The versions cannot all be true")),
            "unclear": (self.tr("Unclear"), self.tr("Needs more checking")),
        }
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a second click on the chosen verdict clears it
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Your verdict:")))
        for value in VALUES:
            text, tip = names[value]
            button = QToolButton()
            button.setObjectName(f"verdict_{value}")
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.clicked.connect(lambda _on, v=value: self._chosen(v))
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        # the chosen verdict stands out in any theme: the palette's selection colours
        self.setStyleSheet(
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-radius: 3px; }"
        )
        self.comment = QLineEdit()
        self.comment.setObjectName("VerdictComment")
        self.comment.setAccessibleName(self.tr("Comment on the verdict"))
        self.comment.returnPressed.connect(self._comment_entered)
        row.addWidget(self.comment, 1)
        note = QToolButton()
        note.setObjectName("PassageNote")
        note.setText(self.tr("Note…"))
        note.setToolTip(self.tr("Write a note on this passage in the Notes panel"))
        note.clicked.connect(self.sig_note)
        row.addWidget(note)
        self.others = QLabel()
        self.others.setObjectName("OtherVerdicts")
        self.others.setWordWrap(True)
        self.others.setStyleSheet("color: gray")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(row)
        layout.addWidget(self.others)
        self.show_verdicts([], "")

    def set_compared(self, compared: bool) -> None:
        """Whether the line in focus was compared. A line of one or two words or a photo
        caption was not, so no verdict on how the outlets report it is offered (a note still
        is); a verdict given to it earlier stays shown and can be cleared."""
        self.compared = compared
        self._offer()

    def _offer(self) -> None:
        open_to = self.compared or self.mine is not None
        for button in self.buttons.values():
            button.setEnabled(open_to)
        self.comment.setEnabled(open_to)
        self.comment.setPlaceholderText(
            self.tr("Why? (optional; Enter saves)")
            if self.compared
            else self.tr("Not compared with the other articles: no verdict to give")
        )

    def _chosen(self, value: str) -> None:
        if self.mine is not None and self.mine.value == value:
            self.sig_clear.emit()
        else:
            self.sig_set.emit(value, self.comment.text())

    def _comment_entered(self) -> None:
        value = self.mine.value if self.mine is not None else "unclear"
        self.sig_set.emit(value, self.comment.text())

    def show_verdicts(self, verdicts: list[VerdictRecord], reviewer: str) -> None:
        """Check the reviewer's own verdict; list the others' under the buttons."""
        self.mine = next((v for v in verdicts if v.reviewer == reviewer), None)
        for value, button in self.buttons.items():
            button.setChecked(self.mine is not None and self.mine.value == value)
        if not self.comment.hasFocus():
            self.comment.setText(self.mine.comment if self.mine is not None else "")
        others = [v for v in verdicts if v is not self.mine]
        nobody = self.tr("(no name)")
        words = {v: self.buttons[v].text() for v in VALUES}
        self.others.setText(
            " · ".join(
                f"{isolate(v.reviewer or nobody)}: {words[v.value]}"
                + (f" — {isolate(v.comment)}" if v.comment else "")
                for v in others
            )
        )
        self.others.setVisible(bool(others))
        self._offer()
