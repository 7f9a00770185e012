"""Words per second of copydesk beside proselint and harper.js, on the same news-like text.

Run:  .venv/bin/python bench/compare_speed.py [--words 100000]
Needs proselint (`pip install -e ".[bench]"`) and, for harper.js, Node 18+ with
`npm install` run once in bench/harper (node_modules is not committed).  A tool
that is missing is reported as such and left out of the ratios.

One corpus is written (bench/corpus.py, seeded) to a temporary folder and every
tool reads the same files.  copydesk runs as `copydesk check` does
(copydesk.checks.parallel: the map/reduce over the batch), once in process (1 worker)
and once on a pool of 2; one-off loading (word lists, linters) is timed apart as
set-up for every tool.  The machine's load average is printed: on a shared
machine the figures are only as steady as the load.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus

from copydesk.checks.engine import Engine
from copydesk.checks.parallel import Executor, PoolExecutor, SerialExecutor, run_check
from copydesk.checks.settings import LanguageToolSettings, Settings

HERE = Path(__file__).resolve().parent
CLEANUP_IGNORE = ["grammar", "word", "repeat", "pronoun", "lt"]
TARGET = 1_000_000 / 60  # words/s: a million words a minute


def cpu() -> float:
    """CPU seconds of this process and of its finished children (pool workers, node)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def copydesk(paths: list[str], ignore: list[str], executor: Executor) -> tuple[float, float, float]:
    """(set-up s, checking s, checking CPU s) for copydesk's checks over ``paths``."""
    settings = Settings(ignore=ignore, languagetool=LanguageToolSettings(enabled=False))
    t0 = time.perf_counter()
    engine = Engine(settings)
    engine.check_text("Warm up the word lists and the linter, once.")
    setup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), cpu()
    try:
        for _ in run_check(engine, executor, paths, max_bytes=50_000_000):
            pass
    finally:
        executor.close()  # joins the workers, so that their CPU time is counted
    return setup, time.perf_counter() - t0, cpu() - c0


def _measure(paths: list[str], ignore: list[str], jobs: int, out: Any) -> None:
    executor: Executor = SerialExecutor() if jobs == 1 else PoolExecutor(jobs)
    out.put(copydesk(paths, ignore, executor))


