"""Segments: cut at the edges of page furniture and metadata inside a line."""

from __future__ import annotations

from app.compare.segments import segment_article
from app.library.records import FurnitureMark


def test_a_dateline_at_a_paragraphs_head_is_a_segment_of_its_own_left_out() -> None:
    text = "القاهرة - مصراوي: قال مسؤول في وزارة الصحة إن عدد الإصابات ارتفع إلى مئة حالة اليوم."
    prefix = len("القاهرة - مصراوي:")
    mark = FurnitureMark(1, 0, prefix, "dateline", "detected", True)
    segments = segment_article(1, text, [mark])
    assert [(s.text, s.furniture) for s in segments] == [
        ("القاهرة - مصراوي:", True),
        ("قال مسؤول في وزارة الصحة إن عدد الإصابات ارتفع إلى مئة حالة اليوم.", False),
    ]
