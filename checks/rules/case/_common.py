"""Word lists and small tests shared by the case checks."""

from __future__ import annotations

from functools import cache

import regex

from copydesk.checks.data import data_lines
from copydesk.checks.lexicon import zipf
from copydesk.checks.rules.grammar._wordclass import word_classes
from copydesk.checks.rules.pronoun._people import first_names
from copydesk.checks.tokens import abbreviations

# A plain lower-case word with what may follow it (punctuation) but nothing else:
# no digits, no inner capitals (iPhone, eBay), no dots, slashes or @ (e.g., URLs).
_PLAIN_LOWER = regex.compile(r"(\p{Ll}+(?:['’\-]\p{Ll}+)*)[,;:.!?…\"'”’»)\]]*")
TERMINAL = ".!?…"
CLOSING = "\"'”’»)]"
SAFE_ZIPF = 3.0


def _data(name: str) -> list[str]:
    return list(data_lines("case", name))


@cache
def no_end_words() -> frozenset[str]:
    return frozenset(_data("no_end_words.txt"))


@cache
def mid_sentence_capitals() -> frozenset[str]:
    return frozenset(_data("mid_sentence_capitals.txt"))


@cache
def clause_openers() -> frozenset[str]:
    return frozenset(_data("clause_openers.txt"))


@cache
def object_reporting_verbs() -> frozenset[str]:
    return frozenset(_data("object_reporting_verbs.txt"))


@cache
def lowercase_by_design() -> frozenset[str]:
    return frozenset(_data("lowercase_by_design.txt"))


@cache
def demonym_words() -> frozenset[str]:
    """The last word of each adjective of nationality ("Lankan" for "Sri Lankan")."""
    return frozenset(d.split()[-1] for d in _data("demonyms.txt"))


@cache
def extra_abbreviations() -> frozenset[str]:
    return frozenset(_data("abbreviations.txt"))


# Compiled once: a module-level regex call looks its pattern up again each time
# (about 25 microseconds), and these run for every token or line a case check reads.
_TOKEN = regex.compile(r"\S+")
_TOKEN_END = regex.compile(r"\S+\Z")
_INNER_BREAK = regex.compile(r"[.!?]\s+\p{Lu}")
_ADDRESS = regex.compile(r"://|\bwww\.|@|\.(?:com|org|net|gov|edu|io)\b")


def token_at(text: str, pos: int) -> str:
    """The white-space-delimited token that starts at ``pos``."""
    m = _TOKEN.match(text, pos)
    return m.group() if m else ""


def token_before(text: str, pos: int) -> str:
    """The white-space-delimited token that ends at ``pos``."""
    m = _TOKEN_END.search(text[max(0, pos - 40) : pos])
    return m.group() if m else ""


def plain_lower_word(token: str) -> str | None:
    """The word of ``token`` when it is an ordinary lower-case word that could take a capital."""
    m = _PLAIN_LOWER.fullmatch(token)
    if not m:
        return None
    word = m.group(1)
    if word in lowercase_by_design():
        return None
    return word


# Words that open a clause and never follow an abbreviation inside one: after "Gansu."
# or "Asare." they show the period ended a sentence ("… Samuel Asare. she said").
_OPENERS = frozenset({"the", "he", "she", "they", "we", "it", "this", "there", "but"})


def is_abbreviation(token: str, next_word: str = "") -> bool:
    """True when ``token`` (ending in a period) is an abbreviation, an initial or dotted.

    A short capitalised word no list holds is taken for one ("Calif.", "Univ."), unless
    the word after it opens a clause: "in Hunan and Gansu. the line" ends a sentence.
    """
    core = token.lstrip("(\"'“‘[").rstrip(".")
    if not core:
        return False
    if "." in core or (len(core) == 1 and core.isalpha()):
        return True  # U.S., p.m., e.g., an initial
    known = abbreviations() | extra_abbreviations()
    if core in known or core.lower() in known:
        return True
    # An unlisted short capitalised abbreviation ("Calif.", "Univ."): not a common word.
    if next_word.lower() in _OPENERS:
        return False
    return core[0].isupper() and core.isalpha() and len(core) <= 5 and zipf(core) < SAFE_ZIPF


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def is_common(word: str) -> bool:
    return zipf(word) >= SAFE_ZIPF


def ends_sentence(line: str) -> bool:
    """True when a line ends with sentence-final punctuation (closing quotes allowed)."""
    return line.rstrip().rstrip(CLOSING)[-1:] in TERMINAL


