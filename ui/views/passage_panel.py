"""The details of the selected passage: each outlet's version one under the other, with the
words that differ from the chosen version marked, the passage's fact flags in words, and the
reviewer's verdict on it underneath."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QTextBrowser, QVBoxLayout, QWidget

from app.text.bidi import isolate
from ui.translations import fill
from ui.views.notes_panel import ui_direction
from ui.views.verdict_bar import VerdictBar

if TYPE_CHECKING:
    from app.compare.engine import Comparison
    from app.compare.passages import Version

MARK_STYLES = {  # Okabe–Ito tints, dark text so they read on dark themes too
    "insert": "background-color:#C8EBDD; color:#000;",
    "replace": "background-color:#F8DDA8; color:#000;",
    "variant": "text-decoration:underline; color:#0072B2;",
}


class PassagePanel(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PassagePanel")
        self.setWindowTitle(self.tr("Passage"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Versions of the selected passage"))
        self.verdict = VerdictBar()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.verdict)
        self.setWidget(body)
        self.clear()

    def clear(self) -> None:
        hint = self.tr(
            "Click a passage in any article to see every outlet's version of it here, with the "
            "words that differ marked."
        )
        self.browser.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")
        self.verdict.setEnabled(False)

    def show_passage(
        self, comparison: Comparison, segment_id: int, labels: Mapping[int, str]
    ) -> None:
        from app.compare.passages import passage_flags, versions

        found = versions(comparison, segment_id)
        directions = {a.summary.id: a.summary.direction for a in comparison.articles}
        parts = []
        carried = len({v.segment.article for v in found})
        said = fill(
            self.tr("Carried by %1 of %2 articles"), str(carried), str(len(comparison.articles))
        )
        if {v.segment.id for v in found} & comparison.reviewer_segments():
            said += " · " + self.tr("corrected by a reviewer (linked or taken out by hand)")
        parts.append("<p style='color:gray'>" + html.escape(said) + "</p>")
        from app.facts.labels import question_title, status_name
        from ui.views.facts_panel import core_text

        questions = {q.id: q for q in comparison.facts.questions}
        for flag in passage_flags(comparison, segment_id):
            a, b = (comparison.segments[i] for i in flag.segments)
            # every value and name in its own bidi isolate, so none reorders the line
            question = questions.get(flag.question)
            title = question_title(question, core_text) if question else flag.what
            conflict = flag.reason == "conflict"
            text = (
                f"{'⚠' if conflict else '↻'} {isolate(title)}: {isolate(flag.values[0])} ↔ "
                f"{isolate(flag.values[1])} — {isolate(labels.get(a.article, ''))} ↔ "
                f"{isolate(labels.get(b.article, ''))} · {status_name(flag.reason, core_text)}"
            )
            if not flag.linked:
                text += " " + self.tr("(a related passage)")
            # a conflict stands out; a later figure or another source's is said, quietly
            shown = f"<b>{html.escape(text)}</b>" if conflict else html.escape(text)
            colour = "#D55E00" if conflict else "#8a6d3b"
            parts.append(f"<p dir='{ui_direction(self)}' style='color:{colour}'>{shown}</p>")
        for version in found:
            parts.append(self._version_html(version, labels, directions))
        self.browser.setHtml("".join(parts))
        self.verdict.setEnabled(True)

    def _version_html(
        self, version: Version, labels: Mapping[int, str], directions: Mapping[int, str]
    ) -> str:
        segment = version.segment
        # the outlet in a bidi isolate: "000_74d1…" stays in order beside Arabic
        label = html.escape(isolate(labels.get(segment.article, "")))
        note = self.tr("chosen passage") if version.reference else ""
        head = f"<p dir='{ui_direction(self)}' style='margin-top:10px'><b>{label}</b>"
        head += f" <span style='color:gray'>{html.escape(note)}</span></p>" if note else "</p>"
        text, cursor, body = segment.text, 0, []
        for mark in version.marks:
            body.append(html.escape(text[cursor : mark.start]))
            title = {
                "insert": self.tr("not in the chosen passage"),
                "replace": self.tr("worded differently"),
                "variant": self.tr("the same name, spelled differently"),
            }[mark.kind]
            body.append(
                f"<span style='{MARK_STYLES[mark.kind]}' title='{html.escape(title)}'>"
                f"{html.escape(text[mark.start : mark.end])}</span>"
            )
            cursor = mark.end
        body.append(html.escape(text[cursor:]))
        direction = "rtl" if directions.get(segment.article) == "rtl" else "ltr"
        align = "right" if direction == "rtl" else "left"
        paragraph = f"<p dir='{direction}' align='{align}'>{''.join(body)}</p>"
        leaves_out = self.tr("Leaves out:")
        if version.missing:
            left_out = " … ".join(version.missing)
            paragraph += (
                f"<p dir='{direction}' align='{align}' style='color:gray'>"
                f"{html.escape(leaves_out)} "
                f"<s>{html.escape(left_out)}</s></p>"
            )
        return head + paragraph
