"""Deciding issues, free of Qt: accept, reject, edit, or a whole rule in a file or the batch.

Each function returns a :class:`DecisionPlan`: the decision changes to make
(the window wraps them in one undo step; ``copydesk fix`` applies them at
once) and lines telling the user what happened.  The overlap policy lives
here: a fix inside text that an accepted fix replaces is superseded, never
refused or undone; a fix that partly overlaps an accepted one is refused with
a message naming it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from copydesk.checks.apply import apply_edits
from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.model import Edit
from copydesk.checks.review import FileReview, ReviewItem, kept
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_cover import covers

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class DecisionChange:
    file: FileReview
    key: str
    before: Decision | None
    after: Decision | None

    def apply(self) -> None:
        self.file.set_decision(self.key, self.after)

    def revert(self) -> None:
        self.file.set_decision(self.key, self.before)


@dataclass
class DecisionPlan:
    """Changes to make as one step, its label, and lines for the user."""

    label: str = ""
    changes: list[DecisionChange] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    status: str = ""  # a passing note (the window's status bar)
    blocked_by: ReviewItem | None = None  # the accepted fix that refused this one
    refusal: str = ""  # why the fix was refused, when not for an overlap

    def apply(self) -> None:
        for c in self.changes:
            c.apply()


def _line(fr: FileReview, it: ReviewItem) -> int:
    return fr.position(it.issue)[0]


def _change(fr: FileReview, it: ReviewItem, decision: Decision | None) -> DecisionChange:
    return DecisionChange(fr, it.key, fr.decision(it), decision)


def plan_reject(fr: FileReview, it: ReviewItem) -> DecisionPlan:
    return DecisionPlan(f"Reject {it.issue.rule}", [_change(fr, it, Decision(Verdict.REJECTED))])


def _keeps(fr: FileReview, it: ReviewItem, replacement: str) -> bool:
    """Whether accepting ``replacement`` changes nothing: a flag-only issue, or the text
    typed back, or the text as the fixes inside it left it, which the detail shows.  One
    of the issue's own suggestions is accepted all the same, superseding those fixes."""
    if replacement == it.issue.matched(fr.text):
        return True
    return replacement not in it.issue.replacements and replacement == fr.current_matched(it)


def accept_verb(fr: FileReview, it: ReviewItem, replacement: str | None) -> str:
    """What accepting ``replacement`` (chosen or typed) for ``it`` does, as the window's
    button names it: "Keep" (the text stays), "Accept" (one of its suggestions) or
    "Apply edit" (a replacement of the editor's own, recorded as edited)."""
    if replacement is None:
        return "Accept" if it.issue.replacements else "Keep"
    if _keeps(fr, it, replacement):
        return "Keep"
    return "Accept" if replacement in it.issue.replacements else "Apply edit"


def plan_accept(fr: FileReview, it: ReviewItem, replacement: str) -> DecisionPlan:
    """Accept ``replacement`` for ``it`` (one of its suggestions, or typed: "edited")."""
    rule = it.issue.rule
    matched = it.issue.matched(fr.text)
    if _keeps(fr, it, replacement):
        return DecisionPlan(f"Keep {rule}", [_change(fr, it, kept(matched))])
    verdict = Verdict.ACCEPTED if replacement in it.issue.replacements else Verdict.EDITED
    unstorable = fr.cannot_store(replacement)
    if unstorable:
        return DecisionPlan(
            messages=[
                f"Not accepted: {rule} at line {_line(fr, it)}: {unstorable};"
                " type a replacement it can hold."
            ],
            refusal=unstorable,
        )
    edit = it.issue.edit(replacement)
    conflicts = fr.conflicting_items(edit, exclude=it.key)
    if conflicts:
        other = conflicts[0]
        return DecisionPlan(
            messages=[
                f"Not accepted: {rule} at line {_line(fr, it)} overlaps the accepted fix"
                f" {other.issue.rule} at line {_line(fr, other)}; undo that one first."
            ],
            blocked_by=other,
        )
    plan = DecisionPlan(f"Accept {rule}", [_change(fr, it, Decision(verdict, replacement))])
    outer = fr.superseded_by(it)
    if outer is not None:
        plan.messages.append(
            f"Noted, but it changes nothing: {rule} at line {_line(fr, it)} is inside text that"
            f" the fix you accepted for {outer.issue.rule} at line {_line(fr, outer)} already"
            " replaces (undo that fix to apply this one)."
        )
    inside = [
        o
        for o in fr.items_within(edit.offset, edit.end)
        if o is not it and fr.applies(o) and covers(edit, o.issue)
    ]
    if inside:
        plan.label += f" (supersedes {', '.join(c.issue.rule for c in inside)})"
        plan.messages += [
            f"The fix for {rule} at line {_line(fr, it)} replaces text that holds the fix you"
            f" accepted for {c.issue.rule} at line {_line(fr, c)}: this one fix now stands for"
            " both (Ctrl+Z brings the other back on its own)."
            for c in inside
        ]
    joins = verdict == Verdict.EDITED and "\n" not in replacement
    if joins and _BLANK_LINE.search(it.issue.matched(fr.text)):
        plan.messages.append(
            f"Your replacement at line {_line(fr, it)} has no line break where the text"
            " had a blank line: it joins two paragraphs. Ctrl+Z undoes it."
        )
    return plan


