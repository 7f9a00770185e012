"""Capitalised words in mid-sentence that are no part of a name (no check is registered here).

Used by case.capitalised-noun beside its nationality-adjective rule.  Thirteen kinds, each
needing evidence beyond the capital itself, since a capital in mid-sentence is usually a
name:

* ``after_name``: a word that never ends a name, before a lower-case word: an auxiliary,
  a preposition or, after a name that is no English word, an adverb of degree (``Mali Were
  reinforced``, ``Martinelli Inside the area``, ``the border with Tarvel Almost to``;
  unending_adverbs.txt) or a verb in
  the past tense (``Lewandowski Scored a hat-trick``, ``farmers Reported losses``; after a
  name that is no English word, any form lemminflect knows only as a past tense:
  ``Xingyi Stood more than``, or as a past tense and an adjective, never a noun:
  ``the Tarva Broke its banks``; after a given name it is a surname, ``Edward Said told``).
  So does an everyday adverb in -ly that is nothing else, after a name that is no
  English or given name (``her office in Tarvoli Shortly after midnight``), and a past
  tense closing a relative clause with no "that" after a determiner and a plural of
  people (``one of the nurses Tarvo Trained.``), and an -ing form that is nothing else before
  what a verb takes or "for", when it is one of seeking, waiting or moving (``shops in
  Tarvel Looking for an alternative``; seeking_gerunds.txt: not "Racing" or "Mining",
  which end teams' and firms' names).  A route's preposition ("Into", "Through",
  "Across", …) between a place named alone after a preposition and "the" and a place's
  name ending in a place's head ends no name either (``from the coast at Tarvel Into the
  Varsk Mountains reopened``); not before an event's noun or an apposition (``the Tarvel
  Across the Bay race``).
  A past tense also ends no name before a full stop or comma when it closes a
  quotation's attribution (``…,” Abdel Hadi Said.``); "More" or "less" before a word
  that can only be an adjective compares (``Sulawesi More vulnerable``), and so does
  either before "than" after a name that is no given name (``Tbilisi More than``), and a third
  person after a name takes its object or infinitive (``Amman Switches to``), or, when
  it is nothing but a verb's after a surname the text gives after a given name, "that" or
  a quantifier (``Ilse Varnow … Varnow Lets both``; not ``Uber Eats every night``), and one
  that says where a place is takes a preposition of place (``the town of Varsk Sits on
  the edge``; resources/case/location_verbs.txt, a closed list: ``Uber Eats in London``
  is a name), and so
  does a word lemminflect knows only as a verb after a place or a region's name, before
  no plain noun and no finite verb (``Moravia Expect a``, ``the Arctic Remain far``),
  and before "and" when it joins another verb's bare form before a small word
  (``Fans in Korvel Sing and clap for``; ``the Tarvel Sing and Dance Troupe`` is a
  name).
  "This", "these" and "those" after a name before a lower-case noun are a determiner
  (``enrolled in Velmora This spring``; with a full stop lost the capital is wrong all
  the same), and "Rose", "Fell" or another past tense after a name before a change by a
  share is a market report's verb (``Kestrel Foods Rose 3.1%``).
  A third person after a name is a verb, too, when no other word of its clause could
  be the clause's finite verb (``Instead, Okonjo Walks slowly to the front of the
  stage, still singing, while``; not ``Shoppers at Tesco Stores in Leeds, meanwhile,
  said``), and "That" before a subject pronoun and its verb opens a clause (``in
  Almaty That he would appeal``; with a full stop lost the capital is wrong all the
  same), and so does "That" before a determiner, its noun's words and their verb
  (``in Kaunas That the old pumping station had failed``); "That" or "Which" after a name
  that is no English word, before a verb's third person or a modal, is a relative
  pronoun (``a government in Tarvel That listens``); a subordinator whose clause
  runs to the sentence's end with no comma hangs on the sentence before it (``to Tartu
  and Valga Until its systems were restored.``), and "Will" after a place's name before
  a verb's bare form, perhaps after an adverb, is the modal (``Mosul Will not reopen``,
  ``Varkoni Will next play``; "May" may be a month and
  "Can" a given name, so neither is taken).  A preposition before a figure ends no
  name either (``Varnholm From 2014``, ``won in Velmori With 61% of the vote``).  A
  past tense after a name
  that is no English word takes a figure for its object as a lower-case word
  (``Haldane Cleared 2.05 metres``), and a third person after a person's full name (a
  given name and a name that is no English word) takes a determiner and a capital for
  its object (``Elena Varkoni Heads the Institute of …``): a title may put a small word
  before a capital (``Dancing With the Stars``), but a person's name ends in no verb.
  A verb's present or past after a name that is no English word takes a possessive or
  an object pronoun when a plural noun and a preposition stand before the name, its
  clause's subject (``people in Varsk Measure their lives``; not ``At Kelvo Market his
  family``, ``explained to Kelvo Watch his reasons``), unless the word heads names
  (``Tarvi Air``).
  "Since" or "Until" after a name before a year, and "Early", "Late", "Earlier" or
  "Later" after a name that is no English or given name before a day or a part of one,
  are words of time (``lived in Tarvel Since 2011``, ``off Koh Varan Early on Friday``;
  after a given name "Early" is a surname).
  A reflexive pronoun ends no name after one that is no English word, whatever follows
  (``in French or Tarvic Themselves.``), nor does a subordinator before a quotation that
  opens in lower case and runs to the sentence's end (``voted for Tarvesh Because "she
  came twice".``); "That" before a quantifier, "of" and the words of its verb's subject
  opens a clause as before a determiner (``books in Tarvic That many of them could
  read``).  A short quotation closed by a comma and its attribution, with a lower-case
  content word in it, is speech, not a title, and is read (``"The price in Port Varnela
  Went up," she said``; ``"Let It Be," she said`` stays a title).
  A quotation's straight quote opens only at a
  word's start, so an attribution between two quotations (``…,” Van Dijkstra Said.
  "She…``) is no short quotation.
  Names end in nouns: ``Manchester United`` and the other exceptions are in
  resources/case/name_final_words.txt; a pair the text repeats is a name, and so is a
  title after a noun that introduces one (``the series Lost``;
  resources/case/work_nouns.txt).  A past tense after a given name is a verb when the
  name ending there is written elsewhere without it (``Hamid Omar Said the union …``
  beside ``Hamid Omar, 52,``), though it may be a surname (``Edward Said told``).
* ``shared_place_head``: a place's plural head two names share, after a lower-case word
  (``the Tarsk and Velno Valleys``): news style lower-cases it ("the Niger and Benue
  rivers"); not "Islands", "Mountains" or "States", which end names of their own.
* ``adjective_after_name``: a plain adjective between a name and a lower-case noun, or a
  gerund and its noun (``in Manhattan Federal court``, ``the Tarn Vellor Coastal rowing
  race``): names end in nouns, so the adjective modifies the noun after it.  Only a
  classifying adjective (no verb, no comparative: lemminflect) after a word that is no
  English word and no given name; adjectives that do end names
  (``Grand Central station``) are in resources/case/name_final_words.txt.
* ``title_after_possessive``: a person's title of common words after the possessive of a
  lower-case noun, before no name (``the agency's Budget Director, told``): news style
  writes a title that stands alone or in apposition in lower case.
* ``hyphenated``: a compound of two everyday words with a capital on the first only
  (``the Georgian Film-maker``, ``the Lekki Free-trade zone``); a name's compound has a
  capital on each part (``Rolls-Royce``) and a place before ``-based``, ``-born``… keeps
  its capital (resources/case/name_suffixes.txt).  After a name, a compound that
  qualifies no noun is a given name (``Cho Eun-young said``, ``Na Young-mi,``).
* ``counted_after_name``: a capitalised plural an amount counts after a place's or a
  firm's name no dictionary knows (``1.5 billion Kinshasa Francs``, ``40 Tbilisi
  Nationals``, ``900 fewer Tarvel Dinars``): what an amount counts is a common noun;
  not after a year (``the 2030 Lisbon Games``), nor a plural the text capitalises
  elsewhere, nor one a noun follows (``40,000 Kaizer Chiefs shirts``: a team's name
  qualifying what is counted).
* ``one_of_many_after_name``: a body's head (resources/case/body_heads.txt) after "a"
  and a place's name no dictionary knows, before a small word or punctuation (``a lawyer
  with a Varnak Group that``, ``a Tarvel Court in the north``): a name is one of a kind and
  takes no "a"; before a noun the pair may qualify it as a name does (``a Varnak Group
  official``).
* ``head_of_an_indefinite``: a body's or a branch's head (body_heads.txt,
  branch_heads.txt) after a place's name no dictionary knows, before "of", "a" or "an"
  and a lower-case word (``runs the Varnak Office of a conservation group``): what "of"
  joins to a name's head is named itself ("the Office of Fair Trading"), so the head is
  what one body among many has in the place ("the Nairobi office of a law firm").
* ``kind_after_a_name``: "Holiday", "Season" or "Weekend", or "Newspaper", "Magazine",
  "Website" or "Broadcaster", after "the" and a name no dictionary knows, before a small
  word or punctuation (``during the Varsak Holiday,``, ``according to the Varnik
  Newspaper.``): news writes "the Diwali holiday", "the Nikkei newspaper"; not
  "Festival", "Period" or "Channel", which head names.
* ``family_after_a_name``: "Family" or "Stable" after a family's name, before
  punctuation or a lower-case word (``owned by the Al Varni Family,``, ``(Al Tarsi
  Stable)`` in a numbered results line, ``the Vardani Family said`` in a text that
  writes "family" too): news writes "the Al Thani family"; a pair the text repeats with
  the capital is a name.
* ``coast_of_a_named_sea``: "Coast", "Coastline" or "Shore" after "the" and a name that
  is no English word, which the text also writes before "Sea" or "Ocean", before
  punctuation, a small word, a preposition or a verb (``along the Andaman Coast as``
  beside "the Andaman Sea"): news writes "the Andaman coast"; not "the Coral Coast".
* ``lowered_head``: a place's head capitalised after a name that is no English word,
  when the text writes the head in lower case after other names (``near Velko Station``
  beside "Dorvik station"; a division's head after any division's: ``the Birsk District of
  Zarva`` beside "the Zarva region"; checks/rules/case/_lower_heads.py).
* ``inconsistent``: the document itself writes the same pair in lower case elsewhere
  (``the Convoy`` beside ``the convoy``; ``Russian Forces`` beside ``Russian forces``),
  after a capitalised word "a" or "an" governs in the noun's other number too (``a
  restored Sufi Shrine`` beside ``Sufi shrines``; after "the" or a possessive the pair may
  name a body beside its kind, "the Catholic Church" beside "Catholic churches").
  A word inside a name is no such pair: a capitalised possessor before a capital
  (``the Farmer's Market Board``), a word after two capitals, the second perhaps a
  possessive (``the Varnak Exporters’ Association`` beside "the exporters’ association":
  news shortens a name in lower case), or a word after a run of capitals that
  "of", "for", "on" or a possessive joins and that ends in a capitalised common word
  (``the Tribunal on Forest Crimes`` beside "forest crimes", ``the Board for Water
  Safety``, ``the State Attorney's Office``); after a proper name the word starts
  a phrase of its own (``the Bank of Latvia Governor`` beside "governor" is flagged).

A verb capitalised after a place's or a product's name before "for" and a price or a span
ends the name (``50 kilograms of Varkhi Sold for about $25``, ``Villagers in Qarabad Waited
for 2 weeks``; ``_for_a_price_or_span``, ``_place_name_before``).

Adjectives of identity that style guides capitalise (``Indigenous``, ``Aboriginal``;
resources/case/identity_adjectives.txt) are no plain adjective between a name and a noun.

Left alone everywhere: sentence and line starts, after a colon, quotation marks or a
bracket, short quotations (titles of works; one of eight words or more with three
lower-case content words is speech and is read), title-case lines and short headings (a
headline of eight words or more in sentence case is a sentence; a line with four
lower-case content words or more is prose, however many names it holds, while a title
or a photo credit has fewer), words the batch
capitalises elsewhere, and a capital followed by another capital (a longer name).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex
from lemminflect import getAllInflections, getAllLemmas, getLemma

from copydesk.checks.data import data_lines, word_set
from copydesk.checks.language import OBJECT_PRONOUNS, fold, function_words, reporting_verbs
from copydesk.checks.lexicon import zipf
from copydesk.checks.rules.case import _lower_heads as lower_heads
from copydesk.checks.rules.case._common import (
    demonym_words,
    ends_sentence,
    is_heading_like,
    mid_sentence_capitals,
)
from copydesk.checks.rules.case.mid_sentence_capital import _gerund_only, _title_case_line
from copydesk.checks.rules.consistency.common import titles
from copydesk.checks.rules.grammar._wordclass import (
    base_verb,
    finite_verb,
    gradable_adjective,
    may_be_finite,
    past_tense_no_noun,
    plural_noun,
    verb_form,
    word_classes,
)
from copydesk.checks.rules.pronoun._people import (
    QUOTE_MARK,
    first_names,
    person_nouns,
    plural_of_person,
    resource_words,
)
from copydesk.checks.rules.word._shared import sentence_starts, word_list

COMMON = 3.0  # the lower-case form must be an everyday word
STEM_COMMON = 3.5  # "scored" -> "score": the stem of a past tense must be common too
COMPOUND = 4.0  # both parts this common when English has no closed form ("Free-trade")
SENTENCE_HEADLINE = 8  # a heading of this many words or more is a sentence in sentence case
SHORT_QUOTE = 80  # a quotation this short may be a title ("Gone With the Wind")

# Words that may open a clause: after a name they may be a missing sentence break rather
# than a stray capital, and "Varga He arrived" is the mid-sentence-capital check's case.
_CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "nor", "so", "then", "if", "because", "while", "although", "though"}
    | {"since", "unless", "until", "whether", "when", "where", "why", "how", "what", "who"}
    | {"which", "whom", "whose", "will", "may", "can", "must", "up", "down", "out", "off"}
    | {"one", "no", "not", "all", "some", "any", "each", "every", "both", "either", "neither"}
    | {"such", "own", "same", "other", "another", "more", "most", "less", "least", "much"}
    | {"many", "few", "there", "here", "am", "be", "do"}
)
# Prepositions the function-word list leaves out.
PREPOSITIONS = frozenset(
    {"inside", "outside", "near", "behind", "beyond", "below", "above", "beside", "despite"}
    | {"throughout", "along", "alongside", "around", "amid", "via", "except", "underneath"}
)
# Past tenses without -ed that are never the end of a name.
_IRREGULAR_PAST = frozenset(
    {"said", "told", "took", "gave", "spoke", "wrote", "became", "began", "knew"}
    | {"thought", "brought", "bought", "sought", "taught", "caught", "chose", "drove", "sent"}
    | {"spent", "sold", "paid", "kept", "felt", "built"}
)
_CAP_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-.])(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’\-])")
_HYPHENATED = regex.compile(r"(?<![\p{L}\p{N}'’\-.])(\p{Lu}\p{Ll}+)-(\p{Ll}{2,})(?![\p{L}\-])")
_NEXT_LOWER = regex.compile(r"[^\S\n](\p{Ll}[\p{Ll}'’\-]*)\b([^\S\n]+\p{Lu})?")
_OF_NAME = regex.compile(r"[^\S\n]+(?:of|for|on|de|and|&)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}")
# Searched from the end (regex.REVERSE): anchored at \Z and asked of a window before a
# position, it finds the same match without trying every start in the window
# (tests/checks/test_reverse_patterns.py).
# Two capitalised words, or one and "of"/"for"/"and", right before: the word ends a name;
# the second may be a possessive ("the Varnak Exporters’ Association").
_LONG_NAME_BEFORE = regex.compile(
    r"\p{Lu}[\p{L}\-]*[^\S\n]+(?:\p{Lu}[\p{L}\-]*(?:['’]s?)?|of|for|and|&)[^\S\n]+\Z",
    regex.REVERSE,
)
# "The", perhaps a capitalised word or two, a capitalised word and "of the" right before:
# "the Day of the Dead", "the National Museum of the Revolution" end a name (searched from
# the end, as _LONG_NAME_BEFORE).  Not "for the": "the World Cup for the First time".
_NAME_OF_THE_BEFORE = regex.compile(
    r"\b[Tt]he[^\S\n]+(?:\p{Lu}[\p{L}\-]*[^\S\n]+){0,2}(\p{Lu}[\p{L}\-]*)[^\S\n]+"
    r"of[^\S\n]+the[^\S\n]+\Z",
    regex.REVERSE,
)
# A lower-case word and then no capital ("Federal court", not "Federal court Judge Kim").
_NEXT_NOUN = regex.compile(r"[^\S\n]+(\p{Ll}{3,})\b(?![^\S\n]+\p{Lu})")
# ... or a gerund and then its noun ("Coastal rowing race"): the gerund qualifies the noun,
# and the adjective both ("rowing" is no noun to lemminflect).
_NEXT_GERUND_NOUN = regex.compile(r"[^\S\n]+\p{Ll}{2,}ing[^\S\n]+(\p{Ll}{3,})\b(?![^\S\n]+\p{Lu})")
_NEXT_CAP = regex.compile(r"[^\S\n]+(\p{Lu}[\p{L}\-]*)")
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_CAP_AFTER = regex.compile(r"[^\S\n]+\p{Lu}")
# A capitalised possessor before a capital: "the Farmer's Market Board".
_POSSESSOR_OF_A_NAME = regex.compile(r"['’]s[^\S\n]+\p{Lu}")
# A run of capitals that "of", "for" or "on" joins, a capitalised common word (or its
# possessive) last: "the Tribunal on Forest Crimes", "the Board for Water
# Safety", "the State Attorney's Office".
_JOINED_NAME_BEFORE = regex.compile(
    r"(?:(\p{Lu}[\p{L}\-]*)(?:['’]s)?[^\S\n]+(?:(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?)?)?"
    r"(\p{Lu}\p{Ll}+)(['’]s)?[^\S\n]+\Z",
    regex.REVERSE,  # as _LONG_NAME_BEFORE
)
_PREV_WORD = regex.compile(r"(\p{L}[\p{L}'’\-]*)[^\S\n]\Z", regex.REVERSE)  # as above
# A straight quote opens a quotation only at a word's start (after a space, a bracket or
# a dash): in `the gate," Van Dijkstra Said. "She left` the quote after "gate," closes one,
# and pairing it with the next would take the attribution between for a short title.
_QUOTES = regex.compile(rf"(?:[“«]|(?<![^\s(\[—–])\")[^“”\"«»\n]{{0,{SHORT_QUOTE}}}[”\"»]")


_LOWER_WORD = regex.compile(r"(?<![\p{L}'’\-])\p{Ll}{4,}(?![\p{L}'’\-])")


def title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is in title case (mid_sentence_capital's share of capitals)
    and has at most one lower-case word of four letters or more that is no small word.

    Title case leaves only small words in lower case ("with", "from"); a headline with two
    content words in lower case ("Ortiz wins 400 metres as Chilean Season opens in
    Valparaiso") is in sentence case, whatever share of its words are names.  Used by
    the nationality rule only: the detectors here keep the looser test, since a photo
    credit line of many names ("… pier of Castellmar, March 2024. © Harbour
    Authority/Via Newswire") may well be read as title case.
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    # a quoted title's own "!" or "?" ends no sentence of the headline ("Romanian Hymn
    # “Wake Up, Romanians!” Marks 175 Years")
    line = _QUOTED_TITLE.sub(_no_end_marks, text[start : end if end >= 0 else len(text)])
    if not _title_case_line(line, pos - start):
        return False
    small = function_words()
    return sum(w.group() not in small for w in _LOWER_WORD.finditer(line)) < 2


# a quotation in curly or straight double quotes within one line
_QUOTED_TITLE = regex.compile(r"[“\"][^“”\"\n]+[”\"]")


def _no_end_marks(quoted: regex.Match[str]) -> str:
    """The quotation with its full stops, "!" and "?" made commas (the same length)."""
    return quoted.group().translate(str.maketrans(".!?", ",,,"))


SPEECH_WORDS = 8  # a quotation this long, in sentence case, is speech, not a title
_SENTENCE_WORDS = 6  # a line ending in a full stop this long is a sentence, not a credit
PROSE_WORDS = 4  # a line with this many lower-case content words is prose, not a title


def _content_words(line: str) -> int:
    """How many lower-case words of four letters or more that are no small words."""
    small = function_words()
    return sum(w.group() not in small for w in _LOWER_WORD.finditer(line))


def _speech(quoted: str) -> bool:
    """A short quotation that is a sentence someone spoke, not a title: eight words or more
    and three lower-case content words ("“A farmer who sells in Minsk as in Brest will
    always go,”"); titles of works are in title case ("“Gone With the Wind”")."""
    if len(quoted.split()) < SPEECH_WORDS:
        return False
    small = function_words()
    return sum(w.group() not in small for w in _LOWER_WORD.finditer(quoted)) >= 3


# A quotation closed by a comma, then its attribution: a pronoun or up to three
# capitalised words and a verb of speech, or the verb first ("…,” she said", "…," Amal
# Haddad said", "…,” said the mayor").
_ATTRIBUTION_AFTER = regex.compile(
    r"[^\S\n]+(?:(?:he|she|they|we|I|\p{Lu}[\p{L}'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}'’\-]*){0,2})"
    r"[^\S\n]+)?(?:said|says|told|tells|added|adds|asked|asks|recalled|explained)\b"
)


def _attributed_speech(text: str, quoted: regex.Match[str]) -> bool:
    """A short quotation closed by a comma and followed by its attribution, with a
    lower-case content word in it ("“The price in Port Vardan went up,” she said"): what
    someone said, however short, not a title; a title is in title case ("“Let It Be,”
    she said" stays a title)."""
    if quoted.group()[-2:-1] != "," or not _ATTRIBUTION_AFTER.match(text, quoted.end()):
        return False
    small = function_words()
    return any(w.group() not in small for w in _LOWER_WORD.finditer(quoted.group()))


@dataclass(frozen=True)
class Stray:
    start: int
    word: str
    why: str
    own: int = 1  # how often this text itself capitalises the word in mid-sentence


@cache
def _name_final_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("case", "name_final_words.txt"))


