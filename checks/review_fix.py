"""``copydesk fix`` through the review layer: accept fixes as an editor would, then save.

Fixes are accepted one by one with the same overlap policy as the window
(:mod:`copydesk.checks.review_decide`): a fix inside a larger accepted one is
superseded by it, whatever the order, and a fix that partly overlaps an
accepted one is skipped and named.  Safe fixes run in passes (a fix can reveal
the next artifact); each pass re-checks the whole batch, so checks that need
the other files keep their evidence.  ``apply_all`` is a single pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import KEEPS_BYTES, MAX_PASSES, Change, drops_kept_bytes
from copydesk.checks.review import FileReview
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_decide import plan_accept


@dataclass
class FileFix:
    """What ``fix`` did to one file."""

    file: FileReview
    changes: list[Change] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "line:col: rule: why", one per fix
    remaining: int = 0


def accept_fixes(fr: FileReview, *, apply_all: bool) -> list[str]:
    """Accept every open fix of ``fr`` (safe ones unless ``apply_all``); lines for those refused."""
    refused = []
    for it in list(fr.items):
        if not it.issue.replacements or not (apply_all or it.issue.safe) or not fr.is_open(it):
            continue
        if drops_kept_bytes(fr.text, it.issue.edit()):
            line, col = fr.position(it.issue)
            refused.append(f"{line}:{col}: {it.issue.rule}: {KEEPS_BYTES}")
            continue
        plan = plan_accept(fr, it, it.issue.replacements[0])
        if plan.changes:
            plan.apply()
            continue
        line, col = fr.position(it.issue)
        why = "not applied"
        if plan.blocked_by is not None:
            other = plan.blocked_by
            why = f"overlaps {other.issue.rule} at line {fr.position(other.issue)[0]}"
        refused.append(f"{line}:{col}: {it.issue.rule}: {why}")
    return refused


def check_batch(engine: Engine, batch: ReviewBatch) -> None:
    """Check every readable file with the whole batch as context (bilingual files: theirs)."""
    batch.take_results(engine.check_batch(batch.members()))
    batch.check_bilingual(engine)


def fix_batch(
    engine: Engine,
    batch: ReviewBatch,
    *,
    apply_all: bool = False,
    before_commit: Callable[[FileReview, int], None] | None = None,
) -> list[FileFix]:
    """Fix every readable file of ``batch`` (checked already, or checked here).

    ``before_commit(file, pass_number)`` sees each file with its issues and the
    fixes accepted in a pass, before they become its text (the review report).
    """
    files = batch.readable()
    if any(not f.checked for f in files):
        check_batch(engine, batch)
    fixes = {id(f): FileFix(f) for f in files}
    for number in range(1 if apply_all else MAX_PASSES):
        for f in files:
            # A fix refused in one pass may apply in the next: only the last pass's stay.
            fixes[id(f)].skipped = accept_fixes(f, apply_all=apply_all)
        if not any(f.accepted_edits() for f in files):
            break
        for f in files:
            if before_commit is not None:
                before_commit(f, number)
            fixes[id(f)].changes += f.commit()
        check_batch(engine, batch)  # what is left, counted on the corrected batch as a whole
    for f in files:
        fixes[id(f)].remaining = len(f.items)
    return [fixes[id(f)] for f in files]
