"""The one place where code-point offsets (storage) and UTF-16 positions (Qt) are converted.

Python strings and the database count code points; Qt counts UTF-16 code units, so every
character outside the Basic Multilingual Plane (emoji, some CJK, mathematical letters) shifts
Qt positions by one more than Python's.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Utf16Map:
    """Converts offsets for one text in O(log n), after an O(n) scan."""

    text: str
    _astral: tuple[int, ...] = field(init=False, repr=False)  # code-point offsets of astral chars

    def __post_init__(self) -> None:
        astral = tuple(i for i, ch in enumerate(self.text) if ord(ch) > 0xFFFF)
        object.__setattr__(self, "_astral", astral)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 position of the code-point ``offset`` (0 ≤ offset ≤ len(text))."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside 0..{len(self.text)}")
        return offset + bisect_right(self._astral, offset - 1)

    def from_utf16(self, position: int) -> int:
        """Code-point offset of a UTF-16 ``position``; a position inside a surrogate pair
        snaps to the start of its character."""
        if not 0 <= position <= self.utf16_length:
            raise ValueError(f"position {position} outside 0..{self.utf16_length}")
        lo, hi = 0, len(self.text)  # largest offset whose UTF-16 position is <= position
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_utf16(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo

    @property
    def utf16_length(self) -> int:
        return len(self.text) + len(self._astral)
