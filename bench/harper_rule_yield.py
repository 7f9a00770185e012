"""Harper's rules by yield and cost: which rules ever give a finding copydesk keeps.

Run:  .venv/bin/python bench/harper_rule_yield.py [--shared ../shared] [--repeat 3]
          [--group 40] [--write] [--out yield.json]

Texts: every ``.txt`` under bench/data but the hold-outs (each file alone, as a user checks it),
bench/corpus.py (100,000 words, 800 a file), the tests' grammar data, and from
``--shared`` the seeds (``seeds/*``) and each MT system's targets of the MQM data
(``data/mqm-ted-zhen/mqm_ted_zhen.tsv``), joined as the bilingual runner joins them.

1. Yield: every text through ``harper_engine.lint`` with every rule Harper runs by
   default (``quiet_rules`` run too): the findings copydesk keeps after its filters,
   counted by rule and by corpus.  A rule that Harper runs and that gives no kept
   finding on any text is *quiet*.
2. Cost: the grammar linter (spelling off, as ``SplitLinter`` runs it) over bench/data
   and bench/corpus.py, fresh linter each run, least of ``--repeat`` alternated runs:
   with no rule, with every rule run today, with the quiet rules left off; and the
   cost of groups of ``--group`` quiet rules, each group alone less the no-rule time.
3. With ``--write``: the quiet rules as ``quiet_rules`` in resources/grammar/harper.toml.
4. Findings with and without the quiet rules, text by text (a rule left off can
   change what Harper's overlap removal keeps of another's): every difference printed.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus
from harper_chunks import WARM_UP, mqm_texts
from holdout import outside_holdouts

from copydesk.checks.bilingual.runner import JOIN
from copydesk.checks.grammar import harper_engine

ROOT = Path(__file__).resolve().parent.parent
TOML = ROOT / "resources" / "grammar" / "harper.toml"


def texts(shared: Path) -> list[tuple[str, str, str]]:
    """(corpus, name, text) for every text the bench reads."""
    out = [("bench/data", str(p.relative_to(ROOT / "bench" / "data")), p.read_text("utf-8"))
           for p in outside_holdouts((ROOT / "bench" / "data").rglob("*.txt"))]  # fmt: skip
    out += [("corpus.py", f"corpus {i}", t) for i, t in enumerate(corpus(100_000, 800))]
    grammar_data = sorted((ROOT / "tests" / "checks" / "grammar" / "data").glob("*.txt"))
    out += [("tests", p.name, p.read_text("utf-8")) for p in grammar_data]
    out += [("tests", "sentences in tests/**/*.py", test_sentences())]
    out += [("samples", p.name, p.read_text("utf-8"))
            for p in sorted((ROOT / "resources" / "samples").glob("*.txt"))]  # fmt: skip
    out += [("examples", "every check's examples and near misses", examples())]
    seeds = sorted(p for p in (shared / "seeds").glob("*") if p.is_file())
    out += [("seeds", p.name, p.read_text("utf-8", errors="replace")) for p in seeds]
    tsv = shared / "data" / "mqm-ted-zhen" / "mqm_ted_zhen.tsv"
    if tsv.exists():
        out += [("MQM", name, text) for name, text in mqm_texts(tsv)]
    return out


def test_sentences() -> str:
    """Every string in the tests that reads like prose (a space, a letter, 15+ characters),
    one paragraph each: what the tests expect Harper to flag, or not, is text we have."""
    found: list[str] = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value.strip()
                if len(value) >= 15 and " " in value and any(c.isalpha() for c in value):
                    found.append(value)
    return JOIN.join(dict.fromkeys(found))


def examples() -> str:
    from copydesk.checks.registry import REGISTRY, parse_example

    texts = [parse_example(t).text.split("\t")[-1]
             for c in REGISTRY.all() for t in (*c.examples, *c.near_misses)]  # fmt: skip
    return JOIN.join(dict.fromkeys(texts))


def with_config(cfg: harper_engine.HarperConfig) -> None:
    harper_engine.config = lambda: cfg  # type: ignore[assignment]
    harper_engine.reset()


RAW: Counter[tuple[str, str]] = Counter()  # (rule, kind) of every lint Harper gave, kept or not
_ORGANIZED = harper_engine._organized


def _counting(text: str, language: str, all_rules: bool = False) -> list[tuple[str, Any]]:
    found = _ORGANIZED(text, language, all_rules)
    RAW.update((rule, shifted.item.lint_kind) for rule, shifted in found)
    return found


def findings(corpora: list[tuple[str, str, str]]) -> dict[str, list[harper_engine.Finding]]:
    RAW.clear()
    harper_engine._organized = _counting  # type: ignore[assignment]
    try:
        return {f"{c}|{n}": harper_engine.lint(t) for c, n, t in corpora}
    finally:
        harper_engine._organized = _ORGANIZED  # type: ignore[assignment]


def grammar_rules(cfg: harper_engine.HarperConfig) -> dict[str, bool]:
    """The grammar linter's configuration as ``harper_engine`` builds it (spelling off)."""
    import harper

    defaults = harper.Linter().get_default_lint_config()
    off = cfg.disabled_rules | cfg.unrun_rules | cfg.spelling_rules
    return {rule: bool(on) and rule not in off for rule, on in defaults.items()}


