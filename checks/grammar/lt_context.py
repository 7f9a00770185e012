"""LanguageTool matches that a copy editor reads as house style on news copy, not errors.

Each filter is narrow: the rule stays on, and fires where its error is real.

- A compound written open or hyphenated (LanguageTool's compound list, ``EN_COMPOUNDS_*``)
  where the only suggestion puts a hyphen in the same words, and the words are no
  modifier before a noun: ``told three half truths in``, ``the ponies were well behaved``.
  Dictionaries and style guides differ on open and hyphenated noun compounds, and a
  compound adjective after its noun goes open in every guide; before a noun it takes the
  hyphen (``a well behaved pony`` keeps its issue).  A hyphenated compound the engine
  wants closed up (``bee-keeping`` -> ``beekeeping``) is the other dialect's spelling or the
  dictionary's choice.  An open compound it wants closed (``bottle neck``) stays.
- A collective noun with a plural verb in British copy (``the squad have``, ``the jury
  were``): British usage lets the verb follow the members (``resources/grammar/
  collective_nouns.txt``); en-US keeps the issue.
- A number before a unit or currency that English writes the same in the plural (``50
  groschen``): see :func:`foreign_unit`.
- A plural noun before a noun taken for a missing possessive apostrophe (``the quarries
  inspector``): a plural of a thing modifies the next noun as a noun adjunct; an owner
  that is a person, an animal or an organisation (``the ministers speech``) keeps its
  issue.
- A superlative after a verb other than a linking one, with no noun after it, taken for a
  missing "the" (``the cuts would fall hardest on pupils``): an adverb, which takes no
  article.  After a linking verb (``he is best player``) or before a noun it keeps its
  issue.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from copydesk.checks.data import data_lines
from copydesk.checks.language import function_words

_SEPARATORS = regex.compile(r"[\s\-‐‑]+")
_NEXT_WORD = regex.compile(r"[^\S\n]*(\p{L}[\p{L}'’\-]*)")
_WORD = regex.compile(r"\p{L}+")
_COMMON_ZIPF = 3.0  # about once in a million words: a word of its own, not a letter
_RARER_PLURAL = 1.0  # zipf: ten times rarer


def _letters(text: str) -> str:
    return _SEPARATORS.sub("", text).casefold()


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def _modifies_next(text: str, end: int) -> bool:
    """True when a content word follows straight after ``end`` (no punctuation between):
    the words before it may be a compound modifier (``well behaved pony``)."""
    word = _next_word(text, end)
    return bool(word) and word.lower() not in function_words()


def compound_style(rule: str, text: str, start: int, end: int, suggestions: Sequence[str]) -> bool:
    """An open or hyphenated compound whose suggestions only move a hyphen (see above)."""
    if not rule.startswith("EN_COMPOUNDS_") or not suggestions:
        return False
    matched = text[start:end]
    key = _letters(matched)
    if any(_letters(s) != key for s in suggestions):
        return False  # another word, not the same compound written otherwise
    if "-" in matched and " " not in matched:
        return all("-" not in s and " " not in s for s in suggestions)  # closed up
    if " " not in matched or any("-" not in s for s in suggestions):
        return False  # "bottle neck" -> "bottleneck": an open word closed up stays
    words = matched.split()
    if not all(_english_word(w) for w in words):
        return False  # "e mail": a part that is no word alone
    return _plural_noun(words[-1]) or not _modifies_next(text, end)


def _english_word(word: str) -> bool:
    """A word English writes alone: two letters at least, in common use."""
    from copydesk.checks.lexicon import zipf

    return len(word) > 1 and word.isalpha() and zipf(word.lower()) >= _COMMON_ZIPF


def _plural_noun(word: str) -> bool:
    """A noun's plural ends the compound: a noun itself ("three half truths"), no
    modifier of the next word."""
    from copydesk.checks.rules.grammar._wordclass import plural_noun

    return word.lower() != word.lower().rstrip("s") and plural_noun(word)


# --- a collective noun with a plural verb --------------------------------------------

_AGREEMENT_RULES = frozenset({"SUBJECT_VERB_AGREEMENT", "SUBJECT_VERB_AGREEMENT_PLURAL"})
_PLURAL_BE = frozenset({"are", "were"})
_WORD_BEFORE = regex.compile(r"(\p{L}+)[^\S\n]+$")


@cache
def collective_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("grammar", "collective_nouns.txt"))


def collective_plural(rule: str, text: str, start: int, end: int, language: str) -> bool:
    """A collective noun right before a plural verb, in British copy (see above)."""
    if rule not in _AGREEMENT_RULES or language != "en-GB":
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() not in collective_nouns():
        return False
    verb = text[start:end].lower()
    return verb in _PLURAL_BE or _plain_present(verb)


def _plain_present(word: str) -> bool:
    """A present-tense verb without the third person's -s ("agree", "hope")."""
    from copydesk.checks.rules.grammar._wordclass import base_verb

    return word.isalpha() and not word.endswith("s") and base_verb(word)


