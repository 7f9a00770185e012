"""A place's head capitalised after a name that the same text lowers after other names.

Used by case.capitalised-noun (through _stray.strays): ``a cemetery near Velko Station``
in a story that writes "Tamsel station" and "Dorvik station", or ``from the Birsk
District of Zarva`` in one that writes "the Zarva region".  The writer's own style puts
the head in lower case after a place's name, so the one capital is a stray.  A division's
head (resources/case/division_heads.txt, not a coast's or a shore's) takes any division's
lower case for evidence, since a writer who lowers "region" lowers "district" too; the
other heads (resources/case/lowered_heads.txt) only their own word's.

Evidence the head is a name's part for this writer leaves it alone: the text capitalises
the head after names as often as it lowers it ("Velko Station" and "Tarn Station" beside
"Dorvik station"), or writes the pair itself twice with the capital; a capital after the
head goes on with a longer name ("the Birsk District Council"), and so does "of" with a
capital after any head but a division's ("the Birsk District of Zarva" says where it
lies).  The name before the head must be no English word, no given name and no adjective
of nationality (the nationality rule reads those): "the Amhara Regional State" and "Grand
Central Station" are names whatever the text does with "region" or "station".
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache

import regex

from copydesk.checks.data import word_set
from copydesk.checks.language import function_words
from copydesk.checks.lexicon import zipf
from copydesk.checks.rules.case._common import demonym_words
from copydesk.checks.rules.grammar._wordclass import word_classes

_SHORELINES = frozenset({"Coast", "Coastline", "Shore", "Shores"})
# A capital after the head, perhaps after a possessive: a longer name ("the Birsk
# District Council", "the Velko Station's Café").
_CAP_NEXT = regex.compile(r"(?:['’]s)?[^\S\n]+\p{Lu}")
_OF_CAPITAL = regex.compile(r"[^\S\n]+(?:of|for|de)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}")
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’\-.])(\p{Lu}\p{Ll}+)[^\S\n]+\Z")


@cache
def division_heads() -> frozenset[str]:
    """Heads of administrative divisions, shorelines left out ("District", "Region")."""
    return word_set("case", "division_heads.txt") - _SHORELINES


@cache
def lowered_heads() -> frozenset[str]:
    """Every head this module reads: the divisions' and the other places' kinds."""
    return division_heads() | word_set("case", "lowered_heads.txt")


def _kind(head: str) -> frozenset[str]:
    """The heads whose lower case is evidence against ``head``'s capital."""
    return division_heads() if head in division_heads() else frozenset({head})


@cache
def _after_a_capital(kind: frozenset[str], lower: bool) -> regex.Pattern[str]:
    """A capitalised word (group 1), then one of ``kind`` in lower case ("Dorvik station")
    or capitalised ("Velko Station")."""
    words = "|".join(sorted(w.lower() if lower else w for w in kind))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-.])(\p{{Lu}}[\p{{L}}\-]*)[^\S\n]+(?:{words})"
        rf"(?![\p{{L}}\p{{N}}\-])"
    )


# Days and months: "on Monday station staff said" puts no head after a name.
_CALENDAR = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    | {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December"}
)


# A capitalised word rarer than this in lower case is a place's name before a lowered
# head even when a dictionary knows it ("the Plover district": "plover" is a bird)
RARE_WORD = 3.5


def _place_name(word: str) -> bool:
    """A capitalised word that may end a place's name before a head: no English word
    ("Zarva") or a rare one ("the Plover district"), or a place's own head ("the Vorga River
    basin"); no day or month, no function word and no nationality ("the Tarvian region"
    is the nationality rule's).  Only evidence of how the writer styles heads: the name
    before the capitalised head must still be no English word."""
    if word in _CALENDAR or word.lower() in function_words() or word in demonym_words():
        return False
    if not word_classes(word) or zipf(word.lower()) < RARE_WORD:
        return True
    return word in lowered_heads() or word in division_heads()


def lowered_after_names(text: str, head: str, starts: Collection[int]) -> int:
    """How often the text writes a head of ``head``'s kind in lower case after a
    place's name that opens no sentence ("the Zarva region", "the Vorga River basin";
    not "The region", "on Monday station staff said" nor "the Tarvian region")."""
    return sum(
        m.start() not in starts and _place_name(m.group(1))
        for m in _after_a_capital(_kind(head), True).finditer(text)
    )


def capitalised_after_names(text: str, head: str, is_name: Callable[[str], bool]) -> int:
    """How often the text writes a head of ``head``'s kind capitalised after a name and
    ending there ("Velko Station", not "the Birsk District Council")."""
    return sum(
        is_name(m.group(1)) and not _CAP_NEXT.match(text, m.end())
        for m in _after_a_capital(_kind(head), False).finditer(text)
    )


def candidate(text: str, start: int, end: int) -> str | None:
    """The name before the capitalised head at ``start``..``end`` when the pair ends
    there: no capital after it, and no "of" and a capital unless it is a division's."""
    head = text[start:end]
    if head not in lowered_heads() or zipf(head.lower()) < 3.0:
        return None
    if _CAP_NEXT.match(text, end):
        return None  # "the Birsk District Council": a longer name
    if _OF_CAPITAL.match(text, end) and head not in division_heads():
        return None  # "the Velko Station of the Arts": a longer name
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return before.group(1) if before else None
