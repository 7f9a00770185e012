"""A noun a text writes in lower case on its own, capitalised once after a proper adjective.

Why: a head a house style may capitalise ("Parliament", "Shrine") is a common noun for
this writer when the same text writes it in lower case where it means the same kind of
thing: ``Tarvela's parliament`` beside ``the Velm, the Tarvelian Parliament,``, or
``the Orthodox cathedral`` beside ``the Catholic Cathedral``.  The text is inconsistent,
and a copy editor wants to be asked (not a safe fix).

A lower-case use alone is no evidence: news names a body in full and shortens it in lower
case after (``the Varnish Parliament … the parliament voted``).  The evidence must say
that the capitalised pair, after "the" (without it a pair is a company's name: ``Tarvian
Air``), is a description, not a name:

* the text writes the noun in lower case, heading its phrase and before no "of", after
  the possessive of the place's whole name the adjective is made from (``Tarvela's
  parliament`` beside ``the Tarvelian Parliament``; not ``New Tarvela's senate``, another
  place, nor ``Tarvela's legion of fans``): the same thing, described; or
* the text writes the noun in lower case after another adjective of the same kind, a
  nationality or a religion (``the Orthodox cathedral`` beside ``the Catholic
  Cathedral``): for this writer the pair is a kind of cathedral.  Not the head of a
  body (``the Catholic Church`` beside ``a Lutheran church``: the body and a building),
  nor an institution's, a polity's or a movement's (``the Islamic State`` beside ``the
  Jewish state``, ``the Christian Right`` beside ``the Jewish right``).

Either way the noun is capitalised nowhere else in the text (outside a sentence's start)
and the pair once: a name is named again, and a stray capital seldom repeats.
"""

from __future__ import annotations

from functools import lru_cache
from os.path import commonprefix

import regex

from copydesk.checks.data import word_set
from copydesk.checks.language import function_words
from copydesk.checks.rules.case._common import demonym_words, place_stems
from copydesk.checks.rules.grammar._wordclass import may_be_finite, plural_noun, word_classes
from copydesk.checks.rules.word._shared import starts_sentence


def _forms(word: str) -> tuple[str, ...]:
    """The noun's singular and plural, in lower case ("shrine", "shrines")."""
    low = word.lower()
    if low.endswith("ies"):
        return (low, low[:-3] + "y")
    if low.endswith("s"):
        return (low, low[:-1], low[:-2]) if low.endswith("es") else (low, low[:-1])
    plural = low[:-1] + "ies" if low.endswith("y") else low + "s"
    return (low, plural, low + "es")


@lru_cache(maxsize=256)
def _capitalised(word: str) -> regex.Pattern[str]:
    """Any number of the noun with a capital, as a whole word."""
    forms = "|".join(regex.escape(f[:1].upper() + f[1:]) for f in _forms(word))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{forms})(?![\p{{L}}\p{{N}}\-])")


@lru_cache(maxsize=256)
def _after_word(word: str) -> regex.Pattern[str]:
    """A capitalised word (group 1), then the noun in lower case, either number."""
    forms = "|".join(regex.escape(f) for f in _forms(word))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(\p{{Lu}}[\p{{L}}\-]*)((?:['’]s)?)[^\S\n]+(?:{forms})"
        rf"(?![\p{{L}}\p{{N}}\-])"
    )


def capitalised_elsewhere(text: str, start: int, word: str) -> bool:
    """The noun, either number, has a capital somewhere else than at ``start`` and at a
    sentence's start ("the Shrine Authority", "Parliament voted")."""
    return any(
        m.start() != start and not starts_sentence(text, m.start())
        for m in _capitalised(word).finditer(text)
    )


def _shared(adjective: str, place: str) -> int:
    """How many letters ``adjective`` and ``place`` open with alike."""
    return len(commonprefix([adjective, place]))  # noqa: RUF071 (words, not paths)


def _made_from(adjective: str, place: str) -> bool:
    """``adjective`` is made from ``place`` ("Tarvela": "Tarvelian"; "Kenya": "Kenyan";
    "Norway": "Norwegian"): one of place_stems, or the two share all the place's letters
    but its last two, four at least; and no other listed adjective is made from the
    place as closely ("Niger": "Nigerien", not "Nigerian"; "Austria": "Austrian", not
    "Australian"; "Romania": "Romanian", not "Roman"): a neighbour's name is no
    evidence."""
    shared = _shared(adjective, place)
    if place not in place_stems(adjective) and not (
        shared >= 4 and shared >= len(place) - 2 and adjective != place
    ):
        return False
    return not any(
        other != adjective
        and (
            _shared(other, place) > shared
            or (_shared(other, place) == shared == len(place) and len(other) <= len(adjective))
        )
        for other in demonym_words()
    )


_NEXT_LOWER = regex.compile(r"[^\S\n]+(\p{Ll}+)")


def _heads_its_phrase(text: str, end: int) -> bool:
    """The noun ending at ``end`` heads its phrase, and alone: no noun that is no verb
    follows ("Tarvela's parliament met", not "India's ocean trade": a modifier says
    nothing of the noun's case as a head), nor "of" ("Tarvela's legion of fans", "the
    Lutheran ethic of thrift": a quantity, a collective or an abstract noun with its
    complement is no building or body of the kind)."""
    nxt = _NEXT_LOWER.match(text, end)
    if nxt is None:
        return True
    after = nxt.group(1)
    if after in function_words():
        return after != "of"
    if "NOUN" not in word_classes(after):
        return True
    # a verb after a singular head ends in -s or -ed ("the senate votes", not "ocean
    # trade"), but a plural before a verb is a noun ("open spaces draw", "war games
    # alarmed")
    return after.endswith("ed") or (after.endswith("s") and not _verb_next(text, nxt.end()))


def _verb_next(text: str, end: int) -> bool:
    """A lower-case word that may be a finite verb, and no small word, follows ``end``."""
    nxt = _NEXT_LOWER.match(text, end)
    return nxt is not None and nxt.group(1) not in function_words() and may_be_finite(nxt.group(1))


_NAME_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\-]*)[^\S\n]+\Z")