def isolated(paths: list[str], ignore: list[str], jobs: int) -> tuple[float, float, float]:
    """``copydesk`` in a fresh process: no run inherits another's warm caches (Harper keeps
    the sentences it has linted, and forked pool workers would start with them)."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_measure, args=(paths, ignore, jobs, out))
    proc.start()
    result = out.get()
    proc.join()
    return result


def proselint_run(texts: list[str]) -> tuple[float, float, float] | str:
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return "not installed (pip install -e '.[bench]')"
    t0 = time.perf_counter()
    CheckRegistry().register_many(__register__)
    LintFile("warm-up", "Warm up the checks.").lint()
    setup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), cpu()
    for n, text in enumerate(texts):
        LintFile(f"article-{n}", text).lint()
    return setup, time.perf_counter() - t0, cpu() - c0


def harper_js(folder: Path) -> tuple[float, float, float] | str:
    script = HERE / "harper" / "harper_speed.mjs"
    if shutil.which("node") is None:
        return "node not found"
    if not (HERE / "harper" / "node_modules" / "harper.js").exists():
        return "not installed (cd bench/harper && npm install)"
    done = subprocess.run(
        ["node", str(script), str(folder)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return f"failed: {done.stderr.strip().splitlines()[-1:]}"
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return float(data["setup"]), float(data["seconds"]), float(data["cpu"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=800)
    parser.add_argument("--jobs", type=int, default=2, help="workers of the pool run")
    args = parser.parse_args()

    texts = corpus(args.words, args.per_file)
    words = sum(len(t.split()) for t in texts)
    folder = Path(tempfile.mkdtemp(prefix="copydesk-compare-"))
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"article-{n:04d}.txt"
        path.write_text(text, "utf-8")
        paths.append(str(path))
    print(f"corpus: {len(texts)} files, {words:,} words (bench/corpus.py)")
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    runs: list[tuple[str, Callable[[], tuple[float, float, float] | str]]] = [
        ("copydesk, all default checks, 1 worker", lambda: isolated(paths, [], 1)),
        (
            f"copydesk, all default checks, {args.jobs} workers",
            lambda: isolated(paths, [], args.jobs),
        ),
        (
            "copydesk, cleanup checks alone, 1 worker",
            lambda: isolated(paths, CLEANUP_IGNORE, 1),
        ),
        (
            f"copydesk, cleanup checks alone, {args.jobs} workers",
            lambda: isolated(paths, CLEANUP_IGNORE, args.jobs),
        ),
        ("proselint 0.16.0 (default checks)", lambda: proselint_run(texts)),
        ("harper.js 2.10.0 (node, default rules)", lambda: harper_js(folder)),
    ]
    rates: dict[str, float] = {}
    cpu_rates: dict[str, float] = {}
    # words per CPU second: what each tool costs, whatever else shares the machine
    head = f"{'tool':<46} {'set-up s':>9} {'check s':>8} {'words/s':>9} {'words/CPU-s':>12}"
    print("\n" + head)
    for label, fn in runs:
        got = fn()
        if isinstance(got, str):
            print(f"{label:<46} {got}")
            continue
        setup, seconds, used = got
        rates[label] = words / seconds
        cpu_rates[label] = words / used
        print(
            f"{label:<46} {setup:>9.1f} {seconds:>8.1f} {rates[label]:>9,.0f}"
            f" {words / used:>12,.0f}"
        )
    shutil.rmtree(folder, ignore_errors=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")

    print("\nratios (words/s of the row over words/s of the column)")
    others = [k for k in rates if not k.startswith("copydesk")]
    for mine in (k for k in rates if k.startswith("copydesk")):
        cells = ", ".join(f"{rates[mine] / rates[o]:.1f}x {o.split(' (')[0]}" for o in others)
        print(f"  {mine}: {cells or 'no other tool measured'}")
    one, two = runs[0][0], runs[1][0]
    if one in rates and two in rates:
        print(f"  {args.jobs} workers over 1, all checks: {rates[two] / rates[one]:.2f}x")
    c1, c2 = runs[2][0], runs[3][0]
    if c1 in rates and c2 in rates:
        print(f"  {args.jobs} workers over 1, cleanup checks: {rates[c2] / rates[c1]:.2f}x")
    best = max((rates[k] for k in (one, two) if k in rates), default=0.0)
    print(
        f"\ntarget all default checks >= {TARGET:,.0f} words/s (1M words/min): "
        f"{'met' if best >= TARGET else 'NOT met'} ({best:,.0f} words/s at best)"
    )
    prose = next((rates[k] for k in others if k.startswith("proselint")), None)
    if prose is not None and c1 in rates:
        fastest = max(rates[k] for k in (c1, c2) if k in rates)
        verdict = "met" if fastest > prose else "NOT met"
        print(f"target cleanup checks faster than proselint: {verdict}")
    # The same by CPU: what the work costs, whatever else the machine is doing.  All
    # cores busy with it would give at most cores x words/CPU-s.
    cores = os.cpu_count() or 1
    if one in cpu_rates:
        bound = cores * max(cpu_rates[k] for k in (one, two) if k in cpu_rates)
        print(
            f"by CPU: all default checks {cpu_rates[one]:,.0f} words/CPU-s on 1 worker; "
            f"{cores} cores fully used would give at most {bound:,.0f} words/s "
            f"({'above' if bound >= TARGET else 'below'} the target)"
        )
    prose_cpu = next((cpu_rates[k] for k in others if k.startswith("proselint")), None)
    if prose_cpu is not None and c1 in cpu_rates:
        print(f"by CPU: cleanup checks {cpu_rates[c1] / prose_cpu:.1f}x proselint's words/CPU-s")


if __name__ == "__main__":
    main()
