"""Generate a synthetic news corpus of a given size, with artifacts planted at a known rate.

The sentences are built from templates and small vocabularies (seeded, so runs
are repeatable).  It is for measuring speed, not accuracy: the text is
plausible enough that every check has real work to do.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

FIRST = ["Anna", "Marco", "Yusuf", "Mei", "Olga", "Daniel", "Fatima", "Pierre", "Ines", "Tomas"]
LAST = ["Ferreira", "Lindqvist", "Haddad", "Novak", "Okafor", "Tanaka", "Moreau", "Kovacs"]
PLACES = ["Lisbon", "Gdansk", "Mombasa", "Valparaiso", "Tromso", "Izmir", "Halifax", "Cebu"]
ROLES = ["the port director", "the finance minister", "a senior official", "the mayor"]
ORGS = ["the harbour authority", "the central bank", "the regional council", "the UN agency"]
VERBS = ["said", "announced", "confirmed", "denied", "warned", "suggested"]
TOPICS = [
    "the new ferry route would open in June",
    "the budget for the project had doubled since last year",
    "talks with the unions would resume on Monday",
    "the bridge would be closed for repairs until the spring",
    "exports of grain had fallen by 12 percent in the first quarter",
    "the agreement still needed the approval of parliament",
]
ARTIFACTS = [
    lambda s: s.replace(".", "..", 1),
    lambda s: s[0].lower() + s[1:],
    lambda s: s.replace(" ", "  ", 1),
    lambda s: s.replace("said", "said that The", 1),
    lambda s: s.replace("the ", "the the ", 1),
    lambda s: "XY" + s[0].lower() + s[1:],
]


def sentence(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = rng.randrange(3)
    if kind == 0:
        return f"{name}, {rng.choice(ROLES)}, {rng.choice(VERBS)} that {rng.choice(TOPICS)}."
    if kind == 1:
        return (
            f"In {rng.choice(PLACES)}, {rng.choice(ORGS)} {rng.choice(VERBS)} on "
            f"{rng.choice(['Monday', 'Friday', 'Sunday'])} that {rng.choice(TOPICS)}."
        )
    return f"“We will not wait any longer,” {name} told reporters in {rng.choice(PLACES)}."


def article(rng: random.Random, words: int, artifact_rate: float = 0.05) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sents = []
        for _ in range(rng.randint(2, 4)):
            s = sentence(rng)
            if rng.random() < artifact_rate:
                s = rng.choice(ARTIFACTS)(s)
            sents.append(s)
            count += len(s.split())
        paragraphs.append(" ".join(sents))
    return "\n\n".join(paragraphs) + "\n"


def corpus(total_words: int, words_per_file: int = 800, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    files = max(1, total_words // words_per_file)
    return [article(rng, words_per_file) for _ in range(files)]


def written_corpus(
    total_words: int, words_per_file: int = 800, prefix: str = "copydesk-corpus-"
) -> list[Path]:
    """The corpus written as article-NNNN.txt files into a new temporary folder, in order."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    paths = []
    for n, text in enumerate(corpus(total_words, words_per_file)):
        path = folder / f"article-{n:04d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=800)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(corpus(args.words, args.per_file)):
        (args.output / f"article-{n:05d}.txt").write_text(text, "utf-8")
    print(f"wrote {args.words} words to {args.output}")


if __name__ == "__main__":
    main()