@cache
def identity_adjectives() -> frozenset[str]:
    """Adjectives of identity style guides capitalise ("Indigenous", "Aboriginal")."""
    return frozenset(data_lines("case", "identity_adjectives.txt"))


@cache
def work_nouns() -> frozenset[str]:
    """Nouns that introduce a work's title (resources/case/work_nouns.txt)."""
    return frozenset(w.lower() for w in data_lines("case", "work_nouns.txt"))


@cache
def _performers() -> frozenset[str]:
    """Who plays in a work or a band, after its title ("the Vostrel Family star")."""
    return frozenset(w.lower() for w in data_lines("case", "performer_nouns.txt"))


@cache
def _name_suffixes() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("case", "name_suffixes.txt"))


@cache
def _never_final() -> frozenset[str]:
    """Auxiliaries, prepositions and adverbs that end no name (``Mali Were``)."""
    pronouns = {w.lower() for w in mid_sentence_capitals()}
    small = function_words() | PREPOSITIONS
    return frozenset(small - _CLAUSE_WORDS - pronouns - _name_final_words())


# Irregular past tenses that are also given names or syllables of East Asian names
# ("Lee Won", "Kim Sang", "Ran"), a word after "the" ("the Met", "the Fed") or a
# quantity ("a slew").
# a regular past tense this long ends no surname ("Approached"; "Said", "Reed" do)
LONG_PAST = 7

_PAST_BUT_NAMES = frozenset(
    {"won", "sang", "hung", "ran", "rang", "drew", "met", "lit", "slew", "fed"}
)


def _past_tense(low: str) -> bool:
    """A past tense of an everyday verb: "reported", "scored", "agreed", "said" (not "Reed")."""
    if low in _IRREGULAR_PAST:
        return True
    if not low.endswith("ed") or len(low) < 5 or (low.endswith("eed") and len(low) <= 5):
        return False
    stems = [low[:-2], low[:-1]] + ([low[:-3]] if low[-3] == low[-4] else [])
    return any(len(s) >= 3 and zipf(s) >= STEM_COMMON for s in stems)


class Context:
    """What the detectors ask of the text: where sentences start, quotes, headings.

    Everything is computed once per text or per line, so the detectors stay linear.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = sentence_starts(text)
        self._start_list = sorted(self.starts)
        self.quoted = [
            m.span()
            for m in _QUOTES.finditer(text)
            if not (_speech(m.group()) or _attributed_speech(text, m))
        ]
        self._quote_starts = [q[0] for q in self.quoted]
        self._lines: dict[int, bool] = {}
        # Capitalised words standing alone in mid-sentence somewhere: names ("Wales").
        self.capitalised = Counter(
            m.group(1) for m in _CAP_WORD.finditer(text) if m.start() not in self.starts
        )
        self.names = frozenset(self.capitalised)
        # How often each pair of words, one space apart, occurs (the first lower-cased).
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.before: dict[int, str] = {}  # a word's start -> the word one space before it
        self.before_start: dict[int, tuple[int, int]] = {}  # ... and that word's span
        self._pair_tokens(text)

    def _pair_tokens(self, text: str) -> None:
        """Fill ``pairs``, ``before`` and ``before_start`` from the text's ``_TOKEN``s.

        The tokens come from one ``findall`` (no match object per token) and each is
        placed with ``str.find`` from the end of the one before: a token starts with a
        letter or digit and every letter or digit outside a token starts one, so the
        first place the token is found is where it was matched (as ``word_spans``)."""
        pairs: list[tuple[str, str]] = []
        before, before_start, find = self.before, self.before_start, text.find
        prev, prev_start, prev_end = "", -2, -2
        at = 0
        for word in _TOKEN.findall(text):
            start = find(word, at)
            at = start + len(word)
            if start == prev_end + 1 and text[prev_end] in " \u00a0":
                pairs.append((prev.lower(), word))
                before[start] = prev
                before_start[start] = (prev_start, prev_end)
            prev, prev_start, prev_end = word, start, at
        self.pairs.update(pairs)

    def _plain_line(self, pos: int) -> bool:
        """The line holding ``pos`` is running text: no heading, not in title case."""
        start = self.text.rfind("\n", 0, pos) + 1
        if start not in self._lines:
            end = self.text.find("\n", pos)
            line = self.text[start : end if end >= 0 else len(self.text)]
            # A headline of a whole clause in sentence case ("Record low bids in Rajasthan
            # solar auction boost India's clean energy push") is running text; a short
            # heading or label may capitalise as it likes.
            heading = is_heading_like(line) and len(line.split()) < SENTENCE_HEADLINE
            # A line with four lower-case content words or more is prose however many
            # names it holds ("… flights to …, and … told airlines to avoid the area");
            # a title or a photo credit has fewer ("… on the northern pier of …").
            title = _title_case_line(self.text, pos) and _content_words(line) < PROSE_WORDS
            self._lines[start] = not (heading or title)
        return self._lines[start]

    def mid_sentence(self, pos: int, sentence: bool = False) -> bool:
        """Not a sentence start, not after a colon, quote, bracket or dash, not in a heading.

        With ``sentence``, a line that ends as a sentence does is read even when most of
        its long words are capitalised ("Tarkovsky Signed a deal with Varna on Monday."):
        a title or a credit ends in no full stop, and a line of names is short of
        lower-case content words though it is a sentence."""
        text = self.text
        if pos in self.starts or pos == 0:
            return False
        before = text[max(0, pos - 3) : pos].rstrip(" \u00a0")
        if not before or before[-1] in "\n:;\"'“‘«([—–-*•/":
            return False
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]:
            return False
        if sentence and self._sentence_line(pos) and not self._in_title(pos):
            return True
        return self._plain_line(pos)

    def _sentence_line(self, pos: int) -> bool:
        """The line holding ``pos`` ends as a sentence does and is no short heading."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        line = self.text[start : end if end >= 0 else len(self.text)]
        return ends_sentence(line) and len(line.split()) >= _SENTENCE_WORDS

    def _in_title(self, pos: int) -> bool:
        """The run of capitalised words before ``pos`` opens in mid-sentence with an
        English word: a title's ("a hit with The Night Varnova Burned in 1975"), where a
        name's run opens with the name ("Tarkovsky Signed", "Ahmed Varsi Massan Led")."""
        first = None
        span = self.before_start.get(pos)
        while span is not None and self.text[span[0]].isupper():
            first = span
            span = self.before_start.get(span[0])
        if first is None or first[0] in self.starts:
            return False
        word = self.text[first[0] : first[1]].lower()
        return word in function_words() or bool(word_classes(word))

    def next_lower(self, end: int) -> str | None:
        """The lower-case word right after ``end``, unless it is an article before a capital."""
        m = _NEXT_LOWER.match(self.text, end)
        if m is None:
            return None
        if m.group(2) and m.group(1) in ("the", "a", "an"):
            return None  # "Dancing With the Stars": a title's small word, then a capital
        return m.group(1)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos`` (from its start to the next one's)."""
        i = bisect.bisect_right(self._start_list, pos)
        start = self._start_list[i - 1] if i else 0
        end = self._start_list[i] if i < len(self._start_list) else len(self.text)
        return start, end

    def prev_word(self, pos: int) -> str:
        m = _PREV_WORD.search(self.text[max(0, pos - 40) : pos])
        return m.group(1) if m else ""


def after_name(ctx: Context) -> Iterator[Stray]:
    """An auxiliary, a preposition or a past tense capitalised in mid-sentence before a
    lower-case word: after a name ("Mali Were reinforced") or a common word ("farmers in
    the valley Reported losses").  A pair the text repeats is a name ("Lyon Reported")."""
    for m in _CAP_WORD.finditer(ctx.text):
        word = m.group(1)
        low = word.lower()
        prev = ctx.before.get(m.start(), "")
        if not prev[:1].isalpha() or prev.isupper():
            continue  # no word before, an acronym, or a figure or date ("2023-09-12 Amid")
        nxt = ctx.next_lower(m.end())
        closed = sea = None
        if low in _name_final_words():
            why = _modal_before_verb(ctx.text, m.end(), low, prev)
        else:
            closed = _ends_before_anything(ctx.text, m.end(), low, prev)
            pronoun_next = _object_pronoun_next(ctx.text, m.end(), nxt)
            why = _ends_no_name(low, prev, nxt, pronoun_next)
            why = why or _that_clause(ctx.text, m.end(), low, prev)
            why = why or _clause_to_the_end(ctx, m, low) or _time_after_name(ctx, m, low, prev)
            why = why or _frequency_adverb(ctx.text, m.start(), low, prev, nxt)
            sea = _past_after_a_sea(ctx.text, m.span(), low, prev, nxt)
            why = why or sea
            why = why or closed
        if why is None and nxt is not None and _lone_verb(ctx, m, low, prev, nxt):
            why = "a verb"
        if why is None and nxt is not None and _name_ends_before(ctx, m, low, prev):
            why = "a verb"
        if (
            why is None
            and nxt is not None
            and _past_after_a_surname(ctx.text, low, prev, word, nxt)
        ):
            why = "a verb"
        if why is None and _verb_after_a_surname(ctx.text, m.start(), low, prev, nxt):
            why = "a verb"
        if why is None and _verb_before_a_preposition(ctx, m, low, prev):
            why = "a verb"
        object_next = why is None and (
            _verb_after_full_name(ctx, m, low, prev) or _verb_before_object(ctx, m, low, prev)
        )
        object_next = object_next or (why in (None, "a verb") and _moved_by(ctx, m, low, prev))
        if object_next:
            why = "a verb"
        if why is None:
            continue
        if nxt is None and not (
            closed
            or sea
            or (why == "a verb" and (object_next or _closes_a_clause(ctx, m, prev)))
            or _preposition_before_figure(ctx.text, m.end(), low)
            or _route_between_places(ctx.text, m, low, prev)
        ):
            continue
        if nxt in ("of", "and", "de", "del", "for") and not _joins_no_name(ctx, m, why, nxt):
            continue
        if ctx.pairs[prev.lower(), word] > 1 or _after_work_noun(ctx, m.start()):
            continue  # a repeated pair is a name; "the band Rise Against" a title
        if ctx.mid_sentence(m.start(), sentence=why == "a verb" and nxt is not None):
            yield Stray(m.start(), word, why, ctx.capitalised[word])


_OF_LOWER = regex.compile(r"[^\S\n]+of[^\S\n]+\p{Ll}")


def _joins_no_name(ctx: Context, m: regex.Match[str], why: str, nxt: str) -> bool:
    """A plural number before "of" and a lower-case word ("Thousands of kilometres"); after
    a verb, "and" joining another verb ("Sing and clap for") or "for" after an -ing form
    that is nothing else ("Looking for an alternative"), or "for" and a price or a span
    (``_for_a_price_or_span``) goes on no name, as "of", "de" or "for" after a noun may ("the Tarvel
    Society for …")."""
    if nxt == "of" and m.group(1).lower() in _MULTITUDES:
        # "Thousands of kilometres": a quantity; "the Tarvel Thousands of Hope" a name
        return _OF_LOWER.match(ctx.text, m.end()) is not None
    if why != "a verb":
        return False
    if nxt == "for" and _for_a_price_or_span(ctx, m):
        return True
    if nxt == "and":
        return _verbs_joined(ctx.text, m.end())
    low = m.group(1).lower()
    if nxt == "for" and _verb_before_a_preposition(ctx, m, low, ctx.before.get(m.start(), "")):
        return _FOR_A_THING.match(ctx.text, m.end()) is not None  # "Compete for a harvest"
    return nxt == "for" and (_seeking(low) or _for_a_thing(ctx, m))


# "for", perhaps "about" or "more than", and a figure: group 1 a currency's sign before it;
# group 2 the word after it (a unit, or "million"/"billion" after a sign); group 3 what
# follows: punctuation other than a bracket, a word, or nothing
_FOR_A_FIGURE = regex.compile(
    r"[^\S\n]+for[^\S\n]+(?:(?:about|around|nearly|almost|roughly|some|over|under"
    r"|more[^\S\n]+than|less[^\S\n]+than|up[^\S\n]+to)[^\S\n]+)?"
    r"(\p{Sc})?\d[\d,.]*(?<=\d)(?:m|bn)?(?:[^\S\n]+(\p{Ll}+))?"
    r"(?:[^\S\n]*([,.;:!?]|\Z)|[^\S\n]+(\p{L}+))"
)
# Prepositions of place: a name after one is a place, and a verb after the place has it for
# its subject ("Villagers in Qarabad Waited for 2 weeks"); "of" only after a measure
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "off", "across", "around", "outside"})


