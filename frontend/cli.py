"""The ``copydesk`` command: check, fix, list rules, open the window.

Exit status: 0 nothing found, 1 issues found, 2 a usage or input error (the
other files are still checked; each bad one gets a one-line message on stderr) or a
check that crashed on a file (named on stderr; every other check's issues are reported),
or LanguageTool lost partway through the run (said as the last line on stderr),
3 an unexpected internal error (one line on stderr, the details in a log file).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NoReturn, TextIO

from copydesk.checks import __version__
from copydesk.checks.bilingual.model import BilingualDocument
from copydesk.checks.context import BatchMember
from copydesk.checks.document import (
    DEFAULT_MAX_BYTES,
    Document,
    DocumentError,
    read_document,
    unchanged_on_disk,
    write_atomic,
)
from copydesk.checks.engine import Engine, FileResult
from copydesk.checks.files import (
    InputFile,
    OutputPlanError,
    check_output_dir,
    shown_path,
)
from copydesk.checks.fix_copies import WrittenCopies, digest, refusal, replaceable
from copydesk.checks.loading import LoadResult, load_inputs
from copydesk.checks.parallel import (
    FileRecord,
    SerialExecutor,
    add_scale_options,
    make_executor,
    run_check,
    run_fix,
)
from copydesk.checks.registry import REGISTRY
from copydesk.checks.report import ReportError, check_report_path
from copydesk.checks.review import FileReview
from copydesk.checks.review_batch import ReviewBatch, plan_targets
from copydesk.checks.review_bilingual import BilingualReview
from copydesk.checks.review_fix import (
    UTF8_LINE,
    FileFix,
    check_batch,
    decided_rows,
    fix_batch,
    left_rows,
)
from copydesk.checks.review_report import (
    ReviewRow,
    registry_rule_name,
    write_review_report,
)
from copydesk.checks.review_save import (
    copy_as_it_is,
    empty_copied_line,
    output_folder_problem,
)
from copydesk.checks.run_inputs import RunInputError, resolve_run
from copydesk.checks.settings import Settings, data_dir, load_settings
from copydesk.checks.textpos import LineIndex

EXIT_CLEAN, EXIT_ISSUES, EXIT_ERROR = 0, 1, 2
EXIT_INTERNAL = 3  # a bug or an unforeseen failure: one line, and the traceback in a log file
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it
RELATED_SHOWN = 3  # text output lists this many of a batch issue's other places


def _err(msg: str) -> None:
    # One line whatever the message holds (a file name with a newline, undecodable bytes).
    print(f"copydesk: {shown_path(msg)}", file=sys.stderr)


def elide_path(path: str, width: int) -> str:
    """``path`` in at most ``width`` characters: whole, else "…/" and its last folders and
    file name, cut at a separator (never mid-word), else the name's start and "…"."""
    if len(path) <= width:
        return path
    parts = re.split(r"[/\\]", path)
    shown = parts[-1]
    for part in reversed(parts[:-1]):
        if len(f"…/{part}/{shown}") > width:
            break
        shown = f"{part}/{shown}"
    if len(shown) + 2 > width:  # the name alone is too long
        return f"…/{shown[: max(0, width - 3)]}…"
    return f"…/{shown}"


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total, self.stream = total, stream
        self.tty = stream.isatty()
        self.active = total > 1 and self.tty
        self.drawn = False

    def start(self, label: str) -> None:
        """Say what is under way until the first file is done (a slow start looks hung)."""
        if self.tty:
            self.stream.write("\r" + label[:90])
            self.stream.flush()
            self.drawn = True

    def update(self, done: int, label: str) -> None:
        if not self.active:
            return
        width = 30
        filled = width * done // self.total
        name = elide_path(label, 40)
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} {name:<40}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * 90 + "\r")
            self.stream.flush()


def _split_rules(values: Sequence[str] | None) -> list[str]:
    return [p.strip() for v in values or () for p in v.split(",") if p.strip()]


def _settings_from(args: argparse.Namespace) -> Settings:
    settings, warning = load_settings()
    if warning:
        _err(warning)
    if args.rules:
        settings.select = _split_rules(args.rules)
    if args.ignore:
        settings.ignore = settings.ignore + _split_rules(args.ignore)
    if getattr(args, "glossary", None):
        settings.glossary = args.glossary
    if getattr(args, "no_languagetool", False):
        settings.languagetool.enabled = False
    if getattr(args, "harper_all_rules", False):
        settings.harper_all_rules = True
    return settings


