"""Search results in a dock: one entry per article with its snippet, matches highlighted.

The results are one rich-text document (a QTextBrowser wraps and lays out each entry in its
article's direction); each entry links to ``hit:N``. Snippets are the stored text, escaped,
with the matches in <b>. Activating an entry asks the window to show the match.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.library.records import SearchHit, SearchResults
from app.text.bidi import isolate
from ui.outlet_label import outlet_label
from ui.translations import number_text

MARK = "background-color:#fde9a9; font-weight:bold"


def snippet_html(hit: SearchHit) -> str:
    parts, last = [], 0
    for start, end in hit.highlights:
        parts.append(html.escape(hit.snippet[last:start]))
        parts.append(f"<span style='{MARK}'>{html.escape(hit.snippet[start:end])}</span>")
        last = end
    parts.append(html.escape(hit.snippet[last:]))
    return "".join(parts)


def hit_html(position: int, hit: SearchHit) -> str:
    direction = "rtl" if hit.article.direction == "rtl" else "ltr"
    align = "right" if direction == "rtl" else "left"
    return (
        f"<div dir='{direction}' align='{align}' style='margin-bottom:10px'>"
        f"<a href='hit:{position}'><b>{html.escape(hit.article.title)}</b></a><br>"
        # Each part isolated, so a file name's digits do not run into the count.
        f"<span style='color:gray'>{isolate(html.escape(outlet_label(hit.article)))} · "
        f"{isolate(number_text(hit.match_count))}</span><br>"
        f"{snippet_html(hit)}</div>"
    )


class SearchPanel(QDockWidget):
    sig_hit_activated = Signal(int, int, int)  # article id, match start, match end (code points)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchPanel")
        self.setWindowTitle(self.tr("Search Results"))
        self.summary = QLabel()
        self.summary.setObjectName("SearchSummary")
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.anchorClicked.connect(self._clicked)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.setMinimumWidth(340)
        self.hits: tuple[SearchHit, ...] = ()

    def show_results(self, results: SearchResults) -> None:
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
        self.results.setHtml("".join(hit_html(i, hit) for i, hit in enumerate(results.hits)))
        self.show()
        self.raise_()

    def activate(self, position: int) -> None:
        hit = self.hits[position]
        self.sig_hit_activated.emit(hit.article.id, hit.match_start, hit.match_end)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "hit":
            self.activate(int(url.path()))
