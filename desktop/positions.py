"""Convert between engine offsets (Python ``str`` indices) and Qt positions (UTF-16 units).

Characters outside the Basic Multilingual Plane (emoji, some CJK) take one
``str`` index but two UTF-16 code units, so every such character before a
point shifts the Qt position by one.  Text without them maps one to one, which
is the common case and costs nothing.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Maps offsets of one fixed text in both directions."""

    def __init__(self, text: str) -> None:
        # Python indices of astral characters, in order (empty for plain BMP text).
        self._astral: list[int] = (
            [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        )
        # The UTF-16 position of each astral character.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of the Python index ``offset``."""
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def to_py(self, position: int) -> int:
        """Python index of the UTF-16 ``position`` (the middle of a pair maps to its start)."""
        if not self._astral:
            return position
        before = bisect.bisect_left(self._astral_utf16, position)
        # A position just after an astral character's high surrogate is inside the pair.
        if before and self._astral_utf16[before - 1] + 1 == position:
            return self._astral[before - 1]
        return position - before

    def span_to_qt(self, offset: int, length: int) -> tuple[int, int]:
        start = self.to_qt(offset)
        return start, self.to_qt(offset + length) - start
