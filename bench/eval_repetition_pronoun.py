"""Measure the repetition and pronoun checks on clean text and on text with injected artifacts.

Clean corpus: bench/data/pron_*.txt (hand-written news English, no artifacts), plus
bench/data/news_*.txt when present (false alarms only).  For each clean file the
script injects, one at a time:

* a duplicated word      (``the`` -> ``the the``; lower-case words only, not
  grammatical doubles like ``had had``), caught by repeat.*;
* a duplicated phrase    (2-4 words repeated right after themselves), caught by repeat.*;
* a swapped pronoun      (he<->she, his<->her, him<->her outside quotations), caught
  by pronoun.gender.  Every such pronoun of the corpus is swapped in turn.  "clear"
  leaves out the pronouns listed in ``UNCLEAR`` (annotated by hand when the corpus
  was written): those that refer to a ship, to an unnamed person ("a sailor who
  broke his arm"), to a person named only by role ("the minister"), or where the
  swapped pronoun would fit another person just as well ("The judge, Marta Kovac,
  said he had betrayed…" is about the defendant).  "strict" further keeps only the
  swaps where, by the independent list ``PEOPLE``, someone of the pronoun's original
  gender and nobody of the swapped gender is named in its sentence or the two before:
  the cases the checker is specified to catch (a nearby person of the swapped gender
  is a reason not to fire).

It prints detection rates, false alarms per 1000 words of untouched text (each
one listed), and the throughput of the engine with and without these checks.

Run from the repository root:  python bench/eval_repetition_pronoun.py [--seed N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.language import function_words  # noqa: E402
from copydesk.checks.model import Issue  # noqa: E402
from copydesk.checks.registry import REGISTRY  # noqa: E402
from copydesk.checks.rules.pronoun import (  # noqa: E402
    PRONOUNS,
    analyse,
    quote_spans,
    use_first_names,
)
from copydesk.checks.rules.pronoun.gender import judge  # noqa: E402
from copydesk.checks.rules.repetition import word_list  # noqa: E402
from copydesk.checks.tokens import sentences, words  # noqa: E402

# Pronoun trials (0-based, in text order, outside quotations) that do not refer to a named
# person of clear gender; see the module docstring.
UNCLEAR = {
    "pron_01_politics.txt": {15, 16},  # the prime minister, unnamed
    "pron_02_sport.txt": {14},  # "Her manager said she…": a "he" would be the manager
    "pron_03_maritime.txt": {0, 1, 2, 3, 9, 10, 15, 6, 8, 13, 14},  # ships; a sailor; a cadet
    "pron_05_courts.txt": {0, 1, 5},  # the defendant inside the judge's sentence; the witness
    "pron_06_science.txt": {8, 9},  # "The minister rejected…": role only
    "pron_07_culture.txt": {0, 2},  # headline before the name; "a woman who…"
    "pron_08_local.txt": {0, 1, 2, 7, 15},  # the ferry; the unnamed son
}

# Who the corpus names, by surname, and the gendered nouns it uses: an oracle independent of
# the checker, to tell whether a swapped pronoun now fits someone else named nearby.
PEOPLE = {
    "marsh": "f", "okafor": "m", "raman": "f", "whitfield": "m", "nolan": "f",
    "alvarez": "f", "greer": "m", "kiprono": "f", "tadesse": "f", "berg": "m", "pike": "f",
    "adeyemi": "m", "reuter": "m", "halvorsen": "f", "saleh": "f", "lindqvist": "f",
    "dahl": "m", "vance": "m", "holm": "m", "strand": "f", "leman": "m", "kovac": "f",
    "frey": "m", "brecht": "m", "voss": "f", "petrova": "f", "horvat": "m", "ferreira": "f",
    "duarte": "m", "lima": "f", "dubois": "f", "moreau": "f", "ricci": "m", "lefort": "m",
    "walsh": "f", "bennett": "m", "grant": "m", "rees": "f", "hughes": "f",
    "woman": "f", "girl": "f", "mother": "f", "wife": "f", "daughter": "f", "sister": "f",
    "actress": "f", "spokeswoman": "f", "granddaughter": "f", "grandmother": "f",
    "man": "m", "boy": "m", "father": "m", "husband": "m", "son": "m", "brother": "m",
    "grandfather": "m", "spokesman": "m",
}  # fmt: skip

RULES = ("repeat.word", "repeat.phrase", "pronoun.gender", "pronoun.it-for-person")
DATA = ROOT / "bench" / "data"
SWAP = {"he": "she", "she": "he", "him": "her", "his": "her", "hers": "his"}
SWAP |= {"himself": "herself", "herself": "himself"}


def word_count(text: str) -> int:
    return sum(1 for _ in words(text))


def run(engine: Engine, text: str) -> list[Issue]:
    return engine.check_text(text)


def overlaps(issue: Issue, start: int, end: int) -> bool:
    return issue.offset < end and start < issue.end


def with_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def inside_quotes(text: str) -> list[tuple[int, int]]:
    return quote_spans(text)


def word_trials(text: str, rng: random.Random, n: int) -> list[tuple[str, int, int]]:
    legit = word_list("legit_doubles")
    toks = [t for t in words(text) if t.text.islower() and t.text not in legit]
    trials = []
    for t in rng.sample(toks, min(n, len(toks))):
        injected = text[: t.end] + " " + t.text + text[t.end :]
        trials.append((injected, t.start, t.end + 1 + len(t.text)))
    return trials


def phrase_trials(text: str, rng: random.Random, n: int) -> list[tuple[str, int, int]]:
    spans = []
    for sent in sentences(text):
        toks = list(words(text, sent.start, sent.end))
        for i in range(len(toks)):
            for size in (2, 3, 4):
                run_ = toks[i : i + size]
                if len(run_) == size and all(
                    text[a.end : b.start] == " " for a, b in pairwise(run_)
                ):
                    spans.append((run_[0].start, run_[-1].end))
    trials = []
    for start, end in rng.sample(spans, min(n, len(spans))):
        phrase = text[start:end]
        injected = text[:end] + " " + phrase + text[end:]
        trials.append((injected, start, end + 1 + len(phrase)))
    return trials


def named_nearby(text: str, sents: list, i: int, before: int) -> set[str]:
    """Genders of PEOPLE named in sentence ``i`` (before ``before``) and the two before it."""
    start = sents[max(0, i - 2)].start
    return {PEOPLE[w.text.lower()] for w in words(text, start, before) if w.text.lower() in PEOPLE}


def pronoun_trials(text: str, unclear: set[int]) -> list[tuple[str, int, int, bool, bool]]:
    """(text with one pronoun swapped, span, clear by hand, clear and unambiguous nearby)."""
    quotes = inside_quotes(text)
    sents = list(sentences(text))
    trials = []
    n = 0
    for i, s in enumerate(sents):
        toks = list(words(text, s.start, s.end))
        for k, t in enumerate(toks):
            low = t.text.lower()
            if low not in PRONOUNS or any(a < t.start < b for a, b in quotes):
                continue
            if low == "her":
                nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else None
                possessive = nxt is not None and (nxt not in function_words() or nxt == "own")
                new = "his" if possessive else "him"
            else:
                new = SWAP[low]
            injected = text[: t.start] + with_case(t.text, new) + text[t.end :]
            clear = n not in unclear
            n += 1
            near = named_nearby(text, sents, i, t.start)
            swapped = "f" if PRONOUNS[low] == "m" else "m"
            strict = clear and PRONOUNS[low] in near and swapped not in near
            trials.append((injected, t.start, t.start + len(new), clear, strict))
    return trials


def reason(text: str, offset: int) -> str:
    a = analyse(text)
    for p in a.pronouns:
        if p.tok.start == offset:
            verdict = judge(a, p)
            return verdict if isinstance(verdict, str) else "fired"
    return "not a pronoun"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-file", type=int, default=40, help="word/phrase trials per file")
    parser.add_argument("--verbose", action="store_true", help="list missed injections")
    parser.add_argument(
        "--no-first-names",
        action="store_true",
        help="judge gender from the document alone, without the given-name list",
    )
    parser.add_argument(
        "--news-dir", type=Path, default=DATA, help="where to find news_*.txt (read only)"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    use_first_names(not args.no_first_names)

    engine = Engine(checks=[REGISTRY.get(r) for r in RULES])
    own = sorted(DATA.glob("pron_*.txt"))
    other = sorted(args.news_dir.glob("news_*.txt"))

    for label, files in (("pron_* (own clean corpus)", own), ("news_* (other helper)", other)):
        if not files:
            continue
        total_words, alarms = 0, []
        for f in files:
            text = f.read_text("utf-8")
            total_words += word_count(text)
            alarms += [(f.name, i, text) for i in run(engine, text)]
        rate = 1000 * len(alarms) / max(1, total_words)
        print(f"False alarms on {label}: {len(alarms)} in {total_words} words = {rate:.2f}/1000")
        for name, issue, text in alarms:
            ctx = text[max(0, issue.offset - 40) : issue.end + 40].replace("\n", " ")
            print(f"  {name}:{issue.offset} {issue.rule}: …{ctx}…")

    counts = {
        "word": [0, 0],
        "phrase": [0, 0],
        "pronoun-all": [0, 0],
        "pronoun-clear": [0, 0],
        "pronoun-strict": [0, 0],
    }
    missed: list[str] = []
    for f in own:
        text = f.read_text("utf-8")
        for kind, trials in (
            ("word", word_trials(text, rng, args.per_file)),
            ("phrase", phrase_trials(text, rng, args.per_file)),
        ):
            for injected, start, end in trials:
                hit = any(
                    i.rule.startswith("repeat.") and overlaps(i, start, end)
                    for i in run(engine, injected)
                )
                counts[kind][0] += hit
                counts[kind][1] += 1
                if not hit:
                    missed.append(f"{kind} {f.name}: …{injected[start - 30 : end + 10]!r}…")
        for injected, start, end, clear, strict in pronoun_trials(text, UNCLEAR.get(f.name, set())):
            hit = any(
                i.rule == "pronoun.gender" and overlaps(i, start, end)
                for i in run(engine, injected)
            )
            kinds = ["pronoun-all"] + ["pronoun-clear"] * clear + ["pronoun-strict"] * strict
            for kind in kinds:
                counts[kind][0] += hit
                counts[kind][1] += 1
            if not hit and strict:
                why = reason(injected, start)
                missed.append(f"pronoun {f.name}: …{injected[start - 80 : end + 20]!r}… [{why}]")
    print("Detection:")
    for kind, (hit, n) in counts.items():
        print(f"  {kind:14} {hit:4}/{n:<4} = {100 * hit / max(1, n):5.1f}%")
    if args.verbose:
        for m in missed:
            print("  missed", m)

    # Throughput: the whole engine with and without these checks, on ~60k words.
    corpus = "\n\n".join(f.read_text("utf-8") for f in own + other)
    big = "\n\n".join([corpus] * max(1, 60000 // max(1, word_count(corpus))))
    n_words = word_count(big)
    everything = REGISTRY.select()
    without = [c for c in everything if c.id not in RULES]
    timings = {}
    for label, checks in (
        ("all checks", everything),
        ("without these", without),
        ("only these", [REGISTRY.get(r) for r in RULES]),
    ):
        eng = Engine(checks=checks)
        t0 = time.perf_counter()
        eng.check_text(big)
        timings[label] = time.perf_counter() - t0
        print(f"Throughput {label:14}: {n_words / timings[label]:9.0f} words/s")
    print(f"Slowdown from these checks: x{timings['all checks'] / timings['without these']:.2f}")


if __name__ == "__main__":
    main()
