"""``copydesk fix`` through the review layer: accept fixes as an editor would, then save.

Fixes are accepted one by one with the same overlap policy as the window
(:mod:`copydesk.checks.review_decide`): a fix inside a larger accepted one is
superseded by it, whatever the order, and a fix that partly overlaps an
accepted one is skipped and named.  Safe fixes run in passes (a fix can reveal
the next artifact); each pass re-checks the whole batch, so checks that need
the other files keep their evidence.  The re-check is the window's after a
decision (:meth:`ReviewBatch.recheck`, :mod:`copydesk.checks.review_recheck`): the
corrected texts are checked and their issues placed on the working texts.  ``fix``
commits each pass first, so that placing changes nothing here.  The articles and
the bilingual files are two such batches, each with its own passes.  ``apply_all`` is a single pass.

The review report of ``fix`` (:func:`decided_rows` of each pass, then
:func:`left_rows`) lists the fixes applied and every issue left after the last
check, each with why it was left, so its open rows are the issues the command
counts as left to review.  The in-process run and the workers of
:mod:`copydesk.checks.parallel` build it with these same functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import KEEPS_BYTES, MAX_PASSES, Change, drops_kept_bytes
from copydesk.checks.review import FileReview
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_bilingual import BilingualReview
from copydesk.checks.review_decide import plan_accept
from copydesk.checks.review_report import Outcome, ReviewRow

# Why ``fix`` left an issue open (the report's ``reason``).
LEFT_QUERY = "a query: no change proposed; for the author"
LEFT_UNSAFE = "needs a look: not a safe fix (fix --all or the window applies it)"
LEFT_AFTER_ALL = "found in the corrected copy: --all applies one pass, run fix again to go on"
LEFT_AFTER_PASSES = f"still found after {MAX_PASSES} passes: run fix on the copy to go on"


# What fix did with a fix the file's encoding cannot store (said after why).
KEPT_ENCODING = "; left out (the copy keeps the file's encoding)"
# ``fix --utf8``: the report's reason on a fix the file's own encoding cannot store (said
# before why), and the per-file line's start for a copy written in UTF-8.
WRITTEN_UTF8 = "the copy is written in UTF-8: "
UTF8_LINE = "written in UTF-8"


@dataclass
class FileFix:
    """What ``fix`` did to one file."""

    file: FileReview
    changes: list[Change] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "line:col: rule: why", one per fix
    remaining: int = 0
    # True when the last pass applied nothing: the issues left are the ones ``skipped``
    # was worked out on.  False after a pass that changed the text (and a re-check).
    settled: bool = False


def accept_fixes(fr: FileReview, *, apply_all: bool) -> list[str]:
    """Accept every open fix of ``fr`` (safe ones unless ``apply_all``); lines for those refused."""
    refused = []
    for it in list(fr.items):
        if not it.issue.replacements or not (apply_all or it.issue.safe) or not fr.is_open(it):
            continue
        if drops_kept_bytes(fr.text, it.issue.edit()):
            refused.append(f"{fr.where(it.issue)}: {it.issue.rule}: {KEEPS_BYTES}")
            continue
        plan = plan_accept(fr, it, it.issue.replacements[0])
        if plan.changes:
            plan.apply()
            continue
        why = plan.refusal or "not applied"
        if plan.refusal and plan.refusal == fr.cannot_store(it.issue.replacements[0]):
            # What fix did about it: the copy is written in the file's own encoding.
            why += KEPT_ENCODING
        if plan.blocked_by is not None:
            other = plan.blocked_by
            why = f"overlaps {other.issue.rule} at line {fr.position(other.issue)[0]}"
        refused.append(f"{fr.where(it.issue)}: {it.issue.rule}: {why}")
    return refused


def check_batch(engine: Engine, batch: ReviewBatch) -> None:
    """Check every readable file with the whole batch as context (bilingual files: theirs)."""
    batch.recheck(engine)
    batch.check_bilingual(engine)


def fix_batch(
    engine: Engine,
    batch: ReviewBatch,
    *,
    apply_all: bool = False,
    before_commit: Callable[[FileReview, int], None] | None = None,
    utf8: bool = False,
) -> list[FileFix]:
    """Fix every readable file of ``batch`` (checked already, or checked here).

    ``before_commit(file, pass_number)`` sees each file with its issues and the
    fixes accepted in a pass, before they become its text (the review report).
    ``utf8``: an article whose own encoding cannot store a fix gets it all the same, and
    its copy is written in UTF-8 (``FileReview.utf8_copy``); bilingual files write what
    their encoding cannot hold as their format allows, or leave the fix out.
    """
    files = batch.readable()
    for f in files:
        f.utf8_copy = utf8 and not isinstance(f, BilingualReview)
    if any(not f.checked for f in files):
        check_batch(engine, batch)
    fixes = {id(f): FileFix(f) for f in files}
    # The articles and the bilingual files are two batches (the checks of neither read
    # the other's texts), so each runs its own passes and settles on its own: a spread
    # ``fix`` fixes the articles on its workers and the bilingual files here, alike.
    groups: list[tuple[list[FileReview], Callable[[], None]]] = [
        (
            [f for f in files if not isinstance(f, BilingualReview)],
            # The window's re-check after a decision, here after a committed pass.
            lambda: batch.recheck(engine),
        ),
        ([*batch.bilingual()], lambda: batch.check_bilingual(engine)),
    ]
    for group, recheck in groups:
        _run_passes([fixes[id(f)] for f in group], recheck, apply_all, before_commit)
    for f in files:
        fixes[id(f)].remaining = len(f.items)
    return [fixes[id(f)] for f in files]


def _run_passes(
    fixes: Sequence[FileFix],
    recheck: Callable[[], None],
    apply_all: bool,
    before_commit: Callable[[FileReview, int], None] | None,
) -> None:
    """The passes of :func:`fix_batch` over one batch; ``recheck`` checks it again."""
    for number in range(1 if apply_all else MAX_PASSES):
        for fix in fixes:
            # A fix refused in one pass may apply in the next: only the last pass's stay.
            fix.skipped = accept_fixes(fix.file, apply_all=apply_all)
        if not any(fix.file.accepted_edits() for fix in fixes):
            for fix in fixes:
                fix.settled = True
            return
        for fix in fixes:
            if before_commit is not None:
                before_commit(fix.file, number)
            fix.changes += fix.file.commit()
        recheck()  # what is left, counted on the corrected batch as a whole


def decided_rows(fr: FileReview, rule_name: Callable[[str], str]) -> list[ReviewRow]:
    """The report rows of one pass's accepted fixes (and the issues they supersede).

    Called before the pass is committed: lines and columns are in the text the fixes
    were applied to.  With ``fr.utf8_copy``, a fix the file's own encoding cannot store
    says so: the copy is written in UTF-8 for it.
    """
    rows = []
    for row in fr.review_rows(rule_name):
        if row.outcome == Outcome.OPEN:
            continue
        applied = row.outcome in (Outcome.ACCEPTED, Outcome.EDITED)
        why = fr.utf8_reason(row.after) if applied else ""
        rows.append(replace(row, reason=WRITTEN_UTF8 + why) if why else row)
    return rows


def left_rows(
    fr: FileReview,
    rule_name: Callable[[str], str],
    *,
    apply_all: bool,
    refused: Sequence[str] | None = None,
) -> list[ReviewRow]:
    """Every issue ``fr`` has open after the last check, with why ``fix`` left it.

    ``refused``: the lines :func:`accept_fixes` returned for this very text, when the
    last pass tried and applied nothing (None when the last check came after a change).
    Lines and columns are in the corrected copy, where the issues are left.
    """
    rows = []
    for row, it in zip(fr.review_rows(rule_name), fr.items, strict=True):
        if row.outcome != Outcome.OPEN:
            continue
        issue = it.issue
        # Matched by its start, not split at ": ": a unit id may hold one.
        named = f"{fr.where(issue)}: {issue.rule}: "
        why = next((r[len(named) :] for r in refused or () if r.startswith(named)), None)
        if not issue.replacements:
            reason = LEFT_QUERY
        elif not (apply_all or issue.safe):
            reason = LEFT_UNSAFE
        elif why is not None:
            reason = f"not applied: {why}"
        elif fr.cannot_store(issue.replacements[0]):  # no later pass or run will change that
            reason = f"not applied: {fr.cannot_store(issue.replacements[0])}{KEPT_ENCODING}"
        else:
            reason = LEFT_AFTER_ALL if apply_all else LEFT_AFTER_PASSES
        rows.append(replace(row, reason=reason))
    return rows
