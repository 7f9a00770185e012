"""Print words/second for checking a synthetic corpus, in total and per check.

Run:  .venv/bin/python bench/check_speed.py --words 1000000
Options select rules the way the CLI does (--rules / --ignore) so that a family
can be compared with the engine without it.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.settings import LanguageToolSettings, Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--per-file", type=int, default=800)
    parser.add_argument("--rules", default="", help="comma-separated prefixes (default: defaults)")
    parser.add_argument("--ignore", default="")
    parser.add_argument("--per-check", action="store_true", help="also time each check alone")
    parser.add_argument("--memory", action="store_true", help="report peak Python memory")
    args = parser.parse_args()

    texts = corpus(args.words, args.per_file)
    words = sum(len(t.split()) for t in texts)
    members = [BatchMember(f"article-{n}.txt", t) for n, t in enumerate(texts)]
    settings = Settings(
        select=[r for r in args.rules.split(",") if r],
        ignore=[r for r in args.ignore.split(",") if r],
        # The bench measures our own engine; a LanguageTool server is measured separately.
        languagetool=LanguageToolSettings(enabled=False),
    )
    engine = Engine(settings)
    # Warm-up on a small text so that one-off loading (word lists, linters) is not counted
    # as throughput; it is reported on its own line instead.
    t0 = time.perf_counter()
    engine.check_text(texts[0])
    warm = time.perf_counter() - t0

    if args.memory:
        tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    results = engine.check_batch(members)
    elapsed, used = time.perf_counter() - t0, time.process_time() - c0
    peak = tracemalloc.get_traced_memory()[1] if args.memory else 0
    issues = sum(len(r.issues) for r in results)
    print(f"checks: {len(engine.checks)}  files: {len(members)}  words: {words:,}")
    print(f"warm-up (first file, loads data): {warm:.2f} s")
    print(f"checked in {elapsed:.2f} s: {words / elapsed:,.0f} words/s, {issues:,} issues")
    # CPU seconds of every thread (the grammar engines run beside our own passes): what
    # the checks cost, whatever else shares the machine.
    print(f"CPU {used:.2f} s: {words / used:,.0f} words per CPU-second")
    if args.memory:
        print(f"peak Python memory while checking: {peak / 1_048_576:.1f} MB")
    if args.per_check:
        sample = members[: max(1, len(members) // 10)]
        sample_words = sum(len(m.text.split()) for m in sample)
        print(f"per check, on {sample_words:,} words:")
        for chk in engine.checks:
            one = Engine(settings, checks=[chk])
            t0, c0 = time.perf_counter(), time.process_time()
            one.check_batch(sample)
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            print(
                f"  {chk.id:<32} {sample_words / dt:>14,.0f} words/s"
                f" {sample_words / max(dc, 1e-9):>14,.0f} words/CPU-s"
            )


if __name__ == "__main__":
    main()
