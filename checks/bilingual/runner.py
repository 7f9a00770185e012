"""Check bilingual documents unit by unit: monolingual checks on each target, bilingual
checks on each (source, target) pair.

Every unit is one member of the batch (``path#unit``), so batch checks see the
whole set: a name spelled two ways in two units, one source translated two ways.
Offsets stay per unit.  Issues that overlap inline markup are dropped: the tags
are the file's structure, not text to correct.  The monolingual checks read each
target without its paired formatting tags (:mod:`copydesk.checks.bilingual.formatting`).
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import itertools
import logging
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Literal

from copydesk.checks.bilingual.formatting import originals, read_target
from copydesk.checks.bilingual.model import BilingualDocument, Unit
from copydesk.checks.bilingual.scripts import language_pair
from copydesk.checks.context import Batch, BatchMember, CheckContext
from copydesk.checks.engine import Cancelled, CheckFailure, Engine, _dedupe, spare_core
from copydesk.checks.model import Issue
from copydesk.checks.registry import Check

log = logging.getLogger(__name__)

Side = Literal["target", "source"]


@dataclass(frozen=True)
class SourceIssue(Issue):
    """An issue best shown in the source (offsets into the unit's source text)."""


def source_issue(ctx: CheckContext, offset: int, length: int, message: str, **kw: object) -> Issue:
    """Like ``ctx.issue`` but pointing into ``ctx.source``."""
    base = ctx.issue(offset, length, message, **kw)  # type: ignore[arg-type]
    return SourceIssue(**{f.name: getattr(base, f.name) for f in fields(Issue)})


@dataclass(frozen=True)
class UnitIssue:
    unit: str
    side: Side
    issue: Issue

    def to_json(self) -> dict[str, object]:
        return {"segment": self.unit, "side": self.side, **self.issue.to_json()}


@dataclass
class BilingualResult:
    doc: BilingualDocument
    issues: list[UnitIssue]
    failures: list[CheckFailure] = field(default_factory=list)


def member_path(doc: BilingualDocument, unit: Unit) -> str:
    return f"{doc.path}#{unit.id}"


def _overlaps(issue: Issue, spans: Iterable[tuple[int, int]]) -> bool:
    return any(issue.offset < e and s < issue.end + (issue.length == 0) for s, e in spans)


def run_bilingual(
    chk: Check, unit: Unit, ctx: CheckContext, failures: list[CheckFailure]
) -> list[UnitIssue]:
    """One bilingual check on one unit, its issues sorted into target and source side."""
    ctx.check = chk
    found: list[UnitIssue] = []
    try:
        issues = list(chk.func(unit.target, ctx))
    except Exception as exc:
        log.exception("check %s failed on %s", chk.id, ctx.path)
        failures.append(CheckFailure(chk.id, ctx.path, f"{type(exc).__name__}: {exc}"))
        return found
    for issue in issues:
        side: Side = "source" if isinstance(issue, SourceIssue) else "target"
        text = unit.source if side == "source" else unit.target
        if issue.end > len(text):
            failures.append(CheckFailure(chk.id, ctx.path, f"issue past end of text: {issue}"))
            continue
        protected = unit.source_protected if side == "source" else unit.protected
        if chk.reads_markup or not _overlaps(issue, protected):
            found.append(UnitIssue(unit.id, side, issue))
    return found


def check_documents(
    engine: Engine,
    docs: Sequence[BilingualDocument],
    cancelled: Callable[[], bool] = lambda: False,
    targets: Collection[str] | None = None,
) -> list[BilingualResult]:
    """Check every unit of every document (of ``targets``' paths, when given), with all
    units of all documents as the batch; see :func:`iter_documents`."""
    return list(iter_documents(engine, docs, cancelled, targets))


def iter_documents(
    engine: Engine,
    docs: Sequence[BilingualDocument],
    cancelled: Callable[[], bool] = lambda: False,
    targets: Collection[str] | None = None,
) -> Iterator[BilingualResult]:
    """Each document's result as soon as it is checked, in order, all units of all
    documents the batch.

    Only the documents whose path is in ``targets`` are checked (None: all): the others
    are the batch's context, read by the batch indexes' cheap map/reduce, never checked
    themselves (no LanguageTool call for them).  The term base ``bilingual.term`` reads
    is the engine's run input (``ctx.inputs.terms``).  ``cancelled`` is asked before each
    unit; once it answers yes, ``Cancelled`` is raised.
    """
    run = _Run(engine, docs)
    for doc, first in zip(docs, run.firsts, strict=True):
        if targets is None or doc.path in targets:
            yield run.document(doc, first, cancelled)


class _Run:
    """One batch of bilingual documents: its members, read as the checks read them."""

    def __init__(self, engine: Engine, docs: Sequence[BilingualDocument]) -> None:
        pairs = [
            language_pair(d.source_lang, d.target_lang, (u.source for u in d.units)) for d in docs
        ]
        self.members = [
            BatchMember(member_path(d, u), u.target, source=u.source, pair=pair)
            for d, pair in zip(docs, pairs, strict=True)
            for u in d.units
        ]
        self.firsts = list(itertools.accumulate((len(d.units) for d in docs), initial=0))[:-1]
        self.batch = Batch(self.members)
        self.readings = {member_path(d, u): read_target(u) for d in docs for u in d.units}
        # The monolingual checks read the targets without formatting tags, as one batch too.
        self.untagged = any(r.removed for r in self.readings.values())
        self.read = (
            [dataclasses.replace(m, text=self.readings[m.path].text) for m in self.members]
            if self.untagged
            else self.members
        )
        self.read_batch = Batch(self.read) if self.untagged else self.batch
        self.engine = engine
        own = [c for c in engine.checks if not c.bilingual and not c.yields_to_cleanup]
        self.mono = engine.subset(own)
        self.engines = [c for c in engine.checks if not c.bilingual and c.yields_to_cleanup]
        self.pair_checks = [c for c in engine.checks if c.bilingual]
        self.overlap = OVERLAP_ENGINES and bool(self.engines) and spare_core()

    def document(
        self, doc: BilingualDocument, first: int, cancelled: Callable[[], bool]
    ) -> BilingualResult:
        """Check ``doc``, whose units are the batch's members from ``first`` on."""
        engine = self.engine
        result = BilingualResult(doc, [])
        # The grammar engines read the whole file on a thread while the units are
        # checked here (Harper releases the GIL); results are put in the same order.
        grammar = _EngineThread(engine, self.engines, doc, self.overlap)
        failures: list[CheckFailure] = []
        per_unit: list[tuple[Unit, list[Issue] | None, list[UnitIssue]]] = []
        for n, unit in enumerate(doc.units, start=first):
            if cancelled():
                with contextlib.suppress(Exception):
                    grammar.join([])  # the engines' thread ends before the next job starts
                raise Cancelled
            member, read_member = self.members[n], self.read[n]
            mono_issues = None
            if unit.target.strip():
                mono_result = self.mono.check_member(read_member, self.read_batch)
                failures.extend(mono_result.failures)
                mono_issues = mono_result.issues
                if self.untagged:
                    mono_issues = originals(mono_issues, self.readings, member.path)
            ctx = CheckContext(
                member.path,
                self.batch,
                engine.settings,
                source=unit.source,
                source_lang=doc.source_lang,
                target_lang=doc.target_lang,
                inputs=engine.inputs_for(self.batch),
            )
            pairs = [i for c in self.pair_checks for i in run_bilingual(c, unit, ctx, failures)]
            per_unit.append((unit, mono_issues, pairs))
        theirs = grammar.join(result.failures)
        result.failures.extend(failures)
        for unit, mono_issues, pairs in per_unit:
            if mono_issues is not None:
                claims = [u.issue for u in pairs if _claims(self.pair_checks, u)]
                found = _dedupe(mono_issues + theirs.get(unit.id, []), engine.rank, claims)
                result.issues.extend(
                    UnitIssue(unit.id, "target", i)
                    for i in found
                    if not _overlaps(i, unit.protected)
                )
            result.issues.extend(pairs)
        return result


def _claims(checks: Sequence[Check], found: UnitIssue) -> bool:
    """A pair check that says what the issue's span is (not English) outranks the
    grammar engines there; the others' issues (a length, a number) are about the unit."""
    return found.side == "target" and any(
        c.claims_span and c.owns(found.issue.rule) for c in checks
    )


# Tests turn it off to compare the overlapped run with the sequential one.
OVERLAP_ENGINES = True


class _EngineThread:
    """``_engine_issues`` of one file, computed on a thread; ``join`` hands them over."""

    def __init__(
        self, engine: Engine, engines: Sequence[Check], doc: BilingualDocument, threaded: bool
    ) -> None:
        self.failures: list[CheckFailure] = []
        self.found: dict[str, list[Issue]] = {}
        self.error: BaseException | None = None

        def work() -> None:
            try:
                self.found = _engine_issues(engine, engines, doc, self.failures)
            except BaseException as exc:  # raised again in the caller's thread by ``join``
                self.error = exc

        self.thread = threading.Thread(target=work, name="copydesk-engines", daemon=True)
        if threaded:
            self.thread.start()
        else:
            work()

    def join(self, failures: list[CheckFailure]) -> dict[str, list[Issue]]:
        if self.thread.ident is not None:
            self.thread.join()
        if self.error is not None:
            raise self.error
        failures.extend(self.failures)
        return self.found


JOIN = "\n\n"  # between unit targets when the grammar engines read a file in one go


def _engine_issues(
    engine: Engine, engines: Sequence[Check], doc: BilingualDocument, failures: list[CheckFailure]
) -> dict[str, list[Issue]]:
    """Grammar engines' issues per unit, from one run over all of a file's targets.

    A LanguageTool call is an HTTP request, whose fixed cost dwarfs a 20-word segment,
    so the targets are joined by blank lines (paragraph breaks: no sentence runs across
    two units) and checked once; issues are mapped back to their unit, and one that
    would cross a boundary is dropped.
    """
    units = [u for u in doc.units if u.target.strip()]
    if not engines or not units:
        return {}
    starts: list[int] = []
    pos = 0
    for unit in units:
        starts.append(pos)
        pos += len(unit.target) + len(JOIN)
    member = BatchMember(f"{doc.path}#*", JOIN.join(u.target for u in units))
    result = engine.subset(engines).check_member(member, Batch([member]))
    failures.extend(result.failures)
    found: dict[str, list[Issue]] = {}
    for issue in result.issues:
        i = bisect.bisect_right(starts, issue.offset) - 1
        unit, start = units[i], starts[i]
        if issue.end <= start + len(unit.target):
            moved = dataclasses.replace(issue, offset=issue.offset - start)
            found.setdefault(unit.id, []).append(moved)
    return found


def check_pairs(
    pairs: Sequence[tuple[str, str]],
    checks: Sequence[Check],
    source_lang: str = "",
    target_lang: str = "en",
) -> list[UnitIssue]:
    """Source/target pairs as the units of one file (ids 1, 2 ...) through the given checks."""
    units = [Unit(str(n), s, t) for n, (s, t) in enumerate(pairs, start=1)]
    doc = BilingualDocument("<pairs>", "pairs", units, b"", "\n".join(t for _, t in pairs),
                            source_lang=source_lang, target_lang=target_lang)  # fmt: skip
    return check_documents(Engine(checks=list(checks)), [doc])[0].issues


def check_pair(
    source: str,
    target: str,
    checks: Sequence[Check],
    source_lang: str = "",
    target_lang: str = "en",
) -> list[UnitIssue]:
    """One source/target pair through the given checks (examples, tests, the GUI)."""
    return check_pairs([(source, target)], checks, source_lang, target_lang)


def example_issues(example: str, chk: Check) -> list[Issue]:
    """A bilingual check's example: one ``source<TAB>target`` line per unit of one batch."""
    from copydesk.checks.registry import PAIR_SEPARATOR

    pairs = [line.split(PAIR_SEPARATOR, 1) for line in example.split("\n")]
    return [u.issue for u in check_pairs([(s, t) for s, t in pairs], [chk])]
