"""Speed of the batch checks: 1,000 articles of ~800 words, one by one and as one batch.

    python bench/batch_bench.py [--files 1000] [--words 800] [--seed 1]

Articles are generated from news-like sentence templates filled with invented
names (several thousand people and places), so the name index meets the
variety of a real news batch.  Prints both timings, the difference, and how
many batch issues were reported on this clean text (false alarms).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.settings import Settings

SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "san",
    "tel",
    "vor",
    "ush",
    "ben",
    "dra",
    "lin",
    "or",
    "pe",
    "zak",
    "hol",
    "mi",
    "gan",
    "tur",
    "es",
    "sel",
    "vik",
    "no",
    "ra",
]
TEMPLATES = [
    "{Person} said on {Day} that the talks in {Place} had gone well.",
    "The delegation led by {Person} arrived in {Place} after a long journey.",
    "According to {Person}, the agreement would be signed next week in {Place}.",
    "Officials in {Place} confirmed that {Person} had met {Person2} behind closed doors.",
    "{Person}, a professor at the University of {Place}, told reporters the deal was fragile.",
    "The {Place} plant lies {n} km from {Place2}, local officials said.",
    "Analysts expect the price of wheat to rise by {n} percent before the harvest.",
    "Trade between the two countries grew last year, and both governments want more.",
    "The minister declined to comment on the reports, which could not be verified.",
    "Residents of {Place} said the storm had cut power to thousands of homes.",
    "The company, based in {Place}, employs about {n} people and exports most of its goods.",
    "Police said {n} people had been detained after the protest outside the parliament.",
    "The meeting between {Person} and {Person2} is expected to take place on {Day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def make_corpus(files: int, words: int, seed: int) -> list[BatchMember]:
    rng = random.Random(seed)
    people = [f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(3000)]
    places = [_word(rng, rng.choice((2, 3))) for _ in range(1500)]
    members = []
    distance: dict[tuple[str, str], int] = {}
    for f in range(files):
        cast = rng.sample(people, 6)
        where = rng.sample(places, 4)
        sentences: list[str] = []
        count = 0
        while count < words:
            place, place2 = rng.choice(where), rng.choice(where)
            s = rng.choice(TEMPLATES).format(
                Person=rng.choice(cast),
                Person2=rng.choice(cast),
                Place=place,
                Place2=place2,
                Day=rng.choice(DAYS),
                # one distance per pair of places: the batch is consistent
                n=distance.setdefault((place, place2), rng.randint(2, 2000)),
            )
            sentences.append(s)
            count += len(s.split())
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        members.append(BatchMember(f"article-{f:04d}.txt", "\n\n".join(paragraphs) + "\n"))
    return members


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--words", type=int, default=800)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    members = make_corpus(args.files, args.words, args.seed)
    total_words = sum(len(m.text.split()) for m in members)
    settings = Settings()
    settings.languagetool.enabled = False
    engine = Engine(settings)
    batch_ids = [c.id for c in engine.checks if c.scope == "batch"]

    t0 = time.perf_counter()
    single = sum(len(engine.check_text(m.text, m.path)) for m in members)
    t_single = time.perf_counter() - t0

    t0 = time.perf_counter()
    results = engine.check_batch(members)
    t_batch = time.perf_counter() - t0
    batch_issues = [
        i for r in results for i in r.issues if any(i.rule.startswith(b) for b in batch_ids)
    ]

    print(f"{len(members)} files, {total_words} words, checks: {len(engine.checks)}")
    print(f"batch checks: {', '.join(batch_ids)}")
    print(f"one by one : {t_single:7.2f} s  ({single} issues)")
    print(f"as a batch : {t_batch:7.2f} s  ({sum(len(r.issues) for r in results)} issues)")
    print(f"difference : {t_batch - t_single:+7.2f} s")
    print(f"batch issues on this clean text: {len(batch_issues)}")
    for issue in batch_issues[:10]:
        print(f"  {issue.rule}: {issue.message}")


if __name__ == "__main__":
    main()
