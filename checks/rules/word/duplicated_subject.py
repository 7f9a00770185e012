"""word.duplicated-subject: a named subject followed by a capitalised subject pronoun.

Why: machine translation from pro-drop or topic-first languages renders the
subject twice, the second time as a pronoun it wrongly capitalises:
``The Chilean port director Ana Maria Rojas She arrived in Lisbon``.

A run of capitalised name tokens, then a single space, ``He``/``She``/``It``/
``They``, a single space and a lower-case word that can be a verb.  It does not
fire when punctuation separates them (``said Varga. He arrived``, ``Varga, He``),
when the pronoun starts the sentence, when the name is an object (``a letter to
Varga He said`` is a lost period: a preposition a few words before the name, or a
verb such as ``told``, ``met``, ``starring`` right before it; a conjunction or
comma in between opens a new clause), when the pronoun is followed by a
capitalised word (``Vice Premier He Lifeng``) or a non-verb (``H He and Li``),
or when the same name + pronoun pair recurs in the batch (then "He" is part of
a name).  Prepositions, object verbs and clause openers are small grammatical
lists in ``resources/word/``.

Fix: delete the pronoun: ``Ana Maria Rojas arrived``.  Safe when the name has at
least two words (a one-word name could itself end in "He", as in Liu He).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.language import fold, function_words
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.pronoun._people import first_names, person_nouns, resource_words
from copydesk.checks.rules.word._shared import (
    CAPITALISED_INSIDE,
    batch_capitalised_inside,
    distinct_index,
    starts_between,
    starts_sentence,
    word_list,
)
from copydesk.checks.tokens import Span, words

PRONOUNS = frozenset({"He", "She", "It", "They"})
MAX_NAME = 5
LOOKBACK = 4  # words looked at before the name ("The Chilean port director")
COMMON_OPENER = 4.5  # a sentence-initial capital this common ("Yesterday") is no name by itself

_CAPITAL = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*")
_BREAKS = ',;:()—–"“”'
_WINDOW = 200
# A capitalised word, one space, a capitalised subject pronoun, one space, a lower-case word.
_CANDIDATE = regex.compile(
    r"(?<=\p{Lu}[\p{L}\p{M}'’\-]*) (?P<pro>He|She|It|They) (?=\p{Ll}[\p{L}\p{M}'’\-]*)"
)
_PAIR = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’\-]*) (He|She|It|They)\b")


def _pairs(text: str) -> Counter[str]:
    """How often each 'Name He' pair occurs in one text, whatever follows it."""
    return Counter(m.group() for m in _PAIR.finditer(text))


# How often each 'Name He' pair occurs in the batch's distinct documents.
NAME_PRONOUN_PAIRS = distinct_index("word.name-pronoun-pairs", _pairs)


def _is_name(token: Span, at_start: bool, inside: Counter[str]) -> bool:
    if not _CAPITAL.fullmatch(token.text) or token.text in PRONOUNS:
        return False
    if not at_start:
        return True
    # A sentence-initial capital is a name only if used capitalised mid-sentence too,
    # if it is not an everyday word ("Yesterday He arrived" is a case error), or if it
    # is a given name before the rest of a name ("Thomas Weber He represents").
    return (
        inside.get(token.text, 0) > 0 or zipf(token.text) < COMMON_OPENER or _given_name(token.text)
    )


@cache
def _given_name(word: str) -> bool:
    """A given name that is no function word or month ("Thomas", not "May")."""
    low = word.lower()
    if low in function_words() or low in resource_words("calendar_words"):
        return False
    return fold(low) in first_names()


def _object_position(text: str, tokens: list[Span], first: int, starts: frozenset[int]) -> bool:
    """True when the name starting at ``tokens[first]`` is governed by a preposition or verb.

    Looks back a few words within the clause: a preposition anywhere there ("to
    the BBC"), or a verb right before the name ("said Varga", "starring Nicole").
    Punctuation, a sentence start or a conjunction ends the look-back: the name
    is then the subject of its clause.
    """
    prepositions = word_list("prepositions.txt")
    verbs = word_list("object_verbs.txt")
    openers = word_list("clause_openers.txt")
    k = first
    for step in range(LOOKBACK):
        if tokens[k].start in starts or k == 0:
            return False
        if any(c in text[tokens[k - 1].end : tokens[k].start] for c in _BREAKS):
            return False
        k -= 1
        word = tokens[k].text
        if word.lower() in openers:
            return False
        if word.lower() in prepositions:
            return True
        if step == 0 and word.islower() and (word in verbs or word.endswith(("ed", "ing"))):
            return True
    return False


# A sentence's noun-phrase subject, a determiner and lower-case words ending in a noun for
# a person, then one space, a capitalised subject pronoun, one space, a lower-case word.
_NOUN_SUBJECT = regex.compile(
    r"(?P<det>The|This|That|These|Those|Our|Their)(?P<mods>(?: [\p{Ll}\-]+){0,3})"
    r" (?P<head>\p{Ll}[\p{Ll}\-]+) (?P<pro>He|She|They) (?P<next>\p{Ll}[\p{L}'’\-]*)"
)
_SINGULAR_DETERMINERS = frozenset({"The", "This", "That", "Our", "Their"})
_PLURAL_DETERMINERS = frozenset({"The", "These", "Those", "Our", "Their"})
_SENTENCE_END = regex.compile(r"[.!?][\"”’)]*\s*\Z")


def _singular(word: str) -> str | None:
    """The person noun a plural ("ministers", "deputies", "spokesmen") is the plural of."""
    nouns = person_nouns()
    for cut, add in (("men", "man"), ("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and word[: -len(cut)] + add in nouns:
            return word[: -len(cut)] + add
    return None


def _agrees(det: str, head: str, pro: str) -> bool:
    """The pronoun can stand for the noun: a singular person noun of a compatible gender
    for He/She ("the minister He"), a plural of people for They ("the ministers They")."""
    if pro == "They":
        return det in _PLURAL_DETERMINERS and (
            _singular(head) is not None or head in resource_words("plural_group_nouns")
        )
    noun = person_nouns().get(head)
    if noun is None or det not in _SINGULAR_DETERMINERS:
        return False
    wrong = "f" if pro == "He" else "m"
    return not (noun.gender == wrong and noun.weight >= 3)


def _noun_subject_repeats(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """``The ministers They agreed``: a determiner + common-noun subject at a sentence start
    repeated by a capitalised pronoun that agrees with it.  Offered, never applied: the
    pronoun may be a capitalisation slip of another clause ("the minister He appointed")."""
    not_verbs = word_list("not_verbs.txt")
    for m in _NOUN_SUBJECT.finditer(text):
        if m["next"] in not_verbs or not _agrees(m["det"], m["head"], m["pro"]):
            continue
        if not starts_sentence(text, m.start("det")):
            continue
        line_end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1 : line_end if line_end >= 0 else None]
        if not _SENTENCE_END.search(line):
            continue  # a headline or a label, not a sentence
        subject = text[m.start("det") : m.end("head")]
        yield ctx.issue(
            m.start("pro") - 1,
            len(m["pro"]) + 1,
            f"'{m['pro']}' repeats the subject '{subject}'",
            [""],
            confidence=0.7,
            safe=False,
        )


@check(
    "word.duplicated-subject",
    Category.WORD,
    "A named subject repeated by a capitalised pronoun ('Ana Maria Rojas She arrived')",
    scope="batch",  # names and 'Name He' pairs are counted over the whole batch
    batch_indexes=(CAPITALISED_INSIDE, NAME_PRONOUN_PAIRS),
    examples=(
        ("The Chilean port director Ana Maria Rojas« She» arrived in Lisbon this Tuesday.", ""),
        ("Ministry spokesman Pavel Orlov« He» said the vote would take place in March.", ""),
        ("Meanwhile, Samsung« It» announced a new factory.", ""),
        ("Angela Merkel« She» visited the plant on Monday.", ""),
        ("Rates rose, and the Constitutional Court« It» is still deliberating.", ""),
    ),
    near_misses=(
        "In a letter to Varga He said the strike was over.",
        "The strike ended, said Varga. He arrived later.",
        "Varga, He said, was tired.",
        "He arrived in Lisbon on Friday.",
        "Chinese Vice Premier He Lifeng arrived in Washington.",
        "Yesterday He arrived in Madrid.",
        "The spectrum shows lines of H He and Li.",
        "Rojas met Varga He later flew home.",
        "The film starring Nicole Kidman It won two prizes.",
        "Analysts at Goldman Sachs They said rates would fall.",
        "In Washington He said the strike had failed.",
    ),
)
def duplicated_subject(text: str, ctx: CheckContext) -> Iterator[Issue]:
    not_verbs = word_list("not_verbs.txt")
    inside: Counter[str] | None = None
    for cand in _CANDIDATE.finditer(text):
        # Look only at the few words around the candidate: the name and its clause.
        lo = max(text.rfind("\n", 0, cand.start()) + 1, cand.start() - _WINDOW)
        tokens = list(words(text, lo, min(len(text), cand.end() + 40)))
        n = next(i for i, t in enumerate(tokens) if t.start == cand.start("pro"))
        pro, nxt = tokens[n], tokens[n + 1]
        if nxt.text in not_verbs or n == 0 or starts_sentence(text, pro.start):
            continue
        starts = starts_between(text, tokens[0].start, pro.start)
        if inside is None:
            inside = batch_capitalised_inside(ctx)
        # Walk back over the name: capitalised tokens joined by single spaces.
        first = n
        while (
            first > 0
            and n - first < MAX_NAME
            and text[tokens[first - 1].end : tokens[first].start] == " "
            and _is_name(tokens[first - 1], tokens[first - 1].start in starts, inside)
        ):
            first -= 1
            if tokens[first].start in starts:
                break
        if first == n:
            continue
        name_start = tokens[first].start
        name = text[name_start : tokens[n - 1].end]
        if ctx.index(NAME_PRONOUN_PAIRS).get(f"{tokens[n - 1].text} {pro.text}", 0) > 1:
            continue
        if _object_position(text, tokens, first, starts):
            continue
        # A one-word name may itself end in "He" (Liu He): offer, do not apply.
        safe = n - first >= 2
        yield ctx.issue(
            pro.start - 1,
            len(pro.text) + 1,
            f"'{pro.text}' repeats the subject '{name}'",
            [""],
            confidence=0.9 if safe else 0.7,
            safe=safe,
        )
    yield from _noun_subject_repeats(text, ctx)
