"""Fix or check a folder of files on one core, on every core, or on a Dask cluster.

One pass is map, reduce, map:

1. map: each file is read and summarised for every :class:`~copydesk.checks.context.BatchIndex`
   the selected checks declare (token counts, name mentions, figures: small, no text);
2. reduce: the driver folds the summaries in file order and finishes the indexes;
3. map: each file is read again, checked with the reduced batch (paths and indexes,
   no texts), its fixes applied and the corrected copy written.

Passes repeat as in :func:`copydesk.checks.fixer.fix_batch` (the in-memory reference):
while any file changed, at most ``MAX_PASSES`` times, then a check-only pass
counts what is left.  A text changed by a pass is kept in a spool folder for the
next one, so the driver never holds the texts: its memory is the fold of the
summaries and one small record per file.

The same ``summarise``/``add``/``finish`` and the same ``Engine.check_member``
run whichever executor is used (in process, a ``multiprocessing`` pool, Dask),
and the fold always follows file order, so the outputs are byte for byte those
of a serial run.  Dask workers must see the input and output folders under the
same paths (a shared file system).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import pickle
import shutil
import sys
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any, Protocol, TypeVar

from copydesk.checks.context import Batch, BatchIndex, BatchMember, CheckContext, Resolver, closure
from copydesk.checks.document import DocumentError, read_document, write_atomic
from copydesk.checks.engine import CheckFailure, Engine, FileResult
from copydesk.checks.files import InputFile
from copydesk.checks.fix_copies import WrittenCopies, digest, refusal, replaceable
from copydesk.checks.fixer import Change, passes
from copydesk.checks.inputs import CheckInputs
from copydesk.checks.model import Issue
from copydesk.checks.registry import REGISTRY, Check
from copydesk.checks.review import FileReview
from copydesk.checks.review_fix import accept_fixes, decided_rows, left_rows
from copydesk.checks.review_report import ReviewRow, registry_rule_name
from copydesk.checks.run_inputs import for_worker, resolve_inputs
from copydesk.checks.service import LANGUAGETOOL, ServiceState
from copydesk.checks.settings import Settings

T = TypeVar("T")
R = TypeVar("R")

# Files handed to a pool worker at once, and Dask tasks kept in flight per worker:
# enough to keep every core busy, few enough that results never pile up.
CHUNK = 4
DASK_WINDOW = 64
# How a pool starts its workers: forked, they start with the driver's memory.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


@dataclass(frozen=True)
class RunConfig:
    """What every worker needs to rebuild the engine and find the files (small, picklable)."""

    token: str
    settings: Settings
    check_ids: tuple[str, ...]
    max_bytes: int
    apply_all: bool
    spool: str
    # The run's inputs (glossaries, term bases, user words), pickled once by the driver into
    # the spool: a worker loads them once instead of with every task, and reads no glossary.
    inputs_path: str = ""
    report: bool = False  # build the review report's rows (``fix --report``)
    # ``fix --utf8``: a copy whose own encoding cannot store a fix is written in UTF-8.
    # Decided on each pass's text, so a later pass (re-reading the source) decides alike.
    utf8: bool = False


@dataclass(frozen=True)
class FileTask:
    n: int  # position among the input files: names its spool copy
    source: str
    target: str = ""
    member: int = -1  # position in the batch (known after the first map)
    spooled: bool = False  # the text is the spool copy left by an earlier pass
    expect: str = ""  # digest of what fix last wrote to ``target``: it may be replaced


@dataclass(frozen=True)
class Summary:
    n: int
    path: str = ""
    error: str = ""
    empty: bool = False
    summaries: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Reduced:
    """The batch as the second map sees it: paths and finished indexes, no texts."""

    token: str
    paths: tuple[str, ...]
    indexes: dict[str, Any]


@dataclass(frozen=True)
class FileFix:
    n: int
    changed: bool
    changes: list[Change]
    skipped: int | None  # None: nothing was applied in this pass
    remaining: int
    failures: list[CheckFailure]
    write_error: str = ""
    refused: tuple[str, ...] = ()  # the fixes left out, "line:col: rule: why"
    rows: tuple[ReviewRow, ...] = ()  # with cfg.report: this pass's accepted fixes
    left: tuple[ReviewRow, ...] = ()  # with cfg.report, when unchanged: the issues left
    written: str = ""  # digest of the copy written in this pass
    lost: str = ""  # the worker's LanguageTool stopped answering (``lost_here``)
    utf8: str = ""  # why the copy written in this pass is UTF-8 ("": its own encoding)


@dataclass(frozen=True)
class Checked:
    """The second map's answer for one file of a check-only run: its result (or, for a
    file no longer readable, a summary with the error), and ``lost_here`` of the worker."""

    found: FileResult | Summary
    lost: str = ""


@dataclass
class FileRecord:
    """What the driver keeps of one file while the passes run (never its text)."""

    n: int
    source: str
    path: str
    target: str
    rules: Counter[str] = field(default_factory=Counter)
    changes: list[Change] = field(default_factory=list)  # kept only for a report
    rows: list[ReviewRow] = field(default_factory=list)  # the review report (file: base name)
    left: list[ReviewRow] = field(default_factory=list)
    applied: int = 0
    skipped: int = 0
    refused: tuple[str, ...] = ()
    expect: str = ""  # digest of the copy fix wrote last (before the run: a record of it)
    remaining: int = 0
    spooled: bool = False
    write_error: str = ""
    utf8: str = ""  # why the copy fix wrote last is UTF-8 ("": the file's own encoding)


def batch_specs(checks: Sequence[Any]) -> list[BatchIndex[Any, Any, Any]]:
    """Every index the checks declare, and what those need, each after its needs."""
    return closure([spec for chk in checks for spec in chk.batch_indexes])


def serial_only(checks: Sequence[Any]) -> list[str]:
    """Batch checks that read every text directly (``Engine.check_batch`` only)."""
    # Bilingual checks run only on bilingual files, which are never spread over workers.
    return [c.id for c in checks if c.scope == "batch" and not c.batch_indexes and not c.bilingual]


# --- worker side: module-level functions, so that pools and Dask can pickle them ------

_ENGINES: dict[str, Engine] = {}
_BATCHES: dict[str, Batch] = {}
# A document check's issues depend on the text alone (its scope forbids reading the
# batch), so a file unchanged by a pass keeps them for the next pass; only the batch
# checks run again.  _HITS: what the previous pass found; _FRESH: what this one computed.
_HITS: dict[str, list[Issue]] = {}
_FRESH: dict[str, list[Issue]] = {}


class _Reused:
    """A document check that returns the previous pass's issues when the text is the same."""

    def __init__(self, check: Check) -> None:
        self.check_id, self.func = check.id, check.func

    def __call__(self, text: str, ctx: CheckContext) -> list[Issue]:
        hit = _HITS.get(self.check_id)
        if hit is not None:
            return hit
        issues = list(self.func(text, ctx))
        _FRESH[self.check_id] = issues
        return issues