def _engine_or_exit(
    args: argparse.Namespace,
    files: Sequence[str | Path] = (),
    bilingual: Sequence[BilingualDocument] = (),
) -> Engine | None:
    """The engine with the run's inputs (glossaries, term bases, LanguageTool) resolved once;
    None after one line on stderr when they cannot be."""
    from copydesk.checks.bilingual.cli import source_language

    settings = _settings_from(args)
    unknown = settings.rule_selection().unknown(c.id for c in REGISTRY.all())
    if unknown:
        _err(f"unknown rule(s): {', '.join(unknown)} (see 'copydesk rules')")
        return None
    try:
        return resolve_run(
            settings,
            files,
            termbase=getattr(args, "termbase", None),
            bilingual=[d.path for d in bilingual],
            source_lang=source_language(bilingual),
        ).engine
    except RunInputError as exc:
        _err(str(exc))
        return None


def _run_checks(engine: Engine, docs: Sequence[Document]) -> list[FileResult]:
    from copydesk.checks.report_stdout import report_stdout

    progress = Progress(len(docs))
    progress.start(_start_label(engine, len(docs)))
    try:
        with report_stdout():  # a library's prints go to stderr, not into the text report
            return engine.check_batch(
                [BatchMember(d.path, d.text) for d in docs],
                progress=lambda n, _total, path: progress.update(n, path),
            )
    finally:
        progress.close()


def _start_label(engine: Engine, files: int) -> str:
    from copydesk.checks.service import LANGUAGETOOL, ServiceState

    label = f"Checking {files} file(s)…"
    waits = LANGUAGETOOL.status.state in (ServiceState.NOT_STARTED, ServiceState.STARTING)
    if engine.settings.languagetool.enabled and waits and any(c.id == "lt" for c in engine.checks):
        label += " LanguageTool starts first (up to a minute the first time)"
    return label


def _check_spread(
    engine: Engine, docs: Sequence[Document], args: argparse.Namespace
) -> tuple[list[tuple[Document, FileResult]], bool]:
    """Each document checked with its result, on --jobs processes or Dask (checks.parallel)
    or here, and whether a file failed there.  The workers read the files again: one that
    is gone or locked by then gets its line, as at the first read, and is left out."""
    executor = make_executor(args.engine, args.jobs, args.scheduler, files=len(docs))
    if isinstance(executor, SerialExecutor):
        return list(zip(docs, _run_checks(engine, docs), strict=True)), False
    failed = False

    def on_error(message: str, fails: bool) -> None:
        nonlocal failed
        _err(message)
        failed |= fails

    try:
        found = list(run_check(engine, executor, [d.path for d in docs], max_bytes=args.max_size,
                               on_error=on_error))  # fmt: skip
    finally:
        executor.close()
    # The results come in input order, each with its file's path: pair them up.
    pairs, rest = [], iter(docs)
    for result in found:
        doc = next(d for d in rest if d.path == result.path)
        pairs.append((doc, result))
    return pairs, failed


def _service_notice(engine: Engine) -> None:
    """One line on stderr when LanguageTool was wanted but could not be used."""
    from copydesk.languagetool_cli import notice

    line = notice(engine.settings, engine.checks)
    if line:
        _err(line)


def _lost_service(engine: Engine) -> bool:
    """Say so as the run's last line when LanguageTool stopped answering partway: True then
    (the run is incomplete: exit 2)."""
    from copydesk.languagetool_cli import lost_notice

    line = lost_notice(engine.settings, engine.checks)
    if line:
        _err(line)
    return line is not None


def _check_bilingual(
    engine: Engine, docs: list[BilingualDocument], args: argparse.Namespace,
    payload: list[dict[str, object]],
) -> tuple[int, bool]:  # fmt: skip
    from copydesk.checks.bilingual.cli import check_bilingual

    return check_bilingual(engine, docs, args.format, payload)


