"""How support levels look: a colour-blind-safe palette with a cue that is not colour alone.

Colours are from the Okabe–Ito palette (distinguishable with every common colour-vision
deficiency), laid over the text as translucent backgrounds so they read on light and dark themes:
faint for what every outlet carries, stronger for what some or only one carries, so that the
differences stand out.
Each level also has its own underline (none for "all", dashes for "some", a wave for "only this
outlet", dash-dots for "not sure": a sentence in no passage that is close to another article's,
which the engine cannot call this outlet's only), so a reader who sees no colour at all still
tells them apart. Everything is drawn as
ExtraSelections: the text layout and the glyphs are never touched (docs/rendering.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


@dataclass(frozen=True)
class SupportStyle:
    key: str
    colour: str
    underline: QTextCharFormat.UnderlineStyle
    label: str
    tip: str
    alpha: int  # what every outlet carries is drawn quietly; what some or one carry stands out


def support_styles() -> dict[str, SupportStyle]:
    underline = QTextCharFormat.UnderlineStyle
    return {
        "all": SupportStyle(
            "all", "#56B4E9", underline.NoUnderline, translate("Highlights", "All outlets"),
            translate("Highlights", "Every open article carries this passage"), 24,
        ),
        "some": SupportStyle(
            "some", "#E69F00", underline.DashUnderline, translate("Highlights", "Some outlets"),
            translate(
                "Highlights", "Some of the open articles carry this passage (dashed underline)"
            ),
            72,
        ),
        "unique": SupportStyle(
            "unique", "#CC79A7", underline.WaveUnderline,
            translate("Highlights", "This outlet only"),
            translate("Highlights", "Only this article carries this passage (wavy underline)"),
            80,
        ),
        "unsure": SupportStyle(
            "unsure", "#F0E442", underline.DashDotLine, translate("Highlights", "Not sure"),
            translate(
                "Highlights",
                "In no passage, but close to another article's sentence: another outlet may "
                "carry it (dash-dot underline; Review → Next Sentence to Check)",
            ),
            56,  # quieter than "some" and "only": the engine does not know
        ),
    }  # fmt: skip


FOCUS_ALPHA = 150


def support_format(level: str, focused: bool = False) -> QTextCharFormat:
    style = support_styles()[level]
    fmt = QTextCharFormat()
    colour = QColor(style.colour)
    colour.setAlpha(FOCUS_ALPHA if focused else style.alpha)
    fmt.setBackground(colour)
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(QColor(style.colour).darker(130))
    return fmt


FACT_COLOURS = {  # as the Facts table draws its statuses (Okabe–Ito)
    "conflict": "#D55E00",
    "update": "#0072B2",
    "different_source": "#CC79A7",
    "different_description": "#56B4E9",
    "different_scope": "#E69F00",
}


def fact_format(status: str) -> QTextCharFormat:
    """A figure, time or source the outlets give differently: in its row's colour, strong, with
    a dotted underline (no support level uses dots), so it stands out of any passage tint."""
    colour = QColor(FACT_COLOURS.get(status, FACT_COLOURS["conflict"]))
    fmt = QTextCharFormat()
    tint = QColor(colour)
    tint.setAlpha(120)
    fmt.setBackground(tint)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(colour.darker(120))
    fmt.setToolTip(
        translate("Highlights", "The outlets give this differently: see the Facts table")
    )
    return fmt


REVIEWER_COLOUR = "#009E73"  # Okabe–Ito bluish green: no support level or fact status uses it


def reviewer_format() -> QTextCharFormat:
    """A passage a reviewer's correction set (linked, unlinked or split): a line over the text,
    which no support level or fact uses, so it reads as the reviewer's and not the engine's."""
    fmt = QTextCharFormat()
    fmt.setFontOverline(True)
    fmt.setToolTip(translate("Highlights", "A reviewer set this passage, not the engine"))
    return fmt


def focus_format(palette: QPalette) -> QTextCharFormat:
    """The selected passage and its counterparts: drawn as a selection is (the theme's highlight
    and highlighted text), unlike any support tint, with a solid underline as its second cue."""
    fmt = QTextCharFormat()
    fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
    fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(palette.color(QPalette.ColorRole.HighlightedText))
    return fmt


class Swatch(QWidget):
    """A small sample of one level: its colour and its underline."""

    def __init__(self, style: SupportStyle | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_ = style
        self.setFixedSize(28, 16)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        rect = self.rect().adjusted(1, 1, -1, -1)
        if self.style_ is None:  # page furniture: dimmed text
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "abc")
            return
        colour = QColor(self.style_.colour)
        if self.style_.key == "reviewer":  # a line over sample text
            painter.setPen(QPen(colour.darker(160), 1.5))
            painter.drawLine(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "abc")
            return
        colour.setAlpha(min(255, self.style_.alpha * 2))
        painter.fillRect(rect, colour)
        pen = QPen(QColor(self.style_.colour).darker(130), 1.5)
        underline = self.style_.underline
        if underline == QTextCharFormat.UnderlineStyle.DashUnderline:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif underline == QTextCharFormat.UnderlineStyle.DashDotLine:
            pen.setStyle(Qt.PenStyle.DashDotLine)
        painter.setPen(pen)
        y = rect.bottom() - 1
        if underline == QTextCharFormat.UnderlineStyle.WaveUnderline:
            for x in range(rect.left(), rect.right() - 2, 4):
                painter.drawLine(x, y, x + 2, y - 2)
                painter.drawLine(x + 2, y - 2, x + 4, y)
        elif underline != QTextCharFormat.UnderlineStyle.NoUnderline:
            painter.drawLine(rect.left(), y, rect.right(), y)


class SupportLegend(QWidget):
    """What the highlights mean, in the order a reader meets them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SupportLegend")
        # never wider than the panes above: in a narrow window the legend is cut, not the panes
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.row = layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        self.labels: dict[str, QLabel] = {}
        entries: list[tuple[str, SupportStyle | None, str, str]] = [
            (s.key, s, s.label, s.tip) for s in support_styles().values()
        ]
        differs = translate(
            "Highlights",
            "A figure, time, source or description the outlets give differently (Facts table)",
        )
        fact = SupportStyle(
            "fact", FACT_COLOURS["conflict"], QTextCharFormat.UnderlineStyle.DotLine,
            translate("Highlights", "Fact that differs"), differs, 120,
        )  # fmt: skip
        entries.append(("fact", fact, fact.label, fact.tip))
        reviewer = SupportStyle(
            "reviewer", REVIEWER_COLOUR, QTextCharFormat.UnderlineStyle.NoUnderline,
            translate("Highlights", "Set by a reviewer"),
            translate(
                "Highlights", "A reviewer linked, unlinked or split this passage (line over it)"
            ),
            0,
        )  # fmt: skip
        entries.append(("reviewer", reviewer, reviewer.label, reviewer.tip))
        entries.append(
            (
                "furniture",
                None,
                translate("Highlights", "Page furniture"),
                translate("Highlights", "Left out of the comparison"),
            )
        )
        for key, style, text, tip in entries:
            swatch = Swatch(style)
            swatch.setToolTip(tip)
            label = QLabel(text)
            label.setToolTip(tip)
            self.labels[key] = label
            layout.addWidget(swatch)
            layout.addWidget(label)
            layout.addSpacing(10)
        self.status = QLabel()
        self.status.setObjectName("ComparisonStatus")
        layout.addStretch(1)
        layout.addWidget(self.status)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """When the row is too narrow for the words beside the swatches and the status (the
        counts and what is left to check), words go, the last first (the support levels stay
        longest), and the swatches stay, each with its meaning as a tooltip: the status is
        never the part cut off."""
        labels = list(self.labels.values())
        for label in labels:
            label.setVisible(True)
        for label in reversed(labels):  # the last words first: the support levels stay longest
            if self.row.sizeHint().width() <= self.width():
                break
            label.setVisible(False)

    def add_trailing(self, widget: QWidget) -> None:
        """A widget after the status text (the comparison's cancel button)."""
        self.row.addWidget(widget)