def reusing(engine: Engine) -> Engine:
    """``engine`` with every document check able to reuse an unchanged file's issues."""
    checks = [replace(c, func=_Reused(c)) if c.scope == "document" else c for c in engine.checks]
    return engine.subset(checks)


def _worker_inputs(cfg: RunConfig) -> CheckInputs:
    """The driver's resolved inputs, connected to the run's services in this worker."""
    with open(cfg.inputs_path, "rb") as handle:
        inputs = pickle.load(handle)  # written by this run's driver (Run.__init__)
    assert isinstance(inputs, CheckInputs)
    return for_worker(inputs)


def _engine(cfg: RunConfig) -> Engine:
    engine = _ENGINES.get(cfg.token)
    if engine is None:
        _ENGINES.clear()
        checks = [REGISTRY.get(i) for i in cfg.check_ids]
        built = Engine(cfg.settings, checks=checks, inputs=_worker_inputs(cfg))
        engine = _ENGINES[cfg.token] = reusing(built)
        engine.overlap_engines = False  # a worker of a pool or cluster: see ``Run``
    return engine


def _batch(shared: Reduced | str) -> Batch:
    """The reduced batch of this pass, loaded once per worker process."""
    key = shared if isinstance(shared, str) else shared.token
    batch = _BATCHES.get(key)
    if batch is None:
        if isinstance(shared, str):
            with open(shared, "rb") as handle:
                shared = pickle.load(handle)  # written by this run's driver (see _PoolExecutor)
        assert isinstance(shared, Reduced)
        _BATCHES.clear()
        batch = _BATCHES[key] = Batch.reduced(shared.paths, shared.indexes)
    return batch


