"""The batch's proper names: where each is written, how, and which spellings belong together.

Built once per batch (``ctx.batch.memo``) and read by the name-variant and
figures checks.  A *mention* is a maximal run of capitalised words joined by
single spaces ("Ministry Press Secretary Dmitry Gromov"), trimmed of sentence
openers and pronouns ("The", "He") and of a possessive "'s".  Every run of up
to four consecutive words of a mention is a *form* ("Dmitry Gromov", "Gromov"),
so a name is found behind any title.  Forms are keyed by their lower-case
letters without spaces, hyphens or accents: "Han Seo Jin", "Han Seo-jin" and
"Han Seo-Jin" share a key and are the same name written three ways, and so do
"Andrés Zúñiga" and "Andres Zuniga" (agency copy strips accents; on a tie the
accented form is suggested).

Two keys are spelling variants of one name when they have the same parts and
differ in exactly one, and that part is a transliteration variant (rules in
``resources/consistency/transliteration.txt``, diacritics dropped:
Dmitry/Dmitri, Zarechny/Zaretchny, Erdoğan/Erdogan) or one letter away in a
word of five or more letters with the same initial (Morozov/Morosov), or, in a word of
four letters, one letter away with the same sound and one spelling unknown to English
(Kask/Kasc: a final c for k; not Kask/Kass, another sound).  Two
well-known names (both frequent in wordfreq: Steven/Stephen), roman numerals
(Frederik II/III) and derived words (Korea/Korean; Koreas/Korean beside Korea)
are never variants.  Because
different people can have names one letter apart, a pair also needs evidence:

- a rare part shared by both, when the differing part is not the last one
  (Dmitry/Dmitri *Gromov*: one surname, two transliterations of the given name);
- a shared rare part and a differing last part that is a transliteration, or
  seen a few sentences apart in one article (*Yegor* Morozov … Morosov);
- the same given name and a surname transliterated two ways (c/k, w/v …) both
  of whose spellings are unknown to wordfreq (so not two real families like
  Jansen/Janssen);
- the same given name and a surname one edit away, with one more piece of
  evidence: one sound (Metaphone, or a hard c written k: Papadakis/Papadacis)
  that the batch writes one way again and again and the other once or twice,
  or the same title before the given name (Shipping Minister Nikos ...), the
  less used spelling unknown to English either way;
- a bare surname nobody in the batch is introduced by, used in an article after a
  full name whose surname (or the first of two: "Fidel Ruiz Jiménez" … "Ruyz") is
  one spelling away ("Katarzyna Nowak" … "Novak said"): news names a person in full
  first, so the bare one refers back (not a common word: "March" after "Helena
  Marsh"; on a tie the full name's spelling is preferred); so do the first words of a
  full name, the same but for one word after the first that English does not know
  ("Ana Lucía Padilla Ramos" … "Ana Lukía");
- the same given name and a surname one edit away, both introduced by sentences
  that describe the person with two or more of the same uncommon words ("Mona
  Hassan, whose sister and two nephews died in the collapse" / "Mona Hasan, whose
  sister …"): the same role, even when both spellings are surnames English knows;
- for a bare word, both spellings rare and either close together in one
  article (where one of them is a slip, used at most twice there) or beside the
  same uncommon word ("spaceport");
- one half of a hyphenated surname spelled two ways, the other half the same, one
  spelling unknown to English ("Denise Wallace-Reid" / "Wallake-Reid", in one
  article or two): a double surname names one family far more narrowly than either
  half.  Two people who share one half ("Ana García-Lorca", "Luis García") are never
  compared: their keys have different parts.

Different names around the two spellings ("Yegor Morozov" / "Ivan Morosov",
"Ri Sol Hwan" / "Kang Sol Hwang") mean different people, whatever else agrees.
A lower-case particle keeps a name whole ("Hamad bin Saeed al-Mansouri": "Hamad"
is a given name there, not a bare surname), and a one-word name written with and
without accents in two different whole names ("Martín Herrera", "Martin Berg";
"Alcalá del Río", "Rio de Janeiro") is two names, not one misspelt.  Used alone, such a
word stands for the whole name its article gives ("Davor Dravosić" … "Dravosić said");
where the article gives none ("the Ilvára people"), the two spellings are one name only
in two articles of one story, which share another rare name (a large batch mixes
stories: "Ilvára said" and "Ilvara Fenwarro" of another article are two people).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import jellyfish
import regex

from copydesk.checks.context import Batch, BatchIndex, BatchMember, Resolver, derived
from copydesk.checks.data import data_lines, word_set
from copydesk.checks.glossary import Glossary
from copydesk.checks.language import edit_distance, strip_marks
from copydesk.checks.lexicon import zipf
from copydesk.checks.rules.consistency.common import (
    GLOSSARY,
    function_words,
    titles,
    transliteration_rules,
)
from copydesk.checks.rules.pronoun._people import first_names
from copydesk.checks.tokens import Span

MAX_FORM_WORDS = 4
COMMON_NAME = 3.5  # both spellings at least this frequent: two well-known names, not a variant
RARE = 3.0  # a bare word needs both spellings rarer than this
# Surnames this rare are unknown to the word list: two transliterations of one after the
# same given name are one person, not two families (Jansen/Janssen are both known).
RARE_SURNAME = 2.0
# At or above: a word the list has seen in print at all (a slip of a name is never there).
SEEN_WORD = 1.0
SPECIFIC = 3.5  # a neighbouring word rarer than this ties two spellings together
NEAR = 600  # characters: "a few sentences apart" in one file
SLIP = 2  # a misspelling inside one article is rare there: at most this many times
MAX_BUCKET = 60  # a deletion key shared by more forms than this says nothing
_POSSESSIVE = regex.compile(r"['’]s\Z|(?<=s)['’]\Z")
# Regnal and sequel numbers (Frederik II, Rocky IV) use I, V and X only: a name part of
# the other numeral letters is a name ("Lim", "Li", "Mimi"), not a number.
_ROMAN = regex.compile(r"(?i)[ivx]+")
_HYPHENS = regex.compile(r"[\-‐‑]")


@dataclass(frozen=True, slots=True)  # slots: a batch of 100,000 files holds millions
class Occurrence:
    member: int
    start: int
    end: int
    surface: str
    mention: int
    words: int


@dataclass
class Node:
    """Every occurrence of one key, however it is written."""

    key: str
    parts: tuple[str, ...]
    occurrences: list[Occurrence] = field(default_factory=list)
    surfaces: Counter[str] = field(default_factory=Counter)
    neighbours: set[str] = field(default_factory=set)  # lower-case content words beside it
    # the whole names it stands in, titles left out: ("yegor", "morozov") for "Morozov"
    contexts: set[tuple[str, ...]] = field(default_factory=set)
    # words describing the person where a full name ends with this form (_roles)
    roles: set[str] = field(default_factory=set)
    # one-word names only: the whole names each spelling stands in ("Martín" in
    # ("martin", "herrera"), "Martin" in ("martin", "berg"))
    surface_contexts: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    # how the first longer name that holds this form writes it: "Llewellyn-Jones" in
    # "Rhiannon Llewellyn-Jones", the spelling a person is introduced by
    intro_surface: str = ""
    # written right before a lower-case noun of place somewhere ("Varsela province")
    place_head: bool = False
    # ends a full name a child's noun introduces somewhere ("His daughter, Meseret Ayele")
    child_name: bool = False
    # ... a son's or a daughter's noun, whose family name is the father's ("His son")
    own_child: bool = False

    @property
    def members(self) -> set[int]:
        # Derived, not stored: a name in every file of a large batch would hold a set as
        # big as the batch, and only the few candidate pairs ever ask.
        return {o.member for o in self.occurrences}


@dataclass(frozen=True)
class Variant:
    """One place to flag: a minority spelling and what to write instead."""

    occurrence: Occurrence
    replacement: str
    message: str
    confidence: float
    related: tuple[Occurrence, ...]


@dataclass
class NameIndex:
    nodes: dict[str, Node]
    groups: list[list[str]]  # keys of nodes that are one name
    variants: dict[int, list[Variant]]  # by member index
    canonical: dict[str, str]  # key -> key of the group's preferred node


def _word_parts(word: str) -> list[str]:
    if len(word) > 1 and word.isupper():
        return ["^" + word.casefold()]  # an acronym is its own name: "UN" is not "Un"
    # Accents are folded into the key: agency copy strips them (Zúñiga/Zuniga is one name).
    return [fold(p) for p in _HYPHENS.split(word) if p]


def fold(part: str) -> str:
    """A name part as keys hold it: lower case, no accents."""
    return strip_marks(part.casefold())


def _odd_case(word: str) -> bool:
    """Stray capitals inside a word ("NAtion") are a typo for other checks, not a spelling."""
    if len(word) > 1 and word.isupper():
        return False
    return any(p[1:] != p[1:].lower() and not p[1:].isupper() for p in _HYPHENS.split(word) if p)


_CAP_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*"
# Runs of capitalised words joined by single spaces, starting at a word's start.
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’\-]){_CAP_WORD}(?:[ \u00a0]{_CAP_WORD})*")
_IN_RUN = regex.compile(_CAP_WORD)
_RUN_GAP = regex.compile(r"[ \u00a0]")
# Searched from the end (regex.REVERSE): anchored at \Z and asked of a window before a
# position, it finds the same match without trying every start in the window
# (tests/checks/test_reverse_patterns.py).
_BEFORE = regex.compile(r"(\p{L}+)[ \u00a0]+\Z", regex.REVERSE)
_AFTER = regex.compile(r"[ \u00a0]+(\p{L}+)")


def mentions(text: str) -> Iterator[tuple[list[Span], str, str]]:
    """Runs of capitalised words with the lower-case content word just before and after."""
    for m in _RUN.finditer(text):
        run = m.group()
        if "'" not in run and "’" not in run:
            # No possessive can end a word: the words are the run's pieces between its
            # single spaces (each a whole ``_CAP_WORD``, as ``_IN_RUN`` finds them).
            items = []
            at = m.start()
            for word in _RUN_GAP.split(run):
                items.append(Span(at, at + len(word), word))
                at += len(word) + 1
            yield from _trimmed(text, items)
            continue
        items = []
        for w in _IN_RUN.finditer(text, m.start(), m.end()):
            word = w.group()
            p = _POSSESSIVE.search(word)
            if p and len(word) - len(p.group()) >= 2:
                # "Han's Finance Minister": the possessive ends one name
                items.append(Span(w.start(), w.start() + p.start(), word[: p.start()]))
                yield from _trimmed(text, items)
                items = []
            else:
                items.append(Span(w.start(), w.end(), word))
        yield from _trimmed(text, items)


def _trimmed(text: str, items: list[Span]) -> Iterator[tuple[list[Span], str, str]]:
    fw = function_words()
    first, last = 0, len(items)
    while first < last and (
        (items[first].text.casefold() in fw and not _is_acronym(items[first].text))
        or _modifier_compound(items[first].text)
    ):
        first += 1
    while (
        last > first
        and items[last - 1].text.casefold() in fw
        and not _is_acronym(items[last - 1].text)
    ):
        last -= 1
    if first == last:
        return
    items = items[first:last]
    start, end = items[0].start, items[-1].end
    b = _BEFORE.search(text, max(0, start - 40), start)
    a = _AFTER.match(text, end)
    yield items, _content(b.group(1) if b else ""), _content(a.group(1) if a else "")


MODIFIER_TAIL = 4.5  # a lower-case tail this frequent, of 4 letters or more: "-language"


def _modifier_compound(word: str) -> bool:
    """A modifier built on a name, not a name: "Breton-language schools", "Lisbon-based".

    Its later parts are common English words of four letters or more, in lower case; the
    name's own title-case ("the Office of the Breton Language") is no other spelling of
    it.  A name's syllables after a hyphen are rare or short ("Al-mansouri", "Seo-jin",
    "Jong-un").
    """
    parts = [p for p in _HYPHENS.split(word) if p]
    return len(parts) > 1 and all(
        p.islower() and len(p) >= 4 and zipf(p) >= MODIFIER_TAIL for p in parts[1:]
    )


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _content(word: str) -> str:
    """A word specific enough that two names sharing it may be one ("spaceport", not "plant")."""
    low = word.casefold()
    if not word or word[0].isupper() or low in function_words() or len(low) < 3:
        return ""
    return low if zipf(low) < SPECIFIC else ""


@lru_cache(maxsize=100_000)
def canon(part: str) -> str:
    """A name part with its transliteration variants folded (Ndiaye, Ndiaie -> ndiai).

    The rules run in order, so one round can leave work for an earlier rule ("y -> i"
    makes the "ie" that "ie$ -> i" ends); a few rounds reach a fixed point.
    """
    part = strip_marks(part)
    for _ in range(3):
        done = _canon_round(part)
        if done == part:
            break
        part = done
    return part


def _canon_round(part: str) -> str:
    for left, right in transliteration_rules():
        if left.endswith("$"):
            stem = left[:-1]
            if part.endswith(stem):
                part = part[: len(part) - len(stem)] + right
        elif left.startswith("^"):
            stem = left[1:]
            if part.startswith(stem):
                part = right + part[len(stem) :]
        elif left.startswith("_"):
            part = part[:1] + part[1:].replace(left[1:], right)
        else:
            part = part.replace(left, right)
    return part


def _deletes(word: str) -> set[str]:
    if len(word) < 4:
        return set()
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def close_spellings(a: str, b: str) -> bool:
    """True when two name parts read as one name spelled two ways."""
    if a == b or not (a.isalpha() and b.isalpha()):
        return False
    if _ROMAN.fullmatch(a) or _ROMAN.fullmatch(b):
        return False  # Frederik II and Frederik III are two kings
    if a.startswith(b) or b.startswith(a):
        return False  # Mongolia/Mongolian, Han/Hans: derived words, not spellings
    ca, cb = canon(a), canon(b)
    if ca == cb:
        return True
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and edit_distance(ca, cb) == 1


def short_sound_spellings(a: str, b: str) -> bool:
    """True when two four-letter name parts read as one name spelled two ways: Kask/Kasc.

    :func:`close_spellings` lets one letter differ only in five letters or more, since
    short names one letter apart are often two real names (Kask/Kass, Park/Pak).  A short
    pair passes when the letter changed keeps the sound (:func:`one_sound`: a final c for
    k, Kask/Kasc) and one spelling is unknown to English (not two known families); the
    evidence a pair needs besides (a bare surname after the full name, the batch's habit,
    one description) is asked of it as of any other pair.
    """
    if min(len(a), len(b)) != 4 or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
        return False
    if a.startswith(b) or b.startswith(a) or _ROMAN.fullmatch(a) or _ROMAN.fullmatch(b):
        return False
    return (
        edit_distance(canon(a), canon(b)) == 1
        and one_sound(a, b)
        and min(zipf(a), zipf(b)) < RARE_SURNAME
    )


class _Context(tuple[str, ...]):
    """A mention's whole name as a tuple that hashes once.

    It is added to the set of every form inside the mention; a plain tuple is hashed
    again each time, which made a run of thousands of capitals ("NATO UN EU …")
    quadratic.
    """

    _hash: int

    def __new__(cls, parts: Iterable[str]) -> _Context:
        self = super().__new__(cls, parts)
        self._hash = tuple.__hash__(self)
        return self

    def __hash__(self) -> int:
        return self._hash


# words, content word before, after, the raw text, the lower-case name particles that join
# it to a capitalised word before and after ("" for none: "Hamad" in "Hamad bin Saeed"), and
# the words that describe a full name's person (see _roles), whether a lower-case noun of
# place follows it, and the child's noun that introduces it, if any (see _child_noun)
Mention = tuple[list[Span], str, str, str, tuple[str, str], frozenset[str], bool, str]

ROLE_WORD = 5.0  # a describing word rarer than this says who someone is ("nephews", "analyst")
ROLE_SHARED = 2  # describing words two spellings of one full name share: one person
_ROLE_AFTER = 160  # characters of the sentence after a full name that describe its person
# Searched from the end, as _BEFORE.
_ROLE_BEFORE = regex.compile(r"(?:^|[.,;:!?“”\"(\n])([^.,;:!?“”\"(\n]{0,60})\Z", regex.REVERSE)
_ROLE_END = regex.compile(r"[.!?](?=[\s\"”’)]|\Z)|\n")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}\-'’])\p{Ll}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}])")


def _roles(text: str, start: int, end: int) -> frozenset[str]:
    """The lower-case words of a full name's sentence that say who the person is.

    "Mona Hassan, whose sister and two nephews died in the collapse, said …": the rest
    of the sentence after the name and the words before it back to a comma ("said
    goalkeeper …").  Common words ("said", "government") say nothing of one person.
    """
    stop = _ROLE_END.search(text, end, min(len(text), end + _ROLE_AFTER))
    after = text[end : stop.start() if stop else min(len(text), end + _ROLE_AFTER)]
    b = _ROLE_BEFORE.search(text, max(0, start - 61), start)
    around = (b.group(1) if b else "") + " " + after
    fw = function_words()
    words = (m.group() for m in _LOWER_WORD.finditer(around))
    return frozenset(w for w in words if w not in fw and zipf(w) < ROLE_WORD)


# Lower-case particles inside a name ("Hamad bin Saeed al-Mansouri", "Charles de Gaulle"):
# the capitalised runs on either side are one person's name, not two names.
_PARTICLE = r"(?:de|del|della|di|da|das|dos|du|van|von|der|den|ter|la|le|bin|ibn|bint|al|el)"
_PARTICLE_AFTER = regex.compile(
    rf"[ \u00a0]+(?:({_PARTICLE})[ \u00a0]+|(al|el)[\-‐‑])(\p{{L}}[\p{{L}}\p{{M}}]*)"
)
# "Gaulle" after "Charles de": a capitalised word, a particle, then the mention
# Searched from the end, as _BEFORE.
_PARTICLE_BEFORE = regex.compile(
    rf"(\p{{Lu}}[\p{{L}}\p{{M}}]*)[ \u00a0]+({_PARTICLE})[ \u00a0]+\Z", regex.REVERSE
)


def _particles(text: str, start: int, end: int) -> tuple[str, str]:
    """The rest of a longer name a particle joins a mention to, before and after.

    "Hamad" in "Hamad bin Saeed" gets "bin saeed" after it; "Río" in "Alcalá del Río"
    gets "alcala del" before it, so it is not the "Rio" of "Rio de Janeiro".
    """
    b = _PARTICLE_BEFORE.search(text, max(0, start - 60), start)
    a = _PARTICLE_AFTER.match(text, end)
    lead = f"{fold(b.group(1))} {b.group(2)}" if b else ""
    if a and (a.group(1) is None or a.group(3)[0].isupper()):
        tail = f"{a.group(1) or a.group(2)} {fold(a.group(3))}"
    else:
        tail = ""
    return lead, tail


_SENTENCE_START = regex.compile(r"(?:\A|\n|[.!?][\"'”’)]*[ \u00a0]+)[\"'“‘(]*\Z")
COMMON_PART = 4.0  # both halves of a compound at least this frequent: an English word


def _capitalised_compound(text: str, items: list[Span]) -> bool:
    """One hyphenated word that only the sentence capitalises: "Human-rights groups say".

    Its later parts are lower case and every part is a common English word, so it is
    the compound "human-rights", not a name ("Al-mansouri", "Seo-jin" are rare words).
    """
    if len(items) != 1:
        return False
    parts = [p for p in _HYPHENS.split(items[0].text) if p]
    return (
        len(parts) > 1
        and all(p.islower() for p in parts[1:])
        and all(zipf(p.casefold()) >= COMMON_PART for p in parts)
        and bool(_SENTENCE_START.search(text, max(0, items[0].start - 8), items[0].start))
    )


# A run of capitalised words a quotation mark opens and closes, a function word or two
# ("The", "of") left outside the trimmed run inside them.
_TITLE_OPEN = regex.compile(r"[“\"‘](?:\p{Lu}\p{Ll}*[ \u00a0])*\Z", regex.REVERSE)
_TITLE_CLOSE = regex.compile(r"(?:[ \u00a0]\p{Lu}\p{Ll}*)*[”\"’](?![\p{L}\p{N}])")


def _quoted_title(text: str, items: list[Span]) -> bool:
    """The whole run is quoted on its own: a work's title or a nickname (“Natalka of the
    Steppe”), spelled as its maker spelled it, whatever the people of the text are called."""
    start, end = items[0].start, items[-1].end
    return (
        _TITLE_OPEN.search(text, max(0, start - 40), start) is not None
        and _TITLE_CLOSE.match(text, end) is not None
    )


_WORD_AFTER = regex.compile(r"[ \u00a0]+(\p{Ll}+)(?![\p{L}\p{M}\-'’])")


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    # asked once per mention in the map step: the union is built once per process
    return word_set("word", "feature_nouns.txt") | word_set("word", "site_nouns.txt")


def _before_place_noun(text: str, end: int) -> bool:
    """A lower-case noun of place follows the name ("Varsela province", "Tarvel river")."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1) in _place_nouns()