def cmd_check(args: argparse.Namespace) -> int:
    if args.format == "json":
        # Nothing but the report may reach stdout, whatever a library prints there.
        from copydesk.checks.report_stdout import report_stdout

        with report_stdout() as out:
            return _check(args, out)
    return _check(args, sys.stdout)


def _check(args: argparse.Namespace, out: TextIO) -> int:
    # Read as fix and the window read: bilingual files and pairs apart, the same lines.
    loaded = load_inputs(args.paths, args.max_size, bilingual=True, source_dir=args.source_dir)
    for line in loaded.errors:
        _err(line)
    failed = loaded.failed
    bilingual = [bdoc for _, bdoc in loaded.bilingual]
    engine = _engine_or_exit(args, [item.path for item, _ in loaded.readable()], bilingual)
    if engine is None:
        return EXIT_ERROR
    docs = [doc for _, doc in loaded.readable()]
    try:
        checked, lost = _check_spread(engine, docs, args)
    except (ImportError, OSError, ValueError) as exc:
        _err(f"cannot run on the {args.engine} engine: {exc}")
        return EXIT_ERROR
    failed = failed or lost
    docs = [doc for doc, _ in checked]
    _service_notice(engine)
    total = 0
    payload: list[dict[str, object]] = []
    indexes = {doc.path: LineIndex(doc.text) for doc in docs}
    for doc, result in checked:
        for failure in result.failures:
            _err(f"{doc.path}: check {failure.check_id} failed: {failure.error}")
        # A check that crashed read nothing: an error, whatever the others found.
        failed = failed or bool(result.failures)
        total += len(result.issues)
        index = indexes[doc.path]
        if args.format == "json":
            issues = []
            for issue in result.issues:
                line, col = index.position(issue)  # as text output, the report and the window
                entry = {**issue.to_json(), "line": line, "column": col}
                for place, loc in zip(entry.get("related", ()), issue.related, strict=True):
                    if loc.path in indexes:
                        place["line"], place["column"] = indexes[loc.path].position(loc)
                issues.append(entry)
            payload.append(
                {"path": shown_path(doc.path), "encoding": doc.encoding_label, "issues": issues}
            )
        else:
            for issue in result.issues:
                line, col = index.position(issue)
                fix = f" (-> {issue.replacements[0]!r})" if issue.replacements else ""
                print(f"{shown_path(doc.path)}:{line}:{col}: {issue.rule}: {issue.message}{fix}")
                for loc in issue.related[:RELATED_SHOWN]:  # a batch issue's other places
                    where = indexes.get(loc.path)
                    at = "{}:{}".format(*where.position(loc)) if where else str(loc.offset)
                    print(f"  also: {shown_path(loc.path)}:{at}: {shown_path(loc.text)}")
                if len(issue.related) > RELATED_SHOWN:
                    print(f"  also: {len(issue.related) - RELATED_SHOWN} more (--format json)")
    found, crashed = _check_bilingual(engine, bilingual, args, payload)
    total += found
    failed = failed or crashed
    if args.format == "json":
        out.write(_json_text({"files": payload}) + "\n")
    print(f"{total} issue(s) in {len(docs) + len(bilingual)} file(s)", file=sys.stderr)
    if _lost_service(engine):
        failed = True
    if failed:
        return EXIT_ERROR
    return EXIT_ISSUES if total else EXIT_CLEAN


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_text(data: object) -> str:
    """``data`` as JSON that is UTF-8 whatever the files held.

    A stray non-UTF-8 byte of a file is a lone surrogate in the text, and so in an
    issue's message or suggestion: it is written as its JSON escape (``\\udce7``),
    which a reader decodes back to the same string, never as the raw byte.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cmd_fix(args: argparse.Namespace) -> int:
    out_dir = Path(args.output)
    try:
        if args.report:
            check_report_path(Path(args.report), args.paths)
        check_output_dir(out_dir, args.paths, explicit_files=True)
    except (ReportError, OutputPlanError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    problem = output_folder_problem(out_dir)
    if problem is not None:  # as the window says it, before anything is checked
        _err(problem)
        return EXIT_ERROR
    batch = ReviewBatch(max_bytes=args.max_size, remember=False)
    batch.source_dir = Path(args.source_dir) if args.source_dir else None
    # Spread over workers (--jobs N, --engine dask) the articles are read there, one at a
    # time, so a folder of any size fits; bilingual files, few and small, are read and
    # fixed here either way: one path for them, the review layer's.
    spread = args.jobs != 1 or args.engine != "local"
    _added, loaded = batch.open_loaded(args.paths, read_plain=not spread)
    for line in loaded.errors:
        _err(line)
    plan = _plan_fix(batch, loaded, args, out_dir)
    if plan is None:
        return EXIT_ERROR
    plain = [f.path for f in batch.readable() if not isinstance(f, BilingualReview)]
    plain += [item.path for item, _ in plan.spread]
    engine = _engine_or_exit(args, plain, [f.bdoc for f in batch.bilingual()])
    if engine is None:
        return EXIT_ERROR
    copies = WrittenCopies(out_dir)
    try:  # recorded also after Ctrl-C: the copies written so far are fix's own
        failed = loaded.failed + _mirror_empty(loaded.empties, plan.empties, copies)
        workers = _Spread()
        if plan.spread:
            ran = _fix_spread(engine, args, plan.spread, copies)
            if ran is None:
                return EXIT_ERROR
            workers = ran
        fixes, review, crashed = _fix_reviewed(engine, batch, args)
        failed += crashed
        _service_notice(engine)
        # The lines and the report in the in-process run's order: articles, then the rest.
        report = _print_spread(workers)
        rows, bad = _write_fixed(fixes, review, plan.targets, copies, args.max_size)
    finally:
        _save_copies(copies)
    failed += workers.failed + bad
    if args.report:
        try:
            write_review_report(Path(args.report), report + rows, plan.inputs)
        except ReportError as exc:
            _err(str(exc))
            failed += 1
    if _lost_service(engine):
        failed += 1
    return EXIT_ERROR if failed else EXIT_CLEAN


@dataclass
class _FixPlan:
    """Where ``fix`` writes: the files open here, the articles workers read, empty inputs."""

    targets: dict[FileReview, Path]
    spread: list[tuple[InputFile, Path]]
    empties: list[Path]
    inputs: list[Path]  # every input: the report may replace none of them


def _plan_fix(
    batch: ReviewBatch, loaded: LoadResult, args: argparse.Namespace, out_dir: Path
) -> _FixPlan | None:
    """Every copy's place, planned together before anything is written (None: refused,
    one line said), so that a spread run puts each copy where the in-process run does."""
    unread, empties = loaded.unread, [item for item, _ in loaded.empties]
    inputs = [f.path for f in batch.readable()] + [i.path for i in [*empties, *unread]]
    try:
        if args.report:
            check_report_path(Path(args.report), inputs)
        check_output_dir(out_dir, batch.opened)
        # The in-process run's order: articles, bilingual files, empty files.
        planned = plan_targets([*unread, *(f.source for f in batch.files), *empties], out_dir)
    except (OutputPlanError, ReportError) as exc:
        _err(f"{exc}; nothing was written")
        return None
    opened = planned[len(unread) : len(planned) - len(empties)]
    return _FixPlan(
        dict(zip(batch.files, opened, strict=True)),
        list(zip(unread, planned[: len(unread)], strict=True)),
        planned[len(planned) - len(empties) :],
        inputs,
    )


def _fix_reviewed(
    engine: Engine, batch: ReviewBatch, args: argparse.Namespace
) -> tuple[list[FileFix], _FixReview, int]:
    """The files open here fixed through the review layer (a spread run: the bilingual ones),
    and how many checks failed on them (each an error: its fixes are missing)."""
    review = _FixReview(registry_rule_name(engine.checks), args.all)
    files = len(batch.readable())
    if not files:
        return [], review, 0
    progress = Progress(files)
    progress.start(_start_label(engine, files).replace("Checking", "Fixing"))
    try:
        check_batch(engine, batch)
        # Named as the spread run names them: a check that failed on the files as read.
        failures = {
            f"{fr.path}: check {f.check_id} failed: {f.error}": None
            for fr in batch.readable()
            for f in fr.failures
        }
        fixes = fix_batch(
            engine, batch, apply_all=args.all, before_commit=review.record, utf8=args.utf8
        )
    finally:
        progress.close()
    for line in failures:
        _err(line)
    return fixes, review, len(failures)


def _write_fixed(
    fixes: Sequence[FileFix],
    review: _FixReview,
    targets: dict[FileReview, Path],
    copies: WrittenCopies,
    max_bytes: int,
) -> tuple[list[ReviewRow], int]:
    """Each copy written unless an editor changed it since ``fix`` wrote it, and its line;
    the review report's rows and the failures."""
    failed = 0
    report: list[ReviewRow] = []
    for fixed in fixes:
        fr = fixed.file
        if fr.doc is not None and not unchanged_on_disk(fr.doc, max_bytes):
            _err(f"{fr.path}: changed by another program during the run; not written (run again)")
            failed += 1
            continue
        try:
            data = fr.corrected_bytes()
            if not replaceable(targets[fr], data, copies.expected(targets[fr])):
                _err(refusal(targets[fr]))  # an editor's work there is never thrown away
                failed += 1
                continue
            write_atomic(targets[fr], data, source=fr.path)
        except DocumentError as exc:
            _err(str(exc))
            failed += 1
            continue
        copies.note(targets[fr], digest(data))
        report.extend(review.rows_of(fixed))
        _print_fixed(fixed, targets[fr])
    return report, failed