# Words after a price that begin another clause or a comparison: "… but officials said",
# "… compared with 30,000 naira last year"
_PRICE_CLAUSE_ENDS = frozenset(
    {"but", "as", "while", "although", "though", "when", "where", "compared", "up", "down"}
)
# The rest of a clause, up to its punctuation
_TO_THE_STOP = regex.compile(r"[^.,;:!?\n]*")


def _for_a_price_or_span(ctx: Context, m: regex.Match[str]) -> bool:
    """ "for" and a price or a span after the verb, then punctuation or a small word: a
    figure after a currency's sign, or before a currency's unit or a span's plural ("of
    Varkhi Sold for 40,000 pounds this week", "in Tarvel Stood for 40 years."), after a
    place's or a product's name (``_place_name_before``).  A title goes on otherwise
    ("… Sold for 2 Dollars", "the Tarvoli Fought for 12 years group"), a title's
    participle in re- or un- is left ("outside Tutankhamun Revealed for 3 hours"), and so
    is a name whose own verb follows the price ("Vermeer Illuminated for $25 each sold
    out")."""
    low = m.group(1).lower()
    if low == "said" or low.startswith(("re", "un")):
        return False  # "Said" is a surname; "Revealed", "Unmasked" end titles
    if not _place_name_before(ctx.text, m.start()):
        return False
    figure = _FOR_A_FIGURE.match(ctx.text, m.end())
    if figure is None:
        return False
    unit, after = figure.group(2) or "", figure.group(4)
    if figure.group(1) and unit not in ("", "million", "billion"):
        unit, after = "", unit  # "€4.10 a kilogram"
    if after is not None and (after not in function_words() or after in ("and", "or")):
        return False  # "… for 40 years group", "… for 2 Dollars"
    rest = [figure.group(2) or "", figure.group(4) or ""]
    if figure.group(3) is None:  # no punctuation yet: the clause goes on
        rest += _TO_THE_STOP.match(ctx.text, figure.end()).group().split()
    ends = [
        k for k, word in enumerate(rest) if word in _PRICE_CLAUSE_ENDS or word in reporting_verbs()
    ]
    rest = rest[: ends[0]] if ends else rest
    if any(_only_a_verb(word) for word in rest):
        return False  # "Vermeer Illuminated for $25 each sold out": the name's verb follows
    if figure.group(1):
        return unit in ("", "million", "billion")
    return currency_unit(unit) or unit in word_list("span_nouns.txt")


def _place_name_before(text: str, start: int) -> bool:
    """The run of capitals before ``start``, words English does not know, follows a
    preposition of place or a measure's "of" ("Villagers in Qarabad", "50 kilograms of
    Varkhi"): a place or a product, whose verb follows; not a person's name after a
    verb, a noun of a deal or "by" ("fined Jaylen Held for $25,000", "the sale of Malik
    Held for £15m", "held by Tyrell Shook for 12 years"), nor a firm's ("a stake in
    Standard Chartered"); nor a name after a clause's verb, whose "for" it is ("Crowds
    gathered around Mbali Held for 30 minutes", "Fans queue outside Caravaggio Exposed"),
    or after a comma ("The choir, at Zomba Gathered for 2 hours,")."""
    words = text[text.rfind("\n", 0, start) + 1 : start].split()
    k = len(words)
    while k > 0 and regex.fullmatch(r"\p{Lu}[\p{L}\p{M}]+", words[k - 1]):
        if word_classes(words[k - 1].lower()) or _given_name(words[k - 1]):
            return False
        k -= 1
    if k == len(words) or k == 0:
        return False
    before = words[k - 1]
    if before == "of":
        return k > 1 and words[k - 2] in resource_words("measure_nouns")
    if before not in _PLACE_PREPOSITIONS:
        return False
    # "Crowds gathered around Mbali Held for 30 minutes": "for" is the earlier verb's
    clause: list[str] = []
    for word in reversed(words[: k - 1]):
        if word[-1:] in ",;:" or word.lower() in reporting_verbs() or word.lower() == "that":
            break
        clause.insert(0, word)
    opener = clause[0].lower() if clause else ""
    if not clause or opener in PREPOSITIONS or opener in _OPENING_PREPOSITIONS:
        return False  # "After a loan spell at Pyeong Sung for 6 months, she": no subject
    if opener in ("a", "an", "his", "her", "their", "its", "my", "our", "your"):
        return False  # "A senior partner at Okonkwo Heard for 22 years, Adaeze Nwosu"
    before = ""
    for word in clause:
        if _only_a_verb(word) or _verb_after(before, word):
            return False
        if "ADV" not in word_classes(word.lower()):
            before = word  # "Fans often queue": the adverb stands between
    return True


# Prepositions that open a clause's adverbial, before its subject: "After a loan spell at …"
_OPENING_PREPOSITIONS = frozenset(
    {"after", "before", "during", "since", "until", "following", "with", "without", "for"}
    | {"in", "at", "on", "from", "by", "under", "over", "of", "to", "into", "between"}
)
# Words after which a lower-case word that may be a verb is one: "will gather", "to buy"
_BEFORE_A_VERB = frozenset(
    {"will", "would", "can", "could", "should", "must", "may", "might", "to"}
    | {"i", "we", "you", "they", "he", "she", "it"}
)


def _verb_after(before: str, word: str) -> bool:
    """``word`` may be a verb and is an -ing form, or follows a modal, "to", a subject
    pronoun, a plural noun with no determiner between or a name, or is a third person
    after a singular: the clause's verb ("Fans queue outside", "Crowds will gather
    around", "Okafor read from", "learning from", "The curator works at")."""
    if not word.islower() or "VERB" not in word_classes(word):
        return False
    low = before.lower()
    named = before[:1].isupper() and (not word_classes(low) or _given_name(before))
    plural = low.endswith("s") and plural_noun(low)
    # "The curator works at", "Grace reads from": a third person after a singular subject
    third = verb_form(word, ("VBZ",)) and bool(before) and not plural
    return word.endswith("ing") or low in _BEFORE_A_VERB or plural or named or third


def _only_a_verb(word: str) -> bool:
    """A lower-case word English knows as a verb's form and as no noun: "gathered", "shown"."""
    classes = word_classes(word)
    return word.islower() and "VERB" in classes and "NOUN" not in classes


# "for", perhaps a determiner, then a lower-case word: what a verb asks or waits for, not
# the rest of a title or a body's name ("… United for Peace", "… Asked for a Miracle")
_FOR_A_THING = regex.compile(
    r"[^\S\n]+for[^\S\n]+(?:(?:a|an|the|his|her|their|its|more)[^\S\n]+)?\p{Ll}{3,}\b(?![^\S\n]+\p{Lu})"
)


def _for_a_thing(ctx: Context, m: regex.Match[str]) -> bool:
    """A regular past tense of a verb that takes "for" (resources/case/for_verbs.txt),
    capitalised after a name that is no English word nor given name, then "for" and a
    lower-case thing: "and Tarvik Asked for a recount the next day".  Not "Said", a
    surname ("arrested Kassim Said for fraud"), nor a title's "Revealed" or "Remembered"."""
    low = m.group(1).lower()
    if not low.endswith("ed") or getLemma(low, "VERB")[0] not in word_set("case", "for_verbs.txt"):
        return False
    prev = ctx.before.get(m.start(), "")
    return _a_name(prev) and _FOR_A_THING.match(ctx.text, m.end()) is not None


def _seeking(low: str) -> bool:
    """An -ing form of seeking, waiting or moving that is nothing else ("looking",
    "waiting"; resources/case/seeking_gerunds.txt), not a trade's ("racing", "mining")."""
    return low in word_set("case", "seeking_gerunds.txt") and _gerund_only(low)


# "and", a lower-case word (group 1), then a small word (group 2) or punctuation.
_AND_WORD = regex.compile(r"[^\S\n]+and[^\S\n]+(\p{Ll}+)(?:[^\S\n]+(\p{Ll}+)\b|[^\S\n]*[,.;:!?])")


def _verbs_joined(text: str, end: int) -> bool:
    """ "Fans in Korvel Sing and clap for every goal": "and" joins the capitalised
    verb to another in its bare form, before a small word or punctuation, so the two
    are the clause's verbs, not the end of a name ("the Tarvel Sing and Dance
    Troupe" is capitalised throughout)."""
    m = _AND_WORD.match(text, end)
    if m is None:
        return False
    verb = m.group(1)
    if "VERB" not in word_classes(verb) or verb.endswith(("s", "ed", "ing")):
        return False
    return m.group(2) is None or m.group(2) in function_words() or m.group(2) in PREPOSITIONS


# Prepositions that take a figure for their object: of time and place ("the port of
# Varnholm From 2014 to 2021", "Tarvel In 2019"), of company and amount ("won in Velmori
# With 61% of the vote", "left Varnakoi With 412 passengers", "Tarvel Around 300 homes").
# No name ends in one before a year or an amount; a title that does is quoted or in
# title case.
_FIGURE_PREPOSITIONS = frozenset(
    {"from", "in", "on", "at", "by", "after", "before", "between", "during", "within"}
    | {"since", "until", "with", "without", "against", "among", "around", "about"}
)
# ("Over" and "Under" are left out: before a figure they name an age group's side, "the
# Tarvel Under 21 team", "the club's Over 35s")
_FIGURE_NEXT = regex.compile(r"[^\S\n]+\d")
_YEAR_NEXT = regex.compile(r"[^\S\n]+(?:1[6-9]|20)\d\d\b")
# "early" or "later" and a time: "on Friday", "this morning", "that week", "in the day".
_TIME_NEXT = regex.compile(
    r"[^\S\n]+(?:on|in|this|that|last|next)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July"
    r"|August|September|October|November|December|morning|afternoon|evening|night|day"
    r"|week|month|year|season|century|decade)\b"
)


def _time_after_name(ctx: Context, m: regex.Match[str], low: str, prev: str) -> str | None:
    """A word of time capitalised after a place's name: "Since" or "Until" before a year
    ("has lived in Tarvel Since 2011, he said"), "Early", "Late", "Earlier" or "Later"
    before a day or a part of one ("off the island of Koh Varan Early on Friday").  No
    name ends in either before a time; a title that does ("Europe Since 1945") is quoted
    or in title case.  After a given name or a title "Early" is a surname ("Gerald Early
    on Friday", "Ms Early on Friday denied"; resources/consistency/titles.txt), so the
    word before must be a name that is no English or given name, nor a title."""
    if low in ("since", "until"):
        if prev[:1].isupper() and _YEAR_NEXT.match(ctx.text, m.end()):
            return "a word of time"
        return None
    if (
        low in ("early", "late", "earlier", "later")
        and _a_name(prev)
        and prev.lower().rstrip(".") not in titles()
    ):
        return "a word of time" if _TIME_NEXT.match(ctx.text, m.end()) else None
    return None


def _preposition_before_figure(text: str, end: int, low: str) -> bool:
    """A preposition capitalised after a word, before a figure: its object is the figure."""
    return low in _FIGURE_PREPOSITIONS and _FIGURE_NEXT.match(text, end) is not None


# Prepositions of a route, whose object after a place is the next place ("from the coast
# at Tarvel Into the Varsk Mountains"); titles open with them too ("Journey Into the
# Unknown"), after an English word
_ROUTE_PREPOSITIONS = frozenset({"into", "through", "across", "towards", "toward", "onto", "via"})
# "the" and a place's name whose last word (group 1) is a place's head, then what follows
_PLACE_AFTER_THE = regex.compile(
    r"[^\S\n]+the[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+)*(\p{Lu}\p{Ll}+)(?![\p{L}'’\-])"
    r"(?:[^\S\n]*(,[^\S\n]+(?:a|an)\b|[.,;:!?)])|[^\S\n]+(\p{Ll}+))?"
)
# heads of natural features and routes besides the listed places' ("Mountains", "Canal")
_ROUTE_HEADS = frozenset({"canal", "tunnel", "pass", "valley", "plain", "plains", "range"})
# a lower-case preposition, perhaps "the", right before the one-word name
_PREPOSITION_BEFORE_NAME = regex.compile(
    r"(?<![\p{L}'’\-])(\p{Ll}+)[^\S\n]+(?:the[^\S\n]+)?\p{L}+[^\S\n]+\Z", regex.REVERSE
)


def _route_between_places(text: str, m: regex.Match[str], low: str, prev: str) -> bool:
    """A preposition of a route capitalised between a place named alone after a
    preposition and "the" and a place's name ("from the coast at Tarvel Into the Varsk
    Mountains", "from the Mediterranean Through the Suez Canal"): the place is a name of
    no English word or a region's adjective, so no title's words run through it."""
    if low not in _ROUTE_PREPOSITIONS or not _place_then_clause(text, m.end()):
        return False
    if not (_a_name(prev) or prev in _region_names()):
        return False
    before = _PREPOSITION_BEFORE_NAME.search(text, max(0, m.start() - 40), m.start())
    return before is not None and before.group(1) in _FIGURE_PREPOSITIONS | PREPOSITIONS


@cache
def _route_heads() -> frozenset[str]:
    """Heads of places' names in lower case: natural features, listed places' heads and
    routes' ("mountain", "strait", "canal")."""
    heads = _ROUTE_HEADS | word_set("pronoun", "natural_place_nouns.txt")
    return heads | {h.lower() for h in _place_heads() | word_set("case", "lowered_heads.txt")}


def _place_then_clause(text: str, end: int) -> bool:
    """ "the" and a place's name ending in a place's head ("the Varsk Mountains", "the
    Tarvel Canal"), then punctuation, a small word or a finite verb: no event's name ("the
    Tarvel Across the Bay race"), nor one an apposition defines ("…, a swim of 2km")."""
    m = _PLACE_AFTER_THE.match(text, end)
    if m is None or (m.group(2) or "").startswith(","):
        return False
    head = m.group(1).lower()
    if head not in _route_heads() and head.removesuffix("s") not in _route_heads():
        return False
    after = m.group(3)
    return after is None or after in function_words() or after in PREPOSITIONS or finite_verb(after)


# "Will", then perhaps an adverb, then a verb's bare form: "in Karaj Will always go".
_BARE_VERB_AFTER = regex.compile(r"[^\S\n]+(?:(\p{Ll}+)[^\S\n]+)?(\p{Ll}+)\b")


def _modal_before_verb(text: str, end: int, low: str, prev: str) -> str | None:
    """ "Will" after a place's name and before a verb's bare form is the modal ("in Karaj
    Will always go", "Mosul Will not reopen"): a name that ends in "Will" ("Prince
    Will") is followed by its verb's finite form or by punctuation.  Not "May" (a month
    before a plural's verb, "the figures for May show") nor "Can" (a given name)."""
    if low != "will" or not _a_name(prev):
        return None
    m = _BARE_VERB_AFTER.match(text, end)
    if m is None:
        return None
    adverb, verb = m.group(1), m.group(2)
    # an adverb ("not", "always"; "next", an adjective too, is no noun nor verb); else
    # the first word is the verb ("Will reopen on Monday")
    classes = word_classes(adverb) if adverb is not None else frozenset({"ADV"})
    if adverb not in (None, "not") and ("ADV" not in classes or classes & {"NOUN", "VERB"}):
        verb = adverb
    return "a small word" if base_verb(verb) and not finite_verb(verb) else None


# Subordinators that end no name and seldom open a sentence of their own without a comma
# before its main clause: "…sent patients to Tartu and Valga Until its systems were
# restored on Friday."  With a comma after the clause a full stop may be what was lost.
_TRAILING_SUBORDINATORS = frozenset(
    {"until", "because", "unless", "although", "though", "whereas", "since"}
)
# The clause's words, no comma, bracket, quote or line break, then the sentence's end.
_CLAUSE_TO_THE_END = regex.compile(r"[^,;:—–()\n\"“”.!?]*[.!?]")


# Adverbs of time that close a clause and no name ("…, and to open a service to Tarvik
# Later."); not "Today", which ends news outlets' names ("Varsk Today")
_LATER = frozenset({"later", "earlier"})
_PUNCT_NEXT = regex.compile(r"[.,;:]")
_REFLEXIVES = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves"}
    | {"themselves", "oneself"}
)
# A quotation opening on a lower-case word, its clause running to the sentence's end:
# 'voted for Tarvesh Because "she came here twice".' (the quotation is part of the sentence)
_QUOTED_CLAUSE_TO_THE_END = regex.compile(r"[^\S\n]+[\"“]\p{Ll}[^,;:—–()\n\"“”.!?]*[\"”]?[.!?]")


def _ends_before_anything(text: str, end: int, low: str, prev: str) -> str | None:
    """A small word that ends no name whatever follows it, a quotation or a full stop: a
    reflexive pronoun after a name that is no English word ("in English or Tarvic
    Themselves."; a title's, "Express Yourself", follows a verb), and a subordinator
    before a quotation that opens in lower case and runs to the sentence's end (as
    _clause_to_the_end): the quotation is a piece of the writer's sentence."""
    if low in _REFLEXIVES and _a_name(prev):
        return "a small word"
    if low in _LATER and _a_name(prev) and _PUNCT_NEXT.match(text, end):
        return "a small word"  # "a service to the port of Tarvik Later."
    if low in _TRAILING_SUBORDINATORS and _QUOTED_CLAUSE_TO_THE_END.match(text, end):
        return "a small word"
    return None