# "his daughter, ", "his eldest son " before a full name (a patronymic is the father's
# name, so not "her son": the mother's given name is no part of it); searched from the end
_CHILD_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])[Hh]is[ \u00a0]+"
    r"(?:(?:eldest|oldest|youngest|elder|younger|only)[ \u00a0]+)?(\p{Ll}+),?[ \u00a0]+\Z",
    regex.REVERSE,
)


def _child_noun(text: str, start: int) -> str:
    """The child's noun after a father's possessive that introduces the full name at
    ``start`` ("His daughter, Meseret Ayele": "daughter"; resources/consistency/
    child_nouns.txt), or ""."""
    m = _CHILD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1) not in word_set("consistency", "child_nouns.txt"):
        return ""
    return m.group(1)


# A son's or a daughter's nouns: the child bears the father's family name (not a
# grandchild, who may bear another parent's)
OWN_CHILD_NOUNS = frozenset({"son", "sons", "daughter", "daughters", "child"})


def file_mentions(member: BatchMember) -> list[Mention]:
    """The map step: one file's mentions, with the raw text they span (for their surfaces)."""
    text = member.text
    return [
        (
            items,
            b,
            a,
            text[items[0].start : items[-1].end],
            _particles(text, items[0].start, items[-1].end),
            # only a full name's sentence describes a person (not "Hassan said")
            _roles(text, items[0].start, items[-1].end) if len(items) > 1 else frozenset(),
            _before_place_noun(text, items[-1].end),
            _child_noun(text, items[0].start) if len(items) > 1 else "",
        )
        for items, b, a in mentions(text)
        if not _capitalised_compound(text, items) and not _quoted_title(text, items)
    ]


