"""Mixed Arabic, Latin and digits appear in the right visual order in an article pane.

Qt's order is read off the laid-out line (the x position of every character) and compared with
python-bidi's implementation of the Unicode Bidirectional Algorithm for the same paragraph.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from bidi import get_display
from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot

from ui.views.article_pane import ArticleText

MIXED = [
    "الساعة 18,38 بالتوقيت المحلي (09,38 ت غ)",
    "مبنى مجمع الصواريخ الفضائية “سويوز –2” محادثات",
    "موسكو-روسيا-13-9-2023",
    "CNN: قال بوتين إن روسيا ستساعد كوريا الشمالية",
    "قالت رويترز (Reuters) إن 75 عاما مرت على تأسيس الجمهورية",
]
BRACKETS = str.maketrans("()[]«»", "||||||")


def visual_order(view: ArticleText) -> str:
    """The first paragraph's characters from left to right, as Qt places its glyphs.

    The paragraph is laid out again with the pane's own text option (its direction) and font,
    because a document's block layouts do not hand out glyph runs. Each glyph knows the string
    index of the cluster it draws; clusters are sorted by x, and a right-to-left cluster (a
    ligature such as لا) reads backwards.
    """
    block = view.document().begin()
    view.document().documentLayout().blockBoundingRect(block)
    text = block.text()
    layout = QTextLayout(text, view.font())
    layout.setTextOption(block.layout().textOption())
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)  # one line
    layout.endLayout()
    flags = (
        QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
        | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
    )
    glyphs: list[tuple[float, int, bool]] = []
    for run in layout.glyphRuns(-1, -1, flags):
        for index, position in zip(run.stringIndexes(), run.positions(), strict=True):
            glyphs.append((position.x(), index, run.isRightToLeft()))
    starts = [*sorted({index for _, index, _ in glyphs}), len(text)]
    end_of = dict(pairwise(starts))
    seen: set[int] = set()
    out = []
    for _, index, rtl in sorted(glyphs):
        if index in seen:
            continue
        seen.add(index)
        cluster = text[index : end_of[index]]
        out.append(cluster[::-1] if rtl else cluster)
    return "".join(out)


@pytest.mark.parametrize("paragraph", MIXED)
def test_visual_order_matches_the_unicode_bidi_algorithm(qtbot: QtBot, paragraph: str) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    view.resize(2000, 200)  # one line, no wrapping
    view.show_text(paragraph, "rtl")
    view.show()
    qtbot.waitExposed(view)
    expected = get_display(paragraph, base_dir="R")
    got = visual_order(view)
    assert got.translate(BRACKETS).strip() == expected.translate(BRACKETS).strip()
    assert got != paragraph  # the check has teeth: logical order is not what is shown
