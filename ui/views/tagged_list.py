"""Every tagged span of the open articles, with its text and tags; a click goes to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from app.review.annotations import AnnotationRecord
from app.review.codebook import TagRecord
from app.text.direction import dominant_direction
from ui.views.tag_panel import swatch

ROLE = Qt.ItemDataRole.UserRole


def _one_line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class TaggedList(QDockWidget):
    sig_activated = Signal(int, int, int)  # article id, start, end (code points; -1 whole)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tagged Passages"), parent)
        self.setObjectName("TaggedList")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Tagged passages"))
        self.tree.setHeaderLabels([self.tr("Passage"), self.tr("Tags"), self.tr("Article")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 180)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self.setWidget(self.tree)

    def set_annotations(
        self,
        annotations: list[AnnotationRecord],
        tags: dict[int, TagRecord],
        labels: dict[int, str],
        hidden: set[int],
    ) -> None:
        self.tree.clear()
        for annotation in annotations:
            shown = [tags[t] for t in annotation.tag_ids if t in tags and t not in hidden]
            if not shown:
                continue
            text = (
                self.tr("(the whole article)")
                if annotation.whole_article
                else _one_line(annotation.exact)
            )
            if annotation.anchor_state == "orphaned":
                text = self.tr("(not found in the text) ") + text
            item = QTreeWidgetItem([text, " · ".join(t.name for t in shown), ""])
            item.setText(2, labels.get(annotation.article_id, ""))
            item.setIcon(1, swatch(shown[0].color))
            item.setToolTip(0, annotation.exact or text)
            if dominant_direction(text, default="ltr") == "rtl":
                item.setTextAlignment(
                    0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                )
            start = -1 if annotation.start is None else annotation.start
            end = -1 if annotation.end is None else annotation.end
            item.setData(0, ROLE, (annotation.article_id, start, end))
            self.tree.addTopLevelItem(item)

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        article_id, start, end = item.data(0, ROLE)
        self.sig_activated.emit(article_id, start, end)