def lost_here() -> str:
    """Why this process's LanguageTool stopped answering during the run, or "" (it did
    not).  The status is each process's own: a worker's answer carries it back, and the
    driver records it (``carry_lost``) for the run's exit status and last line."""
    status = LANGUAGETOOL.status
    return (status.message or "stopped answering") if status.lost else ""


def carry_lost(message: str) -> None:
    """Record in this (the driver's) process a LanguageTool a worker lost, as the serial
    run's backend does when its own request fails; a loss already recorded stays."""
    if message and not LANGUAGETOOL.status.lost:
        LANGUAGETOOL.set(ServiceState.UNAVAILABLE, message, lost=True)


def _spool_path(cfg: RunConfig, n: int) -> Path:
    return Path(cfg.spool) / f"{n}.txt"


def _read_text(cfg: RunConfig, task: FileTask) -> str:
    # surrogatepass: a text may hold a few undecodable bytes kept as surrogates.
    return _spool_path(cfg, task.n).read_bytes().decode("utf-8", "surrogatepass")


def summarise_file(cfg: RunConfig, task: FileTask) -> Summary:
    """The first map: read one file and summarise it for every batch index."""
    if task.spooled:
        path, text = str(Path(task.source)), _read_text(cfg, task)
    else:
        try:
            doc = read_document(task.source, cfg.max_bytes)
        except DocumentError as exc:
            return Summary(task.n, error=str(exc))
        path, text = doc.path, doc.text
        if not text.strip():  # only on the first read: a member stays one, even if emptied
            return Summary(task.n, path, empty=True)
    member = BatchMember(path, text)
    specs = batch_specs(_engine(cfg).checks)
    return Summary(task.n, path, summaries=tuple(spec.summarise(member) for spec in specs))


def fix_file(
    cfg: RunConfig, shared: Reduced | str, apply: bool, write: bool, task: FileTask
) -> FileFix:
    """The second map: check one file with the reduced batch, fix it, save the copy."""
    engine, batch = _engine(cfg), _batch(shared)
    try:
        doc = read_document(task.source, cfg.max_bytes)
    except DocumentError as exc:  # gone or changed since the first map: say so, go on
        return FileFix(task.n, False, [], None, 0, [], str(exc))
    text = _read_text(cfg, task) if task.spooled else doc.text
    member = BatchMember(doc.path, text)
    reuse = Path(cfg.spool) / f"{task.n}.issues.pickle"
    _HITS.clear()
    _FRESH.clear()
    if reuse.exists():  # left by the previous pass: the text has not changed since
        _HITS.update(pickle.loads(reuse.read_bytes()))
    with batch.placed(member, task.member):
        result = engine.check_member(member, batch)
    # The review layer, as in the in-process run: the same fixes, overlaps and report rows.
    fr = FileReview(InputFile(Path(doc.path), Path(doc.path).parent), doc)
    fr.text = text
    fr.utf8_copy = cfg.utf8
    fr.set_issues(result.issues, result.failures)
    refused = accept_fixes(fr, apply_all=cfg.apply_all) if apply else None
    changed = bool(fr.accepted_edits())
    rows: list[ReviewRow] = []
    left: list[ReviewRow] = []
    if cfg.report:
        name = registry_rule_name(engine.checks)
        rows = decided_rows(fr, name)
        if not changed:
            left = left_rows(fr, name, apply_all=cfg.apply_all, refused=refused)
    changes = fr.commit() if changed else []
    if changed:
        reuse.unlink(missing_ok=True)
    elif _FRESH:
        reuse.write_bytes(pickle.dumps({**_HITS, **_FRESH}, pickle.HIGHEST_PROTOCOL))
    error = written = utf8 = ""
    if changed or write:
        data = fr.copy_document(fr.text).encode(fr.text)
        try:
            if not replaceable(task.target, data, task.expect):
                raise DocumentError(refusal(task.target))  # an editor's work there stays
            write_atomic(task.target, data, source=task.source)
            written, utf8 = digest(data), fr.utf8_reason(fr.text)
        except DocumentError as exc:
            error = str(exc)
    if changed:
        _spool_path(cfg, task.n).write_bytes(fr.text.encode("utf-8", "surrogatepass"))
    return FileFix(
        task.n, changed, changes, None if refused is None else len(refused),
        len(result.issues), result.failures, error, tuple(refused or ()), tuple(rows), tuple(left),
        written, lost_here(), utf8,
    )  # fmt: skip