@dataclass
class _Spread:
    """What the workers of a spread ``fix`` did: a record per article read, the failures."""

    records: list[FileRecord] = field(default_factory=list)
    items: list[InputFile] = field(default_factory=list)
    failed: int = 0


def _fix_spread(
    engine: Engine, args: argparse.Namespace, files: list[tuple[InputFile, Path]],
    copies: WrittenCopies,
) -> _Spread | None:  # fmt: skip
    """The articles of ``fix --jobs N`` or ``--engine dask``: the in-process run's passes as
    map/reduce (checks.parallel), each copy written by a worker; None when they cannot run.

    The records hold the report the in-process run writes: the fixes of every pass, then
    every issue left.
    """
    errors: list[str] = []
    empty: list[int] = []

    def on_error(msg: str, fails: bool) -> None:
        if fails:
            errors.append(msg)
        _err(msg)

    try:
        executor = make_executor(args.engine, args.jobs, args.scheduler, files=len(files))
    except (ImportError, OSError, ValueError) as exc:
        _err(f"cannot start the {args.engine} engine: {exc}")
        return None
    try:
        records = run_fix(
            engine,
            executor,
            [(str(item.path), str(target)) for item, target in files],
            max_bytes=args.max_size,
            apply_all=args.all,
            keep_changes=bool(args.report),
            on_error=on_error,
            copies=copies,
            on_empty=empty.append,
            utf8=args.utf8,
        )
    except ValueError as exc:
        _err(str(exc))
        return None
    finally:
        executor.close()
    mirrored = _mirror_empty_inputs([files[n] for n in empty], args.max_size, copies)
    return _Spread(records, [item for item, _ in files], len(errors) + mirrored)


