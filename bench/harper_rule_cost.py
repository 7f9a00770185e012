"""Where Harper's time goes: CPU seconds of groups of its rules, each run alone.

Run:  .venv/bin/python bench/harper_rule_cost.py [--group 30]
          [--mqm ../shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv]

Text: the bench/data news articles joined, and with --mqm the first MT system's
targets of the MQM data, linted in ``harper_engine.chunks``.  Prints the CPU seconds
with no rule and with all of Harper's default rules, then the costliest groups of
``--group`` rules (each run alone on a fresh linter, less the no-rule time) and the
costliest single rules of the top four groups.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import harper
from harper_chunks import WARM_UP, mqm_texts

from copydesk.checks.bilingual.runner import JOIN
from copydesk.checks.grammar import harper_engine

HERE = Path(__file__).resolve().parent


def cost(pieces: list[str], rules: dict[str, bool], enabled: set[str]) -> float:
    linter = harper.Linter()
    linter.set_lint_config({rule: rule in enabled for rule in rules})
    linter.organized_lints(WARM_UP, language="plaintext")
    start = time.process_time()
    for piece in pieces:
        linter.organized_lints(piece, language="plaintext")
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--group", type=int, default=30, help="rules a group")
    parser.add_argument("--mqm", type=Path, help="the MQM TSV (first system's targets added)")
    args = parser.parse_args()
    text = JOIN.join(p.read_text("utf-8") for p in sorted((HERE / "data").glob("news_*.txt")))
    if args.mqm:
        text += JOIN + mqm_texts(args.mqm)[0][1]
    pieces = [text[start:end] for start, end in harper_engine.chunks(text)]
    rules = harper.Linter().get_default_lint_config()
    on = [rule for rule, enabled in rules.items() if enabled]
    zero = min(cost(pieces, rules, set()) for _ in range(2))
    print(f"{len(text):,} characters: no rule {zero:.2f} CPU-s, "
          f"all {len(on)} default rules {cost(pieces, rules, set(on)):.2f} CPU-s")  # fmt: skip
    groups = [on[i : i + args.group] for i in range(0, len(on), args.group)]
    costed = sorted(((cost(pieces, rules, set(g)) - zero, g) for g in groups), reverse=True)
    for seconds, group in costed[:8]:
        print(f"{seconds:6.3f} CPU-s  {group[0]} .. {group[-1]} ({len(group)} rules)")
    for _, group in costed[:4]:
        singles = sorted(((cost(pieces, rules, {r}) - zero, r) for r in group), reverse=True)
        print("  " + ", ".join(f"{r} {s:.3f}" for s, r in singles[:5]))


if __name__ == "__main__":
    main()
