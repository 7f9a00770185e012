"""Line and column numbers for offsets, and small text-span helpers shared by checks."""

from __future__ import annotations

import bisect
from typing import Protocol


class Span(Protocol):
    """Anything with an offset and a length in a text: an issue, an edit, a place."""

    @property
    def offset(self) -> int: ...
    @property
    def length(self) -> int: ...


class LineIndex:
    """Maps a ``str`` offset to a 1-based (line, column) pair in ``\\n``-separated text.

    Columns count code points (as JSON offsets do), so a character outside the BMP
    is one column.  :meth:`position` is the one place a span's line and column are
    decided: text output, JSON, the review reports and the window all ask it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
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

    def position(self, span: Span) -> tuple[int, int]:
        """The line and column shown for ``span``: those of its first visible character."""
        return self.line_col(shown_at(self.text, span))


def context_window(text: str, start: int, end: int, width: int = 30) -> tuple[str, str, str]:
    """The text before, at and after a span, clipped to ``width`` characters each side."""
    return text[max(0, start - width) : start], text[start:end], text[end : end + width]


def shown_at(text: str, span: Span) -> int:
    """Where to point the user for a span: its first visible character, if it has one.

    A line removal starts at the line break before the line; pointing at that break
    would name the end of the previous line.  The command line and the window both
    number issues from here, so their line numbers agree.
    """
    matched = text[span.offset : span.offset + span.length]
    stripped = matched.lstrip()
    return span.offset + len(matched) - len(stripped) if stripped else span.offset


def position(text: str, span: Span) -> tuple[int, int]:
    """:meth:`LineIndex.position` for one span of ``text`` (index the text once for many)."""
    return LineIndex(text).position(span)
