"""Run the selected checks over one text or a whole batch of documents.

This is the only place that calls check functions, so the command line and the
desktop app cannot disagree.  It is cancellable between files and between
checks, reports progress per file, and keeps one issue per problem: where issues
of two checks overlap, the one whose check declares the higher precedence stays
(our own passes, then LanguageTool, then Harper; see ``Check.precedence``).
"""

from __future__ import annotations

import bisect
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from copydesk.checks.context import Batch, BatchMember, CheckContext
from copydesk.checks.inputs import CheckInputs
from copydesk.checks.model import Issue
from copydesk.checks.registry import OWN_PRECEDENCE, REGISTRY, Check, Registry
from copydesk.checks.settings import Settings

log = logging.getLogger(__name__)


# Suggestions an issue keeps when another check's suggestions for its span are added.
MAX_REPLACEMENTS = 5

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
    # An early result: the ids of the checks whose issues it does not hold yet (the
    # grammar engines still at work); what they found before is not known to be gone.
    pending: tuple[str, ...] = ()


def _dedupe(
    issues: list[Issue],
    rank: Callable[[str], int] = lambda _rule: 0,
    beside: Sequence[Issue] = (),
) -> list[Issue]:
    """Sort by position; drop exact repeats, and issues outranked on their span.

    ``rank`` gives each rule its check's declared precedence.  An issue is dropped
    when a kept issue of higher precedence overlaps it (an empty span counts as one
    character): one issue per problem, reported by the most trusted check.  When the
    two spans are the same, the dropped issue's suggestions follow the kept one's
    (unless the kept one is flag-only, which is a decision, not a gap).  Kept issues
    are sorted by start with a running maximum of their ends, so each lower issue is
    decided with one bisection instead of a scan.

    ``beside`` are issues the caller reports apart (a bilingual unit's pair checks
    that claim their span: text left untranslated): they outrank as the others do,
    so the grammar engines' spelling "fixes" of Italian words go, but are not returned.
    """
    apart = {id(i) for i in beside}
    if apart:
        return [i for i in _dedupe([*issues, *beside], rank) if id(i) not in apart]
    ordered = sorted(issues, key=lambda i: (i.offset, i.length, -i.confidence, i.rule))
    unique: list[Issue] = []
    seen: set[tuple[int, int, str, tuple[str, ...]]] = set()
    for issue in ordered:
        ident = (issue.offset, issue.length, issue.rule, issue.replacements)
        if ident not in seen:
            seen.add(ident)
            unique.append(issue)
    ranks = {i.rule: rank(i.rule) for i in unique}
    levels = sorted(set(ranks.values()), reverse=True)
    kept = [i for i in unique if ranks[i.rule] == levels[0]] if levels else []
    for level in levels[1:]:
        above = sorted(kept, key=lambda i: i.offset)
        starts = [o.offset for o in above]
        reach: list[int] = []
        for o in above:
            reach.append(max(reach[-1] if reach else -1, o.end + (o.length == 0)))
        same_span = {(o.offset, o.length): n for n, o in enumerate(kept)}
        for issue in (i for i in unique if ranks[i.rule] == level):
            # Kept issues that start before this one ends; does any reach past its start?
            before = bisect.bisect_left(starts, issue.end + (issue.length == 0))
            if not (before and reach[before - 1] > issue.offset):
                kept.append(issue)
                continue
            n = same_span.get((issue.offset, issue.length))
            if n is not None and kept[n].replacements:
                extra = tuple(r for r in issue.replacements if r not in kept[n].replacements)
                if extra:
                    merged = (kept[n].replacements + extra)[:MAX_REPLACEMENTS]
                    kept[n] = replace(kept[n], replacements=merged)
    kept.sort(key=lambda i: (i.offset, i.length, -i.confidence, i.rule))
    return kept


def spare_core() -> bool:
    """True when a core is idle for the engines' thread (by the 1-minute load average).

    On a machine whose cores are all busy, a second thread only adds switching: a
    bilingual file took 40% more CPU and more time with it at a load of 2.7 on 2 cores.
    """
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average
        load = 0.0
    return cores - load >= 1.0


class _Background:
    """The grammar engines of one text, run on a thread while our own passes run.

    Harper releases the GIL while it lints (and LanguageTool waits on its server), so
    the two halves overlap instead of adding up.  Each engine gets a context of its
    own; the issues and failures come back in check order, as a sequential run gives.
    """

    def __init__(self, run: Callable[[Check], tuple[list[Issue], CheckFailure | None]]) -> None:
        self.run = run
        self.results: list[tuple[Check, list[Issue], CheckFailure | None]] = []
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None

    def start(self, checks: Sequence[Check], cancelled: Callable[[], bool]) -> None:
        def work() -> None:
            try:
                for chk in checks:
                    if cancelled():
                        return
                    self.results.append((chk, *self.run(chk)))
            except BaseException as exc:  # handed to the caller's thread by ``join``
                self.error = exc

        self.thread = threading.Thread(target=work, name="copydesk-engines", daemon=True)
        self.thread.start()

    def join(self) -> list[tuple[Check, list[Issue], CheckFailure | None]]:
        if self.thread is not None:
            self.thread.join()
        if self.error is not None:
            raise self.error
        return self.results