@dataclass
class NameFold:
    """The reduce step's running state: every form's node, and the mentions counted so far."""

    nodes: dict[str, Node] = field(default_factory=dict)
    mentions: int = 0
    # One copy of each surface string: a large batch writes the same names again and again.
    strings: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=65_536)
def _word_keys(word: str) -> tuple[tuple[str, ...], bool, bool]:
    """``_word_parts`` and ``_odd_case`` of one word, and whether it is a title or a function
    word.  Kept: a batch writes the same names again and again, and the fold that asks
    this runs in the driver, one file after another, while the workers wait or run."""
    low = word.casefold()
    return tuple(_word_parts(word)), _odd_case(word), low in titles() or low in function_words()


def add_mentions(fold: NameFold, m_index: int, found: list[Mention]) -> None:
    """Fold one file's mentions into the batch's nodes (files must come in batch order)."""
    nodes = fold.nodes
    for items, before, after, raw, (lead, tail), roles, place_head, child in found:
        fold.mentions += 1
        mention_id = fold.mentions
        base = items[0].start
        keyed = [_word_keys(w.text) for w in items]
        parts_of = [k[0] for k in keyed]
        odd = [k[1] for k in keyed]
        # A particle joining the run to more of the name stays in its whole name: "Hamad" of
        # "Hamad bin Saeed" is (hamad, bin), a given name, not a surname standing alone.
        context = _Context(
            ([lead] if lead else [])
            + [p for ps, _odd, skip in keyed if not skip for p in ps]
            + ([tail] if tail else [])
        )
        for i in range(len(items)):
            for j in range(i + 1, min(len(items), i + MAX_FORM_WORDS) + 1):
                if odd[j - 1]:
                    break  # every longer form from ``i`` holds this word too
                if j == i + 1:  # one word: no white space inside it
                    parts, surface = parts_of[i], items[i].text
                else:
                    parts = tuple(chain.from_iterable(parts_of[i:j]))
                    surface = " ".join(raw[items[i].start - base : items[j - 1].end - base].split())
                key = "".join(parts)
                node = nodes.get(key)
                if node is None:
                    node = nodes[key] = Node(key, parts)
                start, end = items[i].start, items[j - 1].end
                surface = fold.strings.setdefault(surface, surface)
                node.occurrences.append(Occurrence(m_index, start, end, surface, mention_id, j - i))
                node.surfaces[surface] += 1
                if i == 0 and before:
                    node.neighbours.add("<" + before)
                if j == len(items) and after:
                    node.neighbours.add(">" + after)
                if j == len(items) and roles:
                    node.roles |= roles
                if j == len(items) and place_head:
                    node.place_head = True
                if j == len(items) and i == j - 1 and child:
                    node.child_name = True
                    node.own_child = node.own_child or child in OWN_CHILD_NOUNS
                node.contexts.add(context)
                if len(node.parts) == 1:
                    node.surface_contexts.setdefault(surface, set()).add(context)
                if not node.intro_surface and j - i < len(items):
                    node.intro_surface = surface


