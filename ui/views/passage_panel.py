"""The details of the selected passage: each outlet's version one under the other, with the
words that differ from the chosen version marked, the passage's fact flags in words, and the
reviewer's verdict on it underneath."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QVBoxLayout, QWidget

from app.facts.model import WORDED
from app.text.bidi import isolate
from ui.translations import fill, number_text
from ui.views.notes_panel import ui_direction
from ui.views.verdict_bar import VerdictBar

if TYPE_CHECKING:
    from app.compare.engine import Comparison
    from app.compare.parts import PartOffer
    from app.compare.passages import FlagGroup, Version

MARK_STYLES = {  # Okabe–Ito tints, dark text so they read on dark themes too
    "insert": "background-color:#C8EBDD; color:#000;",
    "replace": "background-color:#F8DDA8; color:#000;",
    "variant": "text-decoration:underline; color:#0072B2;",
    "synonym": "text-decoration:underline; color:#666666;",  # the same said in other words: quiet
}


OFFERS_SHOWN = 5  # three close sentences and two parts at most: Alt+1 … Alt+5
PART_STYLE = "background-color:#D6E9F8; color:#000;"  # the part that matches, in the sentence


def _paragraph(inner: str, direction: str | None, style: str = "") -> str:
    """``inner`` (HTML) as a paragraph in an article's direction, aligned to its start."""
    way = "rtl" if direction == "rtl" else "ltr"
    css = f" style='{style}'" if style else ""
    return f"<p dir='{way}' align='{'right' if way == 'rtl' else 'left'}'{css}>{inner}</p>"


REST_SHOWN = 3  # the other sentences of an offered passage listed under it
REST_CHARACTERS = 160  # each shortened to about this many characters


