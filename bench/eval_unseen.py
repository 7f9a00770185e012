"""Accuracy of copydesk on unseen articles, against an answer key.

Data (bench/data/unseen/, built by bench/make_unseen.py from plants.py):
  clean/*.txt    six news articles written for this evaluation, in the style of
                 machine translation, with no artifact planted;
  planted/*.txt  the same articles with 3-9 artifacts each;
  key.json       every planted artifact: file, offset, length, snippet, family,
                 expected rule prefix, expected fix.

The engine runs as the command line runs it (all default checks, LanguageTool
off, the six files as one batch) on the planted batch and on the clean batch.
An issue *matches* an artifact when its span overlaps the artifact's span (or
the other article's copy, for a batch artifact) and its rule is the expected
prefix or starts with it.  The artifact's fix counts as right when applying
the first replacement of a matching issue gives the text the expected fix
gives (layout removals are compared with whitespace runs collapsed).

Printed: recall and fix accuracy per family; every issue on the clean batch (a
false alarm) with the rate per 1000 words; every issue on the planted batch
that matches no artifact, split into false alarms and side effects (an issue
of another rule on an artifact's span, e.g. a leading space in a metadata line).

Usage: python bench/eval_unseen.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.checks.context import BatchMember  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.model import Issue  # noqa: E402
from copydesk.checks.settings import LanguageToolSettings, Settings  # noqa: E402

DATA = ROOT / "bench" / "data" / "unseen"
# Fixes that remove a whole line: the blank lines around it may come out either way.
LOOSE_FIX = ("layout.",)


def _read(folder: str) -> dict[str, str]:
    return {
        p.name: p.read_text("utf-8").replace("\r\n", "\n")
        for p in sorted((DATA / folder).glob("*.txt"))
    }


def run(texts: dict[str, str]) -> dict[str, list[Issue]]:
    settings = Settings(languagetool=LanguageToolSettings(enabled=False))
    engine = Engine(settings)
    results = engine.check_batch([BatchMember(name, text) for name, text in texts.items()])
    for r in results:
        for f in r.failures:
            print(f"CHECK FAILURE {f.check_id} on {f.path}: {f.error}")
    return {r.path: r.issues for r in results}


def _overlaps(issue: Issue, start: int, end: int) -> bool:
    if issue.length == 0:
        return start <= issue.offset <= end
    return issue.offset < end and start < issue.end


def _rule_ok(rule: str, prefix: str) -> bool:
    return rule == prefix or rule.startswith(prefix + ".")


def _spans(entry: dict, texts: dict[str, str]) -> list[tuple[str, int, int]]:
    spans = [(entry["file"], entry["offset"], entry["offset"] + entry["length"])]
    for other in entry.get("also", []):
        text = texts[other["file"]]
        at = text.find(other["snippet"])
        if at >= 0:
            spans.append((other["file"], at, at + len(other["snippet"])))
    return spans


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _fix_ok(issue: Issue, entry: dict, text: str) -> bool:
    if not issue.replacements:
        return False
    got = text[: issue.offset] + issue.replacements[0] + text[issue.end :]
    off, end = entry["offset"], entry["offset"] + entry["length"]
    want = text[:off] + entry["fix"] + text[end:]
    if got == want:
        return True
    return entry["rule"].startswith(LOOSE_FIX) and _norm(got) == _norm(want)


def _context(text: str, issue: Issue, width: int = 30) -> str:
    left = text[max(0, issue.offset - width) : issue.offset]
    right = text[issue.end : issue.end + width]
    shown = f"{left}[{text[issue.offset : issue.end]}]{right}"
    return shown.replace("\n", "⏎")


def _describe(path: str, text: str, issue: Issue) -> str:
    fix = f" -> {issue.replacements[0]!r}" if issue.replacements else " (flag)"
    safe = " SAFE" if issue.safe else ""
    return (
        f"  {issue.rule:<28} {path:<16} {_context(text, issue)!r}{fix}{safe}\n"
        f"  {'':<28} {issue.message[:150]}"
    )


def evaluate() -> dict:
    key = json.loads((DATA / "key.json").read_text("utf-8"))
    clean, planted = _read("clean"), _read("planted")
    clean_issues, planted_issues = run(clean), run(planted)

    used: set[tuple[str, int]] = set()  # (file, index of issue) that match an artifact
    on_artifact: set[tuple[str, int]] = set()  # overlapping some artifact, any rule
    per_family: dict[str, dict] = defaultdict(
        lambda: {"planted": 0, "found": 0, "fix_ok": 0, "safe": 0, "misses": [], "wrong": []}
    )
    for entry in key:
        fam = per_family[f"{entry['family']} ({entry['rule']})"]
        fam["planted"] += 1
        matches: list[tuple[str, Issue]] = []
        for k, (path, start, end) in enumerate(_spans(entry, planted)):
            for n, issue in enumerate(planted_issues[path]):
                if _overlaps(issue, start, end):
                    if k == 0:
                        on_artifact.add((path, n))
                    if _rule_ok(issue.rule, entry["rule"]):
                        used.add((path, n))
                        matches.append((path, issue))
        if not matches:
            fam["misses"].append(f"{entry['file']}: {entry['snippet']!r}")
            continue
        fam["found"] += 1
        own = [i for p, i in matches if p == entry["file"]]
        text = planted[entry["file"]]
        if any(_fix_ok(i, entry, text) for i in own):
            fam["fix_ok"] += 1
            fam["safe"] += any(i.safe and _fix_ok(i, entry, text) for i in own)
        else:
            given = [i.replacements[0] if i.replacements else None for i in own]
            fam["wrong"].append(f"{entry['file']}: {entry['snippet']!r} -> {given}")

    words = sum(len(t.split()) for t in clean.values())
    clean_fa = [(p, i) for p, issues in clean_issues.items() for i in issues]
    in_clean = {(p, i.rule, i.matched(clean[p])) for p, i in clean_fa}
    planted_fa, side = [], []
    for path, issues in planted_issues.items():
        for n, issue in enumerate(issues):
            if (path, n) in used:
                continue
            seen = (path, issue.rule, issue.matched(planted[path])) in in_clean
            (side if (path, n) in on_artifact and not seen else planted_fa).append((path, issue))
    new_fa = [(p, i) for p, i in planted_fa if (p, i.rule, i.matched(planted[p])) not in in_clean]

    print(f"Batch: {len(clean)} articles, {words} words (clean); {len(key)} artifacts planted\n")
    print(f"{'family (expected rule)':<52} {'found':>7} {'fix ok':>7} {'safe':>5}")
    tot = [0, 0, 0, 0]
    for name, fam in sorted(per_family.items()):
        print(
            f"{name:<52} {fam['found']:>3}/{fam['planted']:<3} {fam['fix_ok']:>3}/{fam['found']:<3}"
            f" {fam['safe']:>5}"
        )
        tot = [
            tot[0] + fam["found"],
            tot[1] + fam["planted"],
            tot[2] + fam["fix_ok"],
            tot[3] + fam["safe"],
        ]
    print(f"{'TOTAL':<52} {tot[0]:>3}/{tot[1]:<3} {tot[2]:>3}/{tot[0]:<3} {tot[3]:>5}")
    print("\nMisses:")
    for name, fam in sorted(per_family.items()):
        for m in fam["misses"]:
            print(f"  {name}: {m}")
    print("\nFound but the first replacement is not the expected fix:")
    for name, fam in sorted(per_family.items()):
        for w in fam["wrong"]:
            print(f"  {name}: {w}")

    rate = 1000 * len(clean_fa) / words
    print(f"\nFalse alarms on the CLEAN batch: {len(clean_fa)} ({rate:.2f} per 1000 words)")
    by_family = Counter(".".join(i.rule.split(".")[:2]) for _, i in clean_fa)
    for fam_id, n in sorted(by_family.items()):
        print(f"  {fam_id:<28} {n:>3} ({1000 * n / words:.2f} per 1000 words)")
    for path, issue in sorted(clean_fa, key=lambda pi: (pi[1].rule, pi[0], pi[1].offset)):
        print(_describe(path, clean[path], issue))
    print(
        f"\nFalse alarms on the PLANTED batch (matching no artifact): {len(planted_fa)},"
        f" of which {len(new_fa)} not also on the clean batch (marked NEW)"
    )
    for path, issue in sorted(planted_fa, key=lambda pi: (pi[1].rule, pi[0], pi[1].offset)):
        print(
            ("NEW" if (path, issue) in new_fa else "   ")
            + _describe(path, planted[path], issue)[2:]
        )
    print(
        f"\nSide effects (another rule on an artifact's span, not on the clean batch): {len(side)}"
    )
    for path, issue in sorted(side, key=lambda pi: (pi[1].rule, pi[0], pi[1].offset)):
        print(_describe(path, planted[path], issue))
    return {
        "words": words,
        "families": {
            k: {x: v[x] for x in ("planted", "found", "fix_ok", "safe")}
            for k, v in per_family.items()
        },
        "clean_false_alarms": [(p, i.rule, i.matched(clean[p])) for p, i in clean_fa],
        "planted_false_alarms": [(p, i.rule, i.matched(planted[p])) for p, i in planted_fa],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the summary to this file")
    args = parser.parse_args()
    summary = evaluate()
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
