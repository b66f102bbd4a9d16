"""Search results in a dock: one entry per article with its snippet, matches highlighted.

Snippets are the stored text, escaped and marked with <b>; each entry is laid out in the
direction of its article. Activating an entry asks the window to show the match.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.records import SearchHit, SearchResults

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def snippet_html(hit: SearchHit) -> str:
    parts, last = [], 0
    for start, end in hit.highlights:
        parts.append(html.escape(hit.snippet[last:start]))
        parts.append(f"<b style='background:#fde9a9'>{html.escape(hit.snippet[start:end])}</b>")
        last = end
    parts.append(html.escape(hit.snippet[last:]))
    return "".join(parts)


class SearchPanel(QDockWidget):
    sig_hit_activated = Signal(int, int, int)  # article id, match start, match end (code points)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchPanel")
        self.setWindowTitle(self.tr("Search Results"))
        self.summary = QLabel()
        self.summary.setObjectName("SearchSummary")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.hits: tuple[SearchHit, ...] = ()

    def show_results(self, results: SearchResults) -> None:
        self.list.clear()
        self.hits = results.hits
        if results.total == 0:
            self.summary.setText(
                self.tr("No article holds every word of “{query}”.").format(query=results.query)
            )
        elif results.total > len(results.hits):
            self.summary.setText(
                self.tr("The best {shown} of {total} articles").format(
                    shown=len(results.hits), total=results.total
                )
            )
        else:
            self.summary.setText(self.tr("%n article(s)", "", results.total))
        for position, hit in enumerate(results.hits):
            direction = "rtl" if hit.article.direction == "rtl" else "ltr"
            align = "right" if direction == "rtl" else "left"
            label = QLabel(
                f"<div dir='{direction}' align='{align}'><b>{html.escape(hit.article.title)}</b>"
                f"<br><span style='color:gray'>{html.escape(hit.article.label)} · "
                f"{hit.match_count}</span><br>{snippet_html(hit)}</div>"
            )
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 4, 4, 4)
            item = QListWidgetItem()
            item.setData(HIT_ROLE, position)
            item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()))
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        self.show()
        self.raise_()

    def _activated(self, item: QListWidgetItem) -> None:
        hit = self.hits[int(item.data(HIT_ROLE))]
        self.sig_hit_activated.emit(hit.article.id, hit.match_start, hit.match_end)
