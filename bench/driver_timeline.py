"""Where a pool run's wall-clock time goes in the driver: what runs while the workers wait.

Run:  .venv/bin/python bench/driver_timeline.py [--words 100000] [--jobs 2] [--folder DIR]

One ``run_check`` over bench/corpus.py's files (or ``--folder``'s *.txt) as
``bench/build_speed.py`` times it (engine built and warmed first, not timed), with
the driver's phases timed in this process: the set-up of the run (its engine
warm-up, the checks' preloads before the fork, the inputs pickled), the first map
(pool start, waiting for summaries, folding them), the batch indexes finished,
the reduced batch shared, the second map (waiting for results, taking them), the
pool joined.  Printed: each phase's start and end (seconds from the run's start),
its wall-clock seconds and the driver's CPU-seconds in it, then the workers' CPU
(user + system of the joined children).  Wall seconds of a phase in which the
driver works (not waits) are seconds the workers wait for it.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from copydesk.checks import parallel  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.settings import LanguageToolSettings, Settings  # noqa: E402

Row = tuple[str, float, float, float]  # phase, start, end, driver CPU
ROWS: list[Row] = []
T0 = [0.0]


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            end = time.perf_counter()
            ROWS.append((name, start - T0[0], end - T0[0], time.process_time() - cpu))

    return wrapper


def _waited(name: str, items: Iterator[Any]) -> Iterator[Any]:
    """The map's results, the time spent waiting for them summed as one phase."""
    first = time.perf_counter()
    wait = cpu = 0.0
    while True:
        start, c0 = time.perf_counter(), time.process_time()
        try:
            item = next(items)
        except StopIteration:
            break
        finally:
            wait += time.perf_counter() - start
            cpu += time.process_time() - c0
        yield item
    ROWS.append((f"{name}: waiting for the workers", first - T0[0], time.perf_counter() - T0[0],
                 cpu))  # fmt: skip
    ROWS.append((f"{name}: of which, driver waiting (wall)", 0.0, wait, 0.0))


def instrument(engine: Engine) -> None:
    run_init = parallel.Run.__init__
    parallel.Run.__init__ = _timed("run set-up (total)", run_init)  # type: ignore[method-assign]
    engine.check_text = _timed("  engine warm-up", engine.check_text)  # type: ignore[method-assign]
    for chk in engine.checks:
        preload = getattr(chk, "preload", None)  # builds before speed6 load before the fork
        if preload is not None:
            object.__setattr__(chk, "preload", _timed(f"  preload {chk.id}", preload))
    parallel.Run._share_inputs = _timed(  # type: ignore[method-assign]
        "  inputs pickled", parallel.Run._share_inputs
    )
    reduce = parallel.Run.reduce

    def reduce_timed(self: parallel.Run, summaries: Any) -> Any:
        for spec in self.specs:
            object.__setattr__(spec, "finish", _timed(f"    finish {spec.key}", spec.finish))
        return _timed("first map + fold + finish (total)", reduce)(self, summaries)

    parallel.Run.reduce = reduce_timed  # type: ignore[method-assign]
    pool_map = parallel.PoolExecutor.map

    def map_timed(self: Any, fn: Callable[..., Any], items: Any, *args: Any) -> Iterator[Any]:
        return _waited(fn.__name__, pool_map(self, fn, items, *args))

    parallel.PoolExecutor.map = map_timed  # type: ignore[method-assign]
    parallel.PoolExecutor.share = _timed(  # type: ignore[method-assign]
        "reduced batch shared", parallel.PoolExecutor.share
    )
    parallel.PoolExecutor.close = _timed(  # type: ignore[method-assign]
        "pool closed and joined", parallel.PoolExecutor.close
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--folder", help="check these *.txt instead of bench/corpus.py's")
    parser.add_argument("--chunk", type=int, help="files per pool task (default: parallel.CHUNK)")
    args = parser.parse_args()
    if args.chunk:
        parallel.CHUNK = args.chunk
    folder = args.folder
    if not folder:
        from corpus import written_corpus

        folder = str(written_corpus(args.words, prefix="copydesk-timeline-")[0].parent)
    paths = sorted(str(p) for p in Path(folder).glob("*.txt"))
    words = sum(len(Path(p).read_text("utf-8").split()) for p in paths)
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    engine.check_text("Warm up the word lists and the linter, once.")
    instrument(engine)
    executor = parallel.PoolExecutor(args.jobs)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    T0[0] = time.perf_counter()
    c0 = time.process_time()
    for _ in parallel.run_check(engine, executor, paths, max_bytes=50_000_000):
        pass
    executor.close()
    wall, driver = time.perf_counter() - T0[0], time.process_time() - c0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = (after.ru_utime - kids.ru_utime) + (after.ru_stime - kids.ru_stime)
    print(f"{len(paths)} files, {words:,} words, {args.jobs} workers: {wall:.2f} s wall "
          f"({words / wall:,.0f} words/s); driver {driver:.2f} CPU-s, "
          f"workers {workers:.2f}")  # fmt: skip
    print(f"files per task: {parallel.CHUNK}")
    print(f"{'phase':<58} {'start':>6} {'end':>6} {'wall':>6} {'CPU':>6}")
    for name, start, end, cpu in sorted(ROWS, key=lambda r: (r[1], -r[2])):
        print(f"{name:<58} {start:>6.2f} {end:>6.2f} {end - start:>6.2f} {cpu:>6.2f}")


if __name__ == "__main__":
    main()