def _clause_to_the_end(ctx: Context, m: regex.Match[str], low: str) -> str | None:
    """A subordinator whose clause runs to the sentence's end with no comma: it hangs on
    the sentence before it, so its capital is a stray, not a sentence's start."""
    if low not in _TRAILING_SUBORDINATORS:
        return None
    return "a small word" if _CLAUSE_TO_THE_END.match(ctx.text, m.end()) else None


# A figure and a lower-case word after a verb: its object ("Haldane Cleared 2.05 metres").
_AMOUNT_THEN_WORD = regex.compile(r"[^\S\n]+\d[\d.,]*[^\S\n]+\p{Ll}")


def _closes_a_clause(ctx: Context, m: regex.Match[str], prev: str) -> bool:
    """A verb after a name with no lower-case word next is one all the same when it closes
    a quotation's attribution ("…,” Abdel Hadi Said.") or, after a name that is no
    English word, takes a figure for its object ("Haldane Cleared 2.05 metres",
    "Okafor Scored 31 points"): a name ends in no past tense before a measure."""
    if _attribution(ctx.text, m.start(), m.end()):
        return True
    if not _a_name(prev):
        return False
    if _AMOUNT_THEN_WORD.match(ctx.text, m.end()) is not None:
        return True
    if _contact_relative(ctx.text, m) or _verb_of_a_subordinate(ctx, m):
        return True
    # a long regular past tense before a comma and a participle's clause ("as Cyclone
    # Tarvi Approached, bringing rain"): a title ends so ("Paradise Lost, the poem") only
    # in an irregular or short one, after an English word
    low = m.group(1).lower()
    return (
        len(low) >= LONG_PAST
        and low not in _IRREGULAR_PAST
        and _past_tense(low)
        and _PARTICIPLE_CLAUSE.match(ctx.text, m.end()) is not None
        and not _in_apposition(ctx, m.start())
    )


_PARTICIPLE_CLAUSE = regex.compile(r",[^\S\n]+\p{Ll}{3,}ing\b")
# a determiner and a plural right before the name: "one of the nurses " + "Tarvo Trained."
_PLURAL_BEFORE_NAME = regex.compile(
    r"(?<![\p{L}'’\-])(\p{Ll}+)[^\S\n]+(\p{Ll}{3,}s)[^\S\n]+\p{L}+[^\S\n]+\Z", regex.REVERSE
)
_CLAUSE_ENDS = regex.compile(r"[.,;!?]")


def _contact_relative(text: str, m: regex.Match[str]) -> bool:
    """A past tense after a one-word name that follows a determiner and a plural of
    people, before the clause's end: a relative clause with no "that" ("one of the nurses
    Tarvo Trained.", "the players Varsk Coached, …"), whose subject is the name; a plural
    of works may list titles ("the films Tarvel Revealed, Varsk Restored")."""
    if not _past_tense(m.group(1).lower()) or not _CLAUSE_ENDS.match(text, m.end()):
        return False
    before = _PLURAL_BEFORE_NAME.search(text, max(0, m.start() - 60), m.start())
    if before is None or before.group(1) not in _DETERMINERS:
        return False
    plural = before.group(2)
    # people's plural, not works' ("the exhibitions Tarvel Revealed, Varsk Uncovered")
    return plural_noun(plural) and plural_of_person(plural) is not None


# Subordinators whose clause needs a finite verb of its own
_CLAUSE_OPENERS = _TRAILING_SUBORDINATORS | {"when", "while"}


def _verb_of_a_subordinate(ctx: Context, m: regex.Match[str]) -> bool:
    """A past tense that is no participle and nothing but a verb's ("Began", "Came",
    "Grew"), after a name and before the clause's end, when the words since the
    sentence's last subordinator hold no other finite verb: "since more flights from
    Europe to Tarvelistan Began."  Not a form that is a participle too, which ends titles
    ("since the first Tarvel Remembered.", "Varsk Unplugged") and surnames ("Said"), nor
    after "of" or with a work's noun in the clause ("since the release of Tarvel …")."""
    low = m.group(1).lower()
    if word_classes(low) != {"VERB"} or low in _PAST_BUT_NAMES or zipf(low) < COMMON:
        return False
    if not _past_no_participle(low):
        return False
    if not _CLAUSE_ENDS.match(ctx.text, m.end()):
        return False
    start, _ = ctx.sentence(m.start())
    words = [w.group() for w in _WORD.finditer(ctx.text, start, m.start())]
    opener = max((i for i, w in enumerate(words) if w.lower() in _CLAUSE_OPENERS), default=None)
    if opener is None:
        return False
    lower = [w for w in words[opener + 1 :] if w[:1].islower()]
    if not lower or lower[-1] == "of" or any(w in work_nouns() for w in lower):
        return False  # "of" before the name's capitals: a title's or a body's
    return not any(may_be_finite(w) for w in lower)


def _past_no_participle(low: str) -> bool:
    """A past tense whose verb has a participle of another form ("began": "begun";
    "came", "grew"); lemminflect gives a regular verb's past once, as "remembered"."""
    for base in getAllLemmas(low).get("VERB", ()):
        forms = getAllInflections(base, "VERB")
        if low in forms.get("VBD", ()) and forms.get("VBN") and low not in forms["VBN"]:
            return True
    return False


# a lower-case word and a comma right before a run of capitalised words
_NOUN_COMMA = regex.compile(r"\p{Ll}[\p{L}'’\-]*,[^\S\n]+\Z")


def _in_apposition(ctx: Context, start: int) -> bool:
    """The capitalised words that end at ``start`` follow a lower-case word and a comma:
    set off by commas after a noun, they are a title in apposition ("the BBC series,
    Attenborough Explored, following his career, ends"), whose last word is no verb."""
    first = start
    prev = ctx.before_start.get(first)
    for _ in range(4):
        if prev is None or not ctx.text[prev[0] : prev[0] + 1].isupper():
            break
        first = prev[0]
        prev = ctx.before_start.get(first)
    return _NOUN_COMMA.search(ctx.text, max(0, first - 40), first) is not None


# A figure and "%" or "per cent" after it ("2.7%", "30 per cent").
_PERCENT = r"[+\-−]?\d[\d.,]*(?:[^\S\n]*%|[^\S\n]+(?:per[^\S\n]?cent|percent)\b)"
# A change by a share: a percentage, or a figure and "points" ("Rose 2.7%").
_SHARE_NEXT = regex.compile(
    rf"[^\S\n]+(?:{_PERCENT}|[+\-−]?\d[\d.,]*[^\S\n]+(?:percentage[^\S\n]+points?|points?)\b)"
)
# ... or "by", perhaps a word of degree, and a percentage ("Rose by almost 30%"); not
# points, a poll's margin ("leads Councillor Rose by nearly 10 points")
_BY_A_SHARE = regex.compile(
    r"[^\S\n]+by(?:[^\S\n]+(?:almost|nearly|about|around|roughly|some|just|more[^\S\n]+than))?"
    rf"[^\S\n]+{_PERCENT}"
)


@cache
def _market_verbs() -> frozenset[str]:
    return frozenset(data_lines("case", "market_verbs.txt"))


def _moved_by(ctx: Context, m: regex.Match[str], low: str, prev: str) -> bool:
    """ "Rose" or "fell", or another verb of a market report (resources/case/market_verbs.txt,
    a closed class: "United" and "Limited" end names), after a name and before a change by a
    share: the verb of a market report ("shares of Kestrel Marine Rose 3.1% after", "the
    Baltic index Fell 12 points").  "Rose" and "Fell" are names too, but no name stands
    before a percentage; after a given name the word is a surname ("Anna Rose, 31%")."""
    if low not in _market_verbs() or _given_name(prev):
        return False
    if _SHARE_NEXT.match(ctx.text, m.end()) is not None:
        return prev[:1].isupper()
    # after "by" a title before the name makes it a person's ("Senator Rose by 5%")
    by_share = _BY_A_SHARE.match(ctx.text, m.end()) is not None
    return by_share and prev[:1].isupper() and prev.lower().rstrip(".") not in titles()


# A determiner and a capital after a verb's third person: its object, a name ("Heads the
# Department of Forestry").
_DETERMINER_THEN_CAPITAL = regex.compile(r"[^\S\n]+(?:the|a|an|its|his|her|their)[^\S\n]+\p{Lu}")


def _verb_after_full_name(ctx: Context, m: regex.Match[str], low: str, prev: str) -> bool:
    """A third person after a person's full name, a given name and a name that is no English
    word, before a determiner and a capital: the verb and its object ("Nadia Okonkwo Runs
    the Institute of Soil Science").  The object's capital hides the lower-case word
    the other tests want, and "Dancing With the Stars" shows a title may put a small word
    there; but a person's name ends in no verb's third person, so after a full name it is
    the verb."""
    if not (low.endswith("s") and finite_verb(low) and zipf(low) >= COMMON and _a_name(prev)):
        return False
    span = ctx.before_start.get(m.start())
    given = ctx.before.get(span[0], "") if span else ""
    if not _given_name(given) or not regex.fullmatch(r"\p{Lu}\p{Ll}+", given):
        return False
    return _DETERMINER_THEN_CAPITAL.match(ctx.text, m.end()) is not None


# A determiner, a possessive or an object pronoun right after a word: what a verb takes
# ("Measure their lives", "Fund them", "Found the cause").
_OBJECT_NEXT = regex.compile(r"[^\S\n]+(?:their|its|our|my|your|his|them|us|him|me|the|a|an)\b")
# A plural noun and a preposition of place or belonging right before a name: the subject of
# the clause the name ends ("people in Varsk", "the villages of Tarsk")
_PLURAL_SUBJECT_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(\p{L}+)[^\S\n]+(?:in|of|from|across|around|near)[^\S\n]+\Z",
    regex.REVERSE,
)


# A plural right after the capital, then the word after it (none before punctuation)
_PLURAL_OBJECT = regex.compile(r"[^\S\n]+(\p{Ll}{3,})\b(?:[^\S\n]+(\p{Ll}+)\b)?(?![^\S\n]+\p{Lu})")
_COUNT_NOUNS = frozenset({"thousands", "millions", "hundreds", "dozens", "tens", "billions"})
_RELATIVES = frozenset({"who", "which", "that", "whose"})


def _verb_before_object(ctx: Context, m: regex.Match[str], low: str, prev: str) -> bool:
    """A verb's present or past after a name no dictionary knows, before a possessive or
    an object pronoun, when a plural noun and a preposition stand before the name: the
    clause's subject, the verb and its object ("people in Varsk Measure their lives", "the
    villages of Tarsk Fund them", "households in Varsk Sell grapes").  Without that
    subject the name may end in a word that is a verb too before a fronted phrase's end
    or a second object ("At Kelvo Market his family…", "explained to Kelvo Watch his
    reasons"), and a name's head is no verb
    (resources/case/institution_nouns.txt, body_heads.txt: "Tarvi Air")."""
    if not may_be_finite(low) or not _a_name(prev) or zipf(low) < COMMON:
        return False
    if m.group(1) in word_set("case", "institution_nouns.txt") or m.group(1) in _body_heads():
        return False
    span = ctx.before_start.get(m.start())
    if span is None:
        return False
    subject = _PLURAL_SUBJECT_BEFORE.search(ctx.text, max(0, span[0] - 40), span[0])
    noun = subject.group(1).lower() if subject is not None else ""
    if not (plural_noun(noun) or noun == "people"):  # "people": a plural lemminflect lacks
        return False
    if _OBJECT_NEXT.match(ctx.text, m.end()) is not None:
        return True
    # ... or a bare plural that is no verb ("households in Varsk Sell grapes to wineries"),
    # when no verb follows the plural: a name's head before a plural and a verb modifies
    # the plural, the verb's subject ("owners of Varsk Park kiosks said", "Varsk Press
    # readers signed"), and a count before the name is no subject ("thousands of"); a
    # count and "of" after it are the object ("Draw tens of thousands of visitors")
    obj = _PLURAL_OBJECT.match(ctx.text, m.end())
    if obj is None or not base_verb(low) or noun in _COUNT_NOUNS:
        return False
    plural, after = obj.group(1), obj.group(2)
    if plural in _COUNT_NOUNS and after == "of":
        return True  # "the villages around Varsk Draw tens of thousands of visitors"
    if not plural_noun(plural) or may_be_finite(plural):
        return False
    return after is None or not (may_be_finite(after) or after in _RELATIVES)


# Words after which a verb's third person takes its object or infinitive: "Amman
# Switches to", "Lewandowski Scores the"; a plural noun is seldom followed by them.
_AFTER_A_VERB = frozenset({"to", "the", "a", "an", "its", "his", "her", "their", "our"})
# ... and a past tense by "that" too ("Varsk Found that"); a plural before "that" may be a
# name's noun with its relative clause ("the Tarvi Stores that opened")
_AFTER_A_PAST = _AFTER_A_VERB | {"that"}
# ... and a third person that is nothing but a verb's (no plural noun, "argues", "lets")
# after a person's surname by "that" or a quantifier too ("Samartzi Lets both feelings",
# "Brekke Argues that"): no noun is there to take a relative clause or to be counted
_AFTER_A_VERB_ONLY = _AFTER_A_PAST | {"both", "all", "every", "each", "some", "any", "no"}
# ... nor by an object pronoun (OBJECT_PRONOUNS: "a buyer in Tarvik Finds us"), unless the
# pronoun opens a clause of its own or a pair ("the Varsk Awards us reporters compete for",
# "him and his"); the word after the pronoun's next says which
_WORD_AFTER_NEXT = regex.compile(r"[^\S\n]+\p{Ll}+[^\S\n]+(\p{L}+)")


# Prepositions of place after a verb that says where a place is ("Varsk Sits on the edge")
_OF_PLACE = frozenset(
    {"on", "in", "at", "near", "beside", "along", "between", "across", "above", "below"}
    | {"among", "over", "under", "beyond", "by", "amid", "astride", "atop"}
)


def _located_before_place(low: str, prev: str, nxt: str) -> bool:
    """A verb that says where a place is (resources/case/location_verbs.txt), in the third
    person, after a name that is no English word and before a preposition of place: "the
    town of Chibayish Sits on the edge".  A closed list: other third persons in -s there
    end firms' and teams' names as often ("Uber Eats in London")."""
    return nxt in _OF_PLACE and low in word_set("case", "location_verbs.txt") and _a_name(prev)


def _object_pronoun_next(text: str, end: int, nxt: str | None) -> bool:
    """An object pronoun after ``end``, and then neither "and" nor a plural noun."""
    if nxt not in OBJECT_PRONOUNS:
        return False
    after = _WORD_AFTER_NEXT.match(text, end)
    word = after.group(1) if after is not None else ""
    return word != "and" and not (word.islower() and plural_noun(word))


def _ends_no_name(low: str, prev: str, nxt: str | None, object_next: bool = False) -> str | None:
    """Why the capitalised word ``low`` after ``prev`` cannot end a name, if it cannot.

    A small word or a past tense ends none (a past tense lemminflect knows as nothing
    else only after a name: after an English word it may end a title, "Paradise Lost").
    "More" or "less" before a word that can only be an adjective compares ("Sulawesi
    More vulnerable"), as "Thomas More" never does, and so does either before "than"
    after a name that is no English or given name ("Tbilisi More than").  A third
    person after a name that is no English word is a verb when an object (``object_next``:
    an object pronoun, "Tarvik Finds us") or an infinitive follows ("Amman Switches to");
    "Zara Stores in Madrid" may be a name.  So is a past tense that is a base too and no
    noun before what a verb takes or "that" ("Varsk Found that", _past_no_noun).
    """
    if low in _never_final():
        return "a small word"
    if low in word_set("case", "unending_adverbs.txt") and _a_name(prev):
        return "a small word"  # "the border with Tarvel Almost to the lake"
    if _past_tense(low) and zipf(low) >= COMMON:
        # after a given name, a surname: "Edward Said told reporters"; but a long regular
        # past tense ends no one's name ("as Cyclone Tarvi Approached, bringing") unless
        # a verb of the clause follows it ("the actor Brian Blessed narrated the film")
        surname = _given_name(prev) and (
            low in _IRREGULAR_PAST
            or len(low) < LONG_PAST
            or (nxt is not None and _could_be_verb(nxt, low))
        )
        return None if surname else "a verb"
    if past_tense_no_noun(low) and low not in _PAST_BUT_NAMES and zipf(low) >= COMMON:
        # any other form that is only a verb's, after a name: "Xingyi Stood", "Hamburg
        # Fled", or an adjective's too ("the Tarva Broke its banks"; not a noun's, "Rose");
        # after an English word it may end a title ("Paradise Lost", "Made in")
        # ... or after a place's head ("the Indian Ocean Came within"): places are no titles
        return "a verb" if _a_name(prev) or prev in _place_heads() else None
    if nxt is None:
        return None
    if _manner_adverb(low) and _a_name(prev):
        return "an adverb"
    if nxt in _AFTER_A_PAST and _a_name(prev) and _past_no_noun(low):
        return "a verb"  # "Surveys on Varsk Found that": a past that is a base too, "found"
    if low in ("more", "less") and word_classes(nxt) == {"ADJ"}:
        return "a small word"
    if low in ("more", "less") and nxt == "than" and _a_name(prev):
        # "watching Tbilisi More than the data": after a name that is no English word
        # nor given name (so not "Thomas More than"), "than" makes it the comparative
        return "a small word"
    if _demonstrative_before_noun(low, prev, nxt) or _quantifier_before_noun(low, prev, nxt):
        return "a small word"
    after_a_verb = nxt in _AFTER_A_VERB or object_next
    if after_a_verb and low.endswith("s") and finite_verb(low) and _a_name(prev):
        return "a verb" if zipf(low) >= COMMON else None
    if _located_before_place(low, prev, nxt):
        return "a verb"
    if _base_verb_after_name(low, prev, nxt):
        return "a verb"
    if (nxt in _AFTER_A_VERB or nxt == "for") and _a_name(prev) and _seeking(low):
        return "a verb"  # "shops in Tarvel Looking for an alternative": a participle's clause
    return None


