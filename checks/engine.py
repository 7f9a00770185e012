"""Run the selected checks over one text or a whole batch of documents.

This is the only place that calls check functions, so the command line and the
desktop app cannot disagree.  It is cancellable between files and between
checks, reports progress per file, and drops grammar-engine issues that only
repeat what one of our own passes already says about the same span.
"""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from checks.context import Batch, BatchMember, CheckContext
from checks.model import Issue
from checks.registry import REGISTRY, Check, Registry
from checks.settings import Settings

log = logging.getLogger(__name__)


# How often, at most, a long file's issues found so far are handed to ``on_partial``.
PARTIAL_SECONDS = 0.5


class CheckError(Exception):
    """A check raised; only ``strict`` callers (the test suite) see it as an exception."""


class Cancelled(Exception):
    """Raised inside a run when its cancel callback says stop."""


@dataclass
class CheckFailure:
    """A check that raised: reported to the user, the other checks' results are kept."""

    check_id: str
    path: str
    error: str


@dataclass
class FileResult:
    path: str
    issues: list[Issue]
    failures: list[CheckFailure] = field(default_factory=list)
    # False for the early result of a file whose grammar engines are still running.
    complete: bool = True


def _rule_match(rule: str, prefix: str) -> bool:
    return prefix.upper() == "ALL" or rule == prefix or rule.startswith(prefix + ".")


def _dedupe(issues: list[Issue], yielding_rules: set[str]) -> list[Issue]:
    """Sort by position; drop exact repeats and yielding issues covered by one of ours.

    "Covered" means the spans overlap (an empty span counts as one character).  Our
    issues are sorted by start with a running maximum of their ends, so each yielding
    issue is decided with one bisection instead of a scan of all of ours.
    """
    ordered = sorted(issues, key=lambda i: (i.offset, i.length, -i.confidence, i.rule))
    ours = [i for i in ordered if i.rule not in yielding_rules]
    starts = [o.offset for o in ours]
    reach: list[int] = []
    for o in ours:
        reach.append(max(reach[-1] if reach else -1, o.end + (o.length == 0)))
    result: list[Issue] = []
    seen: set[tuple[int, int, str, tuple[str, ...]]] = set()
    for issue in ordered:
        ident = (issue.offset, issue.length, issue.rule, issue.replacements)
        if ident in seen:
            continue
        if issue.rule in yielding_rules:
            # Ours that start before this issue ends; does any of them reach past its start?
            before = bisect.bisect_left(starts, issue.end + (issue.length == 0))
            if before and reach[before - 1] > issue.offset:
                continue
        seen.add(ident)
        result.append(issue)
    return result


class Engine:
    """Checks chosen from a registry with the user's settings, ready to run."""

    def __init__(
        self,
        settings: Settings | None = None,
        registry: Registry = REGISTRY,
        checks: Sequence[Check] | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.registry = registry
        if checks is None:
            checks = registry.select(self.settings.select or None, self.settings.ignore)
        # Our own passes first, grammar engines last: the engines are the slow part, and
        # their issues only count where ours say nothing, so the order changes no result.
        self.checks: tuple[Check, ...] = tuple(sorted(checks, key=lambda c: c.yields_to_cleanup))

    def _keep(self, rule: str) -> bool:
        select, ignore = self.settings.select, self.settings.ignore
        if select and not any(_rule_match(rule, p) for p in select):
            return False
        return not any(_rule_match(rule, p) for p in ignore)

    def check_member(
        self,
        member: BatchMember,
        batch: Batch,
        cancelled: Callable[[], bool] = lambda: False,
        on_partial: Callable[[FileResult], None] | None = None,
    ) -> FileResult:
        """Run every check on one member; ``on_partial`` gets the issues found so far.

        A partial result is handed over when ``PARTIAL_SECONDS`` have passed since the
        last one, and before the grammar engines start, so a window can show the first
        issues of a long file while the rest of the checks work.
        """
        ctx = CheckContext(member.path, batch, self.settings, member=batch.position(member))
        found: list[Issue] = []
        failures: list[CheckFailure] = []
        yielding: set[str] = set()
        last_partial = time.monotonic()
        reported = 0
        engines_started = False
        for chk in self.checks:
            if cancelled():
                raise Cancelled
            if on_partial is not None and not engines_started:
                engines_started = chk.yields_to_cleanup
                due = engines_started or time.monotonic() - last_partial >= PARTIAL_SECONDS
                if due and len(found) > reported:
                    partial = _dedupe(found, set())
                    on_partial(FileResult(member.path, partial, list(failures), False))
                    last_partial, reported = time.monotonic(), len(found)
            ctx.check = chk
            try:
                issues = list(chk.func(member.text, ctx))
            except Exception as exc:
                log.exception("check %s failed on %s", chk.id, member.path)
                failures.append(CheckFailure(chk.id, member.path, f"{type(exc).__name__}: {exc}"))
                continue
            for issue in issues:
                if issue.end > len(member.text):
                    failures.append(
                        CheckFailure(chk.id, member.path, f"issue past end of text: {issue}")
                    )
                    continue
                if not self._keep(issue.rule):
                    continue
                if chk.yields_to_cleanup:
                    yielding.add(issue.rule)
                found.append(issue)
        return FileResult(member.path, _dedupe(found, yielding), failures)

    def check_text(self, text: str, path: str = "<text>", *, strict: bool = False) -> list[Issue]:
        """Issues of one text checked on its own; ``strict`` raises when a check failed."""
        member = BatchMember(path, text)
        result = self.check_member(member, Batch([member]))
        if strict and result.failures:
            raise CheckError("; ".join(f"{f.check_id}: {f.error}" for f in result.failures))
        return result.issues

    def iter_batch(
        self,
        members: Sequence[BatchMember],
        cancelled: Callable[[], bool] = lambda: False,
        on_partial: Callable[[FileResult], None] | None = None,
    ) -> Iterator[FileResult]:
        """Check each member with the whole batch as context; yield as each file is done."""
        batch = Batch(members)
        for member in batch.members:
            if cancelled():
                raise Cancelled
            yield self.check_member(member, batch, cancelled, on_partial)

    def check_batch(
        self,
        members: Sequence[BatchMember],
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[FileResult]:
        results = []
        for n, result in enumerate(self.iter_batch(members, cancelled), start=1):
            results.append(result)
            if progress:
                progress(n, len(members), result.path)
        return results