def _whole_place(text: str, start: int) -> bool:
    """The possessive at ``start`` is a place's whole name: no capitalised word other
    than a small one ("In") runs into it ("New Mexico's", "South Korea's": another
    place than the one "Mexican" or "Korean" is made from)."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is None or before.group(1).lower() in function_words()


def _owners_noun(text: str, adjective: str, word: str) -> bool:
    """ "Tarvela's parliament": the noun after the possessive of the adjective's place,
    heading its phrase (``_heads_its_phrase``).  Not a place's head ("the Indian Ocean"
    beside "India's ocean": a place's own name), nor after a continent's adjective
    (continental_adjectives.txt)."""
    if word in word_set("case", "place_heads.txt") or adjective in word_set(
        "case", "continental_adjectives.txt"
    ):
        return False
    return any(
        m.group(2)
        and _made_from(adjective, m.group(1))
        and _whole_place(text, m.start())
        and _heads_its_phrase(text, m.end())
        for m in _after_word(word).finditer(text)
    )


@lru_cache(maxsize=256)
def _the_pair(word: str) -> regex.Pattern[str]:
    """ "the", an adjective (group 1), then ``word`` in lower case, the same number."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])[Tt]he[^\S\n]+(\p{{Lu}}\p{{Ll}}+)[^\S\n]+"
        rf"{regex.escape(word.lower())}(?![\p{{L}}\p{{N}}\-])"
    )


_THE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’\-])[Tt]he[^\S\n]+\Z")


def _kindred_noun(text: str, adjective: str, word: str, kind: frozenset[str]) -> bool:
    """ "the Catholic shrine" beside "the Orthodox Shrine": the noun in lower case after
    "the" and another adjective of the same kind (``kind``), both singular with "the",
    side by side as two of a kind.  Not a body's, an institution's, a polity's or a
    movement's head (``_name_heads``: "the Catholic Church" beside "the Lutheran
    church", the body and a building; "the Islamic State" beside "the Jewish state";
    "the Christian Right" beside "the Jewish right"), nor a plural ("the Christian
    Brothers"), nor after "Roman", which names sites ("the Roman Forum")."""
    if adjective == "Roman" or plural_noun(word.lower()) or word in _name_heads():
        return False
    return any(
        m.group(1) != adjective and m.group(1) in kind and _heads_its_phrase(text, m.end())
        for m in _the_pair(word).finditer(text)
    )


def _name_heads() -> frozenset[str]:
    """Heads of bodies, institutions, polities and movements (body_heads.txt,
    institution_nouns.txt, polity_heads.txt, movement_heads.txt)."""
    return (
        word_set("case", "body_heads.txt")
        | word_set("case", "institution_nouns.txt")
        | word_set("case", "polity_heads.txt")
        | word_set("case", "movement_heads.txt")
    )


def written_lower(text: str, start: int, adjective: str, word: str, kind: frozenset[str]) -> bool:
    """The text writes ``word`` (capitalised at ``start`` after ``adjective``) in lower
    case as the same kind of thing, and capitalises it nowhere else (see the module's
    docstring); ``kind`` holds the adjectives of the same kind as ``adjective``."""
    pair = f"{adjective} {word}"
    if text.count(pair) != 1 or capitalised_elsewhere(text, start, word):
        return False
    return _after_the(text, start - len(adjective) - 1) and (
        _owners_noun(text, adjective, word) or _kindred_noun(text, adjective, word, kind)
    )


def _after_the(text: str, start: int) -> bool:
    """ "the" ends right before ``start``: a description takes it ("the Tarvian
    Parliament"); a pair without it is a company's or a brand's name ("Tarvian Air",
    "Tarvian Railways" beside "Tarvia's railways")."""
    return _THE_BEFORE.search(text, max(0, start - 6), start) is not None
