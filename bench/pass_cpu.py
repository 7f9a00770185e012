"""CPU per pass of one in-process ``run_check``: each check, each batch summary, the reduce.

Run:  .venv/bin/python bench/pass_cpu.py [--words 100000] [--folder DIR] [--top 25]
          [--ignore grammar,word,repeat,pronoun,lt]   (the last: compare_speed's cleanup checks)

The run ``bench/build_speed.py`` times on 1 worker (bench/corpus.py's files, or
``--folder``'s *.txt; engine built and warmed first), with each check's call, each
batch index's summary and fold, and the finish of the indexes timed by the CPU time
of the thread that runs it (``time.thread_time``: a grammar engine on its overlap
thread is counted too, and no other process's load is).  A sampling profiler
attributes wall time, which a loaded host inflates; this costs a few per cent of
overhead and names the pass.  Printed in CPU-seconds per 100,000 words.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from copydesk.checks import parallel  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.settings import LanguageToolSettings, Settings  # noqa: E402

SPENT: Counter[str] = Counter()


def _thread_timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        c0 = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.thread_time() - c0

    return wrapper


def instrument() -> None:
    run = Engine._run

    def run_timed(self: Engine, chk: Any, member: Any, ctx: Any) -> Any:
        c0 = time.thread_time()
        try:
            return run(self, chk, member, ctx)
        finally:
            SPENT[f"check {chk.id}"] += time.thread_time() - c0

    Engine._run = run_timed  # type: ignore[method-assign]
    specs = parallel.batch_specs

    def specs_timed(checks: Any) -> Any:
        out = []
        for spec in specs(checks):
            if not getattr(spec, "_timed", False):
                for part in ("summarise", "add", "finish"):
                    name = f"index {part} {spec.key}"
                    object.__setattr__(spec, part, _thread_timed(name, getattr(spec, part)))
                object.__setattr__(spec, "_timed", True)
            out.append(spec)
        return out

    parallel.batch_specs = specs_timed
    for name in ("summarise_file", "check_file"):
        setattr(parallel, name, _thread_timed(f"map {name} (total)", getattr(parallel, name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--folder", help="check these *.txt instead of bench/corpus.py's")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--ignore", default="", help="comma-separated rule prefixes left out")
    args = parser.parse_args()
    folder = args.folder
    if not folder:
        from corpus import written_corpus

        folder = str(written_corpus(args.words, prefix="copydesk-passes-")[0].parent)
    paths = sorted(str(p) for p in Path(folder).glob("*.txt"))
    words = sum(len(Path(p).read_text("utf-8").split()) for p in paths)
    ignore = [i for i in args.ignore.split(",") if i]
    engine = Engine(Settings(ignore=ignore, languagetool=LanguageToolSettings(enabled=False)))
    engine.check_text("Warm up the word lists and the linter, once.")
    instrument()
    c0 = time.process_time()
    for _ in parallel.run_check(engine, parallel.SerialExecutor(), paths, max_bytes=50_000_000):
        pass
    total = time.process_time() - c0
    per = 100_000 / words
    print(f"{len(paths)} files, {words:,} words: {total * per:.2f} CPU-s per 100,000 words")
    checks = sum(v for k, v in SPENT.items() if k.startswith("check "))
    grammar = sum(v for k, v in SPENT.items() if k.startswith("check grammar"))
    index = sum(v for k, v in SPENT.items() if k.startswith("index "))
    print(f"  checks {checks * per:.2f} (grammar engines {grammar * per:.2f}, own passes "
          f"{(checks - grammar) * per:.2f}); batch indexes {index * per:.2f}")  # fmt: skip
    for name, spent in SPENT.most_common(args.top):
        print(f"  {name:<56} {spent * per:6.2f}")


if __name__ == "__main__":
    main()
