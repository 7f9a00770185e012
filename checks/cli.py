"""The ``copydesk`` command: check, fix, list rules, open the window.

Exit status: 0 nothing found, 1 issues found, 2 a usage or input error (the
other files are still checked; each bad one gets a one-line message on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from checks import __version__
from checks.context import BatchMember
from checks.document import DEFAULT_MAX_BYTES, Document, DocumentError, read_document
from checks.engine import Engine, FileResult
from checks.files import (
    InputFile,
    OutputPlanError,
    check_output_dir,
    collect,
    plan_outputs,
)
from checks.glossary import GlossaryError, load_glossary
from checks.model import Issue
from checks.parallel import (
    SerialExecutor,
    add_scale_options,
    make_executor,
    run_check,
    run_fix,
)
from checks.registry import REGISTRY
from checks.report import ReportError, ReportRow, check_report_path, rows_for, write_report
from checks.settings import Settings, load_settings
from checks.textpos import LineIndex

EXIT_CLEAN, EXIT_ISSUES, EXIT_ERROR = 0, 1, 2
RELATED_SHOWN = 3  # text output lists this many of a batch issue's other places


def _err(msg: str) -> None:
    print(f"copydesk: {msg}", file=sys.stderr)


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total, self.stream = total, stream
        self.active = total > 1 and stream.isatty()

    def update(self, done: int, label: str) -> None:
        if not self.active:
            return
        width = 30
        filled = width * done // self.total
        name = label[-40:]
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} {name:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.active:
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
    return settings


def _load(paths: Sequence[str], max_bytes: int) -> tuple[list[tuple[InputFile, Document]], int]:
    items, failed = _collect_items(paths)
    loaded: list[tuple[InputFile, Document]] = []
    for item in items:
        try:
            doc = read_document(item.path, max_bytes)
        except DocumentError as exc:
            _err(str(exc))
            failed += 1
            continue
        if not doc.text.strip():
            _err(f"{item.path}: empty file; nothing to check")
            continue
        loaded.append((item, doc))
    return loaded, failed


def _collect_items(paths: Sequence[str]) -> tuple[list[InputFile], int]:
    """The files named or found in folders, and how many paths were bad (each reported)."""
    items, errors = collect(paths)
    for e in errors:
        _err(e)
    for p in paths:
        folder = os.path.abspath(p)
        if Path(p).is_dir() and not any(
            os.path.abspath(i.path).startswith(folder + os.sep) for i in items
        ):
            _err(f"{p}: no .txt or .md files in this folder")
            errors.append(p)
    return items, len(errors)


def _engine_or_exit(args: argparse.Namespace) -> Engine | None:
    settings = _settings_from(args)
    unknown = REGISTRY.unknown_prefixes(settings.select + settings.ignore)
    if unknown:
        _err(f"unknown rule(s): {', '.join(unknown)} (see 'copydesk rules')")
        return None
    try:
        load_glossary(settings.glossary)
    except GlossaryError as exc:
        _err(str(exc))
        return None
    return Engine(settings)


def _run_checks(engine: Engine, docs: Sequence[Document]) -> list[FileResult]:
    progress = Progress(len(docs))
    try:
        return engine.check_batch(
            [BatchMember(d.path, d.text) for d in docs],
            progress=lambda n, _total, path: progress.update(n, path),
        )
    finally:
        progress.close()


def _check_spread(
    engine: Engine, docs: Sequence[Document], args: argparse.Namespace
) -> list[FileResult]:
    """The batch's results, on --jobs processes or Dask (checks.parallel) or here."""
    executor = make_executor(args.engine, args.jobs, args.scheduler, files=len(docs))
    if isinstance(executor, SerialExecutor):
        return _run_checks(engine, docs)
    try:
        found = run_check(engine, executor, [d.path for d in docs], max_bytes=args.max_size)
        return list(found)
    finally:
        executor.close()


def _service_notice(engine: Engine) -> None:
    """One line on stderr when LanguageTool was wanted but could not be used."""
    from checks.grammar.lt_cli import notice

    line = notice(engine.settings, engine.checks)
    if line:
        _err(line)


def _shown_at(text: str, issue: Issue) -> int:
    """Where to point the user: the first visible character of the span, if it has one.

    A line removal starts at the line break before the line; pointing at that break
    would name the end of the previous line.
    """
    matched = issue.matched(text)
    stripped = matched.lstrip()
    return issue.offset + len(matched) - len(stripped) if stripped else issue.offset