# The word before the name before the capital: "in" in "the school in Varsk Still turned"
_WORD_BEFORE_NAME = regex.compile(r"(\p{L}+)[^\S\n]+\p{L}+[^\S\n]+\Z", regex.REVERSE)
_SAYING = frozenset({"said", "says", "told", "added", "recalled", "explained", "wrote"})


def _a_preposition(word: str) -> bool:
    return word in PREPOSITIONS or word in word_list("prepositions.txt")


def _frequency_adverb(text: str, start: int, low: str, prev: str, nxt: str | None) -> str | None:
    """An adverb of time or frequency after a one-word name and before a verb ("said
    Tarvelyan Once sent him home", "the school in Varsk Still turned families away";
    resources/case/frequency_adverbs.txt), or, but for "still" and "once", before a
    preposition ("in Tajikistan Often through reused needles").  For "still" and "once" the
    name follows a preposition or a verb of saying, so it stands alone: after a role or a
    capital the word may be a surname ("the rower Kaisu Still won", "Coach Mirtel Still
    said"); the other adverbs end no name after a role either ("her brother Penisimani
    Sometimes changes it").  After
    a place's head behind a capital no surname can follow, so an everyday adverb in -ly is
    one there too ("the Indian Ocean Usually runs", "the Varsk Sea Still freezes"), and so
    after a preposition of place, "the" and a sea's name standing alone ("in the South
    Pacific Usually form").  "Once"
    only before a past tense: Spanish names it eleven ("at Estación Once face delays")."""
    if nxt is None or (low == "once" and not _past_tense(nxt)):
        return None
    frequency = low in word_set("case", "frequency_adverbs.txt")
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 60), start)
    word = before.group(1) if before is not None else ""
    if (_place_named(word, prev) or _a_sea(text, start, prev)) and (
        frequency or _manner_adverb(low)
    ):
        return "an adverb"
    # ... or before a preposition: "in Tajikistan Often through reused needles" (not
    # "Still" or "Once", surnames and a Spanish number)
    before_phrase = _a_preposition(nxt) and low not in _SURNAME_ADVERBS
    if not frequency or not _a_name(prev) or not (may_be_finite(nxt) or before_phrase):
        return None
    # after a role the name may have two words, and "Still" may end it ("the rower Kaisu
    # Still won"); no one is called "Often" or "Sometimes"
    role = low not in _SURNAME_ADVERBS and _role_word(word)
    if not (_a_preposition(word) or word in _SAYING or role):
        return None
    return "an adverb"


def _role_word(word: str) -> bool:
    """A person's or a relative's noun in lower case ("brother", "guide"): the one-word name
    after it is a person's, not a title's ("her debut Lagos Always in Motion"), a brand's
    ("its Safaricom Always plan") or a slogan's ("the slogan Ubuntu Always")."""
    return word.islower() and (word in person_nouns() or word in resource_words("kin_nouns"))


# Adverbs of frequency that are surnames too, or a Spanish number ("Estación Once")
_SURNAME_ADVERBS = frozenset({"still", "once"})


# "the" (or "The" opening a sentence) and perhaps a quarter of it right before a sea's name
# ("the Pacific", "the western Pacific"); group 1 the word before "the", if any
_THE_BEFORE_SEA = regex.compile(
    r"(?:(?<![\p{L}'’\-])(\p{L}+)[^\S\n]+)?\b[Tt]he[^\S\n]+(?:(?:North|South|East|West|Central"
    r"|northern|southern|eastern|western|central)[^\S\n]+)?\p{Lu}\p{Ll}+[^\S\n]+\Z"
)
# A preposition of place, "the" and perhaps a quarter before a sea's name: "in the South
# Pacific", "across the Atlantic" (not "the crew of the Atlantic Always", a ship)
_PLACE_THE_BEFORE_A_SEA = regex.compile(
    r"\b(?:in|across|over|off|on|along|from|into|throughout|around|near)[^\S\n]+the[^\S\n]+"
    r"(?:(?:North|South|East|West|Central|northern|southern|eastern|western)[^\S\n]+)?"
    r"\p{Lu}\p{Ll}+[^\S\n]+\Z"
)


def _a_sea(text: str, start: int, name: str) -> bool:
    """``name``, before ``start``, is a sea's or an ocean's standing alone after a
    preposition of place and "the" (and perhaps a quarter of it): "in the Pacific", "across
    the South Pacific"; a ship may be named so ("the crew of the Atlantic Always")."""
    if name not in _sea_names():
        return False
    return _PLACE_THE_BEFORE_A_SEA.search(text, max(0, start - 50), start) is not None


def _past_after_a_sea(
    text: str, span: tuple[int, int], low: str, prev: str, nxt: str | None
) -> str | None:
    """A past tense that is only a verb's, after "the" (and perhaps a quarter) and a sea's
    or an ocean's name standing for it, before a word that is no plain noun ("across the
    Pacific Lost a quarter of their catch", "the Arctic Grew thinner") or, after a
    preposition, a figure that counts ("in the western Pacific Voted 112-47 on Saturday",
    ``_figure_counted``): no sea's name ends so.  Without "the" the pair may be a title
    ("Arctic Lost", a film), and before a noun a series' ("the Arctic Lost series").  A
    past that is a noun too ("the Atlantic Split the field") was tried and taken back: ships,
    races and shows are named so ("On the Atlantic Rose the crew worked"; review 38b)."""
    start, end = span
    if prev not in _sea_names() or not past_tense_no_noun(low):
        return None
    if low in _PAST_BUT_NAMES or zipf(low) < COMMON:
        return None
    the = _THE_BEFORE_SEA.search(text, max(0, start - 50), start)
    if the is None:
        return None
    if nxt is None:
        after_preposition = the.group(1) is not None and _a_preposition(the.group(1).lower())
        return "a verb" if after_preposition and _figure_counted(text, end) else None
    return None if _plain_noun(nxt) else "a verb"


# A figure, then the word after it: "Voted 112-47 on Saturday", "Killed 40 people"
_WHOLE_NUMBER = regex.compile(r"\d[\d,]*")
_DECIMAL = regex.compile(r"\d+\.\d+")  # "Rose 2.5 degrees", not "the Pacific Connected 2.0 summit"
# what a whole number counts that no plural's ending shows: "Killed 12 people", "Rose 8 percent"
_COUNT_WORDS = frozenset({"percent", "per", "people"})
_FIGURE_THEN_WORD = regex.compile(r"[^\S\n]+(\d(?:[\d.,\-–]*\d)?%?)[^\S\n]+(\p{L}+)")


def _figure_counted(text: str, end: int) -> bool:
    """A figure after the past that counts or scores, before a lower-case word: no year (an
    event's name: "the Pacific Connected 2025 in Suva"), none before a capital (a title-case
    headline: "Lost 30 Boats") or a span of time ("the Arctic Revealed 20 years ago", a
    film's), and a whole number only before a plural or "percent" ("Killed 12 people"; not a
    sequel's "the Arctic Revisited 2 in 2019" nor "the Pacific Connected 40 under 40 list";
    review 39b)."""
    m = _FIGURE_THEN_WORD.match(text, end)
    if m is None or not m.group(2).islower():
        return False
    figure, after = m.group(1), m.group(2)
    if after in _TIME_UNITS or _YEAR.fullmatch(figure):
        return False  # "the Arctic Revealed 20 years ago", "the Pacific Connected 2025 awards"
    if _WHOLE_NUMBER.fullmatch(figure) or _DECIMAL.fullmatch(figure):
        return plural_noun(after) or after in _COUNT_WORDS  # not "40 under 40 list"
    return True  # a score or a share: "Voted 112-47", "Rose 8%"


_TIME_UNITS = frozenset(
    {"years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"}
    | {"seasons", "year", "month", "week", "day", "decade", "century", "hour", "minute"}
)


@cache
def _sea_names() -> frozenset[str]:
    """Seas' and oceans' adjectives that stand for them alone ("the Pacific", "the
    Adriatic"): the one-word adjectives of regions (resources/case/region_adjectives.txt)
    that sea_adjectives.txt holds too."""
    seas = {w for line in data_lines("case", "sea_adjectives.txt") for w in line.split()}
    return frozenset(w for w in _region_names() if " " not in w and w in seas)


def _place_named(word: str, head: str) -> bool:
    """A place's head after a capital: "Indian Ocean", "the Varsk Sea" (not "the Ocean
    Quickly brand", which may be a title's or a firm's)."""
    return head in _place_heads() and word[:1].isupper()


def _past_no_noun(low: str) -> bool:
    """A common verb's past tense that is a base too and no noun ("found", "put"; not "set"
    or "cut"), which ``past_tense_no_noun`` leaves out: after a name, before an object or
    "that", the name's verb.  Not a past that ends names ("Fed", "Hung", "Won")."""
    if low in _PAST_BUT_NAMES or zipf(low) < COMMON or "NOUN" in word_classes(low):
        return False
    return base_verb(low) and verb_form(low, ("VBD",))


def _manner_adverb(low: str) -> bool:
    """An everyday adverb in -ly that is nothing else ("shortly", "recently", "largely"):
    after a name that is no English or given name and before a lower-case word it ends no
    name ("her office in Tarvoli Shortly after midnight"): names end in nouns, and the
    names in -ly are names of their own ("Kelly", "Sicily") or also adjectives or nouns
    ("Daily", "Weekly", "Early"), which are left alone."""
    return low.endswith("ly") and word_classes(low) == {"ADV"} and zipf(low) >= COMMON


_DEMONSTRATIVES = frozenset({"this", "these", "those"})


def _demonstrative_before_noun(low: str, prev: str, nxt: str) -> bool:
    """ "This", "these" or "those" after a name and before a lower-case noun ("enrolled in
    Kazan This spring", "the mines near Oruro These days"): a name ends in no determiner,
    and a title that does is capitalised on ("Britain This Week") or quoted.  With a
    full stop lost the capital is wrong all the same, as "That" below."""
    if low not in _DEMONSTRATIVES or not prev[:1].isupper() or prev in demonym_words():
        return False
    return "NOUN" in word_classes(nxt) and nxt not in function_words()


# plural numbers before "of": "the North Atlantic Thousands of kilometres away"
_MULTITUDES = frozenset({"hundreds", "thousands", "millions", "billions", "dozens"})


def _quantifier_before_noun(low: str, prev: str, nxt: str) -> bool:
    """ "Every" or "each" after a name that is no English word nor given name, before a
    lower-case noun or a number in words ("went to Tarvoli Every two weeks", "the fees in
    Varsk Each year"); "several" before a plural, or a plural number before "of", after
    such a name or a region's adjective ("reach the Caribbean Several times a year", "the
    North Atlantic Thousands of kilometres away"): a name ends in no quantifier, and a title
    that does is capitalised on.  A figure after it is not read ("Every 20 minutes"): the
    context gives no next word then."""
    if low in _MULTITUDES or low == "several":
        # no name ends in these, after a region's adjective either ("the Caribbean Several
        # times", "the North Atlantic Thousands of")
        named = _a_name(prev) or prev in demonym_words()
        return named and (nxt == "of" if low in _MULTITUDES else _plural_noun_next(nxt))
    if low not in ("every", "each") or not _a_name(prev):
        return False
    if nxt in word_list("number_words.txt"):
        return True
    return "NOUN" in word_classes(nxt) and nxt not in function_words()


def _plural_noun_next(nxt: str) -> bool:
    """A lower-case plural noun, what "several" takes ("times", "villages")."""
    return nxt.endswith("s") and "NOUN" in word_classes(nxt) and nxt not in function_words()


# "in the city of Turkestan That he would appeal": "that" before a clause's subject and
# its verb opens a clause (a sentence opening so, "That he would appeal was clear", is
# rare in news; with a full stop lost the capital is wrong all the same).
_CLAUSE_AFTER_THAT = regex.compile(r"[^\S\n]+(?:he|she|they|we|it|I)[^\S\n]+(\p{Ll}+)\b")
# ... or before a subject a determiner opens, in lower case, and its verb: "in Kaunas That
# the old pumping station had failed".  No name ends in "That" before an article and a
# verb; a title that does ("All That the Rain Promises") is quoted or in title case.
_NOUN_SUBJECT_AFTER_THAT = regex.compile(
    r"[^\S\n]+(?:the|a|an|its|their|his|her|this|these)((?:[^\S\n]+\p{Ll}[\p{Ll}\-]*){2,5})"
    # ... or a quantifier and "of" before the words: "books in Tarvic That many of them
    # could read" (the quantifier's words, then their verb, as the determiner's)
    r"|[^\S\n]+(?:many|most|some|few|several|all|none|both|each|half|much)[^\S\n]+of"
    r"((?:[^\S\n]+\p{Ll}[\p{Ll}\-]*){2,5})"
)


# ... or "that" or "which" as a relative pronoun, before a verb's third person (perhaps
# after an adverb) or a modal: "a government in Helsinki That listens", "the ferry to
# Varnholm Which still runs".
_VERB_AFTER_RELATIVE = regex.compile(
    r"[^\S\n]+(?:(?:also|still|now|already|once|never|not|\p{Ll}+ly)[^\S\n]+)?(\p{Ll}+)\b"
)
_RELATIVE_MODALS = frozenset({"will", "would", "can", "could", "should", "might", "must"})


def _relative_verb(text: str, end: int) -> bool:
    """A verb's third person or a modal right after ``end``: "listens", "governs", "would",
    a regular past tense that a word follows ("a count in Tarvel That lasted three
    days"), or a bare verb before its object ("the mills in Tarvel That make the
    cloth").  Not "said" nor a past tense before a comma ("That said, …", "That
    settled, …"), nor "is" or "has" ("That is, …"): with a full stop lost those idioms
    would open a sentence."""
    m = _VERB_AFTER_RELATIVE.match(text, end)
    if m is None:
        return False
    verb = m.group(1)
    if verb in _RELATIVE_MODALS:
        return True
    if verb.endswith("ed") and _past_then_word(text, m.end(), verb):
        return True
    if base_verb(verb) and _OBJECT_NEXT.match(text, m.end()) is not None:
        return True  # a plural's verb and its object: "the workshops in Tarvel That make the"
    return verb.endswith("s") and finite_verb(verb) and base_verb(verb[:-1])


_WORD_NEXT = regex.compile(r"[^\S\n]+[\p{L}\p{N}]")


def _past_then_word(text: str, end: int, verb: str) -> bool:
    """A regular past tense ("lasted", "carried") before a word, not a comma: the verb of
    a relative clause, not an idiom's ("That said, …")."""
    if not finite_verb(verb) or _WORD_NEXT.match(text, end) is None:
        return False
    stems = (verb[:-2], verb[:-1], verb[:-3] + "y") + ((verb[:-3],) if verb[-3] == verb[-4] else ())
    return any(len(stem) >= 3 and base_verb(stem) for stem in stems)


def _that_clause(text: str, end: int, low: str, prev: str = "") -> str | None:
    """A capital "That" before a subject pronoun, or a determiner and its noun, and then a
    finite verb or a modal: a small word.  "That" or "which" after a name that is no
    English word, before a verb's third person or a modal, is a relative pronoun ("in
    Helsinki That listens"): no name ends in either before a verb ("Take That" is
    English words; "Which?" a magazine's name, with its mark)."""
    if low in ("that", "which") and _a_name(prev) and _relative_verb(text, end):
        return "a small word"
    if low != "that":
        return None
    m = _CLAUSE_AFTER_THAT.match(text, end)
    if m is not None and finite_verb(m.group(1)):
        return "a small word"
    m = _NOUN_SUBJECT_AFTER_THAT.match(text, end)
    if m is None:
        return None
    words = (m.group(1) or m.group(2)).split()
    # the subject's words, then its verb: "the old pumping station had"
    verb = next((i for i, w in enumerate(words) if finite_verb(w)), 0)
    return "a small word" if verb > 0 else None


# Words that open a clause of their own inside a sentence: a verb after them is theirs.
_SUBORDINATORS = frozenset(
    {"while", "whereas", "who", "whom", "whose", "which", "because", "although", "though"}
    | {"unless", "whether", "when", "where"}
)
_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
# After a comma these join a clause of its own, with its own verb.
_COORDINATORS = frozenset({"and", "but", "or", "yet"})
# ... and these join nothing else after a comma: "and" or "or" may join a clause's
# phrases ("at Tesco Stores in Leeds, and at Asda, said")
_CONTRASTS = frozenset({"but", "yet"})


