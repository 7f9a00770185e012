"""Which accepted fixes are outermost: the index behind the review layer's overlap policy.

An accepted fix whose span lies inside a larger accepted one is superseded; the
outermost ones are what the corrected text applies.  The index keeps them
sorted by start, with the longest span seen, so "what covers this issue" and
"what does this edit partly overlap" look only at the few fixes that could
reach it; accepting a fix updates it in place, so accepting thousands of fixes
(``copydesk fix``) stays close to linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from copydesk.checks.model import Edit, Issue

if TYPE_CHECKING:
    from copydesk.checks.review import ReviewItem


def covers(outer: Issue | Edit, inner: Issue | Edit) -> bool:
    """True when ``inner``'s text lies inside the larger span ``outer`` replaces.

    An insertion at either edge of ``outer`` is not inside it: both can be applied.
    """
    if outer.length <= inner.length:
        return False
    if not (outer.offset <= inner.offset and inner.end <= outer.end):
        return False
    return inner.length > 0 or outer.offset < inner.offset < outer.end


def moved_span(offset: int, length: int, edits: Sequence[Edit]) -> tuple[int, int]:
    """Where ``[offset, offset+length)`` is once ``edits`` are applied: moved by those
    before it, grown or shrunk by those inside it, and an edit that replaces the whole
    span becomes the span (its replacement)."""
    end = offset + length
    shift = grow = 0
    for e in sorted(edits):
        delta = len(e.replacement) - e.length
        if e.offset <= offset and end <= e.end:
            return e.offset + shift, len(e.replacement)
        if e.end <= offset:
            shift += delta
        elif offset <= e.offset and e.end <= end and (e.length or offset < e.offset < end):
            grow += delta
    return offset + shift, length + grow


class CoverIndex:
    """The outermost accepted items of one file, by start."""

    def __init__(self, accepted: Iterable[ReviewItem]) -> None:
        self.outer: list[ReviewItem] = []
        self.starts: list[int] = []
        self.longest = 0
        ordered = sorted(accepted, key=lambda it: (it.issue.offset, -it.issue.length))
        for it in ordered:
            if self.covering(it.issue) is None:
                self._insert(it)

    def _insert(self, it: ReviewItem) -> None:
        pos = bisect.bisect_right(self.starts, it.issue.offset)
        self.outer.insert(pos, it)
        self.starts.insert(pos, it.issue.offset)
        self.longest = max(self.longest, it.issue.length)

    def _range(self, offset: int, end: int) -> tuple[int, int]:
        return (
            bisect.bisect_left(self.starts, offset - self.longest),
            bisect.bisect_right(self.starts, end),
        )

    def near(self, offset: int, end: int) -> list[ReviewItem]:
        """Outer items that could touch ``[offset, end]`` (a superset; callers test exactly)."""
        lo, hi = self._range(offset, end)
        return self.outer[lo:hi]

    def covering(self, span: Issue | Edit, exclude: object = None) -> ReviewItem | None:
        for o in self.near(span.offset, span.end):
            if o is not exclude and covers(o.issue, span):
                return o
        return None

    def add(self, it: ReviewItem) -> None:
        """``it`` became an accepted fix: it joins the outer ones unless a larger one holds it."""
        lo, hi = self._range(it.issue.offset, it.issue.end)
        window = self.outer[lo:hi]
        if any(o is it for o in window) or self.covering(it.issue) is not None:
            return
        keep = [o for o in window if not covers(it.issue, o.issue)]
        self.outer[lo:hi] = keep
        self.starts[lo:hi] = [o.issue.offset for o in keep]
        self._insert(it)