def check_file(cfg: RunConfig, shared: Reduced | str, task: FileTask) -> Checked:
    """The second map of a check-only run: one file's issues with the reduced batch, or,
    for a file no longer readable (deleted or locked since the first map), its error."""
    engine, batch = _engine(cfg), _batch(shared)
    try:
        doc = read_document(task.source, cfg.max_bytes)
    except DocumentError as exc:  # one line for the user, as for a file unreadable at first
        return Checked(Summary(task.n, error=str(exc)), lost_here())
    member = BatchMember(doc.path, doc.text)
    _HITS.clear()
    with batch.placed(member, task.member):
        return Checked(engine.check_member(member, batch), lost_here())


# --- executors: where the maps run ----------------------------------------------------


class Executor(Protocol):
    def map(self, fn: Callable[..., R], items: Iterable[T], *args: object) -> Iterator[R]:
        """``fn(*args, item)`` for each item, results in the items' order, lazily."""
        ...

    def share(self, reduced: Reduced, spool: str) -> Reduced | str:
        """Make the reduced batch available to every worker; returns what tasks receive."""
        ...

    def close(self) -> None: ...


class SerialExecutor:
    """In this process, one file after another: the reference the others must match."""

    def map(self, fn: Callable[..., R], items: Iterable[T], *args: object) -> Iterator[R]:
        return map(partial(fn, *args), items)

    def share(self, reduced: Reduced, spool: str) -> Reduced | str:
        return reduced

    def close(self) -> None:
        return None