def build_index(batch: Batch, glossary: Glossary | None = None) -> NameIndex:
    fold = NameFold()
    for m_index, member in enumerate(batch.members):
        add_mentions(fold, m_index, file_mentions(member))
    return _group(fold.nodes, batch, glossary)


def _spelling_edges(nodes: dict[str, Node]) -> Iterator[tuple[str, str, float]]:
    buckets: dict[tuple[int, tuple[str, ...], str], list[str]] = defaultdict(list)
    for key, node in nodes.items():
        parts = node.parts
        if len(parts) > MAX_FORM_WORDS:
            continue
        for i, part in enumerate(parts):
            if part.startswith("^") or not part.isalpha():
                continue
            c = canon(part)
            others = parts[:i] + parts[i + 1 :]
            for sig in {c} | _deletes(c):
                buckets[(i, others, sig)].append(key)
    seen: set[tuple[str, str]] = set()
    for (i, _others, _sig), keys in buckets.items():
        if len(keys) < 2 or len(keys) > MAX_BUCKET:
            continue
        for x in range(len(keys)):
            for y in range(x + 1, len(keys)):
                a, b = sorted((keys[x], keys[y]))
                if a == b or (a, b) in seen:
                    continue
                seen.add((a, b))
                confidence = _pair_confidence(nodes[a], nodes[b], i, nodes)
                if confidence:
                    yield a, b, confidence


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def _different_people(na: Node, nb: Node, a: str, b: str) -> bool:
    """Both spellings sit in longer names that cannot be one: Ri Sol Hwan, Kang Sol Hwang."""
    longer_a = [c for c in na.contexts if len(c) > len(na.parts)]
    longer_b = [c for c in nb.contexts if len(c) > len(nb.parts)]
    for ca in longer_a:
        ca = tuple(b if p == a else p for p in ca)
        for cb in longer_b:
            if not (_inside(ca, cb) or _inside(cb, ca)):
                return True
    return False


def _near(na: Node, nb: Node) -> bool:
    """Both spellings within a few sentences of each other in some file ("Morozov … Morosov")."""
    for member in na.members & nb.members:
        pa = [o.start for o in na.occurrences if o.member == member]
        pb = [o.start for o in nb.occurrences if o.member == member]
        if min(len(pa), len(pb)) > SLIP:
            continue  # both used again and again in one article: two names, not a slip
        if any(abs(x - y) <= NEAR for x in pa for y in pb):
            return True
    return False


def _slip(na: Node, nb: Node) -> bool:
    """In one article, one spelling used again and again and the other once or twice.

    The rare one is a slip of the common one ("Lindqvist" five times, "Lindqwist"
    once), however far apart they stand.
    """
    for member in na.members & nb.members:
        ca = sum(1 for o in na.occurrences if o.member == member)
        cb = sum(1 for o in nb.occurrences if o.member == member)
        if min(ca, cb) <= SLIP and max(ca, cb) >= 2 and ca != cb:
            return True
    return False


def _pair_confidence(na: Node, nb: Node, i: int, nodes: dict[str, Node] | None = None) -> float:
    """How sure we are that two keys differing in part ``i`` are one name (0: not at all)."""
    if len(na.parts) != len(nb.parts):
        return 0.0
    a, b = na.parts[i], nb.parts[i]
    if not (close_spellings(a, b) or short_sound_spellings(a, b)):
        return 0.0
    za, zb = zipf(a), zipf(b)
    if min(za, zb) >= COMMON_NAME:
        return 0.0
    if _own_language_form(na, nb, a, b) or _word_and_foreign_form(na, nb, a, b):
        return 0.0  # "Latvija" beside Latvia, "Ghàidhlig" beside "Gàidhlig"
    if len(na.parts) == 1 and (_patronymic(na, nb) or _patronymic(nb, na)):
        return 0.55  # "Ayele Doda" … "His daughter, Meseret Ayelle": her father's name
    if len(na.parts) == 1 and (_childs_surname(na, nb) or _childs_surname(nb, na)):
        return 0.55  # "Varsella" … "His son, Karel Varsela": the father's family name
    if _different_people(na, nb, a, b):
        return 0.0  # Yegor Morozov and Ivan Morosov: two people
    if len(na.parts) == 1 and (_person_and_place(na, nb) or _person_and_place(nb, na)):
        return 0.0  # "Prof. Ilse Varsella" and "Varsela province"
    if nodes is not None and a[:-1] == b[:-1] and a[:-1] in nodes:
        return 0.0  # "the two Koreas", "South Korean": two words made from one name, Korea
    if len(na.parts) == 1 and {_slot(na), _slot(nb)} == {"given", "surname"}:
        return 0.0  # "Hamad bin Saeed" and "Hadad said": a given name is not a surname's slip
    others = na.parts[:i] + na.parts[i + 1 :]
    together = bool(na.neighbours & nb.neighbours) or _near(na, nb)
    shared_name = any(zipf(p) < COMMON_NAME and p not in titles() for p in others)
    if shared_name and i < len(na.parts) - 1:
        return 0.75  # Dmitry/Dmitri Gromov: one surname, two spellings of the given name
    if shared_name and (together or canon(a) == canon(b)):
        # Yegor Morozov/Morosov in one article; Volodymyr Zelensky/Zelenskiy anywhere
        return 0.7
    if _compound_slip(na, nb, i):
        # "Denise Wallace-Reid" / "Wallake-Reid": one half of a hyphenated surname misspelt
        return 0.6
    if max(za, zb) < RARE and together and not _two_words(na, nb, a, b):
        return 0.6
    if _slip(na, nb) and _rarer_is_unknown(na, nb, a, b) and not _two_words(na, nb, a, b):
        # "Alvarez" five times and "Alwarez" once in one article: the rare one is the slip
        return 0.6
    if len(na.parts) == 1 and (_unintroduced(na, nb) or _unintroduced(nb, na)):
        # "Katarzyna Nowak" … "Novak said": the bare surname refers back to her
        return 0.55
    if i > 0 and (_short_slip(na, nb, i) or _short_slip(nb, na, i)):
        return 0.55
    if i > 0 and (_tail_slip(na, nb, i) or _tail_slip(nb, na, i)):
        return 0.55
    given = [p for p in others if p.isalpha() and p not in titles() and p not in function_words()]
    if i == len(na.parts) - 1 and given:
        return _one_person(na, nb, a, b, nodes)
    return 0.0


_LENITED = "bcdfgmpst"  # consonants Gaelic lenites by writing an h after them
ENGLISH_WORD = 4.0  # a spelling this common is an English word, not a name's slip


def _word_and_foreign_form(na: Node, nb: Node, a: str, b: str) -> bool:
    """An everyday English word beside a spelling, other than by its accents, always written
    with letters English does not use: the word in another language ("Theatre" beside a
    street's "Teātra iela"), not a slip of either; a slip keeps the writer's alphabet."""
    if len(na.parts) != 1:
        return False  # "Abu Jaoudé": the accent may be another word's
    for word, node in ((a, nb), (b, na)):
        if zipf(word) >= ENGLISH_WORD and all(not s.isascii() for s in node.surfaces):
            return True
    return False


def _own_language_form(na: Node, nb: Node, a: str, b: str) -> bool:
    """Two spellings that are one name in two languages, not a slip.

    A country's own-language form beside its English one: Slavic and Baltic languages
    write "-ija" for English's "-ia" ("Latvija", "Lietuva" aside), and the English form is a
    country whose people's adjective English capitalises ("Latvian"); a person's name
    ("Natalia", "Natalija") has no such adjective.  And Gaelic lenition: the same word
    with an "h" after its first consonant ("Gàidhlig", "Ghàidhlig"), both written
    with the language's accents; agency copy that drops accents writes neither.
    """
    for x, y in ((a, b), (b, a)):
        if x.endswith("ija") and y == x[:-3] + "ia" and f"{y}n" in _demonyms():
            return True
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    if (
        len(long_) == len(short) + 1
        and short[:1] in _LENITED
        and long_ == short[:1] + "h" + short[1:]
    ):
        accented = all(any(not s.isascii() for s in n.surfaces) for n in (na, nb))
        lenited = nb if long_ == b else na
        return accented and _lenited_inside(lenited)
    return False


