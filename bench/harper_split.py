"""Harper's spelling on its own linter over a masked copy: same findings? CPU seconds?

Run:  .venv/bin/python bench/harper_split.py [--shared ../shared/seeds]
          [--mqm ../shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv] [--repeat 3] [--savings]

Each text is linted through ``harper_engine.lint`` twice: with one linter for every rule
(``SPLIT_SPELLING = False``, as before) and with spelling split off
(checks/grammar/harper_split.py).  The kept findings must be identical, text by text.
Each run starts on fresh linters (Harper caches what it has seen), given a first short
text before the clock starts; with ``--repeat N`` the two ways alternate N times and the
least CPU of each is kept (the machine is shared).  Also counts how often the split fell
back to Harper's own overlap removal or to the old way.  With --savings the two ways are
the split without and with its savings (harper_split.SQUEEZE and BY_PARAGRAPH).
Texts: every bench/data/**/*.txt, the news articles joined, bench/corpus.py (20,000 words;
12,000 at seeds 7, 11 and 2024), and with --shared / --mqm the seeds and each MT
system's targets joined.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus
from harper_chunks import fresh_lint, mqm_texts
from holdout import outside_holdouts

from copydesk.checks.bilingual.runner import JOIN
from copydesk.checks.grammar import harper_engine, harper_split

HERE = Path(__file__).resolve().parent


def texts(shared: Path | None, mqm: Path | None) -> list[tuple[str, str]]:
    files = outside_holdouts((HERE / "data").glob("**/*.txt"))
    news = JOIN.join(p.read_text("utf-8") for p in sorted((HERE / "data").glob("news_*.txt")))
    out = [(str(p.relative_to(HERE)), p.read_text("utf-8")) for p in files]
    out += [("bench/data news articles joined", news)]
    out += [("bench/corpus.py, 20,000 words", JOIN.join(corpus(20_000, 800)))]
    for seed in (7, 11, 2024):
        out.append((f"bench/corpus.py seed {seed}", JOIN.join(corpus(12_000, 800, seed=seed))))
    if shared:
        out += [(p.name, p.read_text("utf-8")) for p in sorted(shared.glob("*.txt"))]
    return out + (mqm_texts(mqm) if mqm else [])


def run(text: str, split: bool) -> tuple[float, list[harper_engine.Finding]]:
    harper_engine.SPLIT_SPELLING = split
    return fresh_lint(text)


def run_savings(text: str, on: bool) -> tuple[float, list[harper_engine.Finding]]:
    """The split with its two savings (the squeezed speller copy, overlap removal and the
    old way paragraph by paragraph) on or off."""
    harper_split.SQUEEZE = harper_split.BY_PARAGRAPH = on
    return fresh_lint(text)


class Counting:
    """Counts the split's ways out: Harper's overlap removal asked for, the old way."""

    def __init__(self) -> None:
        self.ways: Counter[str] = Counter()
        self.whole = harper_split.SplitLinter.whole
        self.within = harper_split._overlap_within

    def install(self) -> None:
        counting = self

        def whole(linter: harper_split.SplitLinter, text: str, language: str) -> object:
            counting.ways["the old way"] += 1
            return counting.whole(linter, text, language)

        def within(spans: list[tuple[int, int]]) -> bool:
            found = counting.within(spans)
            counting.ways["Harper's overlap removal" if found else "split"] += 1
            return found

        harper_split.SplitLinter.whole = whole  # type: ignore[method-assign,assignment]
        harper_split._overlap_within = within


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, help="a folder of *.txt seeds")
    parser.add_argument("--mqm", type=Path, help="the MQM TSV (each system's targets joined)")
    parser.add_argument("--repeat", type=int, default=1, help="alternated runs of each way")
    parser.add_argument(
        "--savings",
        action="store_true",
        help="compare the split without and with its savings instead of one linter and split",
    )
    args = parser.parse_args()
    first, second = ("before", "now") if args.savings else ("one", "split")
    way = run_savings if args.savings else run
    counting = Counting()
    counting.install()
    total_one = total_split = 0.0
    differ = 0
    print(f"{'text':<44} {'chars':>8} {first:>7} {second:>7} same")
    for label, text in texts(args.shared, args.mqm):
        one_s = split_s = float("inf")
        for _ in range(args.repeat):
            seconds, one = way(text, False)
            one_s = min(one_s, seconds)
            seconds, split = way(text, True)
            split_s = min(split_s, seconds)
        differ += one != split
        total_one, total_split = total_one + one_s, total_split + split_s
        print(f"{label[-44:]:<44} {len(text):>8,} {one_s:>6.2f}s {split_s:>6.2f}s "
              f"{'yes' if one == split else 'NO'} ({len(split)} findings)")  # fmt: skip
    harper_engine.SPLIT_SPELLING = True
    harper_split.SQUEEZE = harper_split.BY_PARAGRAPH = True
    harper_engine.reset()
    print(f"CPU seconds: {total_one:.2f} {first}, {total_split:.2f} {second} "
          f"({(total_split / total_one - 1) * 100:+.0f}%); {differ} text(s) with different "
          f"findings; calls: {dict(counting.ways)}")  # fmt: skip


if __name__ == "__main__":
    main()
