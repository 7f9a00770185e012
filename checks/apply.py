"""Apply accepted edits to the original text in one pass.

Edits are all expressed against the *original* text, so offsets never drift.
They are sorted by position; an edit that overlaps one already kept is skipped
and reported, never merged silently, with one exception that has only one
meaning: two deletions that overlap (removing a caption line and the copyright
line after it share the blank line between them) delete their union, and the
merge is reported in ``merged``.  Identical edits (same span, same replacement)
count once.  No edit gives back the very same string.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from checks.model import Edit


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


def apply_edits(text: str, edits: Iterable[Edit]) -> ApplyResult:
    """Return ``text`` with ``edits`` applied; overlapping edits after the first are skipped.

    Where two edits overlap, the one that starts first wins (ties: the shorter,
    then the one listed first); the loser is in ``skipped``.
    """
    indexed = sorted(enumerate(edits), key=lambda ie: (ie[1].offset, ie[1].length, ie[0]))
    kept: list[Edit] = []
    skipped: list[Edit] = []
    merged: list[Edit] = []
    for _, edit in indexed:
        if edit.offset < 0 or edit.end > len(text):
            raise ValueError(f"edit {edit} outside the text (length {len(text)})")
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
