"""Tracked changes: the corrected text as runs of kept, deleted and inserted text.

What a copy editor knows from Word's Track Changes: the original with each accepted
fix shown in place, deletions struck through and insertions marked. The runs come
from :func:`copydesk.checks.apply.apply_edits`, so they show exactly what saving would
write (overlapping edits resolved the same way). A replacement that only adds or
removes characters at one end (``Marquezsaid`` → ``Marquez said``) is narrowed to
the part that changes, so the eye goes to the space, not to the whole word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from copydesk.checks.apply import apply_edits
from copydesk.checks.model import Edit


class Mark(StrEnum):
    KEPT = "kept"
    DELETED = "deleted"
    INSERTED = "inserted"


@dataclass(frozen=True)
class Run:
    mark: Mark
    text: str
    rule: str = ""  # the rule whose fix made a deleted or inserted run


def _common_head(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _narrowed(old: str, new: str) -> tuple[str, str, str, str]:
    """(common prefix, removed, added, common suffix) when one side is a pure insertion/deletion.

    Otherwise the whole span is shown replaced: ``BLon`` → ``On`` reads better struck
    whole than as a puzzle of letters.
    """
    head = _common_head(old, new)
    tail = _common_head(old[head:][::-1], new[head:][::-1])
    removed, added = old[head : len(old) - tail], new[head : len(new) - tail]
    if removed and added:
        return "", old, new, ""
    return old[:head], removed, added, old[len(old) - tail :]


def tracked_runs(
    text: str, edits: Iterable[Edit], *, whole: Sequence[tuple[int, int]] = ()
) -> list[Run]:
    """``text`` with ``edits`` applied, as runs; the kept and inserted runs join into the result.

    ``whole``: as for :func:`~copydesk.checks.apply.apply_edits` (a review's ``whole_texts``)."""
    runs: list[Run] = []

    def add(mark: Mark, part: str, rule: str = "") -> None:
        if not part:
            return
        if runs and runs[-1].mark == mark == Mark.KEPT:
            runs[-1] = Run(mark, runs[-1].text + part)
        else:
            runs.append(Run(mark, part, rule))

    cursor = 0
    for edit in apply_edits(text, edits, whole=whole).applied:
        add(Mark.KEPT, text[cursor : edit.offset])
        head, removed, added, tail = _narrowed(text[edit.offset : edit.end], edit.replacement)
        add(Mark.KEPT, head)
        add(Mark.DELETED, removed, edit.rule)
        add(Mark.INSERTED, added, edit.rule)
        add(Mark.KEPT, tail)
        cursor = edit.end
    add(Mark.KEPT, text[cursor:])
    return runs


def corrected_text(runs: Iterable[Run]) -> str:
    return "".join(r.text for r in runs if r.mark != Mark.DELETED)


def original_text(runs: Iterable[Run]) -> str:
    return "".join(r.text for r in runs if r.mark != Mark.INSERTED)