def _mirror_empty_inputs(
    files: Sequence[tuple[InputFile, Path]], max_bytes: int, copies: WrittenCopies
) -> int:
    """The empty inputs the workers found, mirrored as the in-process run does; failures."""
    docs: list[tuple[InputFile, Document]] = []
    targets: list[Path] = []
    failed = 0
    for item, target in files:
        try:
            docs.append((item, read_document(item.path, max_bytes)))
        except DocumentError as exc:  # gone or changed since the worker read it
            _err(str(exc))
            failed += 1
            continue
        targets.append(target)
    return failed + _mirror_empty(docs, targets, copies)


def _print_spread(spread: _Spread) -> list[ReviewRow]:
    """The workers' articles printed as the in-process run prints them; their report rows."""
    report: list[ReviewRow] = []
    for rec in spread.records:
        if rec.write_error:
            continue
        # Rows name the file as the in-process run does: relative to the folder named.
        name = FileReview(spread.items[rec.n], None).name
        report.extend(replace(row, file=name) for row in rec.rows + rec.left)
        detail = ", ".join(f"{rule} {n}" for rule, n in sorted(rec.rules.items()))
        note = f"; {rec.skipped} fix(es) skipped (listed below)" if rec.skipped else ""
        print(
            f"{shown_path(rec.path)} -> {shown_path(rec.target)}: {rec.applied} fix(es)"
            f"{' (' + detail + ')' if detail else ''}{note}; "
            f"{rec.remaining} issue(s) left to review"
        )
        _print_left_out(shown_path(rec.path), rec.utf8, rec.refused)
    return report