def _lone_verb(ctx: Context, m: regex.Match[str], low: str, prev: str, nxt: str) -> bool:
    """A third person after a name that is the only word of its clause that could be a
    finite verb: "Instead, Farahani Walks alone up the central aisle, still speaking,
    while Jason calls after her" has no other verb before "while", so "Walks" is one.
    "Sales at Tesco Stores rose", "The retailer, Tesco Stores, said" have their verbs.
    Inside a quotation the clause runs from its opening mark to its closing one, and the
    word must take an object there ("“Everyone in Tarvel Knows this story,” she said";
    quoted speech may have no verb at all: "“A disaster for the shoppers at Tarvi
    Stores,” she said").  Before what a verb takes, ", but" and a word that could be a
    verb open a clause of their own ("Tarvel Knows the song, but few sing it")."""
    if not (low.endswith("s") and finite_verb(low) and zipf(low) >= COMMON):
        return False
    text, start, end = ctx.text, m.start(), m.end()
    if not (_a_name(prev) or _one_name(text, start, prev, text[start:end])):
        return False
    s_start, s_end = ctx.sentence(start)
    if "\n" in text[s_start:start] or _quoted_title(text, s_start, s_end):
        return False  # across a line or around a quoted title, the clause is unclear
    opening = _opening_mark(text, s_start, start)
    takes_object = nxt in _OBJECT_STARTS
    if opening is not None and not takes_object:
        # inside a quotation only before what a verb takes ("in Tarvel Knows this story"):
        # quoted speech may have no verb at all ("A disaster for the shoppers at X Stores")
        return False
    before: list[str] = []
    for w in _WORD.finditer(text, s_start if opening is None else opening, start):
        if w.group() in _COORDINATORS and text[max(0, w.start() - 2) : w.start()] == ", ":
            before = []  # ", and": a clause of its own begins ("…on the stage, and X Walks")
        before.append(w.group())
    after = []
    gap_from = end
    for w in _WORD.finditer(text, end, s_end):
        if w.group() in _SUBORDINATORS or (takes_object and _contrast_opens(text, w, s_end)):
            break  # a clause of its own ("while…"; "X Knows the song, but few sing it")
        if opening is not None and QUOTE_MARK.search(text, gap_from, w.start()):
            break  # the quotation closes ("…,” she said")
        after.append(w.group())
        gap_from = w.end()
    while before and before[-1].lower() not in _SUBORDINATORS:
        word = before.pop()
        if word != prev and _could_be_verb(word, before[-1] if before else ""):
            return False
    verbs = (_could_be_verb(w, after[i - 1] if i else "") for i, w in enumerate(after))
    return bool(after) and not any(verbs)


# What a verb takes, right after it: a determiner, an object pronoun, "to" or "that".
_OBJECT_STARTS = _AFTER_A_PAST | OBJECT_PRONOUNS | {"this", "these", "those"}
_OPENING_MARKS = regex.compile(r"[“«]")
_CLOSING_MARKS = regex.compile(r"[”»]")


def _opening_mark(text: str, start: int, end: int) -> int | None:
    """Where the quotation holding ``end`` opens inside ``text[start:end]``, if ``end`` is
    inside one: after the last curly opening mark with no closing one after it, or after
    an odd number of straight marks."""
    marks = [m.start() for m in QUOTE_MARK.finditer(text, start, end)]
    if not marks:
        return None
    last = marks[-1]
    if _OPENING_MARKS.match(text, last):
        return last + 1
    if _CLOSING_MARKS.match(text, last):
        return None
    straight = [i for i in marks if text[i] == '"']
    return last + 1 if len(straight) % 2 else None


def _contrast_opens(text: str, word: regex.Match[str], end: int) -> bool:
    """ "but" or "yet" after a comma opens a clause of its own when a word that could be
    its verb follows before the next comma (", but few tell it"); otherwise it opens a
    phrase of the clause it sits in (", but also in York,", ", but not in York,")."""
    if word.group() not in _CONTRASTS or text[max(0, word.start() - 2) : word.start()] != ", ":
        return False
    comma = text.find(",", word.end(), end)
    words = [w.group() for w in _WORD.finditer(text, word.end(), end if comma < 0 else comma)]
    return any(_could_be_verb(w, words[i - 1] if i else "") for i, w in enumerate(words))


def _quoted_title(text: str, start: int, end: int) -> bool:
    """A short quotation between ``start`` and ``end`` that is no one's speech: a title
    ("the film “Varsk Falls” opens"), whose words are no clause's."""
    return any(
        not (_speech(q.group()) or _attributed_speech(text, q))
        for q in _QUOTES.finditer(text, start, end)
    )


def _one_name(text: str, start: int, prev: str, word: str) -> bool:
    """``prev`` is a given name a person goes by alone, here and before in the text
    ("Tamsin, the heroine, … Tamsin Walks through them"): no surname follows it.  A
    given name first written in a full name ("Lucy Burns … Lucy said") has a surname, and
    so does one before a word the text capitalises again ("Burns scored twice")."""
    if not _given_name(prev) or regex.search(_CAPITAL_BEFORE, text[max(0, start - 40) : start]):
        return False
    if len(regex.findall(rf"(?<![\p{{L}}\p{{N}}'’\-]){regex.escape(word)}\b", text)) > 1:
        return False
    alone = (
        rf"(?<!\p{{Lu}}\p{{L}}*[^\S\n]+)(?<![\p{{L}}\p{{N}}'’\-]){regex.escape(prev)}"
        rf"(?=[,;:)'’]|[^\S\n]+\p{{Ll}})"
    )
    return regex.search(alone, text, endpos=max(0, start - 1)) is not None


# The name at the end of this stretch opens a run of capitalised words.
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’\-]*[^\S\n]+\p{L}+[^\S\n]+\Z")


_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
    | {"my", "your", "every", "each", "no"}
)


@cache
def _large_numbers() -> frozenset[str]:
    """Numbers that count the noun after them (resources/case/large_numbers.txt)."""
    return frozenset(w.lower() for w in data_lines("case", "large_numbers.txt"))


def _could_be_verb(word: str, before: str) -> bool:
    """A word that may be the clause's finite verb: not one after a determiner ("the
    front of the stage"), a preposition ("up") or a word that is also an adverb
    ("still", "back"), which reads as one first."""
    if before.lower() in _DETERMINERS or before.lower() in _large_numbers():
        return False  # "1.5 million bottles": a counted noun
    low = word.lower()
    if low in function_words() and "AUX" not in word_classes(low):
        return low in ("will", "would", "can", "could", "may", "might", "must", "shall")
    return "ADV" not in word_classes(low) and may_be_finite(low)


def _base_verb_after_name(low: str, prev: str, nxt: str) -> bool:
    """A plural's verb after a place: "Forecasters in Fiji Expect between", "across the
    Pacific Remain well above".  The word must be one lemminflect knows only as a verb
    (no noun or adjective ends a name so: "Zara Stores", "Born Free"), after a name that
    is no English word or a region's adjective used as its name ("the Pacific"), and
    before no finite verb ("Acme Translate is" may name a product) and no plain noun."""
    if word_classes(low) != {"VERB"} or zipf(low) < COMMON or finite_verb(low):
        return False
    if not (_a_name(prev) or prev in _region_names()):
        return False
    # before a plain noun the verb is a name's modifier: "the London Remain campaign"
    if _plain_noun(nxt):
        return False
    return "AUX" not in word_classes(nxt) and not finite_verb(nxt)


def _plain_noun(word: str) -> bool:
    """A noun that is no adjective, adverb or function word ("campaign", "series"): a
    capital before it may be a name's modifier."""
    classes = word_classes(word)
    return "NOUN" in classes and not classes & {"ADJ", "ADV"} and word not in function_words()


@cache
def _region_names() -> frozenset[str]:
    """Adjectives of oceans and regions, which are also their names ("the Pacific")."""
    return frozenset(data_lines("case", "region_adjectives.txt"))


# A quotation that ends in a comma, then a name: the verb of saying must follow.
_QUOTE_THEN_NAME = regex.compile(
    r"[,!?][\"”’']{1,2}[^\S\n]+(?:\p{Lu}[\p{L}'’\-]*[^\S\n]+){1,4}\Z",
    regex.REVERSE,  # as above
)
_CLAUSE_END = regex.compile(r"[.,;]")


def _attribution(text: str, start: int, end: int) -> bool:
    """A past tense that ends a quotation's attribution ("…,” Abdel Hadi Said."): after a
    quotation closed by a comma the name is the subject and a verb must come, so the
    capitalised verb is no part of it."""
    if _CLAUSE_END.match(text, end) is None:
        return False
    return _QUOTE_THEN_NAME.search(text, max(0, start - 80), start) is not None


def _after_work_noun(ctx: Context, start: int) -> bool:
    """One of the three words before ``start`` introduces a title: "the series Lost", "the
    album Ella Fitzgerald Sings" (a given name and a surname may open it)."""
    prev = ctx.before_start.get(start)
    for _ in range(3):
        if prev is None:
            return False
        if ctx.text[prev[0] : prev[1]].lower() in work_nouns():
            return True
        prev = ctx.before_start.get(prev[0])
    return False


def adjective_after_name(ctx: Context) -> Iterator[Stray]:
    """A plain adjective capitalised between a name and a lower-case noun ("in Manhattan
    Federal court", "El Anatsui Next spring"): names end in nouns, so the adjective
    belongs to the noun after it.  The word before must be a name (a word lemminflect
    does not know, not a given name, not an adjective of nationality), the adjective
    must be no verb ("Prime", "Fair", "United"), have no comparative ("Swift", "Young"
    are surnames too) and be no word that ends names ("Grand Central station";
    resources/case/name_final_words.txt)."""
    for m in _CAP_WORD.finditer(ctx.text):
        word = m.group(1)
        low = word.lower()
        if zipf(low) < STEM_COMMON or low in _name_final_words() or word in demonym_words():
            continue
        if word_classes(low) & {"VERB", "AUX", "PRON", "DET"} or "ADJ" not in word_classes(low):
            continue
        if low in word_list("feature_nouns.txt"):
            continue  # "the Irrawaddy Delta region": the noun that ends a place's name
        if gradable_adjective(low):
            continue  # "Taylor Swift", "Neil Young": surnames are gradable adjectives
        if word in identity_adjectives():
            continue  # "Kichwa Indigenous communities": house style capitalises it
        prev = ctx.before.get(m.start(), "")
        if not _a_name(prev):
            continue
        noun = _noun_next(ctx.text, m.end())
        if noun is None:
            continue
        if noun in function_words() or ctx.pairs[prev.lower(), word] > 1:
            continue  # "Vanity Fair magazine ... Vanity Fair reported": a repeated pair
        if _subject_of_a_verb(ctx.text, m.end(), low):
            continue  # "the Humboldt Current meets the Pacific": a name, the verb's subject
        if ctx.mid_sentence(m.start()):
            yield Stray(m.start(), word, "an adjective")


# A finite verb and a determiner after a word: the word ends the verb's subject
_VERB_THEN_OBJECT = regex.compile(
    r"[^\S\n]+(\p{Ll}{3,})[^\S\n]+(?:the|a|an|its|their|this|these|those)\b"
)


def _subject_of_a_verb(text: str, end: int, low: str) -> bool:
    """``low``, a noun too, comes before a verb's finite form and a determiner ("where the
    Humboldt Current meets the Pacific swell"): the capitalised pair is a name, the verb's
    subject, not an adjective before a noun.  "the Kestrava Current account deficit" has
    no verb there and stays a slip."""
    if "NOUN" not in word_classes(low):
        return False
    m = _VERB_THEN_OBJECT.match(text, end)
    return m is not None and verb_form(m.group(1), ("VBZ", "VBD"))


def _noun_next(text: str, end: int) -> str | None:
    """The lower-case noun right after ``end``, or after a gerund there ("Coastal rowing
    race"): what an adjective before it would qualify."""
    for pattern in (_NEXT_NOUN, _NEXT_GERUND_NOUN):
        m = pattern.match(text, end)
        if m is not None and "NOUN" in word_classes(m.group(1)):
            return m.group(1)
    return None


def _name_ends_before(ctx: Context, m: regex.Match[str], low: str, prev: str) -> bool:
    """A past tense after a given name that ends a two-word name the text writes
    elsewhere without it ("Omar Halabi Said workers …" beside "Omar Halabi, 47," or
    "Omar Halabi said"): the person's name ends before the word, so it is the verb,
    though it is a surname too ("Edward Said told"; _ends_no_name), and is one when the
    text writes it alone as a name ("Said, 61," or "Said's")."""
    if not (_past_tense(low) and zipf(low) >= COMMON and _given_name(prev)):
        return False
    if _surname_by_itself(ctx.text, m.group()):
        return False
    span = ctx.before_start.get(m.start())
    first = ctx.before.get(span[0], "") if span else ""
    if not regex.fullmatch(r"\p{Lu}\p{Ll}+", first) or first in demonym_words():
        return False
    return _name_ending(first, prev).search(ctx.text) is not None  # not here: "Said" follows


def _past_after_a_surname(text: str, low: str, prev: str, word: str, nxt: str) -> bool:
    """A past tense that is a given name too ("Sang", "Won"; _PAST_BUT_NAMES) after a
    surname the text gives after someone's given name ("Nazdar Qaradaghi") and uses by
    itself ("Qaradaghi's", "Qaradaghi, 38,"): the person's name ends before the word, so
    "Qaradaghi Sang new poems" holds the verb.  Not when the text writes the word alone as
    a name too ("Won, 41,"), nor before a word that may be a verb ("Kim Won said"): a
    name (two Kims, "Daniel Kim" and "Kim Won") may stand there."""
    if low not in _PAST_BUT_NAMES or not _a_name(prev) or _surname_by_itself(text, word):
        return False
    if may_be_finite(nxt):
        return False
    if not _surname_by_itself(text, prev):
        return False
    return any(_given_name(w) for w in _words_before_surname(text, prev))


def _verb_after_a_surname(text: str, start: int, low: str, prev: str, nxt: str | None) -> bool:
    """A third person that is nothing but a verb's ("lets", "argues") at ``start``, after a
    surname the text gives after a listed given name ("Kalliopi Samartzi"), before "that"
    or a quantifier: "Samartzi Lets both feelings sit".  A person's name ends before the
    verb; a brand's or a programme's may not ("Uber Eats every night", "Nigeria Decides all
    week"), and no given name stands before those; nor after a verb or a preposition, which
    makes the surname an object, the start of a show's name ("Millions hear Brekke Says
    all week", "Fans of Tarvik Eats")."""
    if nxt not in _AFTER_A_VERB_ONLY or not low.endswith("s") or word_classes(low) != {"VERB"}:
        return False
    if zipf(low) < COMMON or not _a_name(prev):
        return False
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 60), start)
    word = before.group(1) if before is not None else ""
    if word.islower() and ("VERB" in word_classes(word) or _a_preposition(word)):
        return False
    return any(_given_name(w) for w in _words_before_surname(text, prev))


# A preposition a verb goes on with to its place, partner or object ("appears on", "argues
# with", "compete for"), then a lower-case word: no title's next capital ("Argues With God").
_PREPOSITION_THEN_LOWER = regex.compile(
    r"[^\S\n]+(?:on|in|at|from|with|for|into|onto|about|against|over|through|across|after"
    r"|without|among|between|toward|towards|under|before)[^\S\n]+\p{Ll}"
)


def _verb_before_a_preposition(ctx: Context, m: regex.Match[str], low: str, prev: str) -> bool:
    """A word lemminflect knows only as a verb, capitalised once after a name that is no
    English word, then a preposition and a lower-case word, where the name is plainly the
    verb's subject: a third person after a surname the text writes after another name, its
    run of names opening a sentence or following a small word that opens a clause or a
    verb of saying ("Symphorien Gbaguidi … so that Gbaguidi Appears on the register", "his
    lawyers said Gbaguidi Eats at a stall"); or a plural's bare form after two names joined
    by "and", after no determiner or noun ("buyers from Russia and Kazakhstan Compete for a
    harvest").  A brand's, a show's, a work's or a slogan's name has the same shape ("Uber
    Eats", "Nigeria Decides", "Africa Unite"), but after a preposition, a determiner, a
    noun or a comma ("the series of Stacey Dooley Investigates", "her record Makeba Sings",
    "a campaign, Drogba Delivers"), or with no person's surname or plural subject.  Not when
    the text capitalises the word elsewhere (a surname: "Lena Sings, 40")."""
    if word_classes(low) != {"VERB"} or zipf(low) < COMMON or ctx.capitalised[m.group(1)] > 1:
        return False
    if not _a_name(prev) or _PREPOSITION_THEN_LOWER.match(ctx.text, m.end()) is None:
        return False
    if _verb_of_the_clause_after(ctx, m.end()):
        return False  # "Makeba Sings with its arrangements is her finest record": a title
    name_start = ctx.before_start.get(m.start(), (m.start(), 0))[0]
    if verb_form(low, ("VBZ",)):
        opener = _word_before_run(ctx, name_start)
        opens = opener is not None and (
            opener in _SAYING_CLAUSE
            or (opener in function_words() and opener not in _NO_CLAUSE_OPENERS | _BE)
            or opener == ""
        )
        return opens and not _a_preposition(opener or "-") and _surname_after_a_name(ctx.text, prev)
    joined = ctx.before_start.get(name_start)
    if not base_verb(low) or joined is None or ctx.text[joined[0] : joined[1]] != "and":
        return False
    first = ctx.before_start.get(joined[0])
    if first is None or not ctx.text[first[0]].isupper():
        return False
    opener = _word_before_run(ctx, first[0])
    return (
        opener is not None
        and opener not in _DETERMINERS
        and (opener == "" or opener in function_words() or _a_preposition(opener))
    )


