"""Precision of word.glued on real names: how many capitalised names it would split.

A rare surname or place name often ends in an English word ("Walkingshaw", "Magherafelt",
"Townsand"); word.glued must leave it whole.  This script collects capitalised tokens that
English wordfreq does not know (zipf < 1.0, the only tokens the name-glue shape looks at)
and counts how many the check splits:

  text     names in their own sentence, from clean text: bench/data/**/*.txt (not the
           planted/ folders nor bench/holdout.py's hold-outs), /work/shared/seeds/*.txt
           and the targets of
           /work/shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv (read for measurement only);
           each sentence is checked on its own, so no batch evidence hides a split;
  foreign  words from wordfreq's es/pt/it/fr/de/tr/pl lists that English does not know,
           capitalised, each put into sentence frames chosen to tempt the check (a name
           before a determiner, "was" + adjective, "to" + a noun phrase, after a given name).

  rare     the same from deeper in the lists, keeping only words that no list word.glued
           consults (es, pt, it, fr, de) knows: names no lexicon vouches for.
  people   real given names and surnames of sixty-odd locales (Faker's person lists in
           Latin script: Yoruba, Igbo, Hausa, Twi, Swahili, Zulu, Icelandic, Azerbaijani,
           Uzbek, Irish, …) that English does not know, each in frames that name a person
           (after a role, in an apposition, before a verb of saying): no lexicon word.glued
           consults was built from them, so they test its word knowledge as unseen copy does.

Printed: names looked at, names split (any issue) and names split safely (what `fix` would
apply), with the split tokens listed under --show.

Usage: python bench/eval_glued_names.py [--per-language 4000] [--seed 7] [--show]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import pkgutil
import random
import sys
from pathlib import Path

import regex
from wordfreq import iter_wordlist, zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from holdout import outside_holdouts  # noqa: E402

from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.registry import REGISTRY  # noqa: E402
from copydesk.checks.tokens import sentences  # noqa: E402

SHARED = Path("/work/shared")
LANGUAGES = ("es", "pt", "it", "fr", "de", "tr", "pl")
NAME_LISTS = ("es", "pt", "it", "fr", "de")  # the lists word.glued consults for names
KNOWN = 1.5
_NAME = regex.compile(r"\b\p{Lu}\p{Ll}{3,}\b")
# Frames: what follows the name is what glue evidence reads, so each frame offers a
# continuation that a glued tail would also take.
FRAMES = (
    "They spoke to {} on Monday.",
    "{} was present at the meeting.",
    "The envoy Anna {} will attend the talks.",
    "He met {} the next day.",
    "The hills of {} and the coast were burnt.",
    "He said to the {} agency that it was over.",
    "A statement from {} to the press followed.",
    "The spokeswoman Lucía {} was present.",
    "The region of {} will have an impact.",
    "They visited {} El Olivar and the port.",
    "Researchers including James {} Columbia University agreed.",
    "Stanbic IBTC and {} cautioned that rates would rise.",
)
# People's frames: a person's name where news puts one, before what glue evidence reads.
PERSON_FRAMES = (
    "The singer {} said the tour would go ahead.",
    "Her daughter, {}, was present at the hearing.",
    "The committee's chair, Maria {}, will attend the talks.",
    "{} said on Tuesday that the plan had failed.",
    "Police said {} was arrested at the border.",
    "The coach praised {} and the team.",
    "According to {}, the harvest was late.",
    "The farmer {} Okafor sold his maize in the market.",
    "It was {} who found the boat.",
)


def clean_texts() -> list[str]:
    """Clean news and translations: bench data (not planted), seeds, MQM targets."""
    texts = [
        p.read_text("utf-8")
        for p in outside_holdouts((ROOT / "bench" / "data").rglob("*.txt"))
        if "planted" not in p.parts
    ]
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    mqm = SHARED / "data" / "mqm-ted-zhen" / "mqm_ted_zhen.tsv"
    if mqm.exists():
        with mqm.open(encoding="utf-8") as f:
            targets = {row["target"] for row in csv.DictReader(f, delimiter="\t")}
        texts += [regex.sub(r"</?v>", "", t) for t in sorted(targets)]
    return texts


def text_sites() -> dict[str, set[str]]:
    """Unknown capitalised tokens, each with the sentences it occurs in."""
    sites: dict[str, set[str]] = {}
    for text in clean_texts():
        for span in sentences(text):
            sentence = span.text
            for m in _NAME.finditer(sentence):
                if zipf_frequency(m.group(), "en") < 1.0:
                    sites.setdefault(m.group(), set()).add(sentence)
    return sites


def _unknown(word: str) -> bool:
    return all(zipf_frequency(word, lang) < KNOWN for lang in NAME_LISTS)


def foreign_names(per_language: int, rng: random.Random, rare: bool) -> list[str]:
    """Capitalised words of other languages' lists that English does not know.

    ``rare``: from deeper in each list (ranks 60,000-200,000), and only words that none
    of the lists word.glued consults for names (es, pt, it, fr, de) knows at zipf 1.5:
    names no lexicon vouches for, the hardest case for precision.
    """
    names: set[str] = set()
    for lang in LANGUAGES:
        pool = []
        for n, word in enumerate(iter_wordlist(lang)):
            if n >= (200_000 if rare else 60_000):
                break
            if rare and n < 60_000:
                continue
            if len(word) >= 4 and word.isalpha() and zipf_frequency(word, "en") < 1.0:
                pool.append(word[:1].upper() + word[1:])
        rng.shuffle(pool)
        if rare:
            pool = [w for w in pool[: per_language * 4] if _unknown(w)]
        names.update(pool[:per_language])
    return sorted(names)


def people_names() -> list[str]:
    """Given names and surnames of Faker's person lists in Latin script, unknown to English."""
    import faker.providers.person as person_lists

    names: set[str] = set()
    for module in pkgutil.iter_modules(person_lists.__path__):
        try:
            provider = importlib.import_module(f"{person_lists.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            listed = getattr(provider, attr, ())
            if isinstance(listed, (list, tuple, dict, set, frozenset)):
                names.update(listed)
    return sorted(
        n
        for n in names
        if regex.fullmatch(r"\p{Lu}\p{Ll}{3,}", n) and zipf_frequency(n, "en") < 1.0
    )


def split_names(engine: Engine, sites: dict[str, set[str]]) -> tuple[dict[str, str], set[str]]:
    """(a split and its sentence per name split, names split safely) over each name's sentences."""
    split: dict[str, str] = {}
    safe: set[str] = set()
    for name, texts in sites.items():
        for text in sorted(texts):
            for issue in engine.check_text(text):
                if issue.matched(text) in name:
                    if name not in split or (issue.safe and name not in safe):
                        split[name] = f"{issue.replacements[0]!r}  in: {text}"
                    if issue.safe:
                        safe.add(name)
    return split, safe


def report(label: str, sites: dict[str, set[str]], engine: Engine, show: bool) -> None:
    split, safe = split_names(engine, sites)
    n = len(sites)
    print(
        f"{label:<8} {n:>6} names  split {len(split):>4} ({100 * len(split) / max(n, 1):.2f}%)"
        f"  safe {len(safe):>4} ({100 * len(safe) / max(n, 1):.2f}%)"
    )
    if show:
        for name in sorted(split):
            print(f"   {'SAFE ' if name in safe else '     '}{name}: {split[name]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-language", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    engine = Engine(checks=[REGISTRY.get("word.glued")])
    report("text", text_sites(), engine, args.show)
    for label, rare in (("foreign", False), ("rare", True)):
        names = foreign_names(args.per_language, random.Random(args.seed), rare)
        sites = {name: {frame.format(name) for frame in FRAMES} for name in names}
        report(label, sites, engine, args.show)
    people = {name: {frame.format(name) for frame in PERSON_FRAMES} for name in people_names()}
    report("people", people, engine, args.show)


if __name__ == "__main__":
    main()
