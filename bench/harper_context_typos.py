"""What Harper's context filter (checks/grammar/harper_context.py) costs in typos, and drops.

Run:  .venv/bin/python bench/harper_context_typos.py [--typos 3000] [--seed 7] [--mqm TSV]

1. Typos: one random edit (a letter dropped, swapped, added or changed) inside common
   English words (wordfreq's top 20,000, five letters or more), each in the sentence
   "They said the TYPO was there."; counts the typos Harper's kept spelling lints find
   without the context filter and those the filter silences (a typo that happens to be
   in the curated word list: a rare real word, or a lower-cased name such as "mosel").
2. With --mqm, every Harper finding the filter drops on the MQM targets, one system's
   talk per text (any drop there is a change to read).
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from wordfreq import top_n_list  # noqa: E402

from copydesk.checks.grammar import harper_context, harper_engine  # noqa: E402


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice("dtis")
    if kind == "d":
        return word[:i] + word[i + 1 :]
    if kind == "t":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "i":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1 :]


def spelling_hits(text: str, filtered: bool) -> set[str]:
    original = harper_context.dropped
    if not filtered:
        harper_context.dropped = lambda *_args: False  # type: ignore[assignment]
    try:
        return {
            text[f.offset : f.offset + f.length]
            for f in harper_engine.lint(text)
            if f.rule == "SpellCheck"
        }
    finally:
        harper_context.dropped = original


def mqm_drops(path: Path) -> list[str]:
    import eval_mqm

    out: list[str] = []
    original = harper_context.dropped

    def spy(rule: str, text: str, start: int, end: int, *rest: object) -> bool:
        hit = original(rule, text, start, end, *rest)  # type: ignore[arg-type]
        if hit:
            out.append(f"{rule}: …{text[max(0, start - 50) : end + 30]}…")
        return hit

    harper_context.dropped = spy  # type: ignore[assignment]
    try:
        for docs in eval_mqm.documents(eval_mqm.load(path)).values():
            for segs in docs.values():
                harper_engine.lint(eval_mqm.SEPARATOR.join(s.text for s in segs))
    finally:
        harper_context.dropped = original
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--typos", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--mqm", type=Path)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    common = [w for w in top_n_list("en", 20000)[1000:] if w.isalpha() and len(w) >= 5]
    rng.shuffle(common)
    typos = [typo(w, rng) for w in common[: args.typos]]
    text = "\n\n".join(f"They said the {t} was there." for t in typos)
    before = spelling_hits(text, filtered=False)
    after = spelling_hits(text, filtered=True)
    lost = sorted(before - after)
    print(f"{len(typos)} typos; found without the context filter {len(before)}, with it")
    print(f"{len(after)}; silenced {len(lost)}: {', '.join(lost)}")
    if args.mqm:
        drops = mqm_drops(args.mqm)
        print(f"\nMQM targets: {len(drops)} Harper findings dropped by context")
        for line in drops:
            print("  " + line.replace("\n", "⏎"))


if __name__ == "__main__":
    main()