def _lenited_inside(node: Node) -> bool:
    """Gaelic lenites a word after another ("Comann Ghàidhlig"): the word with the "h" more
    follows one that is no given name.  A person's name with an "h" more ("Thaís Souza",
    "João Shouza") opens the name or follows a given name: a slip."""
    key, given = node.key, first_names()
    return any(
        c[k - 1] not in given for c in node.contexts for k in range(1, len(c)) if c[k] == key
    )


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Adjectives of nationality, lower case (resources/case/demonyms.txt)."""
    return frozenset(w.casefold() for w in data_lines("case", "demonyms.txt"))


def _two_words(na: Node, nb: Node, a: str, b: str) -> bool:
    """Two one-word names English has both seen, neither ever after a given name.

    A country and its people's name are often one letter apart (a Bantu class prefix:
    "Buganda", the kingdom, and "Baganda", its people); both are in the word list, if
    rarely, and neither is anyone's surname.  A slip of a surname is a string English
    never wrote ("Alwarez"), and the surname follows a given name somewhere.
    """
    if len(na.parts) != 1 or min(zipf(a), zipf(b)) < SEEN_WORD:
        return False
    return not (_after_given_name(na) or _after_given_name(nb))


def _person_and_place(person: Node, place: Node) -> bool:
    """One one-word name ends a longer name, as a person's surname does ("Prof. Ilse
    Varsella"), and never stands before a noun of place; the other stands before one
    ("Varsela province") and in no longer name: a person and a place a letter apart."""
    return (
        introduced(person) and not person.place_head and place.place_head and not introduced(place)
    )


def _patronymic(child: Node, parent: Node) -> bool:
    """``child`` ends a child's name as a patronymic ("His daughter, Meseret Ayelle") one
    spelling away from ``parent``, the given name that opens a full name a few sentences
    away ("Ayele Doda"): where a child's second name is the father's given name (Ethiopia,
    Eritrea, Somalia), "Ayelle" is "Ayele" misspelt, not another family's name.  Both
    spellings rare; the child's opens no full name."""
    if not child.child_name or _opens_a_full_name(child):
        return False
    if max(zipf(child.key), zipf(parent.key)) >= RARE:
        return False
    return _opens_a_full_name(parent) and _near(child, parent)


def _childs_surname(child: Node, parent: Node) -> bool:
    """``child`` ends a full name a father's possessive and a son's or a daughter's noun
    introduce ("His son, Karel Varsela"), the only time the article writes it, and is one
    spelling away from ``parent``, a surname the same article writes again and again, once
    at most a few sentences before ("Varsella said"): a son's or a daughter's family name
    is the father's, so the given names two people have tell nothing here, and the rarer
    spelling, unknown to English, is a slip.  Not two spellings that differ in their last
    letter alone, the child's in a feminine ending, a daughter's form of the name in Slavic
    and Baltic languages ("Kowalski" … "His daughter, Anna Kowalska"; "Ozols", "Ozola"),
    nor a child's name that holds the father's spelling too, before the mother's surname
    ("His son, Iker Zavala Zabala")."""
    if not child.own_child or _opens_a_full_name(child) or not _ends_a_full_name(parent):
        return False
    if any(parent.key in context for context in child.contexts):
        return False  # "His son, Iker Zavala Zabala": the father's name and the mother's
    last_letter = strip_marks(child.key)[:-1] == strip_marks(parent.key)[:-1]
    if last_letter and strip_marks(child.key).endswith(_FEMININE_ENDINGS):
        return False
    if zipf(child.key) >= RARE_SURNAME or zipf(child.key) > zipf(parent.key):
        return False
    for member in child.members & parent.members:
        own = [o.start for o in child.occurrences if o.member == member]
        other = [o.start for o in parent.occurrences if o.member == member]
        if len(own) == 1 and len(other) >= 2 and any(0 < own[0] - x <= NEAR for x in other):
            return True
    return False


# Last letters of a daughter's form of a surname ("Kowalska", "Novotná", "Ozola", "Juškaitė")
_FEMININE_ENDINGS = ("a", "e", "u")


def _opens_a_full_name(node: Node) -> bool:
    """The one-word key is the first word of a longer name somewhere ("Ayele Doda")."""
    return any(len(c) > 1 and c[0] == node.key for c in node.contexts)


def _ends_a_full_name(node: Node) -> bool:
    """The one-word key ends a longer name somewhere ("Ċensu Bonnici"), a given name the
    lists may not know before it: a surname."""
    return any(len(c) > 1 and c[-1] == node.key for c in node.contexts)


def _after_given_name(node: Node) -> bool:
    """The one-word key follows a given name somewhere ("Carlos Alvarez"): a surname."""
    key = node.key
    return any(
        c[k - 1] in first_names() for c in node.contexts for k in range(1, len(c)) if c[k] == key
    )


def _slot(node: Node) -> str:
    """Where a one-word name stands in the whole names it is used in.

    "given": always first in a longer name ("Hamad bin Saeed", "Mikko Näkkäläjärvi");
    "surname": always last, or alone ("Lina Haddad", "Haddad said"); "" when both.  A
    mention whose every word is a title or a small word ("Press and accreditation", after a
    hashtag's full stop) has an empty whole name, which says nothing of where it stands.
    """
    key = node.key
    contexts = [c for c in node.contexts if c]
    if not contexts:
        return ""
    if all(len(c) > 1 and c[0] == key and c[-1] != key for c in contexts):
        return "given"
    if all(c[-1] == key for c in contexts):
        return "surname"
    return ""


def introduced(node: Node) -> bool:
    """The name stands in a longer name somewhere in the batch ("Katarzyna Nowak")."""
    return any(len(c) > 1 for c in node.contexts)


def _unintroduced(full: Node, bare: Node) -> bool:
    """``bare`` is a surname nobody in the batch is introduced by, seen after ``full`` was.

    News names a person in full, then by surname alone.  A bare surname with no full
    name of its own anywhere in the batch refers back to someone named before it; when
    the name before it in that article has a surname one spelling away ("Katarzyna
    Nowak" … "Novak said"), it is that surname misspelt, even if Novak is a surname
    too.  A double surname is referred back to by its first part ("Fidel Ruiz
    Jiménez" … "Ruyz said").  A common word ("March" after "Helena Marsh") is no such
    surname.  A surname English knows well may still be the full name's transliterated
    twice ("Tamsin Maier" … "Mayer said": y for i), a word no sentence writes lower case.
    """
    # introduced by a longer name of its own: a name, not a slip ("Ana Lukía Soto")
    own = any(len(c) > len(bare.parts) for c in bare.contexts)
    one_word = len(full.parts) == len(bare.parts) == 1
    common = COMMON_PART if one_word and canon(bare.key) == canon(full.key) else COMMON_NAME
    if zipf(bare.key) >= common or own:
        return False
    if len(full.parts) > 1:
        # "Ana Lucía Padilla Ramos" … "Ana Lukía": a shorter form of the whole name
        if not any(len(c) > len(full.parts) and _inside(full.parts, c) for c in full.contexts):
            return False
    # The surname the bare name refers back to ends the full name, or stands after the
    # given name in a double surname ("Fidel Ruiz Jiménez" … "Ruiz said"); never first.
    elif not any(len(c) > 1 and full.key in c[1:] for c in full.contexts):
        return False
    for member in full.members & bare.members:
        mine = [o.start for o in bare.occurrences if o.member == member]
        theirs = [o.start for o in full.occurrences if o.member == member]
        if len(mine) <= SLIP and len(theirs) >= len(mine) and min(theirs) < min(mine):
            return True
    return False


def _short_slip(full: Node, short: Node, i: int) -> bool:
    """``short`` ("Ana Lukía") refers back to ``full`` ("Ana Lucía", inside "Ana Lucía
    Padilla Ramos"), the same words but for part ``i``, not the first: a person named in
    full and later by the first words of that name (two given names; a given name and the
    first surname).  The odd spelling must be unknown to English: "Ana Lucía Padilla"
    and "Ana Lucas" could be two people, one word English knows apart."""
    return (
        len(full.parts) > 1 and zipf(short.parts[i]) < RARE_SURNAME and _unintroduced(full, short)
    )