def _save_copies(copies: WrittenCopies) -> None:
    line = copies.save()
    if line:
        _err(line)


def _mirror_empty(
    empties: Sequence[tuple[InputFile, Document]], targets: Sequence[Path], copies: WrittenCopies
) -> int:
    """Copy empty inputs as they are, so the output folder mirrors the input; failures."""
    failed = 0
    for (item, doc), target in zip(empties, targets, strict=True):
        if not replaceable(target, doc.encode(doc.text), copies.expected(target)):
            _err(refusal(target))
            failed += 1
            continue
        try:
            data = copy_as_it_is(item, doc, target)
        except DocumentError as exc:
            _err(str(exc))
            failed += 1
            continue
        copies.note(target, digest(data))
        print(empty_copied_line(shown_path(doc.path), shown_path(target)))
    return failed


class _FixReview:
    """The review report of ``fix``: the fixes of every pass, then every issue left, open.

    The open rows are the issues the last check found (the count printed as left to
    review), each with why it was left (``checks.review_fix.left_rows``).
    """

    def __init__(self, rule_name: Callable[[str], str], apply_all: bool) -> None:
        self.rule_name, self.apply_all = rule_name, apply_all
        self.rows: dict[int, list[ReviewRow]] = {}

    def record(self, fr: FileReview, number: int) -> None:
        self.rows.setdefault(id(fr), []).extend(decided_rows(fr, self.rule_name))

    def rows_of(self, fixed: FileFix) -> list[ReviewRow]:
        refused = fixed.skipped if fixed.settled else None
        left = left_rows(fixed.file, self.rule_name, apply_all=self.apply_all, refused=refused)
        return self.rows.get(id(fixed.file), []) + left


def _print_fixed(fixed: FileFix, target: Path) -> None:
    counts = Counter(c.rule for c in fixed.changes)
    detail = ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items()))
    note = f"; {len(fixed.skipped)} fix(es) skipped (listed below)" if fixed.skipped else ""
    print(
        f"{shown_path(fixed.file.path)} -> {shown_path(target)}: {len(fixed.changes)} fix(es)"
        f"{' (' + detail + ')' if detail else ''}{note}; "
        f"{fixed.remaining} issue(s) left to review"
    )
    utf8 = fixed.file.utf8_reason(fixed.file.corrected().text)
    _print_left_out(shown_path(fixed.file.path), utf8, fixed.skipped)


def _print_left_out(path: str, utf8: str, skipped: Sequence[str]) -> None:
    """Under a file's line: why its copy is UTF-8 (``fix --utf8``), then every fix left out."""
    if utf8:
        print(f"  {UTF8_LINE}: {path}: {utf8}")
    for line in skipped:  # every fix left out, by name
        print(f"  skipped: {path}:{line}")


def _megabytes(value: str) -> int:
    """``--max-size``: a positive, finite number of megabytes, as bytes."""
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of MB") from None
    if not math.isfinite(mb) or mb <= 0 or mb * 1_048_576 >= sys.maxsize:
        raise argparse.ArgumentTypeError(f"{value!r}: give a positive number of MB")
    return max(1, int(mb * 1_048_576))