def guided(items: Sequence[T], jobs: int, most: int = CHUNK) -> list[Sequence[T]]:
    """``items`` in order, cut into runs for ``jobs`` workers: ``most`` at a time, then
    shorter toward the end (a share of what is left, down to one).

    The map ends when the last run does: with runs of ``most`` files to the end, one
    worker sat idle for about half a run (a few tenths of a second for four articles)
    while the other finished it.  Shorter last runs end the workers nearly together;
    there are only about ``2 * jobs`` more of them, so a long batch costs no more."""
    runs: list[Sequence[T]] = []
    at = 0
    while at < len(items):
        size = max(1, min(most, -(-(len(items) - at) // (2 * jobs))))
        runs.append(items[at : at + size])
        at += size
    return runs


def _in_turn(fn: Callable[[T], R], run: Sequence[T]) -> list[R]:
    return [fn(item) for item in run]


class PoolExecutor:
    """A ``multiprocessing`` pool over ``jobs`` processes on this machine."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool: Any = None

    def map(self, fn: Callable[..., R], items: Iterable[T], *args: object) -> Iterator[R]:
        if self.pool is None:
            # Started on first use, after the driver has warmed its engine: with fork (where
            # there is one) every worker starts with the word lists and linters loaded, and
            # a LanguageTool server started by the driver is shared, not started per worker.
            # Objects the workers inherit are kept out of their garbage collector: a
            # collection writes to every object it visits, and each write to an
            # inherited page copies it (measured: a tenth of the workers' system time
            # and page faults).  The driver's own collector gets them back at once.
            gc.freeze()
            try:
                self.pool = multiprocessing.get_context(START_METHOD).Pool(self.jobs)
            finally:
                gc.unfreeze()
        runs = self.pool.imap(partial(_in_turn, partial(fn, *args)), guided(list(items), self.jobs))
        return chain.from_iterable(runs)

    def share(self, reduced: Reduced, spool: str) -> Reduced | str:
        # Written once, read once per worker: not pickled again with every chunk.
        path = os.path.join(spool, f"reduced-{reduced.token}.pickle")
        with open(path, "wb") as handle:
            pickle.dump(reduced, handle, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


class DaskExecutor:
    """A Dask cluster: ``address`` of a running scheduler, or a local cluster of ``jobs``."""

    def __init__(self, jobs: int, address: str = "") -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if address:
            self.client = Client(address)
        else:
            self.cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
            self.client = Client(self.cluster)

    def map(self, fn: Callable[..., R], items: Iterable[T], *args: object) -> Iterator[R]:
        from collections import deque

        window = DASK_WINDOW * max(1, len(self.client.scheduler_info()["workers"]))
        pending: deque[Any] = deque()
        for item in items:
            # Passed as arguments (not bound in a partial) so that Dask hands each task the
            # scattered batch already on its worker.
            pending.append(self.client.submit(fn, *args, item, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def share(self, reduced: Reduced, spool: str) -> Reduced | str:
        return self.client.scatter(reduced, broadcast=True)  # type: ignore[no-any-return]

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(
    kind: str = "local", jobs: int = 0, scheduler: str = "", files: int | None = None
) -> Executor:
    """``local`` with one job runs in process; more jobs, a pool; ``dask``, a Dask cluster.

    ``jobs`` 0 means every core; a pool never has more processes than ``files``.
    """
    if jobs < 0:
        raise ValueError(f"--jobs {jobs}: give a number of processes, 1 or more (0: every core)")
    jobs = jobs or os.cpu_count() or 1
    if kind == "dask":
        return DaskExecutor(jobs, scheduler)
    if files is not None:
        jobs = min(jobs, files)
    if jobs <= 1:
        return SerialExecutor()
    return PoolExecutor(jobs)


def add_scale_options(parser: argparse.ArgumentParser) -> None:
    """``--jobs``, ``--engine`` and ``--scheduler`` for a command that runs a batch."""
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="processes to check with (default 1: this process; 0: every core)",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine; dask: a Dask cluster (pip install 'copydesk[cluster]')",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default="",
        help="with --engine dask: a running scheduler (tcp://host:8786); default: a local "
        "cluster of --jobs workers. Workers must see the files under the same paths",
    )


# --- the driver ------------------------------------------------------------------------


class Run:
    """One run over a list of files: the config, the spool, and the per-pass map/reduce."""

    def __init__(
        self,
        engine: Engine,
        executor: Executor,
        max_bytes: int,
        apply_all: bool = False,
        spool_dir: str | None = None,
        files: Sequence[str] = (),
        report: bool = False,
        utf8: bool = False,
    ) -> None:
        blocked = serial_only(engine.checks)
        if blocked:
            # Workers hold one text at a time: such a check would fail on every file.
            raise ValueError(
                f"{', '.join(blocked)}: reads every text of the batch instead of declaring "
                "the batch indexes it needs; it cannot run file by file"
            )
        if engine.inputs is None:  # a caller that did not resolve them: once, here
            inputs = resolve_inputs(engine.settings, files, engine.checks)
            engine = Engine(engine.settings, engine.registry, engine.checks, inputs)
        self.engine, self.executor = engine, executor
        self.inputs: CheckInputs = engine.inputs or resolve_inputs(engine.settings)
        self.spool = tempfile.mkdtemp(prefix="copydesk-", dir=spool_dir)
        self.cfg = RunConfig(
            uuid.uuid4().hex,
            engine.settings,
            tuple(c.id for c in engine.checks),
            max_bytes,
            apply_all,
            self.spool,
            self._share_inputs(),
            report,
            utf8,
        )
        # In this process the engine is the caller's own (it may hold checks that no
        # registry knows, as tests do); workers rebuild it from the check ids.
        _ENGINES.clear()
        _ENGINES[self.cfg.token] = reusing(engine)
        if not isinstance(executor, SerialExecutor):
            # One worker per core already keeps the cores busy: a thread per worker for the
            # grammar engines would only add switching (about a tenth more CPU, measured).
            _ENGINES[self.cfg.token].overlap_engines = False
        self.specs = batch_specs(engine.checks)
        if not isinstance(executor, SerialExecutor):
            engine.check_text("Warm up the engine before the workers start.")
        # Nothing a check loads on first need is loaded here for the workers to share: the
        # workers wait while the driver loads, so a list loaded here costs the run its load
        # time in wall-clock time whether or not a text needs it (the glued rule's foreign
        # word lists: a second, and bench/corpus.py never needs them), while each worker
        # loading it on first need costs no more wall-clock time where a text does.

    def _share_inputs(self) -> str:
        path = os.path.join(self.spool, "inputs.pickle")
        with open(path, "wb") as handle:
            pickle.dump(self.inputs, handle, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    def close(self) -> None:
        shutil.rmtree(self.spool, ignore_errors=True)

    def reduce(self, summaries: Iterable[Summary]) -> tuple[list[Summary], Reduced]:
        """Fold the summaries in file order; returns every file's summary (its parts
        dropped once folded) and the reduced batch."""
        accs = [spec.start() for spec in self.specs]
        seen: list[Summary] = []
        paths: list[str] = []
        for summary in summaries:
            if summary.error or summary.empty:
                seen.append(summary)
                continue
            for spec, acc, part in zip(self.specs, accs, summary.summaries, strict=True):
                spec.add(acc, len(paths), part)
            paths.append(summary.path)
            seen.append(Summary(summary.n, summary.path))
        finished: dict[str, Any] = {}

        def finish(spec: BatchIndex[Any, Any, Any]) -> object:
            if spec.key not in finished:
                acc = accs[self.specs.index(spec)]
                resolver = Resolver(finish, self.cfg.settings, self.inputs)
                finished[spec.key] = spec.finish(acc, resolver)
            return finished[spec.key]

        for spec in self.specs:
            finish(spec)
        # Workers get only what checks read, not the intermediate indexes behind it.
        declared = {s.key for c in self.engine.checks for s in c.batch_indexes}
        shipped = {k: v for k, v in finished.items() if k in declared}
        return seen, Reduced(uuid.uuid4().hex, tuple(paths), shipped)

    def first_map(self, tasks: Sequence[FileTask]) -> tuple[list[Summary], Reduced]:
        return self.reduce(self.executor.map(summarise_file, tasks, self.cfg))


def readable(
    summaries: Iterable[Summary],
    on_error: Callable[[str, bool], object],
    on_empty: Callable[[int], object] | None = None,
) -> Iterator[Summary]:
    """The summaries of files that could be read and hold text; the others reported.

    An empty file is bad input, as in the in-process run (exit 2); ``on_empty`` gets its
    index so that ``fix`` can mirror it as that run does."""
    for s in summaries:
        if s.error:
            on_error(s.error, True)
        elif s.empty:
            on_error(f"{s.path}: empty file; nothing to check", True)
            if on_empty is not None:
                on_empty(s.n)
        else:
            yield s


def run_fix(
    engine: Engine,
    executor: Executor,
    files: Sequence[tuple[str, str]],
    *,
    max_bytes: int,
    apply_all: bool = False,
    keep_changes: bool = False,
    on_error: Callable[[str, bool], object] = lambda _msg, _fails: None,
    copies: WrittenCopies | None = None,
    on_empty: Callable[[int], object] | None = None,
    utf8: bool = False,
) -> list[FileRecord]:
    """Fix ``files`` (pairs of input path and output path) as one batch, saving each copy.

    Returns one record per file that was read, in input order; files that could not
    be read or are empty are reported through ``on_error(message, fails)`` and left
    out of the batch (``fails``: the run must end with an error status); an empty one's
    index also goes to ``on_empty``.  An output
    file already there is replaced only when ``copies`` knows it as fix's own (or it
    holds the new bytes); ``copies`` learns every copy written.  ``utf8``: a copy whose own
    encoding cannot store a fix is written in UTF-8 (``FileRecord.utf8`` says why).
    """
    sources = [src for src, _ in files]
    run = Run(engine, executor, max_bytes, apply_all, files=sources, report=keep_changes, utf8=utf8)
    try:
        tasks = [FileTask(n, src, tgt) for n, (src, tgt) in enumerate(files)]
        records: list[FileRecord] = []
        for p in range(passes(apply_all) + 1):
            apply, first = p < passes(apply_all), p == 0
            summaries, reduced = run.first_map(tasks)
            if first:
                for s in readable(summaries, on_error, on_empty):
                    src, tgt = files[s.n]
                    expect = copies.expected(tgt) if copies is not None else ""
                    records.append(FileRecord(s.n, src, s.path, tgt, expect=expect))
            tasks = [
                FileTask(r.n, r.source, r.target, m, r.spooled, r.expect)
                for m, r in enumerate(records)
            ]
            shared = executor.share(reduced, run.spool)
            changed = False
            results = executor.map(fix_file, tasks, run.cfg, shared, apply, first)
            for record, fix in zip(records, results, strict=True):
                carry_lost(fix.lost)
                if first:
                    for f in fix.failures:
                        on_error(f"{record.path}: check {f.check_id} failed: {f.error}", True)
                if fix.write_error and not record.write_error:
                    record.write_error = fix.write_error
                    on_error(fix.write_error, True)
                if fix.written:
                    record.expect = fix.written  # its own copy: the next pass may replace it
                    record.utf8 = fix.utf8
                    if copies is not None:
                        copies.note(record.target, fix.written)
                changed |= fix.changed
                record.spooled |= fix.changed
                record.applied += len(fix.changes)
                record.rules.update(c.rule for c in fix.changes)
                if keep_changes:
                    record.changes.extend(fix.changes)
                    record.rows.extend(fix.rows)
                    record.left = list(fix.left)  # the last pass's: what is left at the end
                if fix.skipped is not None:
                    record.skipped = fix.skipped
                    record.refused = fix.refused
                record.remaining = fix.remaining
            tasks = [
                FileTask(r.n, r.source, r.target, m, r.spooled, r.expect)
                for m, r in enumerate(records)
            ]
            # Let this pass's batch go before the next one is folded: never two at once.
            del summaries, reduced, shared, results
            if not (apply and changed):
                break
        return records
    finally:
        run.close()


def run_check(
    engine: Engine,
    executor: Executor,
    sources: Sequence[str],
    *,
    max_bytes: int,
    on_error: Callable[[str, bool], object] = lambda _msg, _fails: None,
) -> Iterator[FileResult]:
    """Check ``sources`` as one batch; yields each readable file's result in input order.

    A file that cannot be read, at either of the workers' two reads, is left out and
    reported through ``on_error(message, True)``, as :func:`run_fix` does."""
    run = Run(engine, executor, max_bytes, files=sources)
    try:
        tasks = [FileTask(n, src) for n, src in enumerate(sources)]
        summaries, reduced = run.first_map(tasks)
        members: list[FileTask] = []
        for s in readable(summaries, on_error):
            members.append(FileTask(s.n, sources[s.n], member=len(members)))
        shared = executor.share(reduced, run.spool)
        for checked in executor.map(check_file, members, run.cfg, shared):
            carry_lost(checked.lost)
            if isinstance(checked.found, Summary):
                on_error(checked.found.error, True)
            else:
                yield checked.found
    finally:
        run.close()
