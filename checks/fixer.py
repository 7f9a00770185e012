"""Turn issues into a corrected text: safe fixes only, or every first replacement.

Safe fixes are applied repeatedly, until a re-check finds no safe fix left (at
most ``MAX_PASSES`` times), because fixing one artifact can reveal the next (a
stray fragment removed leaves a lower-case sentence start) and overlapping fixes
wait for the next pass; applying "all" is a single pass, so nothing is applied
that nobody saw.

A fix never drops bytes the reader kept as they were (a stray byte in a UTF-8 file
is held as a lone surrogate and written back unchanged): an edit that would replace
one, with U+FFFD or anything else, is left out and reported among the skipped.

A batch is fixed as a batch (:func:`fix_batch`): every re-check sees every
file as it now stands, so checks that weigh evidence across files (a name
used in another article, a token the batch uses twice) keep it while fixing.
:mod:`copydesk.checks.parallel` runs the same passes over processes or a cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from copydesk.checks.apply import apply_edits
from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.model import Edit, Issue

MAX_PASSES = 4


@dataclass
class Change:
    """One applied edit, located in the text it was applied to, for reports."""

    rule: str
    line: int
    before: str
    after: str


@dataclass
class FixOutcome:
    text: str
    changes: list[Change] = field(default_factory=list)
    skipped: int = 0
    remaining: list[Issue] = field(default_factory=list)
    # The fixes left out, located in the text they were meant for, with why.
    skipped_fixes: list[tuple[Change, str]] = field(default_factory=list)


OVERLAP = "overlaps another fix"
KEEPS_BYTES = "would drop bytes kept as they were in the file"


def _kept_bytes(s: str) -> int:
    return sum(1 for c in s if "\udc80" <= c <= "\udcff")


def drops_kept_bytes(text: str, edit: Edit) -> bool:
    matched = text[edit.offset : edit.end]
    return _kept_bytes(matched) > 0 and _kept_bytes(edit.replacement) < _kept_bytes(matched)


def _changes(text: str, edits: tuple[Edit, ...]) -> list[Change]:
    return [
        Change(e.rule, text.count("\n", 0, e.offset) + 1, text[e.offset : e.end], e.replacement)
        for e in edits
    ]


def fix_text(
    engine: Engine,
    text: str,
    path: str = "<text>",
    *,
    apply_all: bool = False,
    issues: list[Issue] | None = None,
) -> FixOutcome:
    """Fix ``text`` with ``engine``'s checks; ``issues`` saves the first check when known."""
    outcome = FixOutcome(text)
    current = issues if issues is not None else engine.check_text(text, path)
    for _ in range(passes(apply_all)):
        if not apply_step(outcome, current, apply_all):
            break
        current = engine.check_text(outcome.text, path)
    outcome.remaining = current
    return outcome


def passes(apply_all: bool) -> int:
    return 1 if apply_all else MAX_PASSES


def apply_step(outcome: FixOutcome, issues: list[Issue], apply_all: bool) -> bool:
    """Apply one pass of fixes from ``issues`` to ``outcome``; True when the text changed."""
    chosen = [i.edit() for i in issues if i.replacements and (apply_all or i.safe)]
    dropping = tuple(e for e in chosen if drops_kept_bytes(outcome.text, e))
    chosen = [e for e in chosen if e not in dropping]
    # Only the last pass's leftovers count: an earlier pass's overlaps are retried.
    outcome.skipped_fixes = [(c, KEEPS_BYTES) for c in _changes(outcome.text, dropping)]
    outcome.skipped = len(dropping)
    if not chosen:
        return False
    result = apply_edits(outcome.text, chosen, whole=[(0, len(outcome.text))])
    outcome.changes.extend(_changes(outcome.text, result.applied))
    outcome.skipped += len(result.skipped)
    outcome.skipped_fixes += [(c, OVERLAP) for c in _changes(outcome.text, result.skipped)]
    changed = result.text != outcome.text
    outcome.text = result.text
    return changed


def fix_batch(
    engine: Engine, members: list[BatchMember], *, apply_all: bool = False
) -> list[FixOutcome]:
    """Fix every member with the whole batch as context, re-checked as a batch each pass.

    A pass checks the batch as it stands and applies each file's fixes; passes
    repeat while any file changed (at most ``MAX_PASSES``, one with ``apply_all``).
    ``remaining`` is what the last check of the batch found in each file.
    """
    outcomes = [FixOutcome(m.text) for m in members]
    results = engine.check_batch(members)
    for _ in range(passes(apply_all)):
        changed = False
        for outcome, result in zip(outcomes, results, strict=True):
            changed |= apply_step(outcome, result.issues, apply_all)
        if not changed:
            break
        current = [BatchMember(m.path, o.text) for m, o in zip(members, outcomes, strict=True)]
        results = engine.check_batch(current)
    for outcome, result in zip(outcomes, results, strict=True):
        outcome.remaining = result.issues
    return outcomes
