"""Print what the window's re-check after decisions costs, and whether it ends where ``fix`` does.

Builds :mod:`bench.fix_bench`'s text (a safe fix every few words), checks it, accepts
every safe fix through the review layer and re-checks the corrected text as the window
does after a decision (``ReviewBatch.recheck``), until nothing safe is left; then runs
``fix`` on the same file and compares the texts.  A measurement, not a test.

    .venv/bin/python bench/recheck_bench.py [--words 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fix_bench import build_text
from copydesk.checks.engine import Engine
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_fix import accept_fixes, fix_batch
from copydesk.checks.settings import Settings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(build_text(args.words), "utf-8")
        engine = Engine(Settings(select=["space", "punct"]))
        batch = ReviewBatch(remember=False)
        batch.open_paths([path])
        t0 = time.perf_counter()
        batch.recheck(engine)
        first = time.perf_counter() - t0
        fr, rounds, decided = batch.files[0], [], 0
        while len(rounds) < 4:
            before = fr.decided_count()
            accept_fixes(fr, apply_all=False)  # what Accept Safe Fixes decides, one by one
            if fr.decided_count() == before:
                break
            decided += fr.decided_count() - before
            t0 = time.perf_counter()
            batch.recheck(engine)
            rounds.append(time.perf_counter() - t0)
        fixed = ReviewBatch(remember=False)
        fixed.open_paths([path])
        t0 = time.perf_counter()
        [result] = fix_batch(engine, fixed)
        fix_time = time.perf_counter() - t0
    same = fr.corrected().text == result.file.text
    print(f"file: {args.words:,} words; {decided:,} fixes accepted in {len(rounds)} round(s)")
    print(f"first check:               {first:6.2f} s")
    print("re-check after decisions:  " + ", ".join(f"{r:6.2f} s" for r in rounds))
    print(f"fix (all passes):          {fix_time:6.2f} s")
    print(f"corrected text equals fix's: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
