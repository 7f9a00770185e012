"""Harper rules never run because every lint they make is of a kind copydesk drops.

Run:  .venv/bin/python bench/harper_rule_kinds.py [--write]
          [--mqm ../shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv]

harper-py does not expose a rule's lint kind, so the kinds come from Harper's source:
``bench/harper_source_kinds.tsv`` lists rules whose source declares one kind for all
their lints.  This script

1. keeps the listed rules that harper-py's linter has and whose kind is one of
   ``disabled_kinds`` in resources/grammar/harper.toml;
2. lints the corpora with every rule on and checks, for each listed rule seen firing,
   that it fired with its listed kind only (a rule that does not is left running);
3. with ``--write``, writes them (with the rules already listed by hand) as
   ``unrun_rules`` in resources/grammar/harper.toml;
4. compares copydesk's kept Harper findings with and without the pruning on the
   corpora (spans, rules, kinds, messages, suggestions must be the same) and prints
   the CPU seconds of both (with --repeat N, the least of N alternated runs).

Corpora: the bench/data news articles, bench/corpus.py, the tests' grammar data and,
with --mqm, each MT system's targets of the MQM data.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus
from harper_chunks import fresh_lint, mqm_texts

from copydesk.checks.bilingual.runner import JOIN
from copydesk.checks.grammar import harper_engine

ROOT = Path(__file__).resolve().parent.parent
KINDS_TSV = ROOT / "bench" / "harper_source_kinds.tsv"
TOML = ROOT / "resources" / "grammar" / "harper.toml"
# Rules listed in harper.toml by hand before this script (measured slow, of a dropped kind).
HAND_PICKED = ("BoringWords",)
CONFIG = harper_engine.config  # the module's own, put back after each comparison


def source_kinds() -> dict[str, str]:
    rows = [r for r in KINDS_TSV.read_text("utf-8").splitlines() if r and not r.startswith("#")]
    return {row.split("\t")[0]: row.split("\t")[1] for row in rows}


def texts(mqm: Path | None) -> list[tuple[str, str]]:
    articles = sorted((ROOT / "bench" / "data").glob("news_*.txt"))
    news = JOIN.join(p.read_text("utf-8") for p in articles)
    out = [("bench/data news articles joined", news),
           ("bench/corpus.py, 20,000 words", JOIN.join(corpus(20_000, 800)))]  # fmt: skip
    grammar_data = sorted((ROOT / "tests" / "checks" / "grammar" / "data").glob("*.txt"))
    out += [(p.name, p.read_text("utf-8")) for p in grammar_data]
    return out + (mqm_texts(mqm) if mqm else [])


def observed_kinds(corpora: list[tuple[str, str]]) -> dict[str, Counter[str]]:
    """Every rule's lint kinds on the corpora, with all of Harper's default rules on."""
    import harper

    linter = harper.Linter()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for _, text in corpora:
        for start, end in harper_engine.chunks(text):
            organized = linter.organized_lints(text[start:end], language="plaintext")
            for rule, lints in organized.items():
                for item in lints or ():
                    seen[rule][item.lint_kind] += 1
    return seen


def pruned_rules(corpora: list[tuple[str, str]]) -> list[str]:
    import harper

    known = harper.Linter().get_default_lint_config()
    cfg = harper_engine.config()
    seen = observed_kinds(corpora)
    out: list[str] = []
    for rule, kind in sorted(source_kinds().items()):
        if rule not in known:
            print(f"  {rule}: not a rule of this harper-py, skipped")
        elif kind not in cfg.disabled_kinds:
            print(f"  {rule}: {kind} is kept, not pruned")
        elif seen.get(rule) and set(seen[rule]) != {kind}:
            print(f"  {rule}: source says {kind}, fired as {dict(seen[rule])}: left running")
        else:
            out.append(rule)
    fired = {r: dict(c) for r, c in seen.items() if r in out}
    print(f"{len(out)} rules to prune; seen firing with their listed kind: {fired}")
    return out


def write_toml(rules: list[str]) -> None:
    names = sorted(set(rules) | set(HAND_PICKED))
    body = "".join(f'    "{name}",\n' for name in names)
    text = TOML.read_text("utf-8")
    pattern = re.compile(r"^unrun_rules = \[[^\]]*\]", re.M)
    new, count = pattern.subn(f"unrun_rules = [\n{body}]", text)
    if count != 1:
        raise SystemExit("resources/grammar/harper.toml: no single unrun_rules list to replace")
    TOML.write_text(new, "utf-8")
    print(f"wrote {len(names)} unrun_rules to {TOML.relative_to(ROOT)}")


def run(text: str, cfg: harper_engine.HarperConfig) -> tuple[float, list[harper_engine.Finding]]:
    harper_engine.config = lambda: cfg  # type: ignore[assignment]
    return fresh_lint(text)


def compare(corpora: list[tuple[str, str]], rules: list[str], repeat: int) -> None:
    base = harper_engine.config()
    unpruned = dataclasses.replace(base, unrun_rules=frozenset(HAND_PICKED))
    pruned = dataclasses.replace(base, unrun_rules=frozenset(rules) | frozenset(HAND_PICKED))
    total_a = total_b = 0.0
    differ = 0
    print(f"{'text':<40} {'chars':>8} {'all run':>8} {'pruned':>8} same")
    for label, text in corpora:
        a_s = b_s = float("inf")
        for _ in range(repeat):  # alternated, the least CPU of each kept: the load varies
            a_time, a = run(text, unpruned)
            b_time, b = run(text, pruned)
            a_s, b_s = min(a_s, a_time), min(b_s, b_time)
        differ += a != b
        total_a, total_b = total_a + a_s, total_b + b_s
        print(f"{label[:40]:<40} {len(text):>8,} {a_s:>7.2f}s {b_s:>7.2f}s "
              f"{'yes' if a == b else 'NO'} ({len(b)} findings)")  # fmt: skip
    harper_engine.config = CONFIG  # type: ignore[assignment]
    harper_engine.reset()
    print(f"CPU seconds: {total_a:.2f} unpruned, {total_b:.2f} pruned; "
          f"{differ} text(s) with different findings")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mqm", type=Path, help="the MQM TSV (each system's targets joined)")
    parser.add_argument("--write", action="store_true", help="write unrun_rules to harper.toml")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each way per text")
    args = parser.parse_args()
    corpora = texts(args.mqm)
    rules = pruned_rules(corpora)
    if args.write:
        write_toml(rules)
    compare(corpora, rules, args.repeat)


if __name__ == "__main__":
    main()
