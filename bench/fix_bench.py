"""Print how long ``copydesk fix`` takes through the review layer on a file full of fixes.

Builds one long file with a safe fix every few words (doubled spaces, doubled
periods, runs of blank lines), fixes it as ``copydesk fix`` does (safe fixes in
passes, or every suggestion with ``--all``) and prints the time spent accepting
fixes and the number applied.  A measurement, not a test.

    .venv/bin/python bench/fix_bench.py [--words 100000] [--all]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from copydesk.checks.engine import Engine
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_fix import fix_batch
from copydesk.checks.settings import Settings

WORDS = [
    "the",
    "ferry",
    "left",
    "harbour",
    "at",
    "dawn",
    "and",
    "crossed",
    "to",
    "the",
    "islands",
    "while",
    "the",
    "board",
    "met",
]


def build_text(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(max(1, words // 50)):
        s = " ".join(rng.choice(WORDS) for _ in range(50))
        paragraphs.append(s.replace(" at ", "  at ").replace(" to ", " to  ").capitalize() + "..")
    return "\n\n\n".join(paragraphs) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--all", action="store_true", help="accept every suggestion, one pass")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(build_text(args.words), "utf-8")
        engine = Engine(Settings(select=["space", "punct"]))
        batch = ReviewBatch(remember=False)
        batch.open_paths([str(path)])
        t0 = time.perf_counter()
        batch.take_results(engine.check_batch(batch.members()))
        t1 = time.perf_counter()
        [fixed] = fix_batch(engine, batch, apply_all=args.all)
        t2 = time.perf_counter()
    print(f"file: {args.words:,} words; {len(fixed.changes):,} fixes applied")
    print(f"first check:        {(t1 - t0) * 1000:7.0f} ms")
    print(f"fix (all passes):   {(t2 - t1) * 1000:7.0f} ms, re-checks included")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
