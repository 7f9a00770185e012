"""Line and column numbers for offsets, and small text-span helpers shared by checks."""

from __future__ import annotations

import bisect
from typing import Protocol


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


class _Span(Protocol):
    @property
    def offset(self) -> int: ...
    @property
    def length(self) -> int: ...


def shown_at(text: str, span: _Span) -> int:
    """Where to point the user for a span: its first visible character, if it has one.

    A line removal starts at the line break before the line; pointing at that break
    would name the end of the previous line.  The command line and the window both
    number issues from here, so their line numbers agree.
    """
    matched = text[span.offset : span.offset + span.length]
    stripped = matched.lstrip()
    return span.offset + len(matched) - len(stripped) if stripped else span.offset
