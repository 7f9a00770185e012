"""What Harper's context filter (checks/grammar/harper_context.py) costs in typos, and drops.

Run:  .venv/bin/python bench/harper_context_typos.py [--typos 3000] [--seed 7] [--mqm TSV]

1. Typos: one random edit (a letter dropped, swapped, added or changed) inside common
   English words (wordfreq's top 20,000, five letters or more), each in the sentence
   "They said the TYPO was there."; counts the typos Harper's kept spelling lints find
   without the context filter and those the filter silences (a typo that happens to be
   in the curated word list: a rare real word, or a lower-cased name such as "mosel").
2. With --mqm, every Harper finding the filter drops on the MQM targets, one system's
   talk per text (any drop there is a change to read).
3. With --articles N, typos in context: up to N common words (five letters or more) of each
   clean article of bench/data (hold-outs excepted), far apart, each get one random edit
   whose result no word list knows; the article is linted with all of them, and the script
   counts the typos Harper's kept spelling lints find (all filters on) and lists the
   missed ones, so that two builds can be compared on typos set among names, glosses,
   quotations and foreign words, where the context filter and the word-level filters of
   checks/grammar/harper_engine.py decide.
"""

from __future__ import annotations

import argparse
import random
import re
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


def article_typos(per_article: int, rng: random.Random) -> tuple[int, list[str]]:
    """Typos planted in clean articles: how many were planted, and those Harper missed."""
    from holdout import outside_holdouts

    from copydesk.checks.lexicon import zipf

    data = ROOT / "bench" / "data"
    planted = 0
    missed: list[str] = []
    for path in outside_holdouts(data.rglob("*.txt")):
        if "planted" in path.parts or path.name == "README.md":
            continue
        text = path.read_text("utf-8")
        sites = [
            m
            for m in re.finditer(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])", text)
            if zipf(m.group()) >= 3.3
        ]
        rng.shuffle(sites)
        chosen: list[tuple[int, int, str]] = []
        for m in sites:
            if len(chosen) == per_article:
                break
            if any(abs(m.start() - c[0]) < 300 for c in chosen):
                continue
            bad = typo(m.group(), rng)
            if zipf(bad) >= 1.0 or harper_context.english_word(bad):
                continue  # a real word: no spelling check can see it
            chosen.append((m.start(), m.end(), bad))
        out, spans, shift = text, [], 0
        for start, end, bad in sorted(chosen):
            out = out[: start + shift] + bad + out[end + shift :]
            spans.append((start + shift, start + shift + len(bad)))
            shift += len(bad) - (end - start)
        hits = {
            (f.offset, f.offset + f.length)
            for f in harper_engine.lint(out)
            if f.rule == "SpellCheck"
        }
        planted += len(spans)
        for start, end in spans:
            if (start, end) not in hits:
                missed.append(f"{path.name}: …{out[max(0, start - 40) : end + 30]}…")
    return planted, missed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--typos", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--mqm", type=Path)
    ap.add_argument("--articles", type=int, default=0, help="typos per clean article")
    args = ap.parse_args()
    if args.articles:
        planted, missed = article_typos(args.articles, random.Random(args.seed))
        print(f"{planted} typos in clean articles; Harper found {planted - len(missed)}, missed:")
        for line in missed:
            print("  " + line.replace("\n", "⏎"))
        return
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
