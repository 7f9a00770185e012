"""Paragraph alignment of article pairs on real Chinese→English MT, with one paragraph left out.

    python bench/eval_align.py [--data ../shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv]

Each (system, talk) of the MQM data, cut into pieces of 20 segments, is a series of
article pairs whose segments are the paragraphs, in order.  For every article of 4
segments or more, the translation of one segment is taken out (at a quarter, half and
three quarters of the way), and the aligner of ``copydesk.checks.bilingual.align``
pairs the rest.  Reported: the share of articles aligned exactly right; of left-out
paragraphs found as left out (an omission reported on the right paragraph); of source
paragraphs paired with the right target.  The same for NLTK's Gale-Church
``align_blocks`` on lengths scaled by the overall ratio (what copydesk used before),
and for the new aligner on lengths alone (no anchors).  TED segments are sentences,
shorter than news paragraphs: a harder test than most articles.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_bilingual import DEFAULT, strip  # noqa: E402
from copydesk.checks.bilingual import align as aligner  # noqa: E402

Bead = tuple[list[int], list[int]]
ARTICLE = 20  # segments (paragraphs) per article: a talk is cut into articles of this size


def nltk_align(sources: Sequence[str], targets: Sequence[str]) -> list[Bead]:
    """copydesk's aligner before: NLTK's align_blocks on character counts scaled by the totals."""
    from nltk.translate.gale_church import align_blocks

    src, tgt = [len(s) for s in sources], [len(t) for t in targets]
    scale = sum(tgt) / max(1, sum(src))
    pairs = align_blocks([max(1, round(n * scale)) for n in src], [max(1, n) for n in tgt])
    by_src: dict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        by_src[i].append(j)
    return [([i], by_src.get(i, [])) for i in range(len(src))]


def lengths_only(sources: Sequence[str], targets: Sequence[str]) -> list[Bead]:
    saved = aligner.source_anchors, aligner.target_anchors
    aligner.source_anchors = lambda texts: [set() for _ in texts]  # type: ignore[assignment]
    aligner.target_anchors = lambda texts, _n: [set() for _ in texts]  # type: ignore[assignment]
    try:
        return aligner.align(sources, targets)
    finally:
        aligner.source_anchors, aligner.target_anchors = saved


def talks(path: Path) -> list[tuple[list[str], list[str]]]:
    segs: dict[tuple[str, str], dict[int, tuple[str, str]]] = defaultdict(dict)
    with path.open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for system, doc, _doc_id, seg_id, _rater, source, target, *_ in reader:
            segs[system, doc][int(seg_id)] = (strip(source), strip(target))
    found = []
    for key in sorted(segs):
        ordered = [segs[key][n] for n in sorted(segs[key])]
        for start in range(0, len(ordered), ARTICLE):  # a talk cut into articles
            part = ordered[start : start + ARTICLE]
            if len(part) >= 4:
                found.append(([s for s, _ in part], [t for _, t in part]))
    return found


def score(
    method: Callable[[Sequence[str], Sequence[str]], list[Bead]],
    cases: list[tuple[list[str], list[str], int]],
) -> dict[str, str]:
    exact = found = right = total = 0
    start = time.perf_counter()
    for sources, targets, left_out in cases:
        kept = [t for n, t in enumerate(targets) if n != left_out]
        truth = {i: ([] if i == left_out else [i - (i > left_out)]) for i in range(len(sources))}
        got: dict[int, list[int]] = {}
        for src, tgt in method(sources, kept):
            for i in src:
                # a join is wrong for each of the paragraphs it joins
                got[i] = tgt if len(src) == 1 else [-1]
        exact += got == truth
        found += got.get(left_out) == []
        right += sum(got.get(i) == t for i, t in truth.items())
        total += len(sources)
    n = len(cases)
    return {
        "articles aligned exactly": f"{exact / n:.1%} ({exact}/{n})",
        "left-out paragraph reported as left out": f"{found / n:.1%} ({found}/{n})",
        "source paragraphs paired right": f"{right / total:.1%} ({right}/{total})",
        "seconds": f"{time.perf_counter() - start:.1f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()
    cases = [(s, t, round(len(s) * q)) for s, t in talks(args.data) for q in (0.25, 0.5, 0.75)]
    print(f"{len(cases)} article pairs, one paragraph left out of each")
    rows = {
        "NLTK align_blocks (before)": score(nltk_align, cases),
        "copydesk, lengths only": score(lengths_only, cases),
        "copydesk, lengths and anchors": score(aligner.align, cases),
    }
    measures = list(next(iter(rows.values())))
    print("| method | " + " | ".join(measures) + " |")
    print("|---" * (len(measures) + 1) + "|")
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(row[m] for m in measures) + " |")


if __name__ == "__main__":
    main()