def cost(pieces: list[str], config: dict[str, bool], enabled: set[str]) -> float:
    import harper

    linter = harper.Linter()
    linter.set_lint_config({rule: rule in enabled for rule in config})
    linter.organized_lints(WARM_UP, language="plaintext", dedup=False)
    start = time.process_time()
    for piece in pieces:
        linter.organized_lints(piece, language="plaintext", dedup=False)
    return time.process_time() - start


def least(
    pieces: list[str], config: dict[str, bool], sets: dict[str, set[str]], repeat: int
) -> dict[str, float]:
    """The least CPU seconds of each rule set over ``repeat`` alternated rounds."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, enabled in sets.items():
            seconds = cost(pieces, config, enabled)
            best[name] = min(best.get(name, seconds), seconds)
    return best


def write_toml(quiet: list[str]) -> None:
    body = "".join(f'    "{name}",\n' for name in sorted(quiet))
    text = TOML.read_text("utf-8")
    new, count = re.subn(
        r"^quiet_rules = \[[^\]]*\]", f"quiet_rules = [\n{body}]", text, flags=re.M
    )
    if count != 1:
        raise SystemExit("resources/grammar/harper.toml: no single quiet_rules list to replace")
    TOML.write_text(new, "utf-8")
    print(f"wrote {len(quiet)} quiet_rules to {TOML.relative_to(ROOT)}")


def yield_table(found: dict[str, list[harper_engine.Finding]]) -> dict[str, Counter[str]]:
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for key, items in found.items():
        for f in items:
            by_rule[f.rule][key.split("|")[0]] += 1
    return by_rule


Found = dict[str, list[harper_engine.Finding]]


def diff(before: Found, after: Found) -> int:
    """Print every finding lost or new, text by text; return how many."""
    changed = 0
    for key in before:
        a, b = set(before[key]), set(after[key])
        for f in sorted(a - b, key=lambda f: f.offset):
            print(f"  {key}: lost {f.rule} at {f.offset} {f.message[:70]!r}")
        for f in sorted(b - a, key=lambda f: f.offset):
            print(f"  {key}: new {f.rule} at {f.offset} {f.message[:70]!r}")
        changed += len(a ^ b)
    return changed


def report_yield(before: Found, run: set[str]) -> tuple[list[str], list[str], dict[str, Any]]:
    """Print the yield table; return the quiet rules, the silent ones and the table."""
    table = yield_table(before)
    quiet = sorted(run - set(table))
    print(f"{len(run)} grammar rules run, {len(run) - len(quiet)} with a kept finding, "
          f"{len(quiet)} quiet")  # fmt: skip
    for rule, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {sum(counts.values()):5d}  {rule:40s} {dict(counts)}")
    fired: dict[str, Counter[str]] = defaultdict(Counter)
    for (rule, kind), n in RAW.items():
        fired[rule][kind] += n
    silent = [r for r in quiet if r not in fired]
    print(f"quiet rules that gave lints, all dropped by copydesk's filters: "
          f"{len(quiet) - len(silent)}; that gave none: {len(silent)}")  # fmt: skip
    for rule in quiet:
        if rule in fired:
            print(f"  {sum(fired[rule].values()):5d}  {rule:40s} {dict(fired[rule])}")
    return quiet, silent, {"quiet": quiet, "yield": table, "fired": fired, "silent": silent}


def report_cost(corpora: list[tuple[str, str, str]], config: dict[str, bool],
                sets: dict[str, set[str]], repeat: int, group: int) -> None:  # fmt: skip
    """Print the grammar linter's CPU with each rule set, and of groups of quiet rules."""
    timed = [t for c, n, t in corpora if c == "bench/data" and n.startswith("news_")]
    timed += corpus(20_000, 800)
    pieces = [t[s:e] for t in timed for s, e in harper_engine.chunks(t)]
    best = least(pieces, config, {"no rule": set(), **sets}, repeat)
    n_words = sum(len(t.split()) for t in timed)
    print(f"grammar linter, {n_words:,} words (bench/data news_*, corpus.py 20,000), "
          f"least of {repeat}:")  # fmt: skip
    for name, seconds in best.items():
        print(f"  {name:14s} {seconds:6.2f} CPU-s "
              f"({seconds / n_words * 100_000:.2f} per 100,000 words)")  # fmt: skip
    quiet = sorted(sets["run today"] - sets["without quiet"])
    if group:
        groups = [quiet[i : i + group] for i in range(0, len(quiet), group)]
        timed_groups = [(cost(pieces, config, set(g)) - best["no rule"], g) for g in groups]
        for seconds, names in sorted(timed_groups, reverse=True):
            print(f"  quiet {names[0]} .. {names[-1]} ({len(names)} rules): {seconds:.2f} CPU-s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--group", type=int, default=0, help="time quiet rules in groups of N")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--out", type=Path, help="write the yield table as JSON")
    args = parser.parse_args()
    corpora = texts(args.shared)
    words: Counter[str] = Counter()
    for c, _, t in corpora:
        words[c] += len(t.split())
    print("texts:", {c: f"{sum(x[0] == c for x in corpora)} texts, {w:,} words"
                     for c, w in words.items()})  # fmt: skip
    base = harper_engine.config()
    every = dataclasses.replace(base, quiet_rules=frozenset())
    with_config(every)
    t0 = time.process_time()
    before = findings(corpora)
    print(f"linted every text with every rule in {time.process_time() - t0:.1f} CPU-s")
    config = grammar_rules(every)
    run = {rule for rule, on in config.items() if on}
    quiet, silent, payload = report_yield(before, run)
    if args.out:
        args.out.write_text(json.dumps(payload, indent=1), "utf-8")
    if args.write:
        write_toml(quiet)
    sets = {
        "run today": run,
        "without quiet": run - set(quiet),
        "without silent": run - set(silent),
    }
    report_cost(corpora, config, sets, args.repeat, args.group)
    with_config(dataclasses.replace(base, quiet_rules=frozenset(quiet)))
    after = findings(corpora)
    print(f"findings changed without the quiet rules: {diff(before, after)}")

    def kept(found: Found, c: str) -> int:
        return sum(len(v) for k, v in found.items() if k.startswith(c + "|"))

    counts = {c: (kept(before, c), kept(after, c)) for c in words}
    print("kept findings by corpus, before / after:", counts)


if __name__ == "__main__":
    main()
