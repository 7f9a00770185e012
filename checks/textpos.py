"""Line and column numbers for offsets, and small text-span helpers shared by checks."""

from __future__ import annotations

import bisect


class LineIndex:
    """Maps a ``str`` offset to a 1-based (line, column) pair in ``\\n``-separated text."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]


def context_window(text: str, start: int, end: int, width: int = 30) -> tuple[str, str, str]:
    """The text before, at and after a span, clipped to ``width`` characters each side."""
    return text[max(0, start - width) : start], text[start:end], text[end : end + width]