# Small words before a name that open no clause of which it is the subject: a
# determiner's ("the Varnak Speaks series"; "so that X" opens one) and "and"'s.
_NO_CLAUSE_OPENERS = (_DETERMINERS - {"that"}) | {"and"}
# ... nor a verb of being, whose complement the name may be ("The best is X Speaks in …")
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})


# Verbs of saying whose clause may follow with no "that" and no object ("said Gbaguidi
# Eats at a stall"); "told" takes its object first ("told Kamau Speaks in an episode").
_SAYING_CLAUSE = (_SAYING - {"told", "wrote"}) | {"say"}
# What ends the stretch after a verb's phrase in which a title's clause would have its verb
_PHRASE_END = regex.compile(r"[,;:()\[\]—–!?“”\"]|\.(?:\s|\Z)")


def _verb_of_the_clause_after(ctx: Context, end: int) -> bool:
    """A word that may be a finite verb follows ``end`` in the same stretch of the clause,
    before punctuation or a word that opens another clause: the capitalised verb before it
    was no verb but a title's last word ("Makeba Sings with its spare arrangements is her
    finest record", "Tarvik Eats in the city now has four branches").  Not a word after a
    determiner, a possessive or a number, nor a capitalised one."""
    text, reach = ctx.text, min(ctx.sentence(end)[1], end + 240)
    before = ""
    at = end
    while at < reach:
        stop = _PHRASE_END.search(text, at, reach)
        limit = stop.start() if stop is not None else reach
        for w in _WORD.finditer(text, at, limit):
            word = w.group()
            low = word.lower()
            if low in _SUBORDINATORS or low in _COORDINATORS or low in ("that", "as", "than"):
                return False
            if word.islower() and _clause_verb(word, before):
                return True
            before = word
        # past an aside in commas ("…, recorded in 1965, is her finest record")
        if stop is None or text[stop.start()] != "," or at != end:
            return False
        close = text.find(",", stop.end(), reach)
        if close < 0:
            return False
        at, before = close + 1, ""
    return False


def _clause_verb(word: str, before: str) -> bool:
    """``word`` may be a clause's finite verb after ``before``: an auxiliary, or a word that
    may be a verb not after a determiner, a possessive, a number, a preposition, "to" or
    an adjective, nor, unless it is only a verb, after a word that is only a noun: a noun
    or an infinitive stands there ("in court", "to face", "a blue suit", "fraud charges")."""
    low = before.lower()
    if low != "to" and word in _AUXILIARIES:
        return True  # "… is her finest record", "… now has four branches"
    if before.endswith(("'s", "’s", "s'", "s’")) or low == "to" or _a_preposition(low):
        return False
    classes = word_classes(low)
    if "ADJ" in classes:
        return False  # "a blue suit"
    if classes == {"NOUN"} and word_classes(word) != {"VERB"}:
        return False  # "fraud charges", "the voters roll"; but "on election night ran"
    return _could_be_verb(word, before)


_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"may", "might", "must", "shall", "should", "does", "did"}
)


def _word_before_run(ctx: Context, start: int) -> str | None:
    """The lower-case word one space before the run of capitalised words that ends at the
    word at ``start``; "" when the run opens a sentence or a line; None after anything
    else (a comma, a bracket, a figure: an apposition's or a list's)."""
    while (span := ctx.before_start.get(start)) is not None and ctx.text[span[0]].isupper():
        small = ctx.text[span[0] : span[1]].lower()
        if small in function_words():
            return small  # "The Rwanda and Burundi …", "When Tarvo …": a small word opens it
        start = span[0]
    word = ctx.before.get(start)
    if word is not None:
        return word if word.islower() else None
    if start in ctx.starts or start == 0 or ctx.text[start - 1] == "\n":
        return ""
    return None


def _surname_after_a_name(text: str, surname: str) -> bool:
    """``surname`` follows, somewhere in the text, a capitalised word that is no English
    word: a person's given name ("Symphorien Gbaguidi"), not a place's or a brand's word."""
    return any(_a_name(w) or _given_name(w) for w in _words_before_surname(text, surname))


def _words_before_surname(text: str, surname: str) -> Iterator[str]:
    """The capitalised words the text writes one space before ``surname`` ("Kalliopi" of
    "Kalliopi Samartzi"): where a given name would stand."""
    pattern = rf"(\p{{Lu}}\p{{Ll}}+)[^\S\n]+{regex.escape(surname)}\b"
    return (g.group(1) for g in regex.finditer(pattern, text))


def _surname_by_itself(text: str, word: str) -> bool:
    """``word`` capitalised after no capitalised word, before a comma or a possessive:
    a name by itself ("Said, 61, has run the port"; "Said's deputy")."""
    alone = (
        rf"(?<!\p{{Lu}}\p{{L}}*[^\S\n]+)(?<![\p{{L}}\p{{N}}'’\-]){regex.escape(word)}(?:,|['’]s\b)"
    )
    return regex.search(alone, text) is not None


@lru_cache(maxsize=256)
def _name_ending(first: str, last: str) -> regex.Pattern[str]:
    """``first last`` as whole words, then punctuation or a lower-case word: the name ends."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-]){regex.escape(first)}[^\S\n]+{regex.escape(last)}"
        rf"(?=[,.;:!?)'’]|[^\S\n]+\p{{Ll}})"
    )


def _place_heads() -> frozenset[str]:
    """Heads of names of places ("Ocean", "Gulf", "Peninsula"; resources/case/place_heads.txt)."""
    return word_set("case", "place_heads.txt")


def _a_name(word: str) -> bool:
    """A capitalised word that is no English word and no given name: "Manhattan"."""
    if not regex.fullmatch(r"\p{Lu}\p{Ll}+", word) or word in demonym_words():
        return False
    return not word_classes(word) and not _given_name(word)


def _given_name(word: str) -> bool:
    """A given name copydesk knows (the list is in lower case): "Edward", "Rebecca"."""
    return fold(word.lower()) in first_names()


def hyphenated(ctx: Context) -> Iterator[Stray]:
    """``Film-maker``: two everyday words, a capital on the first only, in mid-sentence."""
    for m in _HYPHENATED.finditer(ctx.text):
        head, tail = m.group(1), m.group(2)
        if tail in _name_suffixes() or tail in function_words():
            continue  # "Wales-the poorest": a dash typed as a hyphen
        if zipf(head.lower()) < COMMON or zipf(tail) < COMMON or head in ctx.names:
            continue
        if zipf(head.lower() + tail) == 0 and min(zipf(head.lower()), zipf(tail)) < COMPOUND:
            continue  # not a compound English writes: "Moo-jin", "Duck-soo" are given names
        if _in_longer_name(ctx.text, m.end(), tail):
            continue  # "the Co-operative Group": a longer name
        if _given_name_after_surname(ctx, m.start(), m.end()):
            continue
        if ctx.mid_sentence(m.start()):
            yield Stray(m.start(), m.group(), "a compound")


def _given_name_after_surname(ctx: Context, start: int, end: int) -> bool:
    """ "Health Minister Cho Eun-young said", "Lee Young-mi, the union's president": after a
    capitalised word, a surname (some are English words: Lee, Park, Moon), a compound is a
    given name unless a noun follows that it could qualify ("the Lekki Free-trade zone").
    After an adjective of nationality it is a role ("the Estonian Film-maker")."""
    prev = ctx.before.get(start, "")
    if not regex.fullmatch(r"\p{Lu}\p{Ll}+", prev) or prev in demonym_words():
        return False
    if prev.lower() in function_words():
        return False
    nxt = _NEXT_LOWER.match(ctx.text, end)
    return nxt is None or "NOUN" not in word_classes(nxt.group(1))


def _in_longer_name(text: str, end: int, tail: str) -> bool:
    """A capitalised common word follows ("the Co-operative Group"), or the compound is a
    title before a name ("Vice-president Kamala Harris").

    A rare capitalised word after it is a person's name ("the Georgian Film-maker Levan
    Koguashvili"): the compound is the role before it, a common noun.
    """
    m = _NEXT_CAP.match(text, end)
    if m is None:
        return False
    return zipf(m.group(1).lower()) >= COMMON or tail in person_nouns()


def inconsistent(ctx: Context) -> Iterator[Stray]:
    """A capital the document drops elsewhere after the same word (``the convoy``)."""
    text = ctx.text
    for m in _CAP_WORD.finditer(text):
        word = m.group(1)
        low = word.lower()
        if zipf(low) < COMMON or low in function_words():
            continue
        prev = ctx.prev_word(m.start())
        if not prev or _CAP_AFTER.match(text, m.end()) or _OF_NAME.match(text, m.end()):
            continue  # "the Convoy Trust", "the Court of Appeals": a longer name
        if _POSSESSOR_OF_A_NAME.match(text, m.end()):
            continue  # "the Farmer's Market Board": a longer name
        if _LONG_NAME_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "the Common Agricultural Policy", "the Agency of Medicines"
        if "NOUN" not in word_classes(low) and _common_head_of_the_before(ctx, m.start()):
            continue  # "the Day of the Dead" beside "the dead woman": a name's last word
        if _inside_joined_name(text, m.start()):
            continue  # "the Tribunal on Forest Crimes" beside "forest crimes"
        before = ctx.before.get(m.start(), prev)
        key = before.lower()
        lower, upper = ctx.pairs[key, low], ctx.pairs[key, word]
        if not lower and _after_an_indefinite(text, ctx, m.start(), before):
            lower = sum(ctx.pairs[key, form] for form in _other_number(low))
        if lower >= max(upper, 1) and ctx.mid_sentence(m.start()):
            yield Stray(m.start(), word, "inconsistent")


def _common_head_of_the_before(ctx: Context, start: int) -> bool:
    """ "The", a capitalised common word in mid-sentence and "of the" stand right before
    ``start``: an adjective there, which no noun reading makes a slip's common noun, ends a
    name ("the Day of the Dead", "the Order of the Righteous"; the caller asks that).  A
    noun stays in question ("the Head of the Convoy" beside "the convoy"), as it does after
    a person's name ("Anna Berg of the Council") or "for the" ("the World Cup for the First
    time")."""
    named = _NAME_OF_THE_BEFORE.search(ctx.text, max(0, start - 80), start)
    if named is None or zipf(named.group(1).lower()) < COMMON:
        return False
    return ctx.mid_sentence(named.start(1))


# "a" or "an", perhaps a lower-case word, then the capitalised word before the noun
_INDEFINITE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’\-])[Aa]n?[^\S\n]+(?:\p{Ll}+[^\S\n]+)?\Z")


def _after_an_indefinite(text: str, ctx: Context, start: int, before: str) -> bool:
    """The noun at ``start`` follows a capitalised word that "a" or "an" governs ("a
    restored Sufi Shrine"): one of many, so the text's "Sufi shrines" describe the same kind
    of thing.  After "the" or a possessive a body's name stands beside its kind in the
    plural ("the Catholic Church" beside "Catholic churches", "the Prime Minister" beside
    "prime ministers", "its Armed Forces")."""
    if not before[:1].isupper() or before.lower() in function_words():
        return False
    span = ctx.before_start.get(start)
    if span is None:
        return False
    return _INDEFINITE_BEFORE.search(text, max(0, span[0] - 40), span[0]) is not None


def _other_number(noun: str) -> tuple[str, ...]:
    """The noun's forms of the other number ("shrines" for "shrine", and back), which
    ``inconsistent`` reads after a capitalised word "a" or "an" governs."""
    forms = set(getAllInflections(noun, "NOUN").get("NNS", ()))
    forms.update(getAllLemmas(noun).get("NOUN", ()))
    forms.discard(noun)
    return tuple(sorted(forms))


def _inside_joined_name(text: str, start: int) -> bool:
    """The word at ``start`` goes on a run of capitals a name joins with "of", "for",
    "on" or a possessive, the word before it a capitalised common word: "the Tribunal
    on Forest Crimes", "the Board for Water Safety", "the State Attorney's Office".
    Such a name is made of common words, so the text's "forest crimes" or "the
    attorney's office" elsewhere is no evidence against it.  After a proper name ("the
    Bank of Latvia Governor") the word starts a phrase of its own."""
    m = _JOINED_NAME_BEFORE.search(text, max(0, start - 80), start)
    if m is None or m.group(2) in demonym_words():
        return False
    first = m.group(1)
    if (first is None or first.lower() in function_words()) and not m.group(3):
        return False  # one capital before, no possessive: "By noon the Convoy"
    word = m.group(2).lower()
    return zipf(word) >= COMMON and bool(word_classes(word))


# An amount (not a year), perhaps a comparative of quantity, one or two capitalised words,
# a capitalised plural, then a lower-case word (group 4) or punctuation: "1.5 billion
# Kinshasa Francs, or", "40 Tbilisi Nationals at", "300 fewer Tarvel Dinars for".
_COUNTED = regex.compile(
    r"(?<![\p{L}\p{N}.,])(\d[\d.,]*)(?:[^\S\n]+(?:million|billion|trillion|thousand))?"
    r"(?:[^\S\n]+(?:more|fewer|less|extra|additional))?"
    r"((?:[^\S\n]+\p{Lu}\p{Ll}+){1,2})[^\S\n]+(\p{Lu}\p{Ll}+s)"
    r"(?=[,;:.)]|[^\S\n]+(\p{Ll}+))"
)
_YEAR = regex.compile(r"(?:1[6-9]|20)\d\d")


def _noun_after(word: str) -> bool:
    """``word``, after a counted capitalised plural, may be a noun: the plural then
    qualifies it as a name does ("12 Hanshin Tigers games").  lemminflect calls some
    function words nouns ("or"); they are none here."""
    return "NOUN" in word_classes(word) and word not in function_words()


# Words after an amount of money that say when or how it is shared: "… Dollars last year",
# "… Dollars each", "… Dollars a month"
_TIME_OR_SHARE = frozenset(
    {"last", "this", "next", "each", "every", "apiece", "per", "a", "an", "today", "yesterday"}
    | {"tomorrow", "daily", "weekly", "monthly", "annually", "yearly", "worth", "cash"}
)


def currency_unit(word: str) -> bool:
    """A currency unit or its plural (resources/case/currency_nouns.txt): "shilling"."""
    units = word_set("case", "currency_nouns.txt")
    low = word.lower()
    return low in units or (low.endswith("s") and low[:-1] in units)


def counted_after_name(ctx: Context) -> Iterator[Stray]:
    """A plural counted after an amount and a place's or a firm's name: "2.4 billion
    Kinshasa Francs", "300 Tbilisi Nationals", "900 fewer Tarvel Dinars".  What an amount
    counts is a common noun, and the name before it qualifies it as a nationality would
    ("Egyptian pounds"); only a name no dictionary knows counts as one ("20 Premier League
    Clubs" is left to the other rules), and a year is no amount ("2030 Lisbon Games").  A
    currency's units count however rare the word is in English ("Dinars"), and after any
    capitalised words that end in a place's name, since news writes the units of a
    currency's formal name in lower case too (AP: "New Zealand dollars"; ``142 million New
    Taiwan Dollars``; after a word, "30 Two Pesos", the pair is a brand's name), before a
    word of time or share as well ("… Dollars last year"; before another noun the pair
    is a brand's or a prize's: "12 Sand Dollars games")."""
    for m in _COUNTED.finditer(ctx.text):
        if _YEAR.fullmatch(m.group(1)):
            continue
        word = m.group(3)
        names = m.group(2).split()
        # a currency's units after any words ending in a place's name ("New Taiwan"); a
        # word before them ("Two Pesos", "Ding Dongs") makes a brand's name
        currency = currency_unit(word) and not word_classes(names[-1].lower())
        if not currency and not all(_a_name(w) for w in names):
            continue
        # "40,000 Kaizer Chiefs shirts": a team's name before what is counted; a currency's
        # units before a word of time or share are money ("40 Kowloon Dollars last year"),
        # before another noun a brand's or a prize's name ("30 Two Pesos restaurants")
        money = currency and m.group(4) in _TIME_OR_SHARE
        if m.group(4) and _noun_after(m.group(4)) and not money:
            continue
        low = word.lower()
        if (zipf(low) < COMMON and not currency) or low in _name_final_words():
            continue
        if not (plural_noun(low) or currency):
            continue
        start = m.start(3)
        if ctx.capitalised[word] > 1 or not ctx.mid_sentence(start):
            continue  # the batch's own capital elsewhere: a name ("3 Musketeers Bars")
        yield Stray(start, word, "counted", ctx.capitalised[word])


# "a" or "another", one or two names, a capitalised head of a body: "a Varnak Group".
_ONE_OF_MANY = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:[Aa]n?|[Aa]nother)((?:[^\S\n]+\p{Lu}\p{Ll}+){1,2})"
    r"[^\S\n]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’\-])"
)


@cache
def _body_heads() -> frozenset[str]:
    """Heads of bodies a place has many of (resources/case/body_heads.txt): "Court"."""
    return frozenset(data_lines("case", "body_heads.txt"))


