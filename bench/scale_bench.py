"""Peak memory and time of `copydesk fix` on a generated folder of many small files.

Run:  .venv/bin/python bench/scale_bench.py --files 100000 --jobs 2
It writes the folder under --dir (default /tmp/copydesk-scale; reused when it is
already there), runs the command line in a subprocess and samples, every 0.2 s,
the resident memory of the driver process and of the driver with its workers.
The driver holds the batch indexes and one small record per file, never the
texts, so its peak grows far slower than the folder; compare two --files sizes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import article

ROOT = Path(__file__).resolve().parent.parent


def generate(folder: Path, files: int, words: int, seed: int = 11) -> tuple[int, int]:
    """``files`` articles of about ``words`` words, 1,000 to a subfolder; (words, bytes)."""
    marker = folder / f".made-{files}-{words}-{seed}"
    rng = random.Random(seed)
    if folder.exists() and not marker.exists():
        shutil.rmtree(folder)
    total_words = total_bytes = 0
    for n in range(files):
        path = folder / f"{n // 1000:03d}" / f"article-{n:06d}.txt"
        if marker.exists():
            continue
        text = article(rng, words)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    for path in folder.rglob("*.txt"):
        data = path.read_bytes()
        total_words += len(data.split())
        total_bytes += len(data)
    marker.touch()
    return total_words, total_bytes


def run(argv: list[str], log: Path) -> tuple[float, int, int, int]:
    """Run ``argv``; (seconds, exit status, peak driver RSS, peak RSS of driver + workers)."""
    t0 = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        ps = psutil.Process(proc.pid)
        peak_driver = peak_total = 0
        while proc.poll() is None:
            try:
                driver = ps.memory_info().rss
                total = driver + sum(c.memory_info().rss for c in ps.children(recursive=True))
            except psutil.Error:
                continue
            peak_driver, peak_total = max(peak_driver, driver), max(peak_total, total)
            time.sleep(0.2)
    return time.perf_counter() - t0, proc.returncode, peak_driver, peak_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=40, help="words per file")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engine", default="local", choices=("local", "dask"))
    parser.add_argument("--rules", default="", help="rule prefixes (default: every default check)")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/copydesk-scale"))
    args = parser.parse_args()

    folder = args.dir / f"in-{args.files}"
    t0 = time.perf_counter()
    words, size = generate(folder, args.files, args.words)
    print(
        f"folder: {args.files:,} files, {words:,} words, {size / 1e6:.1f} MB "
        f"(made or found in {time.perf_counter() - t0:.0f} s)"
    )
    out = args.dir / f"out-{args.files}"
    shutil.rmtree(out, ignore_errors=True)
    argv = [sys.executable, "-m", "copydesk.cli", "fix", "--no-languagetool", "-o", str(out)]
    argv += ["--jobs", str(args.jobs), "--engine", args.engine]
    if args.rules:
        argv += ["--rules", args.rules]
    argv.append(str(folder))
    load = os.getloadavg()[0]
    seconds, code, driver, total = run(argv, args.dir / "fix.log")
    print(
        f"copydesk fix --jobs {args.jobs} --engine {args.engine}"
        f"{' --rules ' + args.rules if args.rules else ''}: exit {code}, {seconds:.0f} s, "
        f"{words / seconds:,.0f} words/s (load average {load:.1f} at start)"
    )
    print(f"peak RSS: driver {driver / 2**20:.0f} MB; driver and workers {total / 2**20:.0f} MB")
    written = sum(1 for _ in out.rglob("*.txt"))
    print(f"corrected copies written: {written:,}")


if __name__ == "__main__":
    main()
