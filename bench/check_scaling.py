"""Time every registered check alone at two input sizes and flag superlinear growth.

Run:  .venv/bin/python bench/check_scaling.py [--size 20000] [--factor 4] [--only pronoun]

Each input (a realistic mixed article and the pathological inputs of issue 16: a long
line without punctuation, runs of spaces, one very long word, ``..`` repeated, ...) is
built at ``size`` and ``factor * size`` characters.  Every check runs on both, alone,
and the table shows the two times, their ratio (about ``factor`` when the check is
linear, ``factor ** 2`` when it is quadratic), the peak Python memory (tracemalloc)
and the growth of the process's resident set (which also sees Harper's Rust heap).

Each input is measured in its own worker process with a time limit and an address-space
limit, so a check that hangs or eats memory is reported as such (TIMEOUT / MEMORY) and
the other checks of that input are still measured.  A ratio above ``1.75 * factor`` on
a run long enough to time (``--floor`` seconds) is flagged ``SUPERLINEAR``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import queue
import random
import resource
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _repeat(unit: str, prefix: str = "", suffix: str = "") -> Callable[[int], str]:
    def build(size: int) -> str:
        return prefix + unit * max(1, size // len(unit)) + suffix

    return build


def _mixed(size: int) -> str:
    from corpus import article

    return article(random.Random(11), size // 6)[:size]


_LINE_WORDS = str.split(
    "Maria Lopez and John Smith met the minister in Lisbon while she said he would "
    "travel with her brother and his wife to meet Anna Novak who told them it was "
    "late because the ferry from Gdansk had been delayed again by the storm"
)


def _long_line(size: int) -> str:
    """One line of words, names and pronouns without any punctuation."""
    rng = random.Random(5)
    out: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(_LINE_WORDS)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)


def _long_word(size: int) -> str:
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "The " + "".join(rng.choice(letters) for _ in range(size)) + " ends."


# name -> builder(size in characters).  Keep names stable: the README table uses them.
INPUTS: dict[str, Callable[[int], str]] = {
    "mixed article": _mixed,
    "long line, no punctuation": _long_line,
    "run of spaces": _repeat(" ", "Text", "x\n"),
    "trailing spaces": _repeat(" ", "Text", "\nnext\n"),
    "one long word": _long_word,
    "'Ab' repeated": _repeat("Ab"),
    "'..' repeated": _repeat(".."),
    "blank lines at end": _repeat("\n", "Text.\n"),
    "'a,' repeated": _repeat("a,"),
    "name + She said.": _repeat("Ana Maria Rojas She said. "),
    "'\"' repeated": _repeat('"'),
    "'NATO UN EU '": _repeat("NATO UN EU "),
    "'(' run": _repeat("("),
    "'#' run": _repeat("#"),
    "NBSP run": _repeat("\xa0", "a", "b"),
    "'-' run": _repeat("-"),
    '"\'" run': _repeat("'"),
    "form feeds": _repeat("\f", "a", "b"),
    "ZWSP run": _repeat("\u200b", "a", "b"),
}


def _reset_peak_rss() -> None:
    # Linux: writing 5 resets VmHWM, so each check's peak is its own.
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _rss_mb(field: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(name: str, size: int, factor: int, only: list[str], skip: list[str]) -> None:
    """Measure every check on one input at both sizes; one JSON line per event."""
    logging.disable(logging.WARNING)  # a check's notes on pathological input are expected
    from copydesk.checks.context import Batch, BatchMember, CheckContext
    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.run_inputs import resolve_inputs
    from copydesk.checks.settings import LanguageToolSettings, Settings

    settings = Settings(languagetool=LanguageToolSettings(enabled=False))
    inputs = resolve_inputs(settings)  # the default glossary and term base, as a run has them
    checks = [
        c
        for c in REGISTRY.all()
        if (not only or c.matches(only)) and c.id not in skip and not c.needs_service
    ]
    texts = [INPUTS[name](size), INPUTS[name](size * factor)]
    for chk in checks:
        # Warm up (word lists, linters) on a small text, outside the timing.
        warm = BatchMember("warm.txt", "Warm up. She said it was late.\n")
        list(
            chk.func(
                warm.text, CheckContext(warm.path, Batch([warm]), settings, chk, inputs=inputs)
            )
        )
        row: dict[str, object] = {"check": chk.id}
        for label, text in zip(("small", "large"), texts, strict=True):
            print(json.dumps({"start": chk.id, "size": label}), flush=True)
            member = BatchMember("attack.txt", text)
            _reset_peak_rss()
            base = _rss_mb("VmRSS")
            times = []
            for _ in range(2):  # the faster of two: the first may fill word caches
                # A new batch each time: batch-wide indexes are built again, as in a real run.
                ctx = CheckContext(member.path, Batch([member]), settings, chk, inputs=inputs)
                t0 = time.perf_counter()
                issues = list(chk.func(text, ctx))
                times.append(time.perf_counter() - t0)
            row[label] = min(times)
            row[label + "_issues"] = len(issues)
            row[label + "_rss"] = max(0.0, _rss_mb("VmHWM") - base)
        # Python allocations on the large input, in a separate run (tracemalloc is slow).
        member = BatchMember("attack.txt", texts[1])
        ctx = CheckContext(member.path, Batch([member]), settings, chk, inputs=inputs)
        print(json.dumps({"start": chk.id, "size": "large (tracemalloc)"}), flush=True)
        tracemalloc.start()
        list(chk.func(texts[1], ctx))
        row["peak_py"] = tracemalloc.get_traced_memory()[1] / 1_048_576
        tracemalloc.stop()
        print(json.dumps({"done": row}), flush=True)


def _limits(memory_mb: int) -> Callable[[], None]:
    def apply() -> None:
        limit = memory_mb * 1_048_576
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def _pump(stream: IO[str], events: queue.Queue[str | None]) -> None:
    for line in stream:
        events.put(line)
    events.put(None)


def measure(name: str, args: argparse.Namespace) -> list[dict[str, object]]:
    """Run workers for one input until every check is measured or has failed."""
    rows: list[dict[str, object]] = []
    skip: list[str] = []
    while True:
        cmd = [sys.executable, __file__, "--worker", name, "--size", str(args.size)]
        cmd += ["--factor", str(args.factor), "--only", args.only, "--skip", ",".join(skip)]
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, text=True, preexec_fn=_limits(args.memory_mb)
        )
        events: queue.Queue[str | None] = queue.Queue()
        assert proc.stdout is not None
        threading.Thread(target=_pump, args=(proc.stdout, events), daemon=True).start()
        current: dict[str, str] | None = None
        timed_out = False
        while True:
            try:
                line = events.get(timeout=args.timeout)
            except queue.Empty:
                timed_out = True
                proc.kill()
                break
            if line is None:
                break
            event = json.loads(line)
            if "start" in event:
                current = event
            else:
                rows.append(event["done"])
                current = None
        proc.wait()
        if current is None:
            return rows
        failure = "TIMEOUT" if timed_out else "MEMORY" if proc.returncode else "FAILED"
        rows.append({"check": current["start"], "failure": f"{failure} ({current['size']})"})
        # Restart without the failed check and those already measured.
        skip = [str(r["check"]) for r in rows]


def _fmt(row: dict[str, object], factor: int, floor: float) -> str:
    if "failure" in row:
        return f"  {row['check']:<28} {row['failure']}"
    small, large = float(row["small"]), float(row["large"])  # type: ignore[arg-type]
    ratio = large / small if small > 0 else float("inf")
    flag = "SUPERLINEAR" if large >= floor and ratio > 1.75 * factor else ""
    return (
        f"  {row['check']:<28} {small:8.3f} {large:8.3f} {ratio:6.1f}"
        f" {row['peak_py']:8.1f} {row['large_rss']:8.1f}  {flag}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20_000, help="small input, in characters")
    parser.add_argument("--factor", type=int, default=4, help="large input = factor * size")
    parser.add_argument("--only", default="", help="comma-separated check prefixes")
    parser.add_argument("--inputs", default="", help="comma-separated substrings of input names")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per check run")
    parser.add_argument("--memory-mb", type=int, default=3000, help="address space per worker")
    parser.add_argument("--floor", type=float, default=0.05, help="ignore ratios below (s)")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--skip", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    only = [p for p in args.only.split(",") if p]
    if args.worker:
        worker(args.worker, args.size, args.factor, only, [s for s in args.skip.split(",") if s])
        return
    wanted = [w for w in args.inputs.split(",") if w]
    names = [n for n in INPUTS if not wanted or any(w in n for w in wanted)]
    print(f"sizes: {args.size:,} and {args.size * args.factor:,} characters (x{args.factor})")
    print("times in s; ratio = large/small; py MB = tracemalloc peak; rss MB = resident growth")
    results: dict[str, list[dict[str, object]]] = {}
    flagged = 0
    for name in names:
        rows = measure(name, args)
        results[name] = rows
        print(f"{name}:")
        print(f"  {'check':<28} {'small':>8} {'large':>8} {'ratio':>6} {'py MB':>8} {'rss MB':>8}")
        for row in rows:
            line = _fmt(row, args.factor, args.floor)
            flagged += "SUPERLINEAR" in line or "failure" in row
            print(line, flush=True)
    print(f"flagged: {flagged}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