def _partly_overlap(text: str, a: Edit, b: Edit) -> bool:
    if covers(a, b) or covers(b, a):
        return False
    return bool(apply_edits(text, [a, b]).skipped)


class _Accepted:
    """The edits accepted so far in one file, found by place: a batch of thousands of safe
    fixes compares each new edit with its neighbours only, not with every edit before it."""

    def __init__(self) -> None:
        self._edits: list[tuple[int, int, Edit]] = []  # (offset, order, edit), sorted
        self._longest = 0

    def add(self, edit: Edit) -> None:
        bisect.insort(self._edits, (edit.offset, len(self._edits), edit))
        self._longest = max(self._longest, edit.length)

    def near(self, edit: Edit) -> list[Edit]:
        """The accepted edits that touch or overlap ``edit``'s span."""
        lo = bisect.bisect_left(self._edits, (edit.offset - self._longest, -1))
        hi = bisect.bisect_right(self._edits, (edit.end, len(self._edits)))
        return [e for _, _, e in self._edits[lo:hi] if e.end >= edit.offset]


def _decide_all(
    plan: DecisionPlan, items: Iterable[tuple[FileReview, ReviewItem]], accept: bool
) -> tuple[int, int]:
    """Decide every open item (first suggestion, or reject) into ``plan``.

    Returns how many were left open because they overlap an accepted fix, and how many
    because the file's encoding cannot hold their replacement.
    """
    overlapping = unstorable = 0
    pending: dict[int, _Accepted] = {}
    for fr, item in items:
        if not fr.is_open(item) or (accept and not item.issue.replacements):
            continue
        if accept and fr.cannot_store(item.issue.replacements[0]):
            unstorable += 1
            continue
        if accept:
            edit = item.issue.edit(item.issue.replacements[0])
            mine = pending.setdefault(id(fr), _Accepted())
            # An edit that partly overlaps one already accepted stays open.
            near = mine.near(edit)
            if fr.conflicting_items(edit) or any(_partly_overlap(fr.text, e, edit) for e in near):
                overlapping += 1
                continue
            mine.add(edit)
            decision = Decision(Verdict.ACCEPTED, item.issue.replacements[0])
        else:
            decision = Decision(Verdict.REJECTED)
        plan.changes.append(DecisionChange(fr, item.key, None, decision))
    return overlapping, unstorable


def plan_safe(
    batch: ReviewBatch, files: Sequence[FileReview] | None = None, *, where: str = "all files"
) -> DecisionPlan:
    """Accept every open safe fix in ``files`` (None: all), as ``copydesk fix`` applies them.

    Queries and fixes that need a look (a caption's removal, a pronoun) stay open.
    """
    plan = DecisionPlan()
    chosen = files if files is not None else batch.readable()
    safe = ((fr, it) for fr in chosen for it in fr.items if it.issue.safe)
    overlapping, unstorable = _decide_all(plan, safe, True)
    if overlapping:
        plan.messages.append(
            f"{overlapping} safe fix(es) left open: each overlaps a fix already accepted;"
            " decide them one by one."
        )
    if unstorable:
        plan.messages.append(
            f"{unstorable} safe fix(es) left open: the replacement cannot be stored in the"
            " file's encoding."
        )
    if plan.changes:
        plan.label = plan.status = f"Accept {len(plan.changes)} safe fix(es) in {where}"
    else:
        plan.status = f"No open safe fixes in {where}"
    return plan


def plan_rule(
    batch: ReviewBatch,
    rule: str,
    accept: bool,
    files: Sequence[FileReview] | None = None,
    *,
    where: str = "all files",
) -> DecisionPlan:
    """Accept (first suggestion) or reject every open issue of ``rule`` in ``files`` (None: all)."""
    plan = DecisionPlan()
    overlapping, unstorable = _decide_all(plan, batch.items_of_rule(rule, files), accept)
    if overlapping:
        plan.messages.append(
            f"{overlapping} × {rule} left open: each overlaps a fix already accepted;"
            " decide them one by one."
        )
    if unstorable:
        plan.messages.append(
            f"{unstorable} × {rule} left open: its replacement cannot be stored in the file's"
            " encoding."
        )
    if plan.changes:
        verb = "Accept" if accept else "Reject"
        plan.label = plan.status = f"{verb} {len(plan.changes)} × {rule} in {where}"
    return plan


def plan_clear(fr: FileReview) -> DecisionPlan:
    """Take back every decision of ``fr`` (remembered ones from an earlier session
    included) as one step; undo gives them back."""
    changes = [
        DecisionChange(fr, key, decision, None) for key, decision in fr.store.decisions.items()
    ]
    plan = DecisionPlan(f"Clear {len(changes)} decision(s) in {fr.name}", changes)
    plan.status = (
        f"{len(changes)} decision(s) in {fr.name} cleared: its issues are open again"
        " (Ctrl+Z gives the decisions back)"
        if changes
        else f"{fr.name} has no decisions to clear"
    )
    return plan
