"""Quantities in every written form (app.facts.numbers)."""

from __future__ import annotations

import pytest

from app.facts.numbers import find_quantities, parse_digits, words_of
from app.text.normalize import fold


def quantities(text: str) -> list[tuple[float, float, float, bool]]:
    folded = fold(text)
    words = words_of(folded)
    return [(q.value, q.low, q.high, q.vague) for q in find_quantities(words, folded, [])]


@pytest.mark.parametrize(
    ("written", "value", "decimals"),
    [
        ("8ر6", 6.8, 1),  # the Arabic decimal mark ر: logical «8ر6» reads 6.8
        ("17,9", 17.9, 1),
        ("2,300", 2300.0, 0),
        ("10.000", 10000.0, 0),
        ("3٫5", 3.5, 1),
        ("1٬250", 1250.0, 0),
        ("52.87", 52.87, 2),
    ],
)
def test_digits_with_every_mark(written: str, value: float, decimals: int) -> None:
    assert parse_digits(fold(written)) == (value, decimals)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("بقوة ٦٫٨ درجات", 6.8),
        ("بعشرة آلاف", 10000.0),
        ("38 ألفا و44 شخصا", 38044.0),
        ("مئتين وخمسين", 250.0),
        ("ثلاثة وعشرين", 23.0),
        ("خمسة عشر", 15.0),
        ("ألفين", 2000.0),
        ("1.5 مليون دولار", 1_500_000.0),
        ("١٧ ألف شخص", 17000.0),
    ],
)
def test_numbers_in_words_and_digits(text: str, value: float) -> None:
    assert quantities(text)[0][0] == value


def test_ranges_and_vague_amounts() -> None:
    assert quantities("ما بين 200 و300 قتيل") == [(250.0, 200.0, 300.0, False)]
    assert quantities("بين ٢٠٠ إلى ٣٠٠") == [(250.0, 200.0, 300.0, False)]
    assert quantities("عشرات الآلاف من النازحين") == [(20000.0, 20000.0, 99000.0, True)]
    assert quantities("مئات الأشخاص")[0][3] is True


def test_ordinals_and_words_that_only_look_like_numbers_are_not_quantities() -> None:
    assert quantities("في الذكرى الخامسة والسبعين") == []
    assert quantities("للمرة الثالثة") == []
    assert quantities("كمية كبيرة") == []  # ك + مية is not a hundred
