"""A kind of settlement capitalised after the name that says where it lies: ``this
southern Eswatini Town``.

News ledes point back to the dateline's town with "this" or "these", a word of their own
and the dateline's country or region ("NHLANGANO, Eswatini — … in this southern Eswatini
town", "these eastern Uganda districts"): the name locates the town, and the kind is a
common noun the demonstrative picks out, so a capital on it is stray.  Only the
dateline's country or region counts as the name, since a real place whose name ends in a
kind ("Kansas City", "Manus Island") stands after "this" and an adjective as often ("this
snowbound Quebec City"; review 45a); and only kinds of settlement and division count
(resources/case/located_kinds.txt), since a region's name heads its own valleys, islands,
counties and cities ("this fertile Jordan Valley" under "SHUNA, Jordan —"; review 46a),
and a division only after the dateline's last place, its country, since a middle place
may be the division itself ("WABAG, Enga, Papua New Guinea — … this highland Enga
Province"; review 47a).
The pair stands once in the text as whole words, in any case; the words between are
adjectives ("this week", "This left" are a time and a verb); and punctuation, a small
word or a verb that is no noun follows ("these Ghana Town fans" are fans).  "That" is left
out: it is a conjunction as often ("said that Quebec City would").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from copydesk.checks.data import word_set
from copydesk.checks.language import function_words
from copydesk.checks.rules.grammar._wordclass import word_classes

# "this" or "these", one or two lower-case words, a capitalised name, a capitalised kind
_DEMONSTRATIVE_PAIR = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:[Tt]his|[Tt]hese)((?:[^\S\n]+\p{Ll}[\p{Ll}\-]*){1,2})"
    r"[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}\-'’])"
)
_NEXT_WORD = regex.compile(r"[^\S\n]+(\p{Ll}+)(?![\p{L}\-])")
_ENDS_PHRASE = frozenset(",.;:)!?")
# A dateline opening a line: the town in capitals, then its region or country, or both
# ("NUKUNUKU, Tongatapu, Tonga —"), maybe a date ("…, Eswatini, March 3 (Reuters) -"),
# then a dash or a bracket; group 1 the places after it
_DATELINE = regex.compile(
    r"(?m)^\p{Lu}[\p{Lu}\p{M}'’.\- ]+,[^\S\n]+(\p{Lu}[\p{L}\p{M}\p{N}'’.\-, ]{0,60}?)"
    r"[^\S\n]*(?:[—–(]|-[^\S\n])"
)


@dataclass(frozen=True)
class LocatedKind:
    """The capitalised kind at ``start`` and the name before it."""

    start: int
    name: str
    word: str


# Divisions a dateline's middle place may be itself, by its official name: only its last
# place, the country, locates one ("these eastern Uganda Districts"; review 47a)
_DIVISIONS = frozenset({"district", "districts", "province", "provinces", "commune", "communes"})
# Words that introduce a name as one: "this so-called Sudan Village, a replica"
_NAMING_WORDS = frozenset({"so-called", "self-styled", "self-proclaimed"})


def _a_kind(word: str) -> bool:
    """A kind of settlement or division (resources/case/located_kinds.txt)."""
    return word.lower() in word_set("case", "located_kinds.txt")


def _ends_its_phrase(text: str, end: int) -> bool:
    """Punctuation, a small word or a verb that is no noun follows: no noun the pair
    modifies ("fans", "schools" may be verbs too)."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return text[end : end + 1] in _ENDS_PHRASE
    word = nxt.group(1)
    if word in function_words():
        return True
    classes = word_classes(word)
    return "VERB" in classes and "NOUN" not in classes


def _adjectives(words: list[str]) -> bool:
    """Every word is an adjective, perhaps a noun too ("central", "small"), or a compound no
    dictionary holds ("long-suffering"): no time ("this week", "this past") nor verb ("This
    left")."""
    for word in words:
        classes = word_classes(word)
        if word in function_words() or word in _NAMING_WORDS:
            return False
        if classes and "-" not in word and not ("ADJ" in classes and classes <= {"ADJ", "NOUN"}):
            return False
    return True


def _dateline_places(text: str) -> dict[str, bool]:
    """The places a dateline gives after its town ("Tongatapu", "Tonga"), each with whether
    it is the last, the country (a date after it is no place: "March 3")."""
    found: dict[str, bool] = {}
    for m in _DATELINE.finditer(text):
        places = [p.strip() for p in m.group(1).split(",") if not regex.search(r"\d", p)]
        for k, place in enumerate(places):
            found[place] = found.get(place, False) or k == len(places) - 1
    return found


def _whole_pair(name: str, word: str) -> regex.Pattern[str]:
    """The pair as whole words, in any case."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}\-]){regex.escape(name)}[^\S\n]+{regex.escape(word)}"
        rf"(?![\p{{L}}\p{{N}}\-])",
        regex.IGNORECASE,
    )


def located_kinds(text: str) -> Iterator[LocatedKind]:
    """Kinds of place capitalised after a demonstrative and the dateline's place."""
    places = _dateline_places(text)
    if not places:
        return
    for m in _DEMONSTRATIVE_PAIR.finditer(text):
        between, name, word = m.group(1).split(), m.group(2), m.group(3)
        if name not in places or not _a_kind(word) or not _adjectives(between):
            continue
        if word.lower() in _DIVISIONS and not places[name]:
            continue  # "WABAG, Enga, Papua New Guinea — … this highland Enga Province": its name
        if len(_whole_pair(name, word).findall(text)) != 1:
            continue  # "this Eswatini Town" and "Eswatini townships" are two uses
        if _ends_its_phrase(text, m.end()):
            yield LocatedKind(m.start(3), name, word)
