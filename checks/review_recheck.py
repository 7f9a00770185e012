"""Re-checking what the decisions made: the corrected text is checked, its issues placed
back on the working text, and decisions carried over by their keys.

A fix can reveal the next artifact: a mojibake repair turns ``March.â€œWe`` into
``March.“We``, where a space is missing.  Neither the working text nor any one issue
shows that; only the text as the accepted fixes leave it does.  So a file under
review is re-checked as *corrected* (:class:`Recheck`), with the batch's corrected
texts as context, and what the checks find there is placed on the working text the
decisions are made on:

- an issue in text no accepted fix touched moves by the length the fixes before it
  added or removed; it reads the same in both texts, so it keeps its key and with it
  its decision;
- an issue inside, across or at the edge of text a fix put there (``“`` after the
  repair) is widened over that fix: it replaces the fix's span of the working text
  with its own correction written into the fix's (``â€œ`` → `` “``).  Accepting it
  *supersedes* the fix it holds (the overlap policy of :mod:`copydesk.checks.review`),
  and undoing that fix drops it again at the next re-check.

Issues of the working text that an accepted fix changes (the fix's own issue, those
it supersedes, those it partly overlaps and that wait) cannot be found in the
corrected text; :meth:`copydesk.checks.review.FileReview.take_recheck` keeps them as
they were.  ``copydesk fix`` and the window both re-check through here
(:meth:`copydesk.checks.review_batch.ReviewBatch.recheck`; the window's worker with
the same :class:`Recheck` values): ``fix`` makes the corrected text the working text
after each pass, so its placing is the identity, and the window keeps the working
text and its decisions (each undoable) and sees the same issues on it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from copydesk.checks.context import BatchMember
from copydesk.checks.decisions import decision_keys
from copydesk.checks.model import Edit, Issue
from copydesk.checks.review_cover import covers


@dataclass(frozen=True)
class Recheck:
    """One file to re-check: its working text, the text its accepted fixes make, and those
    fixes (as applied, in the working text's offsets).  Immutable: a worker thread reads
    it while the editor goes on deciding."""

    path: str
    text: str
    corrected: str
    applied: tuple[Edit, ...] = ()

    def member(self) -> BatchMember:
        """What the checks read: the corrected text, under the file's path."""
        return BatchMember(self.path, self.corrected)

    def basis(self) -> object:
        """The review's basis this was made from (:meth:`FileReview.basis`): its issues are
        the file's only while the file still has it."""
        return self.text

    def placed(self, issues: Iterable[Issue]) -> list[Issue]:
        """Issues found in the corrected text, as issues of the working text."""
        return place_found(self.corrected, self.applied, issues)

    def keyed(self, issues: Iterable[Issue]) -> list[tuple[Issue, str]]:
        """The placed issues with their decision keys (computed on the working text, where
        every earlier decision was keyed)."""
        return list(decision_keys(self.text, self.placed(issues)))


def _meets(out: tuple[int, int], lo: int, hi: int) -> bool:
    """Whether a span ``[lo, hi)`` reads text a fix changes at ``out``: they share a
    character, or one is empty and touches the other (an insertion at a fix's edge could
    go on either side of it)."""
    start, end = out
    if lo < end and start < hi:
        return True
    return (lo == hi or start == end) and lo <= end and start <= hi


def changed_by(spans: Sequence[tuple[int, int]], fixes: Sequence[Edit]) -> set[int]:
    """The indexes of ``spans`` (of the working text) that one of ``fixes`` (sorted,
    disjoint) changes as :func:`_meets` reads it: a check of the corrected text cannot
    find an issue there as it was found."""
    starts = [e.offset for e in fixes]
    found = set()
    for n, (lo, hi) in enumerate(spans):
        j = bisect.bisect_right(starts, hi) - 1
        while j >= 0 and fixes[j].end >= lo:
            if _meets((fixes[j].offset, fixes[j].end), lo, hi):
                found.add(n)
                break
            j -= 1
    return found


class _Fixes:
    """The applied fixes of a working text, with their spans in the corrected text."""

    def __init__(self, corrected: str, applied: Sequence[Edit]) -> None:
        self.corrected = corrected
        self.applied = applied
        self.outs: list[tuple[int, int]] = []  # each fix's span in the corrected text
        self.shifts: list[int] = []  # corrected offset minus working offset after each fix
        delta = 0
        for e in applied:
            start = e.offset + delta
            self.outs.append((start, start + len(e.replacement)))
            delta += len(e.replacement) - e.length
            self.shifts.append(delta)
        self.starts = [s for s, _ in self.outs]

    def shift_before(self, n: int) -> int:
        return self.shifts[n - 1] if n else 0

    def meeting(self, lo: int, hi: int) -> list[int]:
        """The fixes whose corrected text ``[lo, hi)`` reads, in order.  A removal leaves
        nothing in the corrected text, so an issue with text of its own that only touches
        where one was (a stray fragment at the start of the paragraph after a removed
        caption) reads none of it: it is the issue the working text had there."""
        found = []
        j = bisect.bisect_right(self.starts, hi) - 1
        while j >= 0 and self.outs[j][1] >= lo:  # disjoint and in order: ends rise too
            start, end = self.outs[j]
            beside_removal = start == end and lo < hi and (end == lo or start == hi)
            if _meets(self.outs[j], lo, hi) and not beside_removal:
                found.append(j)
            j -= 1
        return found[::-1]

    def working(self, cs: int, ce: int, first: int, last: int) -> tuple[int, int]:
        """The working text's span for corrected ``[cs, ce)``, which holds fixes first..last."""
        ws = (
            self.applied[first].offset
            if cs == self.outs[first][0]
            else cs - self.shift_before(first)
        )
        we = self.applied[last].end if ce == self.outs[last][1] else ce - self.shifts[last]
        return ws, we

    def widened(self, lo: int, hi: int, touched: list[int]) -> tuple[int, int, int, int]:
        """The corrected and working spans of an issue at ``[lo, hi)`` that reads ``touched``
        fixes, grown until it holds each of them as the overlap policy reads "holds"
        (:func:`copydesk.checks.review_cover.covers`): strictly larger than a fix of the
        same span, an insertion strictly inside.  Otherwise accepting it would be refused
        as overlapping the very fix it corrects."""
        cs, ce = min(lo, self.outs[touched[0]][0]), max(hi, self.outs[touched[-1]][1])
        while True:
            first, last = touched[0], touched[-1]
            ws, we = self.working(cs, ce, first, last)
            fa, la = self.applied[first], self.applied[last]
            left = fa.length == 0 and ws == fa.offset
            right = la.length == 0 and we == la.end
            if first == last and fa.length and (ws, we) == (fa.offset, fa.end):
                left = True
            if left and cs == 0:
                left, right = False, True
            if not (left or right) or (right and ce == len(self.corrected)):
                return cs, ce, ws, we
            cs, ce = cs - left, ce + right
            touched = self.meeting(cs, ce) or touched


def place_found(corrected: str, applied: Sequence[Edit], issues: Iterable[Issue]) -> list[Issue]:
    """Issues of ``corrected`` (the working text with ``applied``, sorted and disjoint, as
    :func:`copydesk.checks.apply.apply_edits` returns them) placed on the working text."""
    fixes = _Fixes(corrected, applied)
    placed = []
    for issue in issues:
        lo, hi = issue.offset, issue.end
        touched = fixes.meeting(lo, hi)
        if not touched:
            # A removal right at ``lo`` lies before the issue's text (bisect_right counts
            # it); a fix with text there would have been touched.
            before = bisect.bisect_right(fixes.starts, lo)
            placed.append(replace(issue, offset=lo - fixes.shift_before(before)))
            continue
        cs, ce, ws, we = fixes.widened(lo, hi, touched)
        held = Edit(ws, we - ws, "")
        if not all(covers(held, fixes.applied[j]) for j in fixes.meeting(cs, ce)):
            # Against the text's start or end no span holds the fix (an insertion there):
            # accepting the issue would keep the fix as well, or be refused. ``fix`` finds
            # it in its next pass, on the committed text.
            continue
        head, tail = corrected[cs:lo], corrected[hi:ce]
        placed.append(
            replace(
                issue,
                offset=ws,
                length=we - ws,
                replacements=tuple(head + r + tail for r in issue.replacements),
            )
        )
    return placed
