"""Helpers shared by the layout checks: data files, lines, and how to remove a line.

Scraped articles put one paragraph on a line, so a layout leftover (a credit, a
caption, a rights notice) is a whole line; removing it must also remove one of
the line breaks around it, or the text is left with a hole.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from copydesk.checks import data
from copydesk.checks.tokens import paragraphs


def data_lines(name: str) -> list[str]:
    """Non-comment lines of ``resources/layout/<name>``, right-stripped."""
    return list(data.data_lines("layout", name))


@cache
def patterns(name: str) -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(p, regex.IGNORECASE) for p in data_lines(name))


@dataclass(frozen=True)
class Line:
    """One non-empty line (a paragraph), stripped, with its neighbours' presence."""

    start: int
    end: int
    text: str
    index: int
    count: int

    @property
    def is_first(self) -> bool:
        return self.index == 0

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1


def lines(text: str) -> list[Line]:
    return list(_lines(text))


@lru_cache(maxsize=8)
def _lines(text: str) -> tuple[Line, ...]:
    # Kept for the last few texts: each layout check reads the same text's lines.
    spans = list(paragraphs(text))
    return tuple(Line(s.start, s.end, s.text, i, len(spans)) for i, s in enumerate(spans))


def _breaks_before(text: str, pos: int) -> tuple[int, int]:
    """Start and line-break count of the run of empty lines that ends at ``pos``.

    A backward scan: a regex anchored at the end of ``text[:pos]`` would copy and
    search the whole prefix again for every line removed (quadratic on long files).
    """
    start, breaks = pos, 0
    while pos > 0:
        ch = text[pos - 1]
        if ch == "\n":
            breaks += 1
            pos -= 1
            start = pos
        elif ch.isspace():
            pos -= 1
        else:
            break
    return start, breaks


def removal_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Span that removes ``text[start:end]`` (a whole line) and one of its separators.

    In the middle of a text the line goes with the line breaks after it, as many
    as separate it from the paragraph before (so the paragraph rhythm stays); the
    last line goes with the break before it; a line alone goes alone.
    """
    line_start = text.rfind("\n", 0, start) + 1
    after = regex.match(r"[^\S\n]*(?:\n[^\S\n]*)*", text, pos=end)
    after_end = after.end() if after else end
    before_start, before_breaks = _breaks_before(text, line_start)
    if after_end < len(text):
        if line_start == 0:
            return 0, after_end
        # Keep the separator that came before the line; take as many breaks after it.
        pos = end
        taken = 0
        while pos < after_end and taken < max(1, before_breaks):
            if text[pos] == "\n":
                taken += 1
            pos += 1
        return line_start, pos - line_start
    if line_start == 0:
        return 0, len(text)
    cut = before_start
    # Trailing spaces go with the line; a final line break stays.
    newline = text.find("\n", end)
    stop = newline if newline >= 0 else len(text)
    return cut, stop - cut
