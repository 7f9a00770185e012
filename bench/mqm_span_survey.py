"""What the Major grammar/spelling/punctuation spans of the MQM TED data are, and what
general patterns of machine-translation grammar find there.

Two parts, both on the development data that ``bench/eval_mqm.py`` reads:

1. The gold spans (Major Fluency/Grammar, Spelling, Punctuation) sorted into rough
   kinds by what the span covers: one preposition, one article, one verb form (tense,
   agreement or word choice), a span of four or more words (clause structure, word
   order), and so on.  Word classes come from lemminflect's lexicon, so the kinds are
   approximate (a word that can be a verb counts as a verb).
2. Candidate patterns, each general (none names a word of the data), measured as
   ``eval_mqm.py`` measures checks: gold spans overlapped, false alarms (issues on
   No-error segments, per 1,000 of their words), issues elsewhere, and issues on the
   clean news of ``bench/data`` (professional copy: any issue there is a false alarm).
   ``grammar.subjectless-verb`` is the one shipped; the others are the patterns tried
   and not shipped, kept here so that the evidence can be re-run.

Usage: python bench/mqm_span_survey.py [--data TSV] [--examples N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import lemminflect

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_mqm import GOLD, Segment, find_data, load  # noqa: E402

from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.registry import REGISTRY  # noqa: E402
from copydesk.checks.tokens import sentences, words  # noqa: E402

Hit = tuple[int, int]
CLEAN = sorted((ROOT / "bench" / "data").glob("*.txt")) + sorted(
    (ROOT / "bench" / "data" / "unseen" / "clean").glob("*.txt")
)
PREPOSITIONS = frozenset(
    [
        "about",
        "across",
        "against",
        "along",
        "around",
        "at",
        "behind",
        "between",
        "by",
        "down",
        "for",
        "from",
        "in",
        "into",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "over",
        "through",
        "to",
        "under",
        "up",
        "with",
    ]
)
PRONOUNS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them"]
)


@cache
def _pos(word: str) -> frozenset[str]:
    return frozenset(lemminflect.getAllLemmas(word.lower()))


@cache
def _inflections(lemma: str, upos: str) -> dict[str, tuple[str, ...]]:
    return dict(lemminflect.getAllInflections(lemma, upos))


@cache
def count_singular(word: str) -> bool:
    """Only a noun, singular, with a plural of another form ("problem", not "pollen")."""
    if _pos(word) != {"NOUN"}:
        return False
    forms = _inflections(word, "NOUN")
    return word in forms.get("NN", ()) and bool(forms.get("NNS")) and word not in forms["NNS"]


@cache
def plural_only(word: str) -> bool:
    if _pos(word) != {"NOUN"}:
        return False
    lemmas = lemminflect.getAllLemmas(word)["NOUN"]
    return word not in lemmas and all(
        word in _inflections(lem, "NOUN").get("NNS", ()) for lem in lemmas
    )


@cache
def verb_form_only(word: str, tags: tuple[str, ...], not_tags: tuple[str, ...] = ()) -> bool:
    """Only a verb, in one of ``tags`` and none of ``not_tags`` for every lemma."""
    if _pos(word) != {"VERB"}:
        return False
    for lem in lemminflect.getAllLemmas(word)["VERB"]:
        forms = _inflections(lem, "VERB")
        if not any(word in forms.get(t, ()) for t in tags):
            return False
        if any(word in forms.get(t, ()) for t in not_tags):
            return False
    return True


def kind(text: str, category: str) -> str:
    """A rough kind for one gold span."""
    if category != "Fluency/Grammar":
        return category
    span = text.strip().lower()
    n = len(span.split())
    if n >= 4:
        return "4+ words: clause structure, word order, a rewrite"
    if n > 1:
        return "2-3 words: a verb group, a phrase"
    if span in PREPOSITIONS:
        return "one preposition"
    if span in {"a", "an", "the"}:
        return "one article"
    if span in {"this", "that", "these", "those", "all", "some", "any", "each", "every"}:
        return "one determiner"
    if span in PRONOUNS or span.endswith(("'s", "'re")):
        return "one pronoun"
    pos = _pos(span.strip(".,;:!?"))
    if "VERB" in pos or "AUX" in pos:
        return "one verb (or a word that can be one): tense, form, choice"
    if "NOUN" in pos or text[:1].isupper():
        return "one noun: number, choice, a name"
    return "one other word (adjective, adverb, conjunction)"


def survey(segments: list[Segment]) -> None:
    kinds: Counter[str] = Counter()
    for seg in segments:
        for g in seg.gold:
            kinds[kind(seg.text[g.start : g.end], g.category)] += 1
    total = sum(kinds.values())
    print(f"== the {total} Major {'/'.join(c.split('/')[1] for c in GOLD)} spans, by kind ==")
    for name, n in kinds.most_common():
        print(f"  {n:4d} {n / total:6.1%}  {name}")


# --- candidate patterns: each yields (start, end) spans in a text -----------------

PLURAL_DETERMINERS = frozenset(
    [
        "these",
        "those",
        "many",
        "several",
        "few",
        "both",
        "various",
        "numerous",
        "multiple",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twenty",
        "hundreds",
        "thousands",
        "millions",
    ]
)
SINGULAR_DETERMINERS = frozenset(["a", "an", "each", "every", "another", "this"])
MODALS = frozenset(["will", "would", "can", "could", "should", "may", "might", "must", "cannot"])
ASTRONOMY = re.compile(
    r"\b(planets?|sun|moon|orbit\w*|solar|galax(?:y|ies)|universe|black holes?|stars?)\b", re.I
)
PERFECT = re.compile(r"\b(?:have|has|'ve) (?:(?:never|already|just|ever|also|not)\s)*(\w+)\b")
FINISHED_PAST = re.compile(r"\b(ago|yesterday|last (?:year|week|month|night)|in (?:19|20)\d\d)\b")
SPLICE = re.compile(
    r"^(?:I|We|It|This|They|He|She|There|You)\b(?:(?!\b(?:if|when|because|although|as|while|"
    r"since|that|which|who|so|after|before|until|unless|where|whether|but|and|or|what|how|why|"
    r"like)\b)[^,;:—–()\"“-])*?(,) (?:it|this|they|we|he|she|there|that|I|you)(?:'s|'re| is| was"
    r"| are| were| has| have| will| can)\b",
    re.I,
)


def _word_pairs(text: str) -> Iterator[tuple[str, str, int, int, str]]:
    """(word, next word, next start, next end, the word after) for words one space apart."""
    ws = list(words(text))
    for i in range(len(ws) - 1):
        if text[ws[i].end : ws[i + 1].start] != " ":
            continue
        after = ws[i + 2].text if i + 2 < len(ws) and ws[i + 2].start == ws[i + 1].end + 1 else ""
        yield ws[i].text, ws[i + 1].text, ws[i + 1].start, ws[i + 1].end, after


def _noun_follows(word: str) -> bool:
    return bool(word) and word.islower() and bool(_pos(word) & {"NOUN", "PROPN"})


def determiner_number(text: str) -> Iterator[Hit]:
    """ "these problem is", "a problems": a determiner's number against its noun's."""
    for word, nxt, a, b, after in _word_pairs(text):
        low = word.lower()
        if not nxt.islower() or _noun_follows(after):
            continue  # "these data sets": the noun is a modifier
        if (low in PLURAL_DETERMINERS and count_singular(nxt)) or (
            low in SINGULAR_DETERMINERS and plural_only(nxt)
        ):
            yield a, b


def one_of_singular(text: str) -> Iterator[Hit]:
    """ "one of the best player in the league"."""
    pattern = r"\bone of (?:the|its|their|our|his|her|my|your) (?:\w+ )?(\w+)\b(?! \w+)"
    for m in re.finditer(pattern, text):
        if count_singular(m.group(1)):
            yield m.start(1), m.end(1)


def double_comparative(text: str) -> Iterator[Hit]:
    for m in re.finditer(r"\b(?:more|most) (\w+(?:er|est))\b", text):
        lemmas = lemminflect.getAllLemmas(m.group(1))
        if set(lemmas) == {"ADJ"} and m.group(1) not in lemmas["ADJ"]:
            yield m.start(), m.end()


def verb_form_after(text: str) -> Iterator[Hit]:
    """ "will merged", "can merges", "to merges": a modal or "to" before a non-base form."""
    for word, nxt, a, b, _ in _word_pairs(text):
        low = word.lower()
        if not nxt.islower():
            continue
        if (low in MODALS and verb_form_only(nxt, ("VBD", "VBN", "VBZ"), ("VB", "VBP"))) or (
            low == "to" and verb_form_only(nxt, ("VBZ",))
        ):
            yield a, b


def plural_subject_singular_verb(text: str) -> Iterator[Hit]:
    """ "interviews allows": a plural-only noun, then a third-person-only verb."""
    ws = list(words(text))
    for i in range(1, len(ws) - 1):
        noun, verb = ws[i].text, ws[i + 1].text
        if ws[i - 1].text.lower() == "of" or text[ws[i].end : ws[i + 1].start] != " ":
            continue  # "the number of prisoners varies" is right
        if noun.islower() and plural_only(noun) and verb_form_only(verb, ("VBZ",)):
            yield ws[i + 1].start, ws[i + 1].end


def perfect_with_finished_past(text: str) -> Iterator[Hit]:
    """ "has visited it ten years ago": a present perfect with a finished past time."""
    for sent in sentences(text):
        for m in PERFECT.finditer(sent.text):
            clause = re.split(
                r"[,;:—–]| and | but | when | since | which | that ", sent.text[m.end() :]
            )
            if FINISHED_PAST.search(clause[0]):
                yield sent.start + m.start(), sent.start + m.end()


def comma_splice(text: str) -> Iterator[Hit]:
    """ "This is not limited to black holes, it can also …": two main clauses, one comma."""
    for sent in sentences(text):
        m = SPLICE.match(sent.text)
        if m:
            yield sent.start + m.start(1), sent.start + m.end(1)


def paired_conjunction(text: str) -> Iterator[Hit]:
    """ "Although …, but …", "Because …, so …": Chinese paired conjunctions kept."""
    for sent in sentences(text):
        m = re.search(r"^(?:Although|Though|Even though)\b[^.;]*?, (but|yet)\b", sent.text)
        m = m or re.search(r"^(?:Because|Since)\b[^.;]*?, (so|therefore)\b", sent.text)
        if m:
            yield sent.start + m.start(1), sent.start + m.end(1)


def there_has(text: str) -> Iterator[Hit]:
    """ "There has a problem" (Chinese 有): existential "there" with "have"."""
    for m in re.finditer(r"\b[Tt]here (?:has|have|had) (?=(?:a|an|many|some|several|no)\b)", text):
        yield m.start(), m.end() - 1


def lowercase_earth(text: str) -> Iterator[Hit]:
    """ "the earth" in a sentence about planets, suns or orbits (the planet's name: Earth)."""
    for sent in sentences(text):
        if ASTRONOMY.search(sent.text):
            for m in re.finditer(r"\bthe (earth)\b", sent.text):
                yield sent.start + m.start(1), sent.start + m.end(1)


def opening_past_tense(text: str) -> Iterator[Hit]:
    """A sentence opening with a past-tense-only verb ("Went to …"): a dropped subject."""
    for sent in sentences(text):
        m = re.match(r"([A-Z][a-z]+) [a-z]", sent.text)
        if m and verb_form_only(m.group(1).lower(), ("VBD",), ("VBN",)):
            yield sent.start + m.start(1), sent.start + m.end(1)


_SHIPPED = Engine(checks=[REGISTRY.get("grammar.subjectless-verb")])


def subjectless_verb(text: str) -> Iterator[Hit]:
    """The shipped check, through the engine."""
    for issue in _SHIPPED.check_text(text):
        yield issue.offset, issue.end


PATTERNS: dict[str, Callable[[str], Iterator[Hit]]] = {
    "grammar.subjectless-verb (shipped)": subjectless_verb,
    "determiner-number": determiner_number,
    "one-of-the-singular": one_of_singular,
    "double-comparative": double_comparative,
    "modal/to + wrong verb form": verb_form_after,
    "plural subject + singular verb": plural_subject_singular_verb,
    "perfect + finished past time": perfect_with_finished_past,
    "comma splice": comma_splice,
    "although...but / because...so": paired_conjunction,
    "there has/have + noun phrase": there_has,
    "lower-case earth (astronomy)": lowercase_earth,
    "opening past-tense verb": opening_past_tense,
}


def measure(segments: list[Segment], examples: int) -> None:
    no_error_words = sum(s.words for s in segments if s.no_error)
    clean = [p.read_text("utf-8") for p in CLEAN]
    clean_words = sum(len(t.split()) for t in clean)
    print(
        f"\n== candidate patterns: No-error words {no_error_words:,}; "
        f"clean news {clean_words:,} words in {len(clean)} files =="
    )
    print(f"  {'pattern':<36} {'spans':>5} {'FA':>4} {'FA/1k':>6} {'elsewhere':>9} {'clean':>5}")
    for name, find in PATTERNS.items():
        hits = fas = other = 0
        shown: dict[str, list[str]] = defaultdict(list)
        for seg in segments:
            for a, b in find(seg.text):
                found = any(a < g.end and g.start < b for g in seg.gold)
                tag = "hit" if found else "FA" if seg.no_error else "else"
                hits, fas, other = hits + found, fas + (tag == "FA"), other + (tag == "else")
                if len(shown[tag]) < examples:
                    shown[tag].append(f"{seg.text[:a]}[[{seg.text[a:b]}]]{seg.text[b:]}")
        on_clean = sum(1 for t in clean for _ in find(t))
        rate = 1000 * fas / max(1, no_error_words)
        print(f"  {name:<36} {hits:>5} {fas:>4} {rate:>6.2f} {other:>9} {on_clean:>5}")
        for tag, texts in shown.items():
            for text in texts:
                print(f"      {tag}: {text}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, help="mqm_ted_zhen.tsv (default: found upwards)")
    ap.add_argument("--examples", type=int, default=0, help="show N examples per outcome")
    args = ap.parse_args(argv)
    data = args.data or find_data()
    if data is None or not data.is_file():
        print("mqm_span_survey: data not found; pass --data", file=sys.stderr)
        return 2
    segments = load(data)
    survey(segments)
    measure(segments, args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