def _tail_slip(full: Node, short: Node, i: int) -> bool:
    """``short`` ("Ben Sallah") refers back to ``full`` ("Ben Salah", the end of "Fatma Ben
    Salah"), the same words but for the last: a surname of two words or more (with a
    particle, "Ben Salah", "Der Ohanessian", or double, "Padilla Ramos") used alone after
    the full name, as a one-word surname is ("Katarzyna Nowak" … "Novak said").  The
    full form must end every longer name it stands in, never open one, so its first word
    is no given name there ("Ben" stands after "Fatma"), and the odd word must be no
    common word, and the last: in a spaced name the first word may be a given name."""
    n = len(full.parts)
    if i != n - 1 or n < 2:
        return False
    longer = [c for c in full.contexts if len(c) > n]
    if not longer or any(c[-n:] != full.parts for c in longer):
        return False
    return zipf(short.parts[i]) < COMMON_NAME and _unintroduced(full, short)


def _one_person(na: Node, nb: Node, a: str, b: str, nodes: dict[str, Node] | None) -> float:
    """Two surnames one edit apart after the same given name: one person, or two?

    People who share a given name can have surnames one letter apart (Dario Velkotan
    and Dario Velkosan), so the shared given name needs one more piece of evidence:

    - the surnames are one transliterated two ways (Carlos Urkiaca/Urkiaka) and the
      less used spelling is unknown to English;
    - they are one sound written two ways (Ricci/Rikci, a hard c written k:
      Papadakis/Papadacis), written one way again and again in the batch and the
      other way once or twice;
    - two neighbouring letters swapped (Okafro/Okafor), the commonest typing slip,
      and both spellings unknown to English: surnames one letter apart are common
      (Velkotan/Velkosan), two that differ only by a swap are not;
    - the same title stands before the same given name as well (Shipping Minister
      Nikos Papadakis/Papadacis): one office, one first name, one person, whatever
      the letter, as long as the less used spelling is unknown to English;
    - the sentences that introduce the two full names describe the person with at
      least two of the same uncommon words ("Mona Hassan, whose sister and two
      nephews died in the collapse" / "Mona Hasan, whose sister …"): the same role.

    The rarity test keeps real families apart: Smith/Smyth, Jansen/Janssen and
    Herrera/Herrero are all surnames English text uses; only the same description
    joins two of them.
    """
    za, zb = zipf(a), zipf(b)
    unknown = max(za, zb) < RARE_SURNAME or _rarer_is_unknown(na, nb, a, b)
    if unknown and canon(a) == canon(b):
        # Any other one-letter difference (Momigan/Momisan) may be two people.
        return 0.55
    if max(za, zb) < RARE_SURNAME and _swapped(a, b):
        return 0.5
    if nodes is not None and one_sound(a, b) and _batch_majority(nodes, a, b):
        # A slip across files (Velkotan/Velkosan sound different: maybe two people).
        return 0.5
    if unknown and _titled_given_name(na.parts):
        return 0.5
    if len(na.roles & nb.roles) >= ROLE_SHARED:
        # "Mona Hassan, whose sister and two nephews died …" and "Mona Hasan, whose sister
        # …": one given name, one description, one person, even when both spellings are
        # surnames English knows (two Mona Hassans do not lose the same sister)
        return 0.5
    return 0.0


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring, different letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
    )


def _titled_given_name(parts: tuple[str, ...]) -> bool:
    """A title, then a given name, then the surname (last): "Minister Nikos Papadakis"."""
    if len(parts) < 3:
        return False
    given = parts[-2]
    return (
        given.isalpha()
        and given not in titles()
        and given not in function_words()
        and any(p in titles() for p in parts[:-2])
    )


def _compound_slip(na: Node, nb: Node, i: int) -> bool:
    """Part ``i`` is one half of a hyphenated surname in every spelling of both keys, the
    other halves are the same, and one of the two spellings of that half is unknown to
    English ("Wallace-Reid" / "Wallake-Reid", "Dupont-Lefèvre" / "Dupont-Lephèvre").

    A double surname names one family far more narrowly than either half: two people
    who share one half ("Ana García-Lorca", "Luis García") are never compared (their
    keys have different parts), and different given names before the two spellings
    ("Ana García-Lorca", "Luis García-Lorka") still mean two people (checked first).
    """
    a, b = na.parts[i], nb.parts[i]
    return (
        _in_compound(na, i)
        and _in_compound(nb, i)
        and min(zipf(a), zipf(b)) < RARE_SURNAME
        and not _after_particle_only(na, i)
    )


_PARTICLE_WORD = regex.compile(rf"(?i){_PARTICLE}")


def _after_particle_only(node: Node, i: int) -> bool:
    """Part ``i``'s hyphenated word holds nothing else but a particle ("Al-Harthy",
    "El-Amin"): the particle names no family, so two such names a letter or two apart
    ("Al-Harthy", "Al-Harbi") are two surnames, as "Harthy" and "Harbi" would be."""
    surface = next(iter(node.surfaces))
    k = 0
    for word in surface.split():
        parts = _word_parts(word)
        if k <= i < k + len(parts):
            others = parts[: i - k] + parts[i - k + 1 :]
            return all(_PARTICLE_WORD.fullmatch(p) for p in others)
        k += len(parts)
    return False


def _in_compound(node: Node, i: int) -> bool:
    """Every spelling of the key writes part ``i`` inside one hyphenated word."""
    for surface in node.surfaces:
        k = 0
        for word in surface.split():
            n = len(_word_parts(word))
            if k <= i < k + n:
                if n < 2:
                    return False
                break
            k += n
        else:
            return False
    return True


def one_sound(a: str, b: str) -> bool:
    """One sound written two ways: the same Metaphone code, or a c written k.

    Metaphone reads a c before e, i or y as s, but romanisations write the k of
    Greek, Slavic and Basque names either way (Nikos/Nicos, Papadakis/Papadacis).
    """
    return sounds_alike(a, b) or canon(a).replace("c", "k") == canon(b).replace("c", "k")


def sounds_alike(a: str, b: str) -> bool:
    """Two spellings of one sound (Metaphone): Ricci/Rikci, Silva/Sylva, Petrova/Petroffa."""
    return jellyfish.metaphone(a) == jellyfish.metaphone(b)


def _batch_majority(nodes: dict[str, Node], a: str, b: str) -> bool:
    """One spelling of a name part is the batch's habit and the other a rare exception.

    Counts every use of the part, alone or in a longer name ("Ricci" five times,
    "Rikci" once).  The exception must be no common word itself and seen at most
    twice; the habit at least twice as often.
    """
    na, nb = nodes.get(a), nodes.get(b)
    if na is None or nb is None:
        return False
    (minor, n_minor), (_major, n_major) = sorted(
        ((a, len(na.occurrences)), (b, len(nb.occurrences))), key=lambda x: x[1]
    )
    return n_minor <= SLIP and n_major >= max(2, 2 * n_minor) and zipf(minor) < RARE


def _rarer_is_unknown(na: Node, nb: Node, a: str, b: str) -> bool:
    """The spelling used less in the batch is unknown to English (a slip, not a family).

    Both unknown (a rare surname) counts too: one article's five "Ferraresi" and one
    "Ferrarresi" are one person.
    """
    # the one used less; on a tie, the one English knows less
    minor, major = sorted((a, b), key=lambda p: (len((na if p == a else nb).occurrences), zipf(p)))
    return zipf(minor) < RARE_SURNAME and zipf(minor) <= zipf(major)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _style(surface: str) -> str:
    return "hyphenated" if _HYPHENS.search(surface) else "spaced"


