"""Every pronoun site of every tunable pool, planted one at a time: found or missed.

bench/eval_families.py samples sites with a seed; a rule change that helps one site and
hurts another can leave its sampled rate unchanged.  This bench walks every site the
pronoun planters accept (`pronoun`: a listed given name; `pronoun-unlisted`: a name the
list does not know, its gender from the article alone), swaps the pronoun and counts the
sites whose swap copydesk flags.  Run it before and after a rule change and compare the
totals and the missed sites.  Hold-outs (bench/holdout.py) are never read.

    python bench/every_site.py pronoun pronoun-unlisted [--pool fresh_cg ...] [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import eval_families as ev  # noqa: E402
from bench.holdout import HOLD_OUTS  # noqa: E402
from copydesk.checks.context import BatchMember  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.settings import LanguageToolSettings, Settings  # noqa: E402

_SWAP = {"he": "she", "she": "he", "He": "She", "She": "He"}


def _sites(family: str) -> Callable[[str], list[tuple[int, str]]]:
    if family == "pronoun":
        return lambda text: [(at, word) for at, word, _ in ev._pronoun_sites(text)]
    if family == "pronoun-unlisted":
        return lambda text: [(at, word) for at, word, _, _ in ev._unlisted_sites(text)]
    raise SystemExit(f"unknown family {family!r}: pronoun or pronoun-unlisted")


def walk(engine: Engine, family: str, texts: dict[str, str]) -> tuple[int, list[str]]:
    """How many of the family's sites in `texts` are found, and a line per missed site."""
    sites_of = _sites(family)
    found = 0
    missed: list[str] = []
    for name, text in texts.items():
        for at, word in sites_of(text):
            swap = _SWAP[word]
            doc = text[:at] + swap + text[at + len(word) :]
            result = engine.check_batch([BatchMember("doc0.txt", doc)])[0]
            end = at + len(swap)
            if any(
                i.rule.startswith("pronoun.gender") and ev._overlaps(i, at, end)
                for i in result.issues
            ):
                found += 1
            else:
                context = doc[max(0, at - 60) : end + 40].replace("\n", "⏎")
                missed.append(f"{family} MISSED {name}: …{context}…")
    return found, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("families", nargs="+", choices=("pronoun", "pronoun-unlisted"))
    parser.add_argument("--pool", action="append", help="default: every tunable fresh pool")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    pools = args.pool or [p for p in ev.FRESH_POOLS if p not in HOLD_OUTS]
    held = HOLD_OUTS.intersection(pools)
    if held:
        sys.exit(f"held out, never walked here: {', '.join(sorted(held))}")
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    for family in args.families:
        found = total = 0
        misses: list[str] = []
        for name in pools:
            texts = ev.pool(name)
            pool_found, pool_missed = walk(engine, family, texts)
            sites = pool_found + len(pool_missed)
            found += pool_found
            total += sites
            misses += pool_missed
            if pool_missed:
                print(f"{family:<18}{name:<10}{pool_found:>4} of {sites:>3}")
        print(f"{family}: {found} of {total} sites found in {len(pools)} pools")
        if args.show_misses:
            print("\n".join(misses))


if __name__ == "__main__":
    main()
