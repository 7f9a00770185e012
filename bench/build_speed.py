"""All default checks on 1 and N workers, for one build or several alternated, fresh processes.

Run:  .venv/bin/python bench/build_speed.py [--words 100000] [--jobs 1,2] [--repeat 3]
          [--build base=/path/to/other/worktree/.venv/bin/python]

On a shared machine wall-clock words/s move with the load more than most changes
do, so compare builds by running them in turn, several times each, and reading
ranges: every round runs each build once per worker count, each run in a fresh
process of that build's interpreter (no warm caches carried over), on the same
bench/corpus.py files.  A run is ``compare_speed.copydesk``: the engine built and
warmed first (set-up, not timed), then ``run_check`` over the files as
``copydesk check -j N`` does it, pool start-up, driver warm-up and reduce included.

Printed per run: wall words/s while checking, CPU-seconds per 100,000 words while
checking (driver and workers, user + system), and the whole process's CPU-seconds
(imports and set-up too); then the range of each per build and worker count.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def child(folder: str, jobs: int) -> None:
    """One measurement in this process (run with a build's own interpreter)."""
    from compare_speed import copydesk

    from copydesk.checks.parallel import Executor, PoolExecutor, SerialExecutor

    paths = sorted(str(p) for p in Path(folder).glob("*.txt"))
    executor: Executor = SerialExecutor() if jobs == 1 else PoolExecutor(jobs)
    setup, seconds, used = copydesk(paths, [], executor)
    print(json.dumps({"setup": setup, "seconds": seconds, "cpu": used}))


def measure(python: str, folder: str, jobs: int) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [python, __file__, "--child", folder, "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    out["process_cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=800)
    parser.add_argument("--jobs", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="rounds over every build")
    parser.add_argument(
        "--build",
        action="append",
        default=[],
        metavar="NAME=PYTHON",
        help="another build's interpreter (its venv's python); this one is 'this'",
    )
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, int(args.jobs))
        return

    from corpus import corpus

    builds = [("this", sys.executable)] + [tuple(b.split("=", 1)) for b in args.build]
    texts = corpus(args.words, args.per_file)
    words = sum(len(t.split()) for t in texts)
    folder = tempfile.mkdtemp(prefix="copydesk-builds-")
    for n, text in enumerate(texts):
        Path(folder, f"article-{n:04d}.txt").write_text(text, "utf-8")
    print(f"corpus: {len(texts)} files, {words:,} words (bench/corpus.py); builds alternated")
    print(f"{'round':>5} {'build':<8} {'jobs':>4} {'load':>5} {'words/s':>8} "
          f"{'CPU-s/100k':>10} {'process CPU-s':>13}")  # fmt: skip
    seen: dict[tuple[str, int], list[tuple[float, float]]] = defaultdict(list)
    for r in range(1, args.repeat + 1):
        for name, python in builds:
            for jobs in (int(j) for j in args.jobs.split(",")):
                load = os.getloadavg()[0]
                got = measure(python, folder, jobs)
                rate, per100k = words / got["seconds"], got["cpu"] * 100_000 / words
                seen[name, jobs].append((rate, per100k))
                print(
                    f"{r:>5} {name:<8} {jobs:>4} {load:>5.1f} {rate:>8,.0f} {per100k:>10.2f}"
                    f" {got['process_cpu']:>13.2f}",
                    flush=True,
                )
    for f in Path(folder).iterdir():
        f.unlink()
    os.rmdir(folder)
    print("\nranges (least to most)")
    for (name, jobs), rows in seen.items():
        rates, cpus = sorted(r for r, _ in rows), sorted(c for _, c in rows)
        print(
            f"  {name:<8} {jobs} worker(s): {rates[0]:,.0f}-{rates[-1]:,.0f} words/s, "
            f"{cpus[0]:.2f}-{cpus[-1]:.2f} CPU-s per 100,000 words"
        )


if __name__ == "__main__":
    main()
