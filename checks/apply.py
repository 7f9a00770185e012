"""Apply accepted edits to the original text in one pass.

Edits are all expressed against the *original* text, so offsets never drift.
They are sorted by position; an edit that overlaps one already kept is skipped
and reported, never merged silently, with one exception that has only one
meaning: two deletions that overlap (removing a caption line and the copyright
line after it share the blank line between them) delete their union, and the
merge is reported in ``merged``.  Identical edits (same span, same replacement)
count once.  No edit gives back the very same string.

A removal wins over any smaller edit inside it, whatever order the edits come in:
once a caption line is removed, a fix of a typo in that line has nothing to fix.
An edit with a negative offset or length, or reaching past the text, is refused
with a ValueError before anything is applied.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from copydesk.checks.model import Edit


@dataclass(frozen=True)
class ApplyResult:
    text: str
    applied: tuple[Edit, ...]
    skipped: tuple[Edit, ...] = field(default=())
    merged: tuple[Edit, ...] = field(default=())  # deletions folded into an earlier one

    @property
    def per_rule(self) -> Counter[str]:
        return Counter(e.rule for e in self.applied)


def _overlaps(kept: Edit, new: Edit) -> bool:
    if new.offset < kept.end:
        return True
    # Two insertions at one point: their order would be a guess, so it is a conflict.
    return new.offset == kept.offset == kept.end == new.end


def _inside_removals(edits: Sequence[Edit]) -> set[int]:
    """Indexes of the edits that lie wholly inside a removal and are not removals themselves.

    An insertion at a removal's very edge is outside it (it touches the text kept).
    """
    spans: list[tuple[int, int]] = []
    for e in sorted((e for e in edits if e.replacement == "" and e.length), key=lambda e: e.offset):
        if spans and e.offset < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e.end))
        else:
            spans.append((e.offset, e.end))
    if not spans:
        return set()
    starts = [s for s, _ in spans]
    inside: set[int] = set()
    for n, e in enumerate(edits):
        if e.replacement == "" and e.length:
            continue
        k = bisect.bisect_right(starts, e.offset) - 1
        if k < 0:
            continue
        start, end = spans[k]
        if e.end <= end and (e.length or start < e.offset < end):
            inside.add(n)
    return inside


def apply_edits(text: str, edits: Iterable[Edit]) -> ApplyResult:
    """Return ``text`` with ``edits`` applied; overlapping edits after the first are skipped.

    An edit wholly inside a removal loses to it.  Otherwise, where two edits
    overlap, the one that starts first wins (ties: the shorter, then the one
    listed first); the loser is in ``skipped``.
    """
    listed = list(edits)
    for edit in listed:
        if edit.offset < 0 or edit.length < 0 or edit.end > len(text):
            raise ValueError(f"edit {edit} outside the text (length {len(text)})")
    losers = _inside_removals(listed)
    indexed = sorted(
        ((n, e) for n, e in enumerate(listed) if n not in losers),
        key=lambda ie: (ie[1].offset, ie[1].length, ie[0]),
    )
    kept: list[Edit] = []
    skipped: list[Edit] = [e for n, e in enumerate(listed) if n in losers]
    merged: list[Edit] = []
    for _, edit in indexed:
        if (
            kept
            and kept[-1].offset == edit.offset
            and kept[-1].length == edit.length
            and (kept[-1].replacement == edit.replacement)
        ):
            continue
        if kept and _overlaps(kept[-1], edit):
            last = kept[-1]
            if last.replacement == "" and edit.replacement == "" and last.length and edit.length:
                end = max(last.end, edit.end)
                kept[-1] = Edit(last.offset, end - last.offset, "", last.rule)
                merged.append(edit)
                continue
            skipped.append(edit)
            continue
        kept.append(edit)
    if not kept:
        return ApplyResult(text, (), tuple(skipped))
    parts: list[str] = []
    cursor = 0
    for edit in kept:
        parts.append(text[cursor : edit.offset])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(text[cursor:])
    return ApplyResult("".join(parts), tuple(kept), tuple(skipped), tuple(merged))