class Engine:
    """Checks chosen from a registry with the user's settings, ready to run."""

    # Run the grammar engines on a thread beside our own passes when a core is idle
    # (same results; see ``_Background``).  Tests turn it off to compare with the
    # sequential order.
    overlap_engines = True

    def __init__(
        self,
        settings: Settings | None = None,
        registry: Registry = REGISTRY,
        checks: Sequence[Check] | None = None,
        inputs: CheckInputs | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.registry = registry
        if checks is None:
            checks = registry.selected(self.settings.rule_selection())
        # Our own passes first, grammar engines last: the engines are the slow part, and
        # their issues only count where ours say nothing, so the order changes no result.
        self.checks: tuple[Check, ...] = tuple(sorted(checks, key=lambda c: c.yields_to_cleanup))
        self._ranks: dict[str, int] = {}
        # The run's inputs (copydesk.checks.run_inputs.resolve_run hands them over); an
        # engine made without them resolves its own once per set of folders, before any
        # check runs, so that a library caller gets the glossaries beside its files too.
        self.inputs = inputs
        self._resolved: dict[tuple[str, ...], CheckInputs] = {}
        self._spare: bool | None = None

    def subset(self, checks: Sequence[Check]) -> Engine:
        """An engine running ``checks`` with this one's settings and run inputs."""
        engine = Engine(self.settings, self.registry, checks, self.inputs)
        engine._resolved = self._resolved
        engine.overlap_engines = self.overlap_engines
        engine._spare = self._spare
        return engine

    def inputs_for(self, batch: Batch) -> CheckInputs:
        """The run inputs the checks of ``batch`` read (resolved here only when none were given)."""
        if self.inputs is not None:
            return self.inputs
        return batch.cache("engine.inputs", lambda: self._resolve(batch.paths))

    def _resolve(self, paths: Sequence[str]) -> CheckInputs:
        from copydesk.checks import run_inputs  # it imports this module

        folders = tuple(str(f) for f in run_inputs.project_folders(paths))
        if folders not in self._resolved:
            self._resolved[folders] = run_inputs.resolve_inputs(self.settings, paths, self.checks)
        return self._resolved[folders]

    def rank(self, rule: str) -> int:
        """The declared precedence of the check that owns ``rule`` (its longest-id owner)."""
        found = self._ranks.get(rule)
        if found is None:
            owners = [c for c in self.checks if c.owns(rule)]
            owner = max(owners, key=lambda c: len(c.id), default=None)
            found = self._ranks[rule] = owner.rank if owner else OWN_PRECEDENCE
        return found

    def _keep(self, rule: str) -> bool:
        return self.settings.rule_selection().keeps(rule)

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
        ctx = CheckContext(
            member.path,
            batch,
            self.settings,
            member=batch.position(member),
            source=member.source,
            inputs=self.inputs_for(batch),
        )
        found: list[Issue] = []
        failures: list[CheckFailure] = []
        last_partial = time.monotonic()
        reported = 0
        engines_started = False
        background = self._background(member, batch, cancelled)
        for n, chk in enumerate(self.checks):
            if cancelled():
                raise Cancelled
            if background is not None and chk.yields_to_cleanup:
                if on_partial is not None and len(found) > reported:
                    on_partial(self._early(member.path, found, failures, n))
                for engine, issues, failure in background.join():
                    self._gather(member, engine, issues, failure, found, failures)
                if cancelled():  # the thread stopped between engines: the result is partial
                    raise Cancelled
                break
            if on_partial is not None and not engines_started:
                engines_started = chk.yields_to_cleanup
                due = engines_started or time.monotonic() - last_partial >= PARTIAL_SECONDS
                if due and len(found) > reported:
                    on_partial(self._early(member.path, found, failures, n))
                    last_partial, reported = time.monotonic(), len(found)
            issues, failure = self._run(chk, member, ctx)
            self._gather(member, chk, issues, failure, found, failures)
        return FileResult(member.path, _dedupe(found, self.rank), failures)

    def _early(
        self, path: str, found: list[Issue], failures: list[CheckFailure], start: int
    ) -> FileResult:
        """The issues found so far: an early result, before the checks from ``start`` on."""
        pending = tuple(c.id for c in self.checks[start:])
        return FileResult(path, _dedupe(found, self.rank), list(failures), False, pending)

    def _run(
        self, chk: Check, member: BatchMember, ctx: CheckContext
    ) -> tuple[list[Issue], CheckFailure | None]:
        """One check's issues, or the failure it raised."""
        ctx.check = chk
        try:
            return list(chk.func(member.text, ctx)), None
        except Exception as exc:
            log.exception("check %s failed on %s", chk.id, member.path)
            return [], CheckFailure(chk.id, member.path, f"{type(exc).__name__}: {exc}")

    def _gather(
        self,
        member: BatchMember,
        chk: Check,
        issues: list[Issue],
        failure: CheckFailure | None,
        found: list[Issue],
        failures: list[CheckFailure],
    ) -> None:
        """Keep a check's issues that lie inside the text and that the selection keeps."""
        if failure is not None:
            failures.append(failure)
        for issue in issues:
            if issue.end > len(member.text):
                failures.append(
                    CheckFailure(chk.id, member.path, f"issue past end of text: {issue}")
                )
                continue
            if self._keep(issue.rule):
                found.append(issue)

    def _background(
        self, member: BatchMember, batch: Batch, cancelled: Callable[[], bool]
    ) -> _Background | None:
        """The grammar engines started on a thread, when there are own passes to overlap."""
        engines = [c for c in self.checks if c.yields_to_cleanup]
        if not (self.overlap_engines and engines and len(engines) < len(self.checks)):
            return None
        if self._spare is None:
            # Decided once, before our own threads weigh on the load average.
            self._spare = spare_core()
        if not self._spare:
            return None
        position, inputs = batch.position(member), self.inputs_for(batch)

        def run(chk: Check) -> tuple[list[Issue], CheckFailure | None]:
            # The run's inputs too: LanguageTool's handle and the user's words live there.
            ctx = CheckContext(
                member.path,
                batch,
                self.settings,
                member=position,
                inputs=inputs,
                source=member.source,
            )
            return self._run(chk, member, ctx)

        background = _Background(run)
        background.start(engines, cancelled)
        return background

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
