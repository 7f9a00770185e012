"""Harper on long texts: one call against runs of whole paragraphs; same lints, CPU time.

Run:  .venv/bin/python bench/harper_chunks.py [--sizes 4000,8000,16000] [--repeat 3]
          [--mqm ../shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv]

Each text is linted through ``harper_engine.lint`` as before (the whole text in one call
up to ``CHUNK``) and cut at blank lines into runs of about each of ``--sizes`` characters
(``PARAGRAPH_CHUNK``, which ``paragraph_blocks`` reads when called; the default is the
engine's own).  Each run starts on a fresh linter (Harper caches what it has seen),
built and given a first short text before the clock starts; with ``--repeat N`` the
ways alternate N times and the least CPU of each is kept.  Prints the calls and CPU
seconds of each way, and whether the findings are identical to one call's (they must
be).  Texts: the 500-unit XLIFF targets of bench/eval_bilingual.py joined as the
bilingual runner joins them, the news articles of bench/data joined, bench/corpus.py,
and with --mqm each MT system's targets of the MQM data joined the same way.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus

from copydesk.checks.bilingual.runner import JOIN
from copydesk.checks.grammar import harper_engine

HERE = Path(__file__).resolve().parent
WARM_UP = "A short text, so that the first call's one-off work is not counted.\n\nIt is."


def xliff_targets(lang: str) -> str:
    if lang == "zh":
        units = [f"In year {i}, the company sold {i * 37:,} cars, up {i % 50}% on the year before."
                 for i in range(1, 501)]  # fmt: skip
    else:
        units = [f"In year {i}, the company sold {i * 37:,} cars, {i % 50}% more."
                 for i in range(1, 501)]  # fmt: skip
    return JOIN.join(units)


def mqm_texts(path: Path) -> list[tuple[str, str]]:
    targets: dict[str, dict[tuple[str, str], str]] = {}
    with path.open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for system, doc, _doc_id, seg_id, _rater, _source, target, *_ in reader:
            clean = target.replace("<v>", "").replace("</v>", "").strip()
            if clean:
                targets.setdefault(system, {})[(doc, seg_id)] = clean
    return [(f"MQM {s} targets", JOIN.join(t.values())) for s, t in sorted(targets.items())]


def fresh_lint(text: str) -> tuple[float, list[harper_engine.Finding]]:
    """CPU seconds and findings of one lint of ``text`` by a linter built for it, warmed up."""
    harper_engine.reset()
    harper_engine.warm()
    harper_engine.lint(WARM_UP)  # Harper's first call in a process does one-off work
    start = time.process_time()
    found = harper_engine.lint(text)
    return time.process_time() - start, found


def timed(text: str, paragraph_chunk: int) -> tuple[float, int, list[harper_engine.Finding]]:
    harper_engine.PARAGRAPH_CHUNK = paragraph_chunk
    seconds, found = fresh_lint(text)
    return seconds, len(harper_engine.chunks(text)), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mqm", type=Path, help="the MQM TSV (each system's targets joined)")
    parser.add_argument("--sizes", default=str(harper_engine.PARAGRAPH_CHUNK),
                        help="comma-separated PARAGRAPH_CHUNK values to compare")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=1, help="alternated runs of each way")
    args = parser.parse_args()
    news = JOIN.join(p.read_text("utf-8") for p in sorted((HERE / "data").glob("news_*.txt")))
    texts = [
        ("500-unit XLIFF targets (zh)", xliff_targets("zh")),
        ("500-unit XLIFF targets (it)", xliff_targets("it")),
        ("bench/data news articles joined", news),
        ("bench/corpus.py, 20,000 words", JOIN.join(corpus(20_000, 800))),
    ]
    if args.mqm:
        texts += mqm_texts(args.mqm)
    engine_size = harper_engine.PARAGRAPH_CHUNK
    ways = [10**9] + [int(s) for s in args.sizes.split(",")]
    names = ["one call"] + [f"{s:,}" for s in ways[1:]]
    print(f"{'text':<34} {'chars':>7} " + " ".join(f"{n:>16}" for n in names))
    totals = [0.0] * len(ways)
    differ = 0
    for label, text in texts:
        best = [float("inf")] * len(ways)
        calls = [0] * len(ways)
        found: list[list[harper_engine.Finding]] = [[] for _ in ways]
        for _ in range(args.repeat):
            for i, size in enumerate(ways):
                seconds, calls[i], found[i] = timed(text, size)
                best[i] = min(best[i], seconds)
        same = all(f == found[0] for f in found)
        differ += not same
        totals = [t + b for t, b in zip(totals, best, strict=True)]
        cells = " ".join(f"{c:>5} {b:>8.2f}s" for c, b in zip(calls, best, strict=True))
        print(f"{label[:34]:<34} {len(text):>7,} {cells} "
              f"{'same' if same else 'DIFFERENT'} ({len(found[0])} findings)")  # fmt: skip
    harper_engine.PARAGRAPH_CHUNK = engine_size
    print("CPU seconds: " + ", ".join(f"{n} {t:.2f}" for n, t in zip(names, totals, strict=True))
          + f"; {differ} text(s) with different findings")  # fmt: skip


if __name__ == "__main__":
    main()
