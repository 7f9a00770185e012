"""Small language tools the checks share, written once: accent folding, edit distance,
function words and abbreviations.

Several checks compare names and words: the pronoun checks link "José" to "Jose", the
consistency checks "Morozov" to "Morosov", the grammar filter "złoty" to "zloty".
They all fold and measure the same way through this module.  Word lists live in
``resources/`` and are read through :mod:`copydesk.checks.data`.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex
from lemminflect import getAllLemmas
from rapidfuzz.distance import OSA

from copydesk.checks.data import data_lines, word_set

# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "ß": "ss"}
    | {"Ł": "L", "Ø": "O", "Đ": "D", "Æ": "AE"}
)


def strip_marks(text: str) -> str:
    """Erdoğan -> Erdogan: combining marks dropped (letters such as ø are kept)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(word: str) -> str:
    """José -> Jose, Bjørn -> Bjorn, Łódź -> Lodz: agency copy drops accents and such
    letters, so names and words are compared without them.  Case is kept."""
    if word.isascii():
        return word
    return strip_marks(word.translate(_LETTERS))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (optimal string alignment)."""
    return OSA.distance(a, b)


def one_edit_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion or deletion
    (a transposition is two): cheaper than :func:`edit_distance` for this one question."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# The object forms of the personal pronouns that differ from the subject's: after a name
# or a capitalised word they stand only as a verb's object.
OBJECT_PRONOUNS = frozenset({"me", "him", "us", "them"})


@cache
def function_words() -> frozenset[str]:
    """Closed-class English words: articles, prepositions, pronouns, auxiliaries, conjunctions."""
    return frozenset(line.lower() for line in data_lines("repetition", "function_words.txt"))


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations after which a period does not end a sentence ("Mr.", "U.S.", "Jan.")."""
    return word_set("lexicon", "abbreviations.txt")


@cache
def title_abbreviations() -> frozenset[str]:
    """Titles abbreviated with a full stop before a name ("Dr.", "Prof.", "Sgt."), without
    the stop (resources/lexicon/title_abbreviations.txt)."""
    return word_set("lexicon", "title_abbreviations.txt")


@cache
def descent_particles() -> frozenset[str]:
    """Words of descent between two parts of a person's name ("Zeine ould Cheikhna",
    "Hana welet Mariam"; resources/lexicon/descent_particles.txt)."""
    return word_set("lexicon", "descent_particles.txt")


_NAME_PART_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’-]*)[ \u00a0]+\Z")
_NAME_PART_AFTER = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*)")


def inside_a_name(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is a word of descent between two parts of a person's
    name: each neighbour capitalised and neither a word English knows (a function word, a
    pronoun, a verb or any word lemminflect lists: "Why ould I", "EU ould Consider", "If
    Paris ould Only listen")."""
    if text[start:end] not in descent_particles():
        return False
    before = _NAME_PART_BEFORE.search(text, max(0, start - 40), start)
    after = _NAME_PART_AFTER.match(text, end)
    if before is None or after is None:
        return False
    return not any(_english(w) for w in (before.group(1), after.group(1)))


def _english(word: str) -> bool:
    low = word.lower()
    return low in function_words() or bool(getAllLemmas(low))


@cache
def reporting_verbs() -> frozenset[str]:
    """ "said", "told", "added"… (resources/punctuation/reporting_verbs.txt)."""
    return word_set("punctuation", "reporting_verbs.txt")


@cache
def continuing_abbreviations() -> frozenset[str]:
    """Abbreviations that may end a sentence, but not before a lower-case word: "at 10 a.m.
    on Saturday" (resources/case/abbreviations.txt; the case checks read them too)."""
    return word_set("case", "abbreviations.txt")
