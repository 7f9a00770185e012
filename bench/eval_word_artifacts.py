"""Evaluate the word-artifact checks: detection on injected artifacts, false alarms on clean text.

Clean text: bench/data/news_*.txt, news English written for this purpose (names,
acronyms, brands, numbers, hyphenated words, URLs, hashtags).  One artifact at a
time is injected into a copy of one file, the checks run on it (with the other
clean files as the rest of the batch), and the injection counts as detected when
an issue of the expected rule covers it; "fixed" when the first replacement
restores the original text exactly.

Kinds injected:
  glue-lower   two lower-case words lose their space ("presented evidence")
  glue-name    a name glued to the next word ("Sik admiral" -> "Sikadmiral")
  glue-camel   a function word glued to a capitalised word ("the United")
  stray        1-3 random capitals fused to a sentence's first word ("TOon",
               "XQThe") or, mid-sentence, 2-3 capitals before a lower-case word
  dup-subject  a capitalised pronoun after a name that is the subject
               ("Kim Jong Un arrived" -> "Kim Jong Un He arrived")

Glues whose result is itself an English word ("in"+"to") are not injected: no
word-level check can or should see them; the script prints how many were skipped.

Usage: python bench/eval_word_artifacts.py [--trials 300] [--seed 1] [--speed]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.checks.context import BatchMember  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.lexicon import zipf  # noqa: E402
from copydesk.checks.registry import REGISTRY  # noqa: E402
from copydesk.checks.rules.word import sentence_starts, word_list  # noqa: E402
from copydesk.checks.tokens import words  # noqa: E402

DATA = ROOT / "bench" / "data"
RULES = {
    "glue-lower": "word.glued",
    "glue-name": "word.glued",
    "glue-camel": "word.glued",
    "stray": "word.stray-fragment",
    "dup-subject": "word.duplicated-subject",
}
FUNCTION_WORDS = ("the", "of", "in", "to", "and", "for", "on", "at", "by", "with", "from")
# A finite verb right after the name: past forms, modals and common reporting verbs.
VERBS = frozenset(
    (
        "said",
        "says",
        "told",
        "has",
        "had",
        "was",
        "is",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "won",
        "met",
        "made",
        "took",
        "gave",
        "became",
        "led",
        "went",
        "came",
        "wants",
        "plans",
        "faces",
        "remains",
        "reports",
        "warns",
    )
)
DETERMINERS = frozenset(
    (
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
    )
)
PRONOUNS = ("He", "She", "It", "They")


@dataclass(frozen=True)
class Injection:
    kind: str
    text: str  # the damaged text
    start: int  # span of the damage in ``text``
    end: int
    original: str  # what the damaged span should become


def load_corpus() -> list[BatchMember]:
    return [BatchMember(p.name, p.read_text("utf-8")) for p in sorted(DATA.glob("news_*.txt"))]


def word_pairs(text: str) -> list[tuple]:
    toks = list(words(text))
    return [(a, b) for a, b in itertools.pairwise(toks) if text[a.end : b.start] == " "]


def inject_glue_lower(text: str, rng: random.Random, skipped: Counter) -> Injection | None:
    pairs = [
        (a, b)
        for a, b in word_pairs(text)
        if a.text.isalpha() and b.text.isalpha() and a.text.islower() and b.text.islower()
    ]
    a, b = rng.choice(pairs)
    glued = a.text + b.text
    if zipf(glued) >= 1.0:
        skipped["glue-lower"] += 1
        return None
    return Injection(
        "glue-lower", text[: a.start] + glued + text[b.end :], a.start, a.start + len(glued),
        f"{a.text} {b.text}",
    )  # fmt: skip


def inject_glue_name(text: str, rng: random.Random, skipped: Counter) -> Injection | None:
    starts = sentence_starts(text)
    pairs = [
        (a, b)
        for a, b in word_pairs(text)
        if a.text.isalpha()
        and a.text[0].isupper()
        and a.text[1:].islower()
        and a.start not in starts
        and b.text.isalpha()
        and b.text.islower()
    ]
    a, b = rng.choice(pairs)
    glued = a.text + b.text
    if zipf(glued) >= 1.0:
        skipped["glue-name"] += 1
        return None
    return Injection(
        "glue-name", text[: a.start] + glued + text[b.end :], a.start, a.start + len(glued),
        f"{a.text} {b.text}",
    )  # fmt: skip


def inject_glue_camel(text: str, rng: random.Random, skipped: Counter) -> Injection | None:
    pairs = [
        (a, b)
        for a, b in word_pairs(text)
        if a.text in FUNCTION_WORDS and b.text.isalpha() and b.text[0].isupper()
    ]
    a, b = rng.choice(pairs)
    glued = a.text + b.text
    if zipf(glued) >= 1.0:
        skipped["glue-camel"] += 1
        return None
    return Injection(
        "glue-camel", text[: a.start] + glued + text[b.end :], a.start, a.start + len(glued),
        f"{a.text} {b.text}",
    )  # fmt: skip


def _capitals(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def inject_stray(text: str, rng: random.Random, skipped: Counter) -> Injection | None:
    starts = sentence_starts(text)
    toks = [t for t in words(text) if t.text.isalpha() and len(t.text) >= 2]
    if rng.random() < 0.7:
        # At a sentence start, after a layout break: "TOon the border", "XQThe talks".
        cands = [
            t for t in toks if t.start in starts and t.text[0].isupper() and t.text[1:].islower()
        ]
        t = rng.choice(cands)
        word = t.text if rng.random() < 0.5 else t.text.lower()
        garbage = _capitals(rng, rng.randint(1, 3) if word[0].isupper() else rng.randint(2, 3))
        expected = t.text
    else:
        cands = [t for t in toks if t.start not in starts and t.text.islower()]
        t = rng.choice(cands)
        word = t.text
        garbage = _capitals(rng, rng.randint(2, 3))
        expected = t.text
    damaged = garbage + word
    if damaged.isupper():
        skipped["stray"] += 1
        return None
    return Injection(
        "stray", text[: t.start] + damaged + text[t.end :], t.start, t.start + len(damaged),
        expected,
    )  # fmt: skip


def _is_verb(word: str) -> bool:
    return word in VERBS or (word.islower() and word.endswith("ed") and len(word) > 4)


def inject_dup_subject(text: str, rng: random.Random, skipped: Counter) -> Injection | None:
    """Insert a pronoun after a name that is the subject of its clause.

    Subject position: the name run (capitalised words) is followed by a verb and
    starts its clause: at a sentence start, after a comma or "and"/"but", or
    after a determiner and description ("the North Korean leader Kim").
    """
    starts = sentence_starts(text)
    prepositions = word_list("prepositions.txt")
    toks = list(words(text))
    sites = []
    for n in range(1, len(toks) - 1):
        last, verb = toks[n], toks[n + 1]
        if text[last.end : verb.start] != " " or not _is_verb(verb.text):
            continue
        if not (last.text[0].isupper() and last.text.isalpha()) or last.text in PRONOUNS:
            continue
        first = n
        while (
            first > 0
            and toks[first].start not in starts
            and text[toks[first - 1].end : toks[first].start] == " "
            and toks[first - 1].text[0].isupper()
            and toks[first - 1].text not in PRONOUNS
        ):
            first -= 1
        if toks[first].start in starts and zipf(toks[first].text) >= 4.5:
            first += 1  # "The", "Yesterday": not part of the name
        if first > n:
            continue
        # Look back within the clause for what governs the name.
        k, subject = first, False
        for _ in range(5):
            if toks[k].start in starts or k == 0:
                subject = True
                break
            gap = text[toks[k - 1].end : toks[k].start]
            if gap.strip():
                subject = "," in gap and '"' not in gap and "”" not in gap
                break
            k -= 1
            w = toks[k].text
            if w in ("and", "but"):
                subject = True
                break
            if w in prepositions or w.endswith(("ed", "ing")) or w in VERBS:
                break
            if w.islower() and w not in DETERMINERS and k == first - 1:
                continue  # a description: "leader Kim"
        if subject:
            sites.append(n)
    if not sites:
        return None
    n = rng.choice(sites)
    pronoun = rng.choice(PRONOUNS)
    at = toks[n].end
    return Injection(
        "dup-subject", text[:at] + " " + pronoun + text[at:], at, at + 1 + len(pronoun), ""
    )


INJECTORS: dict[str, Callable[[str, random.Random, Counter], Injection | None]] = {
    "glue-lower": inject_glue_lower,
    "glue-name": inject_glue_name,
    "glue-camel": inject_glue_camel,
    "stray": inject_stray,
    "dup-subject": inject_dup_subject,
}


def word_engine() -> Engine:
    return Engine(checks=[c for c in REGISTRY.all() if c.id.startswith("word.")])


def run(engine: Engine, members: list[BatchMember]) -> list:
    return engine.check_batch(members)


def evaluate(trials: int, seed: int, verbose: bool) -> None:
    engine = word_engine()
    corpus = load_corpus()
    n_words = sum(len(list(words(m.text))) for m in corpus)

    # False alarms: every issue on the untouched corpus is one.
    alarms = [(r.path, i, r) for r in run(engine, corpus) for i in r.issues]
    texts = {m.path: m.text for m in corpus}
    print(f"clean corpus: {len(corpus)} files, {n_words} words")
    print(f"false alarms: {len(alarms)} = {1000 * len(alarms) / n_words:.2f} per 1000 words")
    for path, issue, _ in alarms:
        text = texts[path]
        ctx = text[max(0, issue.offset - 30) : issue.end + 30].replace("\n", " ")
        print(f"  FA {path}:{issue.offset} {issue.rule} {issue.matched(text)!r} | {ctx}")

    rng = random.Random(seed)
    skipped: Counter = Counter()
    detected: Counter = Counter()
    fixed: Counter = Counter()
    safe: Counter = Counter()
    safe_wrong: Counter = Counter()
    total: Counter = Counter()
    misses: dict[str, list[str]] = {k: [] for k in INJECTORS}
    for kind, inject in INJECTORS.items():
        while total[kind] < trials:
            k = rng.randrange(len(corpus))
            inj = inject(corpus[k].text, rng, skipped)
            if inj is None:
                continue
            total[kind] += 1
            members = [*corpus[:k], BatchMember(corpus[k].path, inj.text), *corpus[k + 1 :]]
            result = engine.check_member(members[k], _batch(members))
            hits = [
                i
                for i in result.issues
                if i.rule == RULES[kind] and i.offset <= inj.start and inj.end <= i.end
            ]
            if hits:
                detected[kind] += 1
                safe[kind] += hits[0].safe
                fixed_text = (
                    inj.text[: hits[0].offset] + hits[0].replacements[0] + inj.text[hits[0].end :]
                )
                if fixed_text == corpus[k].text:
                    fixed[kind] += 1
                elif hits[0].safe:
                    safe_wrong[kind] += 1
                    wrong = hits[0].replacements[0]
                    misses[kind].append(f"SAFE BUT WRONG {wrong!r} for {inj.original!r}")
            else:
                ctx = inj.text[max(0, inj.start - 25) : inj.end + 25].replace("\n", " ")
                misses[kind].append(f"{inj.text[inj.start : inj.end]!r} | {ctx}")

    print(f"\ninjected artifacts ({trials} per kind, seed {seed}):")
    print(
        f"  {'kind':<12} {'detected':>9} {'fix exact':>10} {'safe':>7}"
        f" {'safe+wrong':>11} {'skipped':>8}"
    )
    for kind in INJECTORS:
        d, f, t = detected[kind], fixed[kind], total[kind]
        print(
            f"  {kind:<12} {100 * d / t:8.1f}% {100 * f / t:9.1f}% {100 * safe[kind] / t:6.1f}%"
            f" {safe_wrong[kind]:11d} {skipped[kind]:8d}"
        )
    all_d, all_t = sum(detected.values()), sum(total.values())
    print(
        f"  {'all':<12} {100 * all_d / all_t:8.1f}% {100 * sum(fixed.values()) / all_t:9.1f}%"
        f" {100 * sum(safe.values()) / all_t:6.1f}% {sum(safe_wrong.values()):11d}"
    )
    if verbose:
        for kind, items in misses.items():
            for item in items:
                print(f"  MISS {kind}: {item}")


def _batch(members: list[BatchMember]):
    from copydesk.checks.context import Batch

    return Batch(members)


def speed() -> None:
    """Seconds per million words for the word checks and for all other checks."""
    corpus = load_corpus()
    n_words = sum(len(list(words(m.text))) for m in corpus)
    others = Engine(
        checks=[c for c in REGISTRY.all() if not c.id.startswith("word.") and not c.needs_service]
    )
    mine = word_engine()
    rounds = 20
    for label, engine in (("other checks", others), ("word checks", mine)):
        run(engine, corpus)  # warm up: lazy word data
        t = time.perf_counter()
        for _ in range(rounds):
            run(engine, [BatchMember(m.path, m.text) for m in corpus])
        dt = time.perf_counter() - t
        print(f"{label:<13} {dt / (rounds * n_words) * 1e6:6.2f} s per 1M words")
    big = "\n\n".join(m.text for m in corpus) * 10
    big_words = n_words * 10
    t = time.perf_counter()
    mine.check_text(big)
    dt = time.perf_counter() - t
    print(f"word checks, one {big_words}-word file: {dt:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verbose", action="store_true", help="list every missed injection")
    parser.add_argument("--speed", action="store_true", help="also time the checks")
    args = parser.parse_args()
    evaluate(args.trials, args.seed, args.verbose)
    if args.speed:
        speed()


if __name__ == "__main__":
    main()