def _shortened(text: str) -> str:
    """``text`` cut at a word near ``REST_CHARACTERS``, with «…» when cut."""
    if len(text) <= REST_CHARACTERS:
        return text
    cut = text.rfind(" ", 0, REST_CHARACTERS)
    return text[: cut if cut > REST_CHARACTERS // 2 else REST_CHARACTERS] + " …"


def take_keys(number: int) -> QKeySequence:
    """The keys that take the ``number``-th offer (1–5): Alt+1 … Alt+5."""
    return QKeySequence(Qt.Modifier.ALT | Qt.Key(Qt.Key.Key_0 + number))


class PassagePanel(QDockWidget):
    sig_show = Signal(int)  # a segment to bring into view
    sig_link = Signal(int, int)  # a candidate to link to the chosen segment (candidate, chosen)
    sig_tie = Signal(int, int)  # the same, each left in its passage (candidate, chosen)
    # a part of a sentence to split off and link (sentence, cut, the part before it, other)
    sig_split_link = Signal(int, int, bool, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PassagePanel")
        self.setWindowTitle(self.tr("Passage"))
        self.chosen: int | None = None
        self.offers: list[int] = []  # the close sentences shown, in order: Alt+1… takes one
        self.parts: list[PartOffer] = []  # then the parts to split off, numbered after them
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
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
        self.chosen = None
        self.offers = []
        self.parts = []

    def take(self, number: int) -> bool:
        """Take the ``number``-th offer shown (from 1): link a close sentence to the chosen one,
        as its Link does, or split off a part and link it; False when there is none."""
        if self.chosen is None or not 0 < number <= len(self.offers) + len(self.parts):
            return False
        if number <= len(self.offers):
            self.sig_link.emit(self.offers[number - 1], self.chosen)
        else:
            part = self.parts[number - len(self.offers) - 1]
            self.sig_split_link.emit(self.chosen, part.cut, part.head, part.other)
        return True

    def _clicked(self, url: QUrl) -> None:
        if url.toString() in ("#offers", "#parts"):
            self.browser.scrollToAnchor(url.toString()[1:])
            return
        kind, _, number = url.toString().partition(":")
        if not number.isdigit():
            return
        if kind == "show":
            self.sig_show.emit(int(number))
        elif kind == "link" and self.chosen is not None:
            self.sig_link.emit(int(number), self.chosen)
        elif kind == "tie" and self.chosen is not None:
            self.sig_tie.emit(int(number), self.chosen)
        elif kind == "part":
            self.take(int(number))

    def show_passage(
        self,
        comparison: Comparison,
        segment_id: int,
        labels: Mapping[int, str],
        walk: tuple[int, int, str] | None = None,
        level: str | None = None,
    ) -> None:
        """``walk``: where this sentence is among those to check (its number, how many, the
        keys to the next), said on the first line; ``level``: its support as drawn (with the
        reviewer's checks; the engine's when None)."""
        from app.compare.passages import versions
        from app.compare.unsure import written_apart

        found = versions(comparison, segment_id)
        self.offers, self.parts = [], []
        directions = {a.summary.id: a.summary.direction for a in comparison.articles}
        parts = []
        from app.compare.passages import tied_outside

        # the outlets of its versions, and of the sentences a reviewer tied to it (as the tints
        # and Coverage count them)
        tied = {comparison.segments[t].article for t in tied_outside(comparison, segment_id)}
        carried = len({v.segment.article for v in found} | tied)
        said = fill(
            self.tr("Carried by %1 of %2 articles"), str(carried), str(len(comparison.articles))
        )
        level = level or comparison.segments[segment_id].support
        engine_only = comparison.segments[segment_id].support == "unique"  # not read as such
        if level == "unique" and engine_only and carried <= 1:
            said += " · " + self.tr(
                "nothing in the other articles came close in wording; an outlet may still "
                "say it in other words"
            )
        if level == "unsure":  # drawn yellow: the engine cannot say this outlet alone has it
            said = self.tr(
                "Not sure: another outlet may carry it (if none of these says the same: "
                "Nothing to Link Here)"
            )
            if written_apart(comparison, segment_id):
                said = self.tr(
                    "Not sure: it is in another language than most of the articles, and the "
                    "comparison matches words, so it cannot tell whether another outlet "
                    "carries it (if none does: Nothing to Link Here)"
                )
        if level == "none":
            said = self.tr(
                "Not compared: too few words, or a photo caption whose words the other "
                "articles' sentences carry"
            )
        if {v.segment.id for v in found} & comparison.reviewer_segments():
            said += " · " + self.tr("corrected by a reviewer (linked or taken out by hand)")
        head = html.escape(said)
        offers = sum(
            1 for i, _ in comparison.closest.get(segment_id, ())
            if comparison.segments[i].article in labels
        )  # fmt: skip
        if offers and len(found) > 1:  # the offers come after the versions: say they are there
            below = self.tr("%n close sentence(s) outside it, below", "", offers)
            head += f" · <a href='#offers'>{html.escape(below)} ↓</a>"
        splits = sum(
            1 for o in comparison.parts.get(segment_id, ())
            if comparison.segments[o.other].article in labels
        )  # fmt: skip
        if splits:  # last of all, under the versions and the close sentences
            below = self.tr("%n part(s) to split off and link, below", "", splits)
            head += f" · <a href='#parts'>{html.escape(below)} ↓</a>"
        if walk is not None:
            number, total, keys = walk
            step = fill(self.tr("To check: %1 of %2 (%3: the next)"), number, total, keys)
            head = f"<b>{html.escape(step)}</b> · {head}"
        parts.append(f"<p style='color:gray'>{head}</p>")
        parts += self._flags_html(comparison, segment_id, labels)
        alone = len(found) <= 1
        compared = comparison.segments[segment_id].support != "none"
        if alone and compared:  # in no passage: the sentences it might have been linked to first
            parts += self._closest_html(comparison, segment_id, labels, directions, alone)
        for version in found:
            parts.append(self._version_html(version, labels, directions))
        if not alone:  # after the versions: what the passage might be missing
            parts += self._closest_html(comparison, segment_id, labels, directions, alone)
        parts += self._parts_html(comparison, segment_id, labels, directions)
        self.browser.setHtml("".join(parts))
        self.verdict.setEnabled(True)
        self.verdict.set_compared(compared)
        self.chosen = segment_id

    def _flags_html(
        self, comparison: Comparison, segment_id: int, labels: Mapping[int, str]
    ) -> list[str]:
        """The passage's fact flags, a line per pair; a question with several pairs as one line
        and each figure under it once, with the outlets that give it (eight outlets' tolls
        were 28 lines of pairs)."""
        from app.compare.passages import flag_groups
        from app.facts.labels import question_title, status_mark, status_name
        from ui.views.facts_panel import core_text

        questions = {q.id: q for q in comparison.facts.questions}
        direction = ui_direction(self)
        found = []
        for group in flag_groups(comparison, segment_id):
            flag = group.first
            question = questions.get(flag.question)
            title = question_title(question, core_text) if question else flag.what
            conflict = group.reasons[0][0] == "conflict"
            mark = status_mark(group.reasons[0][0])
            # every value and name in its own bidi isolate, so none reorders the line
            if len(group.flags) == 1:
                a, b = (comparison.segments[i] for i in flag.segments)
                text = (
                    f"{mark} {isolate(title)}: {isolate(flag.values[0])} ↔ "
                    f"{isolate(flag.values[1])} — {isolate(labels.get(a.article, ''))} ↔ "
                    f"{isolate(labels.get(b.article, ''))} · {status_name(flag.reason, core_text)}"
                )
                if not flag.linked:
                    text += " " + self.tr("(a related passage)")
                lines = []
            else:
                pairs = self._comma().join(
                    fill(self.tr("%1 (%n pair(s))", "", count), status_name(reason, core_text))
                    for reason, count in group.reasons
                )
                worded = question is not None and question.kind in WORDED
                # a town, a day, a source or a description is no figure: «Where: 2 versions»
                template = (
                    self.tr("%1: %2 versions · %3") if worded else self.tr("%1: %2 figures · %3")
                )
                text = mark + " " + fill(template, title, len(group.figures), pairs)
                lines = [self._figure_line(comparison, value, givers, group, labels)
                         for value, givers in group.figures]  # fmt: skip
            # a conflict stands out; a later figure or another source's is said, quietly
            shown = f"<b>{html.escape(text)}</b>" if conflict else html.escape(text)
            colour = "#D55E00" if conflict else "#8a6d3b"
            found.append(f"<p dir='{direction}' style='color:{colour}'>{shown}</p>")
            found += [
                f"<p dir='{direction}' style='-qt-block-indent:1; margin-top:0; margin-bottom:0; "
                f"color:{colour}'>{html.escape(line)}</p>"
                for line in lines
            ]
        return found

    def _figure_line(
        self,
        comparison: Comparison,
        value: str,
        givers: tuple[int, ...],
        group: FlagGroup,
        labels: Mapping[int, str],
    ) -> str:
        """«70 قتيلا» — the outlets whose sentences give it (a related passage's said so)."""
        names = []
        for segment in givers:
            name = isolate(labels.get(comparison.segments[segment].article, ""))
            if segment in group.outside:
                name += " " + self.tr("(a related passage)")
            names.append(name)
        return f"{isolate(value)} — {self._comma().join(names)}"

    def _comma(self) -> str:
        return self.tr(", ", "between the items of a list")

    def _closest_html(
        self,
        comparison: Comparison,
        segment_id: int,
        labels: Mapping[int, str],
        directions: Mapping[int, str],
        alone: bool,
    ) -> list[str]:
        """What the comparison found closest outside the chosen passage (or sentence): other
        passages and lone sentences of the open articles, each by its closest sentence, to show
        or to link by hand (the comparison did not put them in one passage with it)."""
        from app.compare.passages import linked_outside, tied_outside

        tied = tied_outside(comparison, segment_id)
        offered = dict(comparison.closest.get(segment_id, ()))
        candidates = [
            (other, score)
            for other, score in comparison.closest.get(segment_id, ())
            if comparison.segments[other].article in labels
        ] + [  # a reviewer's link to another passage is listed, however alike the two are
            (other, 0.0)
            for other in sorted(tied - offered.keys())
            if comparison.segments[other].article in labels
        ]
        way = ui_direction(self)
        if not candidates:
            if not alone:
                return []
            said = self.tr("No other article has a sentence close to this one.")
            return [f"<p dir='{way}' style='color:gray'>{html.escape(said)}</p>"]
        said = (
            self.tr(
                "In no passage. The closest sentences of the other articles (closest first, a "
                "passage judged by all its versions together), which the comparison did not put "
                "in one passage with it; link one if it says the same:"
            )
            if alone
            else self.tr(
                "Close to this passage but not in it (the comparison was not sure enough), "
                "closest first, a passage judged by all its versions together; link one if it "
                "says the same:"
            )
        )
        top = "" if alone else " margin-top:14px;"
        parts = [
            f"<p dir='{way}' style='color:gray;{top}'><a name='offers'></a>{html.escape(said)}</p>"
        ]
        self.offers = [other for other, _ in candidates]
        linked = linked_outside(comparison, segment_id)
        for number, (other, score) in enumerate(candidates, 1):
            segment = comparison.segments[other]
            label = html.escape(isolate(labels.get(segment.article, "")))
            alike = html.escape(fill(self.tr("%1 % alike in wording"), round(score * 100)))
            if segment.group is not None:
                alike += " · " + html.escape(self.tr("in another passage"))
            if other in tied:  # the reviewer linked them and kept both passages
                alike += " · " + html.escape(self.tr("linked by a reviewer, not merged"))
            elif other in linked:  # the engine linked them, but no passage took both
                alike += " · " + html.escape(self.tr("linked, not in one passage"))
            link = self.tr("Link") if segment.group is None else self.tr("Merge")
            head = self._offer_head(number, label, alike, other, f"link:{other}", link)
            if segment.group is not None and other not in tied:
                only = html.escape(self.tr("Link Without Merging"))
                head = head.replace("</p>", f" · <a href='tie:{other}'>{only}</a></p>")
            parts.append(head)
            parts.append(
                _paragraph(html.escape(segment.text), directions.get(segment.article), "color:#444")
            )
            if segment.group is not None and other not in tied:
                parts += self._rest_of_passage(comparison, other, labels, directions)
        return parts

    def _rest_of_passage(
        self,
        comparison: Comparison,
        other: int,
        labels: Mapping[int, str],
        directions: Mapping[int, str],
    ) -> list[str]:
        """The other sentences of the offered sentence's passage (of the open articles), under
        it: Merge takes them all, so the reviewer sees what before choosing between Merge and
        Link Without Merging (a merge joins everything both passages hold)."""
        group = comparison.segments[other].group
        assert group is not None
        rest = [
            m for m in comparison.groups[group]
            if m != other and comparison.segments[m].article in labels
        ]  # fmt: skip
        if not rest:
            return []
        way = ui_direction(self)
        said = self.tr(
            "Its passage holds %n more sentence(s), which Merge takes too:", "", len(rest)
        )
        indented = "color:gray; margin-left:16px; margin-right:16px"
        lines = [f"<p dir='{way}' style='{indented}'>{html.escape(said)}</p>"]
        for member in rest[:REST_SHOWN]:
            segment = comparison.segments[member]
            label = html.escape(isolate(labels.get(segment.article, "")))
            text = html.escape(_shortened(segment.text))
            lines.append(
                _paragraph(
                    f"<b>{label}</b>: {text}",
                    directions.get(segment.article),
                    "color:#666; font-size:small; margin-left:16px; margin-right:16px",
                )
            )
        if len(rest) > REST_SHOWN:
            more = html.escape(self.tr("… and %n more", "", len(rest) - REST_SHOWN))
            lines.append(f"<p dir='{way}' style='{indented}'>{more}</p>")
        return lines

    def _offer_head(
        self, number: int, label: str, alike: str, other: int, take: str, action: str
    ) -> str:
        """An offer's first line: its number and outlet (``label``, escaped), how alike
        (escaped), Show (``other``), the action that takes it (``take``: its link) and its
        keys."""
        keys = html.escape(  # in an isolate: «(Alt+1)» keeps its order in an Arabic line
            isolate(take_keys(number).toString(QKeySequence.SequenceFormat.NativeText))
        )
        show = html.escape(self.tr("Show"))  # (not inside the f-string: lupdate would miss it)
        return (
            f"<p dir='{ui_direction(self)}' style='margin-top:8px'>"
            f"<b>{number_text(number)} · {label}</b> <span style='color:gray'>· {alike}</span> · "
            f"<a href='show:{other}'>{show}</a> · <a href='{take}'>{html.escape(action)}</a> "
            f"<span style='color:gray'>({keys})</span></p>"
        )

    def _parts_html(
        self,
        comparison: Comparison,
        segment_id: int,
        labels: Mapping[int, str],
        directions: Mapping[int, str],
    ) -> list[str]:
        """Parts of the chosen sentence closer to another article's sentence than the whole
        sentence is (``app.compare.parts``): split it there and link the part, numbered after
        the close sentences."""
        chosen = comparison.segments[segment_id]
        offers = [
            o for o in comparison.parts.get(segment_id, ())
            if comparison.segments[o.other].article in labels
        ]  # fmt: skip
        if not offers:
            return []
        way = ui_direction(self)
        said = self.tr(
            "Part of this sentence is closer to a sentence of another article than the whole "
            "sentence is (it may carry two claims); split it there and link the part if they "
            "say the same:"
        )
        # where the walk scrolls to when there is no close sentence above
        anchor = "<a name='parts'></a>" + ("" if self.offers else "<a name='offers'></a>")
        parts = [
            f"<p dir='{way}' style='color:gray; margin-top:14px'>{anchor}{html.escape(said)}</p>"
        ]
        self.parts = offers
        for number, offer in enumerate(offers, len(self.offers) + 1):
            other = comparison.segments[offer.other]
            label = html.escape(isolate(labels.get(other.article, "")))
            alike = html.escape(
                fill(
                    self.tr("the part %1 % alike in wording, the whole sentence %2 %"),
                    round(offer.score * 100),
                    round(offer.whole * 100),
                )
            )
            take = self.tr("Split and Link")
            parts.append(self._offer_head(number, label, alike, other.id, f"part:{number}", take))
            before, after = (
                html.escape(piece) for piece in offer.pieces(chosen.text, chosen.start)
            )
            if offer.head:
                before = f"<span style='{PART_STYLE}'>{before}</span>"
            else:
                after = f"<span style='{PART_STYLE}'>{after}</span>"
            cut = "<b style='color:#D55E00'> ✂ </b>"
            parts.append(_paragraph(before + cut + after, directions.get(chosen.article)))
            parts.append(
                _paragraph(html.escape(other.text), directions.get(other.article), "color:#444")
            )
        return parts

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
                "synonym": self.tr("another word for the same (the paraphrase lexicon)"),
            }[mark.kind]
            body.append(
                f"<span style='{MARK_STYLES[mark.kind]}' title='{html.escape(title)}'>"
                f"{html.escape(text[mark.start : mark.end])}</span>"
            )
            cursor = mark.end
        body.append(html.escape(text[cursor:]))
        direction = directions.get(segment.article)
        paragraph = _paragraph("".join(body), direction)
        leaves_out = self.tr("Leaves out:")
        if version.missing:
            left_out = html.escape(" … ".join(version.missing))
            paragraph += _paragraph(
                f"{html.escape(leaves_out)} <s>{left_out}</s>", direction, "color:gray"
            )
        return head + paragraph
