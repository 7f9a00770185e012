"""Tracked changes: the corrected text as runs of kept, deleted and inserted text.

What a copy editor knows from Word's Track Changes: the original with each accepted
fix shown in place, deletions struck through and insertions marked. The runs come
from :func:`copydesk.checks.apply.apply_edits`, so they show exactly what saving would
write (overlapping edits resolved the same way). A replacement that only adds or
removes characters at one end (``Marquezsaid`` → ``Marquez said``) is narrowed to
the part that changes, so the eye goes to the space, not to the whole word.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate, pairwise

import regex

from copydesk.checks.apply import apply_edits
from copydesk.checks.model import Edit

# The rule of what the editor typed in the text itself (Edit Text Directly).
TYPED_RULE = "typed"
_TOKEN = regex.compile(r"\w+|\s+|[^\w\s]")


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


def typed_hunks(original: str, text: str) -> list[tuple[int, int, int, int]]:
    """Where ``text`` differs from ``original``, word by word: (start, end) in each; two
    changes one space apart are one change, as an editor would read them."""
    a, b = _TOKEN.findall(original), _TOKEN.findall(text)
    starts_a = [0, *accumulate(len(t) for t in a)]
    starts_b = [0, *accumulate(len(t) for t in b)]
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    hunks: list[list[int]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if hunks and i1 - hunks[-1][1] <= 1 and all(t.isspace() for t in a[hunks[-1][1] : i1]):
            hunks[-1][1], hunks[-1][3] = i2, j2
        else:
            hunks.append([i1, i2, j1, j2])
    return [(starts_a[i1], starts_a[i2], starts_b[j1], starts_b[j2]) for i1, i2, j1, j2 in hunks]


def with_typed(runs: Sequence[Run], untyped: str, text: str) -> list[Run]:
    """``runs`` (of ``text``, the working text) with what the editor typed into ``untyped``
    (the text as read) shown as changes of rule :data:`TYPED_RULE`: a typed word that is
    still there is inserted, a word typed over or away is deleted, where it stood."""
    hunks = typed_hunks(untyped, text) if untyped != text else []
    if not hunks:
        return list(runs)
    out: list[Run] = []
    cuts = sorted({b for _a0, _a1, b0, b1 in hunks for b in (b0, b1)})
    removed = {b0: untyped[a0:a1] for a0, a1, b0, _b1 in hunks if a1 > a0}
    typed = [(b0, b1) for _a0, _a1, b0, b1 in hunks]
    at = 0  # where in ``text`` the runs have got to

    def emit_removed(position: int) -> None:
        gone = removed.pop(position, "")
        if gone:
            out.append(Run(Mark.DELETED, gone, TYPED_RULE))

    for run in runs:
        if run.mark == Mark.INSERTED:  # a fix's insertion takes no room in ``text``
            emit_removed(at)
            out.append(run)
            continue
        end = at + len(run.text)
        pieces = [at, *(c for c in cuts if at < c < end), end]
        for p0, p1 in pairwise(pieces):
            emit_removed(p0)
            part = run.text[p0 - at : p1 - at]
            inside = any(b0 <= p0 and p1 <= b1 for b0, b1 in typed)
            if inside and run.mark == Mark.KEPT:
                out.append(Run(Mark.INSERTED, part, TYPED_RULE))
            else:
                out.append(Run(run.mark, part, run.rule))
        at = end
    emit_removed(at)
    return _joined(out)


def _joined(runs: Iterable[Run]) -> list[Run]:
    """Neighbouring runs of one mark and rule as one run."""
    out: list[Run] = []
    for run in runs:
        if run.text and out and (out[-1].mark, out[-1].rule) == (run.mark, run.rule):
            out[-1] = Run(run.mark, out[-1].text + run.text, run.rule)
        elif run.text:
            out.append(run)
    return out


def corrected_text(runs: Iterable[Run]) -> str:
    return "".join(r.text for r in runs if r.mark != Mark.DELETED)


def original_text(runs: Iterable[Run]) -> str:
    return "".join(r.text for r in runs if r.mark != Mark.INSERTED)