def _crash(exc: BaseException) -> int:
    """An unexpected error: one line on stderr, the traceback in a log file, exit 3."""
    text = "".join(traceback.format_exception(exc))
    where = "(no log file could be written)"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for folder in (data_dir() / "logs", Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f"crash-{stamp}-", suffix=".log", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as log:
                log.write(f"copydesk {__version__}: {' '.join(sys.argv)}\n{text}")
        except OSError:
            continue
        where = f"details in {name}"
        break
    _err(f"internal error: {type(exc).__name__}: {exc} ({where}); please report it")
    return EXIT_INTERNAL


def cmd_rules(args: argparse.Namespace) -> int:
    checks = REGISTRY.all()
    if args.format == "json":
        json.dump(
            [
                {
                    "id": c.id,
                    "category": str(c.category),
                    "default": c.default_enabled,
                    "scope": c.scope,
                    "status": c.status,
                    "description": c.description,
                }
                for c in checks
            ],
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
        return EXIT_CLEAN
    width = max((len(c.id) for c in checks), default=10)
    for c in checks:
        state = "on " if c.default_enabled else "off"
        print(f"{c.id:<{width}}  {c.category:<12} {state}  {c.description}")
    return EXIT_CLEAN


def cmd_languagetool(args: argparse.Namespace) -> int:
    from copydesk import languagetool_cli as lt_cli

    settings, warning = load_settings()
    if warning:
        _err(warning)
    if args.lt_command == "install":
        if getattr(args, "maven", False):
            return lt_cli.cmd_install_maven()
        return lt_cli.cmd_install(settings)
    if args.lt_command == "start":
        return lt_cli.cmd_start(settings)
    if args.lt_command == "stop":
        return lt_cli.cmd_stop()
    return lt_cli.cmd_status(settings)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from copydesk.desktop.app import main as gui_main
    except ImportError as exc:
        _err(f"the desktop app cannot start: {exc}")
        return EXIT_ERROR
    return gui_main(list(args.paths), smoke_test=getattr(args, "smoke_test", False))


def sample_article() -> Path:
    from importlib.resources import files

    return Path(str(files("copydesk.resources") / "samples" / "sample-article.txt"))


def cmd_start(args: argparse.Namespace) -> int:
    """Open the window where there is a display; otherwise check the shipped sample.

    The empty window offers the same sample article ("Open the Sample Article").
    """
    display = _has_display()
    if display and not args.no_gui:
        return cmd_gui(argparse.Namespace(paths=[]))
    why = "No display found" if not display else "--no-gui"
    print(f"{why}: checking the sample article {sample_article()}", file=sys.stderr)
    code = check_without_window([])
    print(next_steps(command_name()), file=sys.stderr)
    return code


# What a first run on the sample says to do next, in an editor's words
NEXT_STEPS = (
    "Next: check your own files with `copydesk check FILE-OR-FOLDER`; save corrected copies"
    " (safe fixes only, originals untouched) with `copydesk fix --output FOLDER"
    " FILE-OR-FOLDER`, and add `--report report.html` to list every change and every issue"
    " left to review."
)


def next_steps(command: str) -> str:
    """NEXT_STEPS with ``command`` for the program's name (".venv/bin/copydesk")."""
    return NEXT_STEPS.replace("`copydesk ", f"`{command} ")


def command_name() -> str:
    """How to run this copydesk again from here: "copydesk" when that name on PATH is this
    program, else the path it was started by (".venv/bin/copydesk" after the README's first
    command, which leaves the virtual environment inactive: a new user's trial found
    "copydesk check" unknown to the shell)."""
    started = sys.argv[0]
    if os.path.basename(started) not in ("copydesk", "copydesk-gui"):
        return "copydesk"  # "python -m copydesk", a test: no path to name
    on_path = shutil.which("copydesk")
    if on_path and os.path.realpath(on_path) == os.path.realpath(started):
        return "copydesk"
    here = os.path.relpath(os.path.join(os.path.dirname(started), "copydesk"))
    return here if here.startswith((".", os.sep)) else f"./{here}"


def check_without_window(paths: Sequence[str]) -> int:
    """What a launcher does when the window cannot open: check ``paths`` (or the sample).

    Finding issues is the point of such a run, so it exits 0 then; errors stay 2.
    """
    targets = [str(p) for p in paths] or [str(sample_article())]
    ns = build_parser().parse_args(["check", "--summary", *targets])
    code = int(ns.func(ns))
    return EXIT_CLEAN if code == EXIT_ISSUES else code


def _add_selection(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--rules",
        action="append",
        metavar="IDS",
        help="only these rules (ids or dotted prefixes, comma-separated; ALL for every)",
    )
    p.add_argument("--ignore", action="append", metavar="IDS", help="leave out these rules")
    p.add_argument("--glossary", metavar="FILE", help="preferred spellings (TOML or CSV)")
    p.add_argument(
        "--no-languagetool",
        action="store_true",
        help="do not use LanguageTool (the offline checks still run)",
    )
    p.add_argument(
        "--harper-all-rules",
        action="store_true",
        help="run every Harper rule, also those that never gave a kept finding on the "
        "texts measured (slower; the setting harper_all_rules)",
    )
    p.add_argument(
        "--max-size",
        type=_megabytes,
        metavar="MB",
        default=DEFAULT_MAX_BYTES,
        help="largest file to read, in MB (default 20)",
    )
    p.add_argument(
        "--source-dir",
        metavar="DIR",
        help="folder of source articles: DIR/name.txt or DIR/name.<lang>.txt is name.txt's source",
    )
    p.add_argument("--termbase", metavar="FILE", help="source->target terms (TBX or CSV)")


_PATHS_HELP = (
    "articles (.txt, .md), bilingual files (XLIFF, TMX, PO, CSV/TSV with source and target"
    " columns) or folders, searched at any depth"
)
_FORMAT_HELP = "text: path:line:col: rule: message (default); json: one report on stdout"
_EXIT_ERRORS = (
    "2 a usage or input error (or LanguageTool lost during the run),"
    " 3 an internal error (one line names its log)"
)
_CHECK_EXIT = f"exit status: 0 nothing found, 1 issues found, {_EXIT_ERRORS}"
_FIX_EXIT = f"exit status: 0 every copy written, {_EXIT_ERRORS}"


def _add_fix_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``copydesk fix`` and its options."""
    p = sub.add_parser("fix", help="write corrected copies into an output folder", epilog=_FIX_EXIT)
    p.add_argument(
        "--output", "-o", required=True, metavar="DIR",
        help="folder for the corrected copies, mirroring the inputs' tree (not inside an input)",
    )  # fmt: skip
    p.add_argument(
        "--all",
        action="store_true",
        help="apply every issue's first suggestion, not only the safe ones",
    )
    p.add_argument(
        "--report", metavar="FILE",
        help="write the review report: every fix made and every issue left (.csv, .html, .json)",
    )  # fmt: skip
    p.add_argument(
        "--utf8", action="store_true",
        help="apply a fix the file's own encoding cannot store (an arrow into a windows-1252 "
        "article) and write that copy in UTF-8; every other copy keeps its encoding",
    )  # fmt: skip
    add_scale_options(p)
    _add_selection(p)
    p.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    p.set_defaults(func=cmd_fix)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Find and fix the artifacts of machine translation and scraping in articles.",
        epilog="'copydesk COMMAND --help' lists a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("check", help="report issues in files or folders", epilog=_CHECK_EXIT)
    p.add_argument("--format", choices=("text", "json"), default="text", help=_FORMAT_HELP)
    p.add_argument(
        "--summary", action="store_true", help="(kept for scripts: the count is always printed)"
    )
    add_scale_options(p)
    _add_selection(p)
    p.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    p.set_defaults(func=cmd_check)

    _add_fix_command(sub)

    p = sub.add_parser("rules", help="list every check with its id, category and default")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text or JSON")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser(
        "languagetool",
        help="LanguageTool: what is installed, install it, or keep a server running between runs",
    )
    p.add_argument(
        "lt_command",
        choices=("status", "install", "start", "stop"),
        metavar="status|install|start|stop",
        help="status: what is installed or missing; install: download LanguageTool 6.8; "
        "start: keep a local server running for every later run; stop: end that server",
    )
    p.add_argument(
        "--maven",
        action="store_true",
        help="install: fetch the jars from Maven Central with mvn (needs Java 17+ and Maven)",
    )
    p.set_defaults(func=cmd_languagetool)

    p = sub.add_parser("gui", help="open the desktop window")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="open PATHS, wait for the check, print a summary and quit (for packaging tests)",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to open")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser(
        "start", help="the window, or a check of the sample article without a display"
    )
    p.add_argument("--no-gui", action="store_true", help="check the sample even with a display")
    p.set_defaults(func=cmd_start)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as exc:  # the last resort: never a bare traceback
        return _crash(exc)


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """The process's entry point (the ``copydesk`` command): :func:`main`, then exit.

    Once the work is done a Ctrl-C has nothing left to stop, so it is ignored while the
    interpreter shuts down: landing there, it printed a traceback from ``threading``.
    """
    code = EXIT_INTERRUPTED
    try:
        code = main(argv)
    except KeyboardInterrupt:
        pass  # it came after main had finished: main's status stands
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)


if __name__ == "__main__":
    run()