# --- a number before a foreign unit ---------------------------------------------------


def foreign_unit(rule: str, text: str, start: int, end: int, suggestions: Sequence[str]) -> bool:
    """A numeral + singular noun match on a unit or currency after an amount whose plural
    English writes as its singular: the plural offered is ten times rarer than the word
    (``50 groschen``; not ``12 cow``, ``50 dollar``), or
    the text shows it is a unit (a conversion after it, or it stands after another
    amount: ``harper_context.unit_after_amount``, less its other-language test, which
    every common English word passes)."""
    if rule != "CD_NN":
        return False
    from copydesk.checks.grammar import harper_context
    from copydesk.checks.lexicon import zipf

    word = text[start:end]
    if not harper_context.amount_before(text, start):
        return False
    if not suggestions or zipf(suggestions[0]) <= zipf(word) - _RARER_PLURAL:
        return True
    return harper_context.unit_after_amount(text, start, word, other_languages=False)


# An indefinite article before an amount, perhaps a currency sign and a word of scale, and
# at most one more word before the match: "a £38 million flood barrier".
_ONE_OF_AN_AMOUNT = regex.compile(
    r"(?<![\p{L}\p{N}])[Aa]n?[^\S\n]+\p{Sc}?\p{N}[\p{N}.,]*"
    r"(?:[^\S\n]+(?:hundred|thousand|million|billion|trillion))?"
    r"(?:[^\S\n]+\p{Ll}+)?[^\S\n]+\Z"
)


def one_of_an_amount(rule: str, text: str, start: int) -> bool:
    """A numeral + singular noun match after "a" or "an" and the amount: the amount qualifies
    one thing ("a £38 million flood barrier", "a 40 kilometre road"), so the singular is
    right."""
    if rule != "CD_NN":
        return False
    return _ONE_OF_AN_AMOUNT.search(text, max(0, start - 60), start) is not None


# --- a plural noun adjunct ------------------------------------------------------------

_OWNER_LISTS = (
    ("pronoun", "person_nouns.txt"),
    ("pronoun", "person_words.txt"),
    ("pronoun", "kin_nouns.txt"),
    ("pronoun", "organisation_nouns.txt"),
    ("pronoun", "animal_nouns.txt"),
    ("pronoun", "plural_group_nouns.txt"),
)


@cache
def owner_nouns() -> frozenset[str]:
    """Nouns for someone who may own something: people, animals, organisations (the
    lists' words; person_nouns.txt's gender and weight columns are no words)."""
    return frozenset(
        word.lower()
        for folder, name in _OWNER_LISTS
        for line in data_lines(folder, name)
        for word in line.split()
        if len(word) > 1 and word.isalpha()
    )


def noun_adjunct(rule: str, text: str, start: int, end: int) -> bool:
    """A plural of a thing before a noun, taken for a missing apostrophe (see above)."""
    if rule != "POSSESSIVE_APOSTROPHE":
        return False
    from copydesk.checks.rules.grammar._wordclass import lemmas, plural_noun

    words = _WORD.findall(text[start:end])
    if len(words) != 1 or not plural_noun(words[0]):
        return False
    low = words[0].lower()
    owners = owner_nouns()
    return low not in owners and not any(base in owners for base in lemmas(low))


# Verbs after which a superlative describes the subject, as an adjective does ("is best")
_LINKING = frozenset({"be", "become", "seem", "remain", "appear", "look", "feel", "get", "stay"})
_LAST_TWO = regex.compile(r"(\p{L}+)[^\S\n]+(\p{L}+)[^\p{L}]*\Z")


def superlative_adverb(rule: str, text: str, start: int, end: int) -> bool:
    """A superlative LanguageTool wants "the" before, used as an adverb (see above): the
    word before it a verb that is no linking verb, and no content word after it."""
    if rule != "THE_SUPERLATIVE":
        return False
    m = _LAST_TWO.search(text, max(0, start - 40), end)
    if m is None or m.end(2) < start or _modifies_next(text, m.end(2)):
        return False
    import lemminflect  # loaded by the word-class checks already; its tables load once

    lemmas = lemminflect.getAllLemmas(m.group(1).lower())
    verbs = set(lemmas.get("VERB", ())) | set(lemmas.get("AUX", ()))
    return bool(verbs) and not verbs & _LINKING


def house_style(
    rule: str, text: str, start: int, end: int, suggestions: Sequence[str], language: str
) -> bool:
    """True when the LanguageTool match ``rule`` on ``text[start:end]`` is house style."""
    return (
        compound_style(rule, text, start, end, suggestions)
        or collective_plural(rule, text, start, end, language)
        or foreign_unit(rule, text, start, end, suggestions)
        or one_of_an_amount(rule, text, start)
        or noun_adjunct(rule, text, start, end)
        or superlative_adverb(rule, text, start, end)
    )