def cmd_check(args: argparse.Namespace) -> int:
    engine = _engine_or_exit(args)
    if engine is None:
        return EXIT_ERROR
    loaded, failed = _load(args.paths, args.max_size)
    docs = [doc for _, doc in loaded]
    try:
        results = _check_spread(engine, docs, args)
    except (ImportError, OSError, ValueError) as exc:
        _err(f"cannot run on the {args.engine} engine: {exc}")
        return EXIT_ERROR
    _service_notice(engine)
    total = 0
    payload: list[dict[str, object]] = []
    indexes = {doc.path: LineIndex(doc.text) for doc in docs}
    for doc, result in zip(docs, results, strict=True):
        for failure in result.failures:
            _err(f"{doc.path}: check {failure.check_id} failed: {failure.error}")
        total += len(result.issues)
        index = indexes[doc.path]
        if args.format == "json":
            issues = []
            for issue in result.issues:
                line, col = index.line_col(issue.offset)  # JSON: consistent with offset
                issues.append({**issue.to_json(), "line": line, "column": col})
            payload.append({"path": doc.path, "encoding": doc.encoding_label, "issues": issues})
        else:
            for issue in result.issues:
                line, col = index.line_col(_shown_at(doc.text, issue))
                fix = f" (-> {issue.replacements[0]!r})" if issue.replacements else ""
                print(f"{doc.path}:{line}:{col}: {issue.rule}: {issue.message}{fix}")
                for loc in issue.related[:RELATED_SHOWN]:  # a batch issue's other places
                    where = indexes.get(loc.path)
                    at = "{}:{}".format(*where.line_col(loc.offset)) if where else str(loc.offset)
                    print(f"  also: {loc.path}:{at}: {loc.text}")
                if len(issue.related) > RELATED_SHOWN:
                    print(f"  also: {len(issue.related) - RELATED_SHOWN} more (--format json)")
    if args.format == "json":
        json.dump({"files": payload}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif sys.stderr.isatty() or args.summary:
        print(f"{total} issue(s) in {len(docs)} file(s)", file=sys.stderr)
    if failed:
        return EXIT_ERROR
    return EXIT_ISSUES if total else EXIT_CLEAN


def cmd_fix(args: argparse.Namespace) -> int:
    engine = _engine_or_exit(args)
    if engine is None:
        return EXIT_ERROR
    out_dir = Path(args.output)
    if args.report:
        try:
            check_report_path(Path(args.report))
        except ReportError as exc:
            _err(str(exc))
            return EXIT_ERROR
    try:
        check_output_dir(out_dir, args.paths)
    except OutputPlanError as exc:
        _err(str(exc))
        return EXIT_ERROR
    items, failed = _collect_items(args.paths)
    try:
        targets = plan_outputs(items, out_dir)
    except OutputPlanError as exc:
        _err(f"{exc}; nothing was written")
        return EXIT_ERROR
    # The whole batch is the context of every pass (checks.parallel), on --jobs cores or Dask.
    errors: list[str] = []
    try:
        executor = make_executor(args.engine, args.jobs, args.scheduler, files=len(items))
    except (ImportError, OSError, ValueError) as exc:
        _err(f"cannot start the {args.engine} engine: {exc}")
        return EXIT_ERROR
    try:
        records = run_fix(
            engine,
            executor,
            [(str(i.path), str(t)) for i, t in zip(items, targets, strict=True)],
            max_bytes=args.max_size,
            apply_all=args.all,
            keep_changes=bool(args.report),
            on_error=lambda msg, fails: (errors.append(msg) if fails else None, _err(msg)),
        )
    except ValueError as exc:
        _err(str(exc))
        return EXIT_ERROR
    finally:
        executor.close()
    failed += len(errors)
    _service_notice(engine)
    report: list[ReportRow] = []
    for rec in records:
        if rec.write_error:
            continue
        report.extend(rows_for(rec.path, rec.changes))
        detail = ", ".join(f"{rule} {n}" for rule, n in sorted(rec.rules.items()))
        note = f"; {rec.skipped} overlapping fix(es) left" if rec.skipped else ""
        print(
            f"{rec.path} -> {rec.target}: {rec.applied} fix(es)"
            f"{' (' + detail + ')' if detail else ''}{note}; "
            f"{rec.remaining} issue(s) left to review"
        )
    if args.report:
        try:
            write_report(Path(args.report), report)
        except ReportError as exc:
            _err(str(exc))
            failed += 1
    return EXIT_ERROR if failed else EXIT_CLEAN


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
    from checks.grammar import lt_cli

    settings, warning = load_settings()
    if warning:
        _err(warning)
    if args.lt_command == "install":
        return lt_cli.cmd_install(settings)
    return lt_cli.cmd_status(settings)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from desktop.app import main as gui_main
    except ImportError as exc:
        _err(f"the desktop app cannot start: {exc}")
        return EXIT_ERROR
    return gui_main(list(args.paths), smoke_test=getattr(args, "smoke_test", False))


def sample_article() -> Path:
    from importlib.resources import files

    return Path(str(files("resources") / "samples" / "sample-article.txt"))


def cmd_start(args: argparse.Namespace) -> int:
    """Open the window where there is a display; otherwise check the shipped sample."""
    if _has_display() and not args.no_gui:
        return cmd_gui(argparse.Namespace(paths=[]))
    sample = sample_article()
    print(f"No display found: checking the sample article {sample}", file=sys.stderr)
    ns = build_parser().parse_args(["check", "--summary", str(sample)])
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
        "--max-size",
        type=lambda s: int(float(s) * 1_048_576),
        metavar="MB",
        default=DEFAULT_MAX_BYTES,
        help="largest file to read, in MB (default 20)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Find and fix the artifacts of machine translation and scraping in articles.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("check", help="report issues in files or folders")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--summary", action="store_true", help="print a count on stderr")
    add_scale_options(p)
    _add_selection(p)
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("fix", help="write corrected copies into an output folder")
    p.add_argument("--output", "-o", required=True, metavar="DIR")
    p.add_argument(
        "--all",
        action="store_true",
        help="apply every issue's first suggestion, not only the safe ones",
    )
    p.add_argument("--report", metavar="FILE", help="write what changed (.csv, .html or .json)")
    add_scale_options(p)
    _add_selection(p)
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_fix)

    p = sub.add_parser("rules", help="list every check with its id, category and default")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser("languagetool", help="LanguageTool: what is installed, or install it")
    p.add_argument("lt_command", choices=("status", "install"), metavar="status|install")
    p.set_defaults(func=cmd_languagetool)

    p = sub.add_parser("gui", help="open the desktop window")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="open PATHS, wait for the check, print a summary and quit (for packaging tests)",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
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
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
