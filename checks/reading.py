"""Text as it reads once mojibake is repaired, and the way back to the text's own offsets.

Why: a check that judges what a paragraph *says* is fooled by garbled characters.
``Ã©`` holds a ``©``, so a body paragraph with ``CafÃ©`` looked like a photo credit
and was removed; ``â€œ`` is no opening quote, so a grammar engine saw an unclosed
quotation and a comma without a space (``,â€\\x9d she said``).  Checks that declare
``reads_repaired`` (see :func:`copydesk.checks.registry.check`) are handed the text
with encoding.mojibake's repairs made, and their issues are moved back: a span that
starts or ends inside a repaired character takes in the whole damaged sequence.
A text without mojibake is handed over as it is.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from copydesk.checks.model import Issue, Location


@dataclass(frozen=True)
class Reading:
    """``text`` as it reads, and its repairs as (original start, end, read start, end)."""

    text: str
    repairs: tuple[tuple[int, int, int, int], ...] = ()

    def start(self, pos: int) -> int:
        """The original offset of read position ``pos`` taken as a span's start."""
        n = bisect.bisect_right([r[2] for r in self.repairs], pos) - 1
        if n < 0:
            return pos
        o_start, o_end, r_start, r_end = self.repairs[n]
        if pos < r_end or pos == r_start:
            return o_start  # inside a repaired character: its whole damaged sequence
        return o_end + pos - r_end

    def end(self, pos: int) -> int:
        """The original offset of read position ``pos`` taken as a span's end."""
        n = bisect.bisect_left([r[2] for r in self.repairs], pos) - 1
        if n < 0:
            return pos
        _, o_end, _, r_end = self.repairs[n]
        if pos <= r_end:
            return o_end
        return o_end + pos - r_end

    def span(self, offset: int, length: int) -> tuple[int, int]:
        """The original (offset, length) of a span of the read text."""
        start = self.start(offset)
        end = start if length == 0 else self.end(offset + length)
        return start, max(0, end - start)

    def original(self, issue: Issue, path: str | None = None) -> Issue:
        """``issue`` (found in the read text) in the original text's offsets.

        Places it names in the same document (``path``) are moved back too.
        """
        if not self.repairs:
            return issue
        offset, length = self.span(issue.offset, issue.length)
        related = tuple(self._moved(loc) if loc.path == path else loc for loc in issue.related)
        return replace(issue, offset=offset, length=length, related=related)

    def _moved(self, loc: Location) -> Location:
        offset, length = self.span(loc.offset, loc.length)
        return replace(loc, offset=offset, length=length)

    def originals(self, issues: Iterable[Issue], path: str | None = None) -> Iterator[Issue]:
        for issue in issues:
            yield self.original(issue, path)


@lru_cache(maxsize=4)
def read(text: str) -> Reading:
    """``text`` with every mojibake repair that encoding.mojibake offers made (lossy ones too)."""
    if text.isascii():
        return Reading(text)
    from copydesk.checks.rules.encoding.mojibake import repairs

    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    at = 0
    read_at = 0
    for start, end, fixed in repairs(text):
        parts.append(text[at:start])
        read_at += start - at
        spans.append((start, end, read_at, read_at + len(fixed)))
        parts.append(fixed)
        read_at += len(fixed)
        at = end
    if not spans:
        return Reading(text)
    parts.append(text[at:])
    return Reading("".join(parts), tuple(spans))