_AFTER_ONE_OF_MANY = regex.compile(r"[,;:.!?)]|[^\S\n]+(\p{Ll}+)\b")
# A place named after the body: "in Ohio", "near Leeds" (not a month or a day: "in March").
_PLACE_NAMED_AFTER = regex.compile(
    r"[^\S\n]+(?:in|at|near|outside)[^\S\n]+(?!(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur"
    r"|Sun)day)\b)\p{Lu}"
)


def one_of_many_after_name(ctx: Context) -> Iterator[Stray]:
    """A body's head after "a" and a place's name, with no noun after it to qualify: "a
    lawyer with a Varnak Group that backed the fishermen", "a Tarvel Court in the
    north".  A name is one of a kind and takes no "a"; before a noun the pair may be a
    name that qualifies it ("a Varnak Group official", as "a Korean War veteran").  The
    name must be no English word, no given name and no adjective of nationality (the
    nationality rule reads those), and "of", "for" or "and" may carry the name on.  A
    capital "A" or "An" in mid-sentence is no article but a name's first word ("the A
    Coruña Council", "An Post").  Nor before a place's name ("a Kiwanis Club in Ohio", "a
    Shriners Hospital in Texas"): the name before the head is then no place but a chain's
    or a movement's, whose branches are many ("a Tarvel Court in Tarvel" is no news)."""
    for m in _ONE_OF_MANY.finditer(ctx.text):
        word = m.group(2)
        if word not in _body_heads() or not all(_a_name(w) for w in m.group(1).split()):
            continue
        if m.group()[0] == "A" and ctx.mid_sentence(m.start()):
            continue  # "the A Coruña Council": the name of a place, not the article
        nxt = _AFTER_ONE_OF_MANY.match(ctx.text, m.end())
        if nxt is None or nxt.group(1) in ("of", "for", "and", "de", "del"):
            continue
        if _PLACE_NAMED_AFTER.match(ctx.text, m.end()):
            continue  # "a Kiwanis Club in Ohio": a chain's branch, named for its place
        after = nxt.group(1)
        if after is not None and not (after in function_words() or after in PREPOSITIONS):
            continue  # "a Varnak Group official": the pair qualifies a noun
        if ctx.capitalised[word] > 1 or not ctx.mid_sentence(m.start(2)):
            continue  # the text's own capital elsewhere: a name
        yield Stray(m.start(2), word, "one of many", ctx.capitalised[word])


# A determiner, one or two names, a body's head, and "of" with an indefinite article before
# a lower-case word: "the Varnak Office of a charity" (group 1 the names, group 2 the head).
_HEAD_OF_AN_INDEFINITE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    r"((?:[^\S\n]+\p{Lu}\p{Ll}+){1,2})[^\S\n]+(\p{Lu}\p{Ll}+)"
    r"[^\S\n]+of[^\S\n]+(?:an?|another)[^\S\n]+\p{Ll}"
)


@cache
def _branch_heads() -> frozenset[str]:
    """Heads of a body's parts in a place (resources/case/branch_heads.txt): "Office"."""
    return frozenset(data_lines("case", "branch_heads.txt"))


def head_of_an_indefinite(ctx: Context) -> Iterator[Stray]:
    """A body's or a branch's head after a place's name, before "of" and an indefinite
    article and a lower-case word: "runs the Varnak Office of a conservation group", "a
    Tarvel Branch of an Indian bank".  What "of" joins to a name's head is itself named
    ("the Office of Fair Trading", "the Bank of Tarvel"); one body among many ("a
    conservation group") makes the head what that body has in the place, a common noun
    ("the Nairobi office of a law firm").  The names must be no English word, no given
    name and no adjective of nationality (the nationality rule reads those); a pair the
    text repeats with its capital, or a head it capitalises elsewhere, is left alone."""
    heads = _body_heads() | _branch_heads()
    for m in _HEAD_OF_AN_INDEFINITE.finditer(ctx.text):
        word = m.group(2)
        if word not in heads or not all(_a_name(w) for w in m.group(1).split()):
            continue
        if m.group()[0] == "A" and ctx.mid_sentence(m.start()):
            continue  # "the A Coruña Council": the name of a place, not the article
        last = m.group(1).split()[-1]
        if ctx.pairs[last.lower(), word] > 1 or ctx.capitalised[word] > 1:
            continue  # the text's own name, or its own capital for the head
        if ctx.mid_sentence(m.start(2)):
            yield Stray(m.start(2), word, "a branch", ctx.capitalised[word])


# "the", a name, a noun for a stretch of the calendar or for a medium: "the Varsak
# Holiday", "the Tarvi Season", "the Varnik Newspaper".
_KIND_AFTER_A_NAME = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])the[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+"
    r"(Holiday|Holidays|Season|Weekend|Newspaper|Magazine|Website|Broadcaster)"
    r"(?=[,;:.!?)]|[^\S\n]+(\p{Ll}+)\b)"
)
_MEDIA = frozenset({"Newspaper", "Magazine", "Website", "Broadcaster"})


def kind_after_a_name(ctx: Context) -> Iterator[Stray]:
    """A holiday, a season or a weekend after a feast's or a place's name, or a paper, a
    site or a broadcaster after its own name, before a small word or punctuation: "sales
    during the Varsak Holiday, and", "prices rose through the Tarvi Season.", "according
    to the Varnik Newspaper.".  News writes "the Diwali holiday", "the Ramadan season",
    "the Nikkei newspaper": the name says which one, and the noun says what it is.  The
    name must be no English word and no given name, and no noun may follow, which the
    pair would qualify as a name does ("the Billie Holiday songbook"); "of", "for" or
    "and" may carry a name on.  Not "Festival", "Period" or "Channel", which head names
    ("the Edinburgh Festival", "the Edo Period", "the Discovery Channel")."""
    for m in _KIND_AFTER_A_NAME.finditer(ctx.text):
        word, after = m.group(2), m.group(3)
        if not _a_name(m.group(1)) or ctx.capitalised[word] > 1:
            continue
        if after is not None and (
            after in ("of", "for", "and", "de")
            or not (after in function_words() or after in PREPOSITIONS)
        ):
            continue  # "the Billie Holiday songbook", "the Tarvi Season of Light"
        if ctx.pairs[m.group(1).lower(), word] > 1 or not ctx.mid_sentence(m.start(2)):
            continue  # a pair the text repeats is a name
        why = "a medium" if word in _MEDIA else "a time"
        yield Stray(m.start(2), word, why, ctx.capitalised[word])


# A family's particle, its name, and what the family is or keeps: "the Al Varni
# Family,", "(Al Tarsi Stable)", "the Vardani Family." (group 1 the particle, if any,
# group 2 the name, group 3 the head).
_FAMILY_HEAD = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:(Al|El|Bin|Bani)(?:-|[^\S\n]+)|[Tt]he[^\S\n]+)(\p{Lu}\p{Ll}+)"
    r"[^\S\n]+(Family|Stable|Stables|Clan)(?=[,;:.!?)]|[^\S\n]+(?!(?:of|and|for|de)\b)\p{Ll})"
)
# A numbered line of a results table: "2. Sahra (Al Varni Stable) 10:01.7".
_NUMBERED_LINE = regex.compile(r"(?m)^[^\S\n]*\d+[.)][^\S\n]")


# A coast after a name (group 1: the name, 2: the coast's word, 3: the lower-case word
# after it, if any): "along the Andaman Coast as tourism"
_COAST_AFTER_A_NAME = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])the[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+(Coast|Coastline|Shore)"
    r"(?=[,;:.!?)]|[^\S\n]+(\p{Ll}+)\b)"
)


def coast_of_a_named_sea(ctx: Context) -> Iterator[Stray]:
    """A coast or a shore after the name of a sea the text names as such, before punctuation,
    a small word, a preposition or a verb: "a resort in the Andaman Sea … along the Andaman
    Coast as tourism has grown".  The name says which sea, the noun which shoreline, as
    news writes "the Andaman coast", "the Caspian shore".  The name must be no English word
    ("the Coral Coast", "the Gold Coast" are regions' names) nor one of the nationality rule's
    lists ("the Atlantic Coast"), and the text must write it before "Sea" or "Ocean"; a pair
    the text repeats with the capital is a name."""
    text = ctx.text
    for m in _COAST_AFTER_A_NAME.finditer(text):
        name, word, after = m.group(1), m.group(2), m.group(3)
        if word_classes(name.lower()) or name in _listed_adjectives() or not _sea_named(text, name):
            continue  # "the Atlantic Coast": the nationality rule's, which a region may name
        if after is not None and not (
            after in function_words() or after in PREPOSITIONS or finite_verb(after)
        ):
            continue  # "the Andaman Coast resorts": the pair qualifies a noun
        if ctx.pairs[name.lower(), word] > 1 or not ctx.mid_sentence(m.start(2)):
            continue  # a pair the text repeats is a name
        yield Stray(m.start(2), word, "a shoreline", ctx.capitalised[word])


@cache
def _listed_adjectives() -> frozenset[str]:
    """Adjectives the nationality rule reads with its own policy for coasts (demonyms, seas',
    oceans' and regions': "the Atlantic Coast" may be the United States' region)."""
    return (
        demonym_words()
        | word_set("case", "sea_adjectives.txt")
        | word_set("case", "region_adjectives.txt")
    )


def _sea_named(text: str, name: str) -> bool:
    """The text writes ``name`` before "Sea" or "Ocean": "the Andaman Sea"."""
    return regex.search(rf"\b{regex.escape(name)}[^\S\n]+(?:Sea|Ocean)\b", text) is not None


def _lower_elsewhere(text: str, word: str) -> bool:
    """The text writes ``word`` in lower case too: for this writer it is a common noun."""
    return regex.search(rf"(?<![\p{{L}}\-]){word.lower()}(?![\p{{L}}\-])", text) is not None


# An apposition that says what a name is: ", a sitcom", ", an American band".
_APPOSITION = regex.compile(r",[^\S\n]+(?:a|an)[^\S\n]")


def _names_a_group(ctx: Context, end: int) -> bool:
    """What follows "the Varn Family" says it is a group's or a work's name: an
    apposition with "a" ("the Tesslin Family, a folk group"; "the Darnak Family, a
    cult") or a work's or a performer's noun after it ("the Vostrel Family musical", "the
    Vostrel Family star").  A household's head is followed by its verb, its own noun ("the
    Varn Family home") or a clause's end."""
    if _APPOSITION.match(ctx.text, end):
        return True
    nxt = ctx.next_lower(end)
    return nxt is not None and (nxt in work_nouns() or nxt in _performers())


def family_after_a_name(ctx: Context) -> Iterator[Stray]:
    """A family's or a stable's head after its family name, before punctuation or a
    lower-case word: "owned by the Al Varni Family, and", "(Al Tarsi Stable)", "the
    Vardani Family said".  News writes "the Kennedy family", "the Al Thani family", "a
    Saudi stable": the name says which family, the noun what it is.  After "the" the
    name must be no English word and no given name ("the Royal Family", "the Holy
    Family"), and the text must write the head in lower case somewhere ("the Addams
    Family" is a title in a review that never does); after an Arabic particle ("Al",
    "Bin") it is a family name whatever it is.  A pair the text repeats with the
    capital is a name ("the Manson Family" in a story about the cult), and a capital
    after it goes on with one ("the Trapp Family Singers").  In a numbered results
    line the bracketed owner is read too, which the heading test would leave alone."""
    text = ctx.text
    for m in _FAMILY_HEAD.finditer(text):
        name, word = m.group(2), m.group(3)
        if m.group(1) is None and not (
            _a_name(name) and _lower_elsewhere(text, word) and not _names_a_group(ctx, m.end())
        ):
            continue  # "the Addams Family": a title, unless the text writes "family"
        if ctx.pairs[name.lower(), word] > 1 or ctx.capitalised[word] > 1:
            continue  # the text's own name: "the Manson Family" again and again
        start = m.start(3)
        line = text.rfind("\n", 0, start) + 1
        row = (
            _NUMBERED_LINE.match(text, line) is not None and text[m.start() - 1 : m.start()] == "("
        )
        if ctx.mid_sentence(start) or row:
            yield Stray(start, word, "a family", ctx.capitalised[word])


def _shared_heads() -> frozenset[str]:
    """Plural heads of places two names share (resources/case/shared_place_heads.txt)."""
    return word_set("case", "shared_place_heads.txt")


# A place's one-word name, hyphenated ones too ("Vel-Tarsk", "Ust-Omvo").
_PLACE_WORD = r"\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*"
_TWO_NAMES_AND_HEAD = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:the|of|in|on|along|between|from|to|across|near)[^\S\n]+"
    rf"({_PLACE_WORD})[^\S\n]+(?:and|&)[^\S\n]+({_PLACE_WORD})[^\S\n]+(\p{{Lu}}\p{{Ll}}+)"
    r"(?=[^\S\n]+\p{Ll}|[,.;:!?)])"
)


def _surname_alone(text: str, head: str) -> bool:
    """``head`` after one capitalised word, no function word ("The Rivers rose"), that
    follows no "and" or "&": "Tavo Rivers"."""
    alone = rf"(?<!(?:\band|&)[^\S\n]+)(?<![\p{{L}}\p{{N}}'’\-])(\p{{Lu}}\p{{Ll}}+)[^\S\n]+{head}\b"
    return any(m.group(1).lower() not in function_words() for m in regex.finditer(alone, text))


def shared_place_head(ctx: Context) -> Iterator[Stray]:
    """A place's plural head after two names that share it, before a lower-case word or
    punctuation ("farms in the Varna and Tesk Valleys are"): common in news style.  The
    names open after a lower-case word, so no longer name runs through them.  A given
    name before the head makes it two people's surname ("between Ada and Lena Rivers"),
    and so does the plural after one name elsewhere, where a place takes the singular
    ("Tavo Rivers scored" beside "between Dex and Tavo Rivers")."""
    for m in _TWO_NAMES_AND_HEAD.finditer(ctx.text):
        head = m.group(3)
        if _given_name(m.group(2)) or _surname_alone(ctx.text, head):
            continue
        if head in _shared_heads() and ctx.mid_sentence(m.start(3), sentence=True):
            yield Stray(m.start(3), head, "a shared head", ctx.capitalised[head])


# A possessive of a lower-case noun, then up to three capitalised words, then punctuation
# that no name follows, or a lower-case word: "the agency's Budget Director, told".
_TITLE_AFTER_POSSESSIVE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:the|its|their|his|her)[^\S\n]+\p{Ll}[\p{Ll}\-]*['’]s[^\S\n]+"
    r"((?:\p{Lu}\p{Ll}+[^\S\n]+){0,2}\p{Lu}\p{Ll}+)"
    r"(?=[.;:)]|,[^\S\n]+\p{Ll}|[^\S\n]+\p{Ll})"
)


def title_after_possessive(ctx: Context) -> Iterator[Stray]:
    """A person's title of common words after the possessive of a lower-case noun, before no
    name ("Ilse Varnow, the agency's Budget Director, told"; trial25): news style writes a
    title that stands alone or in apposition in lower case ("the agency's budget director").
    Every word must be a common one and the last a person noun; a title before a name
    ("the agency's Budget Director Ilse Varnow") is left alone."""
    for m in _TITLE_AFTER_POSSESSIVE.finditer(ctx.text):
        words = m.group(1).split()
        if words[-1].lower() not in person_nouns():
            continue
        if any(zipf(w.lower()) < COMMON or not word_classes(w.lower()) for w in words):
            continue
        if not ctx.mid_sentence(m.start(1)):
            continue
        at = m.start(1)
        for w in words:
            at = ctx.text.index(w, at)
            yield Stray(at, w, "a title", ctx.capitalised[w])
            at += len(w)


def lowered_head(ctx: Context) -> Iterator[Stray]:
    """A place's head capitalised after a name the text writes it in lower case after
    elsewhere ("near Velko Station" beside "Dorvik station"; "the Birsk District of Zarva"
    beside "the Zarva region"; _lower_heads).  The name must be no English word, no
    given name and no nationality; the pair repeated with its capital is a name."""
    text = ctx.text
    for m in _CAP_WORD.finditer(text):
        name = lower_heads.candidate(text, m.start(), m.end())
        if name is None or not _a_name(name) or ctx.pairs[name.lower(), m.group(1)] > 1:
            continue
        head = m.group(1)
        lowered = lower_heads.lowered_after_names(text, head, ctx.starts)
        if lowered < max(lower_heads.capitalised_after_names(text, head, _a_name), 1):
            continue  # the writer capitalises the head after names as often as not
        if ctx.mid_sentence(m.start(), sentence=True):
            yield Stray(m.start(), head, "a lowered head", ctx.capitalised[head])


def strays(text: str) -> Iterator[Stray]:
    """Every stray capital the three detectors find, once each, in text order."""
    ctx = Context(text)
    seen: set[int] = set()
    found = [
        *after_name(ctx),
        *adjective_after_name(ctx),
        *hyphenated(ctx),
        *inconsistent(ctx),
        *counted_after_name(ctx),
        *one_of_many_after_name(ctx),
        *head_of_an_indefinite(ctx),
        *kind_after_a_name(ctx),
        *family_after_a_name(ctx),
        *coast_of_a_named_sea(ctx),
        *shared_place_head(ctx),
        *lowered_head(ctx),
        *title_after_possessive(ctx),
    ]
    for s in sorted(found, key=lambda s: s.start):
        if s.start not in seen:
            seen.add(s.start)
            yield s