def _accents(surface: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFKD", surface) if unicodedata.combining(c))


class _Kinship:
    """Which articles of the batch share a rare name: two articles about one story do.

    A lone word spelled with and without an accent in two articles ("Ilvára" and
    "Ilvara") is one name only if the articles are about one thing: a large batch mixes
    unrelated articles, where "Ilvara Fenwarro" and "Ilvára said" are two people and a
    brand is no misspelt town.  Built on first need, once per batch.
    """

    def __init__(self, nodes: dict[str, Node]) -> None:
        self.nodes = nodes
        self._holders: dict[str, set[int]] | None = None  # rare name -> articles using it
        self._names: dict[int, set[str]] = {}  # article -> its rare names

    def _build(self) -> dict[str, set[int]]:
        holders: dict[str, set[int]] = {}
        fw, ts = function_words(), titles()
        for key, node in self.nodes.items():
            if len(node.parts) != 1 or len(key) < 4 or not key.isalpha():
                continue
            if key in fw or key in ts or zipf(key) >= RARE:
                continue
            members = node.members
            holders[key] = members
            for m in members:
                self._names.setdefault(m, set()).add(key)
        return holders

    def related(self, ours: set[int], theirs: set[int], key: str) -> bool:
        """Some article of ``ours`` and some of ``theirs`` are one, or share a rare name
        besides ``key`` (a place, a person, a people: "Ulvhaven", "Velmiran")."""
        if not ours.isdisjoint(theirs):
            return True
        if self._holders is None:
            self._holders = self._build()
        holders = self._holders
        for m in ours:
            for name in self._names.get(m, ()):
                if name != key and not holders[name].isdisjoint(theirs):
                    return True
        return False

    def named_in_full(self, node: Node) -> dict[int, set[str]]:
        """The whole names that hold a one-word key, by the articles that use them: a bare
        "Dravosić" in an article that names "Davor Dravosić" is that person, no bare word."""
        out: dict[int, set[str]] = {}
        for c in node.contexts:
            if len(c) < 2:
                continue
            whole = "".join(c).replace(" ", "")
            held = self.nodes.get(whole)
            if held is None or held is node:
                # a particle's name ("Alcalá del Río"): no form of its own; the word itself
                # spaced ("Ulv Haven" for "Ulvhaven") is no longer name
                continue
            for m in held.members:
                out.setdefault(m, set()).add(whole)
        return out


def _valid_surfaces(node: Node, kin: _Kinship) -> list[str]:
    """Spellings of a key that differ in hyphens, spaces, accents or case (not solid vs spaced)."""
    shapes = list(node.surfaces)
    if len(shapes) < 2:
        return shapes
    if len(node.parts) < 2 and len(node.key) < 2:
        # One letter is an initial ("O. Tierney") or a particle ("Ó Dálaigh"): no spelling of
        # a name, whatever its accent.
        return [max(shapes, key=lambda s: node.surfaces[s])]
    if len(node.parts) < 2:
        # One word: only accents tell its spellings apart (a capital is a sentence's, not a name's).
        by_letters: dict[str, str] = {}
        for s in shapes:
            held = by_letters.get(s.casefold())
            if held is None or node.surfaces[s] > node.surfaces[held]:
                by_letters[s.casefold()] = s
        return _one_name(node, list(by_letters.values()), kin)
    # "Al Ain" and "Alain" share letters but not words: keep only forms with all the parts.
    return [s for s in shapes if len(_HYPHENS.sub(" ", s).split()) == len(node.parts)] or shapes[:1]


def _one_name(node: Node, spellings: list[str], kin: _Kinship) -> list[str]:
    """The spellings of a one-word name that can be one name: the most used, and those that
    stand in the same whole name as one already kept, or stand alone somewhere, in an
    article about the same story as one already kept (:class:`_Kinship`).

    "Martín Herrera" and "Martin Berg" are two people whose given names are spelled
    differently, not one name misspelt; "Núñez" … "Nunez said" and "Atlético Madrid" …
    "Atletico Madrid" are one name; "Ilvara Fenwarro" in one article and "Ilvára said" in
    an unrelated one are two people.
    """
    if len(spellings) < 2:
        return spellings
    ctx = node.surface_contexts

    # a spelling's whole names, whatever its capitals (a sentence's, not a name's), by
    # letters alone ("South-East Asia" and "Southeast Asia" are one); "" for a bare use
    def whole(s: str) -> set[str]:
        return {
            "".join(c).replace(" ", "") if len(c) > 1 else ""
            for t, cs in ctx.items()
            if t.casefold() == s.casefold()
            for c in cs
        }

    def articles(s: str) -> set[int]:
        return {o.member for o in node.occurrences if o.surface.casefold() == s.casefold()}

    in_full = kin.named_in_full(node) if any("" in whole(s) for s in spellings) else {}

    # a bare use stands for the whole names its article gives ("Davor Dravosić" …
    # "Dravosić said"); "" only where the article names nobody by it in full ("the Ilvára
    # people")
    def resolved(s: str) -> set[str]:
        names = whole(s)
        if "" in names:
            names.discard("")
            for m in articles(s):
                names |= in_full.get(m, {""})
        return names

    ordered = sorted(spellings, key=lambda s: -node.surfaces[s])
    kept = [ordered[0]]
    seen = resolved(ordered[0])
    where = articles(ordered[0])
    for s in ordered[1:]:
        mine = resolved(s)
        # the same whole name anywhere; a bare word, only in an article of the same story
        if (mine & seen) - {""} or (
            "" in mine | seen and kin.related(articles(s), where, node.key)
        ):
            kept.append(s)
            seen |= mine
            where |= articles(s)
    return kept


def _group(nodes: dict[str, Node], _batch: Batch | None, glossary: Glossary | None) -> NameIndex:
    union = _Union()
    edge_conf: dict[str, float] = {}
    for a, b, conf in _spelling_edges(nodes):
        union.union(a, b)
        edge_conf[a] = max(edge_conf.get(a, 0.0), conf)
        edge_conf[b] = max(edge_conf.get(b, 0.0), conf)
    components: dict[str, list[str]] = defaultdict(list)
    for key in edge_conf:
        components[union.find(key)].append(key)
    kin = _Kinship(nodes)
    for key, node in nodes.items():
        if key not in edge_conf and len(_valid_surfaces(node, kin)) > 1:
            components[key].append(key)

    # The batch's own hyphenation habit settles ties between hyphenated and spaced forms.
    style_votes: Counter[str] = Counter()
    for keys in components.values():
        for key in keys:
            for surface, n in nodes[key].surfaces.items():
                if len(nodes[key].parts) > 1:
                    style_votes[_style(surface)] += n

    index = NameIndex(nodes, list(components.values()), defaultdict(list), {})
    # Per mention, the group with the most evidence decides, then the longer form:
    # "Sergei Lavrov" (4 uses) rather than "Foreign Minister Sergei Lavrov" (2).
    best: dict[int, tuple[int, int, Variant | None]] = {}
    candidates: dict[int, list[Variant]] = defaultdict(list)
    for keys in components.values():
        variants = {
            v.occurrence: v
            for v in _variants(nodes, keys, edge_conf, style_votes, glossary, index, kin)
        }
        total = sum(len(nodes[k].occurrences) for k in keys)
        for key in keys:
            for occ in nodes[key].occurrences:
                rank = (total, occ.words, variants.get(occ))
                if rank[2] is not None:
                    candidates[occ.mention].append(rank[2])
                held = best.get(occ.mention)
                if held is None or rank[:2] > held[:2]:
                    best[occ.mention] = rank
    for mention, (_total, _words, variant) in best.items():
        if variant is not None:
            variant = _widest(variant, candidates[mention])
            index.variants[variant.occurrence.member].append(variant)
    for found in index.variants.values():
        found.sort(key=lambda v: v.occurrence.start)
    return index


def _widest(chosen: Variant, others: list[Variant]) -> Variant:
    """A longer fix of the same mention that includes the chosen one ("Andres Zuniga" ->
    "Andrés Zúñiga" rather than only "Zuniga" -> "Zúñiga"): one edit mends the whole name."""
    wider = [
        v
        for v in others
        if v.occurrence.words > chosen.occurrence.words
        and v.occurrence.start <= chosen.occurrence.start
        and v.occurrence.end >= chosen.occurrence.end
        and chosen.replacement in v.replacement
    ]
    return max(wider, key=lambda v: v.occurrence.words, default=chosen)


def _spread(preferred: list[Occurrence], rest: list[Occurrence]) -> list[Occurrence]:
    """Places to show beside an issue: each file's first preferred form, other spellings, more."""
    firsts: dict[int, Occurrence] = {}
    for o in preferred:
        firsts.setdefault(o.member, o)
    other_firsts: dict[tuple[int, str], Occurrence] = {}
    for o in rest:
        other_firsts.setdefault((o.member, o.surface), o)
    ordered = list(firsts.values()) + list(other_firsts.values())
    chosen = {id(o) for o in ordered}
    return ordered + [o for o in preferred + rest if id(o) not in chosen]


def _part_support(nodes: dict[str, Node], key: str, keys: list[str]) -> int:
    """How often the parts by which this key differs from the others are written in the batch.

    "Matteo Ferraresi" once and "Matteo Feraresi" once is a tie, but "Ferraresi"
    alone five times more settles it: the other spelling is the slip.
    """
    shared = set(nodes[key].parts).intersection(*(nodes[k].parts for k in keys))
    return sum(
        len(nodes[p].occurrences) for p in nodes[key].parts if p in nodes and p not in shared
    )


def _differing_part(nodes: dict[str, Node], key: str, keys: list[str]) -> str:
    """How the batch most often writes the parts of ``key`` the other keys lack."""
    shared = set(nodes[key].parts).intersection(*(nodes[k].parts for k in keys))
    parts = [p for p in nodes[key].parts if p in nodes and p not in shared]
    return " ".join(nodes[p].surfaces.most_common(1)[0][0] for p in parts if nodes[p].surfaces)


def _tie_reason(
    nodes: dict[str, Node],
    keys: list[str],
    totals: dict[str, int],
    best_key: str,
    forms: Counter[tuple[str, str]],
    best_surface: str,
    style_votes: Counter[str],
) -> str:
    """Why ``best_surface`` wins, spelled out when the counts alone do not decide."""
    tied_keys = [k for k in keys if totals[k] == totals[best_key]]
    if len(tied_keys) > 1:
        support = {k: _part_support(nodes, k, keys) for k in tied_keys}
        runner_up = max(support[k] for k in tied_keys if k != best_key)
        if support[best_key] > runner_up:
            other = max((k for k in tied_keys if k != best_key), key=lambda k: support[k])
            mine, theirs = (
                _differing_part(nodes, best_key, keys),
                _differing_part(nodes, other, keys),
            )
            return (
                f"each spelling is used {totals[best_key]}×; the part that differs is written "
                f"‘{mine}’ {support[best_key]}× in the batch, ‘{theirs}’ {runner_up}×"
            )
        full = [k for k in tied_keys if introduced(nodes[k])]
        rates = {zipf(nodes[k].surfaces.most_common(1)[0][0]) for k in tied_keys}
        if len(full) == 1 and full[0] == best_key:
            why = f"‘{best_surface}’ is the one written with a full name"
        elif len(rates) > 1:
            why = f"‘{best_surface}’ is the more common spelling in English text"
        else:
            why = f"‘{best_surface}’ comes first in the batch"
        return f"each spelling is used {totals[best_key]}×; {why}"
    count = forms[(best_key, best_surface)]
    tied = [s for (k, s) in forms if k == best_key and forms[(k, s)] == count]
    if len(tied) < 2:
        return "the more frequent form"
    if any(_accents(s) < _accents(best_surface) for s in tied):
        return (
            f"each spelling is used {count}×; the accented form is suggested"
            " (agency copy drops accents)"
        )
    style = _style(best_surface)
    opposite = "spaced" if style == "hyphenated" else "hyphenated"
    if style_votes[style] > style_votes[opposite]:
        return (
            f"each spelling is used {count}×; ‘{best_surface}’ follows the batch’s usual"
            f" {style} form"
        )
    tied_style = style_votes[style] == style_votes[opposite]
    if tied_style and best_surface == nodes[best_key].intro_surface:
        return f"each spelling is used {count}×; ‘{best_surface}’ is how the full name writes it"
    if style_votes[style] == style_votes[opposite] and style == "spaced":
        return f"each spelling is used {count}×; the spaced form is suggested"
    return f"each spelling is used {count}×; ‘{best_surface}’ comes first in the batch"


def _preferred(
    nodes: dict[str, Node],
    keys: list[str],
    forms: Counter[tuple[str, str]],
    style_votes: Counter[str],
    glossary: Glossary | None,
) -> tuple[str, str, str]:
    """The spelling a group of variants should take, why, and the form it belongs to."""
    totals = {key: sum(n for (k, _), n in forms.items() if k == key) for key in keys}
    first_seen = {key: min((o.member, o.start) for o in nodes[key].occurrences) for key in keys}

    preferred_text: str | None = None
    reason = ""
    if glossary is not None:
        for _key, surface in forms:
            listed = glossary.preferred_for(surface)
            if listed:
                preferred_text, reason = listed, "the glossary’s spelling"
                break
    best_key = max(
        keys,
        key=lambda k: (
            totals[k],
            _part_support(nodes, k, keys),
            # the spelling someone is introduced by, not a bare surname that refers back
            introduced(nodes[k]),
            zipf(nodes[k].surfaces.most_common(1)[0][0]),
            -first_seen[k][0],
            -first_seen[k][1],
        ),
    )
    surfaces = [s for (k, s) in forms if k == best_key]
    best_surface = max(
        surfaces,
        key=lambda s: (
            forms[(best_key, s)],
            _accents(s),
            style_votes[_style(s)] if len(surfaces) > 1 else 0,
            # no habit either way: how the person was introduced ("Rhiannon
            # Llewellyn-Jones" … "Llewellyn Jones, whose book")
            s == nodes[best_key].intro_surface,
            _style(s) == "spaced",
        ),
    )
    if preferred_text is None:
        preferred_text = best_surface
        reason = _tie_reason(nodes, keys, totals, best_key, forms, best_surface, style_votes)
    return preferred_text, reason, best_key


def _variants(
    nodes: dict[str, Node],
    keys: list[str],
    edge_conf: dict[str, float],
    style_votes: Counter[str],
    glossary: Glossary | None,
    index: NameIndex,
    kin: _Kinship,
) -> Iterator[Variant]:
    forms: Counter[tuple[str, str]] = Counter()
    for key in keys:
        for surface in _valid_surfaces(nodes[key], kin):
            forms[(key, surface)] = nodes[key].surfaces[surface]
    if len(forms) < 2:
        return
    preferred_text, reason, best_key = _preferred(nodes, keys, forms, style_votes, glossary)
    preferred_key = best_key
    pref_occ = []
    for key in keys:
        found = [o for o in nodes[key].occurrences if o.surface == preferred_text]
        if found:
            preferred_key = key
            pref_occ.extend(found)
    for key in keys:
        index.canonical[key] = preferred_key
    pref_count = len(pref_occ) if pref_occ else 0
    tie = "each spelling is used" in reason
    for (key, surface), count in forms.items():
        if surface == preferred_text:
            continue
        if glossary is not None and (
            glossary.is_forbidden(surface) or glossary.preferred_for(surface) not in (None, surface)
        ):
            continue  # consistency.glossary reports it
        spelling = (
            key != preferred_key
            or _HYPHENS.sub(" ", surface).casefold() != _HYPHENS.sub(" ", preferred_text).casefold()
        )
        verb = "spelled" if spelling else "written"
        where = len({o.member for o in pref_occ})
        if pref_count:
            seen = f" {pref_count}× in {where} file{'s' if where != 1 else ''} of this batch"
        else:
            seen = ""
        message = f"‘{surface}’ ({count}×) is {verb} ‘{preferred_text}’{seen}: {reason}"
        base = edge_conf.get(key, 0.85) if spelling else 0.85
        confidence = round(max(0.3, base - (0.2 if tie else 0.0)), 2)
        others = _spread(
            pref_occ,
            [
                o
                for other_key in keys
                for o in nodes[other_key].occurrences
                if o.surface not in (preferred_text, surface)
            ],
        )
        # Every other place, uncapped; ``others`` never holds this spelling, so one tuple
        # serves all its occurrences (no copy per occurrence).
        related = tuple(others)
        for occ in nodes[key].occurrences:
            if occ.surface == surface:
                yield Variant(occ, preferred_text, message, confidence, related)


def name_index(batch: Batch, glossary: Glossary | None = None) -> NameIndex:
    return batch.memo("consistency.names", lambda b: build_index(b, glossary))


def _finish(fold: NameFold, r: Resolver) -> NameIndex:
    return _group(fold.nodes, None, r.index(GLOSSARY))


# The batch's names, grouped into spellings of one name (read by figures' reduce).
NAMES: BatchIndex[list[Mention], NameFold, NameIndex] = BatchIndex(
    "consistency.names", file_mentions, NameFold, add_mentions, _finish, needs=(GLOSSARY,)
)

# What the name-variant check reads: each member's variants to flag.
NAME_VARIANTS: BatchIndex[None, None, dict[int, list[Variant]]] = derived(
    "consistency.name-variants", lambda _a, r: r.index(NAMES).variants, needs=(NAMES,)
)