def is_heading_like(line: str) -> bool:
    """A short line with no final punctuation and no sentence break inside: a subheading."""
    line = line.strip()
    if not line or ends_sentence(line) or line[-1] in ",;:":
        return False
    return len(line.split()) <= 12 and not _INNER_BREAK.search(line)


def looks_like_address(line: str) -> bool:
    """URLs, e-mail addresses and handles are written as they are."""
    return bool(_ADDRESS.search(line))


_FIRST_LETTER = regex.compile(r"\p{L}")
_SENTENCE_END = regex.compile(r"[.!?…。！？؟][\"'”’»)\]」』]*\s*\Z")


def source_starts_lower(source: str | None) -> bool:
    """In a translation unit, whether its source gives the target leave to start in lower case.

    A unit is often a fragment (a table cell, a string cut from a sentence): its first
    letter follows the source's.  A source in a script with case starts it in lower case;
    a source without case (Chinese, Arabic) is a fragment unless it ends as a sentence.
    Plain articles (no source) never give that leave.
    """
    if source is None:
        return False
    first = _FIRST_LETTER.search(source)
    if first is None:
        return True  # figures or symbols only: nothing says how the target starts
    letter = first.group()
    if letter.lower() != letter.upper():
        return letter.islower()
    return _SENTENCE_END.search(source) is None


# Productive suffixes of adjectives of place, with the endings the place name may have
# had: "Paris" -> "Parisian", "Athens" -> "Athenian", "Vienna" -> "Viennese", "Siena" ->
# "Sienese", "Tahiti" -> "Tahitian", "Umbria" -> "Umbrian" (a name in -i or -ia takes
# -an: "-ian" restores the "i" or the "ia"), "Azores" -> "Azorean", "Hebrides" ->
# "Hebridean" (a plural name drops its "-es" before "-ean" as before "-ian").
# Each pair is (suffix, restorations).  Not "-an" nor "-i" as suffixes: given names,
# surnames and places end so too often ("Milan", "Nolan", "Joshi", "Mali").
_PLACE_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("", "a", "y", "s", "e", "es", "i", "ia")),
    ("ean", ("", "e", "a", "es")),
    ("ese", ("", "a", "o", "on")),
)
_DERIVED = regex.compile(r"\p{Lu}\p{Ll}{3,}")
PLACE_STEM_ZIPF = 2.0  # the place name must be known to wordfreq at least this well
OWN_NAME_MARGIN = 0.25  # ... and not much rarer than the adjective


@cache
def derived_demonym(word: str) -> bool:
    """``word`` is an adjective of a place no list holds, made by a productive suffix
    from a name wordfreq knows: "Athenian" (Athens), "Viennese" (Vienna), "Parisian"
    (Paris).

    Both words must be names, no common English word (lemminflect knows neither:
    "Damian" is no adjective of "dam"), and neither a given name ("Julian", "Marian"
    from "Maria"): given names and surnames end in these
    suffixes too.  The name must be about as common as the adjective or more: an
    adjective much commoner than its source names something of its own
    ("Smithsonian", from Smithson).  The callers add what the context must show.
    """
    if not _DERIVED.fullmatch(word) or word in demonym_words():
        return False
    low = word.lower()
    if word_classes(low) or low in first_names() or zipf(low) == 0:
        return False
    for suffix, endings in _PLACE_SUFFIXES:
        if not low.endswith(suffix):
            continue
        for ending in endings:
            stem = low[: -len(suffix)] + ending
            if len(stem) < 4 or stem in first_names() or word_classes(stem):
                continue
            # an adjective far more common than its source is a name of its own:
            # "Smithsonian" (Smithson), "Presbyterian"
            if zipf(stem) >= max(PLACE_STEM_ZIPF, zipf(low) - OWN_NAME_MARGIN):
                return True
        return False  # "-ian" is no "-an": one suffix per word
    return False


def place_stems(word: str) -> list[str]:
    """The names of places ``word`` may be made from by a productive suffix of place
    ("Tarvalian": "Tarval", "Tarvala", "Tarvale" …), capitalised, none an English word
    or a given name and none shorter than four letters.  A caller looks for one in the
    text: a place written alone beside its adjective shows the adjective is one."""
    low = word.lower()
    for suffix, endings in _PLACE_SUFFIXES:
        if low.endswith(suffix):
            stems = (low[: -len(suffix)] + ending for ending in endings)
            return [
                capitalise(s)
                for s in stems
                if len(s) >= 4 and not word_classes(s) and s not in first_names()
            ]
    return []
