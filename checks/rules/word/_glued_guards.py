"""Guards word.glued asks last, after it has chosen a split: sites where a split it would
apply unasked is wrong, and sites where the token is no glue at all.

Why: a wrong safe split is the worst thing the rule can do (``copydesk fix`` applies it and
the damage reads as normal English), so each guard names a reading the split would destroy:

- ``compound_name``: ``Port Velland`` -> "Vell and": the seam letter and the tail make an
  everyday noun that ends many names ("-land", "-son", "-ton"), so the token reads as well as a
  name built with it; offered only, unless the batch writes the head alone.
- ``run_in``: ``second dayThe ferry`` -> "day The": a capitalised sentence opener after a
  lower-case word is a sentence or a subheading run into the next, whose repair is a break
  ("day. The", a new paragraph), not a space: offered, the break first (``break_options``).
- ``after_naming_word``: ``a brand called lowroad``: the token after "called", "named",
  "known as" is a name its owner spelt; two content words there are no glue (quiet), any
  other split is only offered.
- ``noun_phrase_modifier``: ``the chain velkin coffee`` -> "velk in": a lower-case token
  between a determiner and noun and another noun modifies that noun (a brand written in lower
  case); a split ending in a preposition there is offered only.
- ``opens_full_name``: ``Tharinporn Kelwattana, the captain, … Kelwattana said`` -> "Tharin
  porn": a token before a capitalised word the text also writes alone (a surname) is that
  person's given name; offered only, unless the tail is a title before the name
  (``Marquezminister Kelwattana``).
- ``verb_before_verb``: ``The brand Velmwrites sells pens`` -> "Velm writes sells": a tail
  that can only be a present tense before another makes no clause, so the token is a name
  (a brand) whatever its parts; offered only.
- ``name_word_tail``: ``Kellasan`` -> "Kella san": a lower-case tail of no English word class
  that is no function word ("san", "sri") is a name's syllable, not a word that lost its
  space: no issue.
- ``given_name``: ``the singer Morenike`` -> "More nike", ``According to Arnoldas`` ->
  "Arnold as": a token that is a given name many countries give (resources/word/
  given_names_any.txt, from nomquamgender's 36 sources) is that name: no issue.
- ``classless_tail``: ``Maria Asirwanda`` -> "Asi rwanda": a lower-case word that lost its
  space is an English word, so a tail of no word class that the world list holds as a name
  ("rwanda", "malik", "anita": names English writes with a capital) is a name's part as
  likely; offered only.
- ``hangs_before_stop``: ``Maria Mongare, will`` -> "Mong are,": an article, a preposition,
  a conjunction or an auxiliary after a capitalised head needs a word after it, so before
  punctuation or "who" it is a name's ending ("-are", "-can", "-in") as likely; offered
  only.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from copydesk.checks.data import word_set
from copydesk.checks.language import fold, function_words
from copydesk.checks.lexicon import zipf
from copydesk.checks.rules.grammar._wordclass import AUXILIARIES, word_classes
from copydesk.checks.rules.layout.caption import finite_verbs
from copydesk.checks.rules.word._shared import ending_counts, word_list

NAME_ENDINGS = 100  # an everyday noun that ends this many known words after a name stem
EVERYDAY_NOUN = 4.0  # ... and is this common itself ("land" 5.2, "son" 5.3, "ton" 4.3)
RARE_HEAD = 3.0  # a head below this is no English word, only a name's first syllables
SHORT_TAIL = 3  # the tails a seam letter can make a noun of ("and", "on")
HEADING_WORDS = 12  # a paragraph's first sentence this short and unstopped may be a heading
SYLLABLE = 3  # a name's syllable wordfreq knows ("san", "sri"); "rand", "souk" are nouns

_WORDS_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[^\S\n]+([\p{L}\p{M}]+)[^\S\n]+\Z")
_WORD_AFTER = regex.compile(r"[^\S\n]+([\p{L}\p{M}]+)")
_STOP = regex.compile(r"[.!?:;]")


def compound_name(left: str, right: str, attested: Counter[str]) -> bool:
    """``Velland``: the last letter of an unknown head and a short tail make an everyday noun
    that ends many names ("Holland", "Garland"): the whole is as likely a name built with it."""
    if not left[:1].isupper() or len(right) > SHORT_TAIL or attested.get(left, 0) > 0:
        return False
    if zipf(left) >= RARE_HEAD:
        return False
    rival = (left[-1] + right).casefold()
    return (
        ending_counts().after_name[rival] >= NAME_ENDINGS
        and zipf(rival) >= EVERYDAY_NOUN
        and "NOUN" in word_classes(rival)
    )


def run_in(left: str, right: str) -> bool:
    """``dayThe``, ``marketIt``: a lower-case word glued to a capitalised closed-class word
    that opens sentences ("The", "In", "He")."""
    return (
        left[:1].islower()
        and right[:1].isupper()
        and right[1:].islower()
        and right.casefold() in function_words()
    )


def _heading_before(text: str, start: int) -> bool:
    """The paragraph opens with the words before ``start``: few, unstopped, capitalised, and
    no finite verb ("Ferry cancelled for second day" is a heading; "Roads were shut all day"
    a sentence)."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    words = before.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and before[:1].isupper()
        and _STOP.search(before) is None
        and not any(w.casefold() in finite_verbs() for w in words)
    )


def _separator(text: str, start: int) -> str:
    """The text's paragraph separator: a blank line, unless the paragraph follows one break."""
    para = text.rfind("\n", 0, start) + 1
    return "\n" if para > 1 and text[para - 2] != "\n" else "\n\n"


def break_options(text: str, start: int, left: str, right: str) -> list[str]:
    """A break first ("day. The"; after a heading-shaped paragraph opening, a new paragraph),
    then the other break, then the plain space."""
    space = f"{left} {right}"
    stop = f"{left}. {right}"
    paragraph = f"{left}{_separator(text, start)}{right}"
    if left.casefold() in function_words():
        return [space, stop]  # "withThe Times": "with" ends no sentence
    first = [paragraph, stop] if _heading_before(text, start) else [stop, paragraph]
    return [*first, space]


@cache
def _naming_words() -> frozenset[str]:
    return word_set("word", "naming_words.txt")


def after_naming_word(text: str, start: int) -> bool:
    """The token at ``start`` follows "called", "named", "known as" and the like."""
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    last, pair = m.group(2).casefold(), f"{m.group(1)} {m.group(2)}".casefold()
    return last in _naming_words() or pair in _naming_words()


def content_pair(left: str, right: str) -> bool:
    """Neither part is a closed-class word."""
    return left.casefold() not in function_words() and right.casefold() not in function_words()


def _noun(word: str) -> bool:
    return word.islower() and "NOUN" in word_classes(word) and word not in function_words()


def noun_phrase_modifier(text: str, start: int, end: int, left: str, right: str) -> bool:
    """``the chain velkin coffee``: a lower-case split ending in a preposition between a
    determiner and noun and a noun."""
    if not _noun(left) or right not in word_list("prepositions.txt"):
        return False  # "the council voted|in favour": a verb takes the preposition
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    after = _WORD_AFTER.match(text, end)
    if m is None or after is None:
        return False
    determiner, noun = m.group(1).casefold(), m.group(2)
    return determiner in word_list("determiners.txt") and _noun(noun) and _noun(after.group(1))


def name_word_tail(left: str, right: str) -> bool:
    """``Kella|san``: a capitalised head and a three-letter lower-case tail of no word class
    that is no closed-class word, preposition, clause word or number ("Kestrel|ten"); four
    letters of no class are nouns as often ("Tarva|souk", "African|rand")."""
    if not left[:1].isupper() or not right.islower() or word_classes(right):
        return False
    return len(right) == SYLLABLE and right not in closed_words()


def given_name(piece: str) -> bool:
    """``Morenike``: a capitalised token, accents folded, that is a given name of the world
    list (module docstring)."""
    return (
        piece[:1].isupper()
        and piece[1:].islower()
        and fold(piece).lower() in word_set("word", "given_names_any.txt")
    )


# Words that need one after them: articles, prepositions, conjunctions and auxiliaries; not the
# conjunctions that are adverbs too ("met her once.", "never since,", "then,", "though.")
_ADVERB_OPENERS = frozenset({"before", "once", "since", "then", "though", "so"})
_ARTICLES = frozenset({"the", "a", "an"})
# punctuation, or a relative pronoun, which no such word stands before ("Jin|the who")
_STOP_AFTER = regex.compile(r"[,.;:!?)]|[^\S\n]+(?:who|whom|whose)\b")
# a comparison an auxiliary may close ("as many evenings in Khorezm do,", "than Lima was.")
_COMPARED = regex.compile(r"\b(?:as|than)\b[^.!?\n]*\Z")
CLAUSE_REACH = 80


def hangs_before_stop(left: str, right: str, text: str, end: int) -> bool:
    """``Mong|are,``: a word that needs one after it (module docstring), after a capitalised
    head, before punctuation or a relative pronoun ("It was Jinthe who"); English strands
    prepositions after its own words ("the firm he investedin.").  A conjunction may stand
    before a comma that opens an aside ("in Sweden and, after 1991, in Estonia"), and an
    auxiliary may close a comparison ("as many evenings in Khorezm do,")."""
    stop = _STOP_AFTER.match(text, end)
    if stop is None or not left[:1].isupper():
        return False
    if right in _ARTICLES or right in word_list("prepositions.txt"):
        return True
    if right in word_list("clause_openers.txt") and right not in _ADVERB_OPENERS:
        return stop.group() != ","
    if right in AUXILIARIES:
        start = end - len(right)
        return _COMPARED.search(text, max(0, start - CLAUSE_REACH), start) is None
    return False


def classless_tail(left: str, right: str) -> bool:
    """``Asi|rwanda``: a lower-case tail of no word class after a capitalised head, that is a
    name of the world list and no closed-class word, preposition, clause word or number
    ("audiologist", which no list classes, is a word: "South Korean|audiologist")."""
    if not left[:1].isupper() or not right.islower() or word_classes(right):
        return False
    return right in word_set("word", "given_names_any.txt") and right not in closed_words()


@cache
def closed_words() -> frozenset[str]:
    return (
        function_words()
        | word_list("prepositions.txt")
        | word_list("clause_openers.txt")
        | word_list("clause_verbs.txt")
        | word_list("number_words.txt")
    )


# a capitalised word after one space: the next word of a full name
_NEXT_NAME = regex.compile(r" (\p{Lu}[\p{Ll}\p{M}'’-]+)")
SURNAME_WORD = 3.0  # a surname written alone is rarer than this as an English word


def opens_full_name(text: str, end: int, right: str, attested: Counter[str]) -> bool:
    """The token ending at ``end`` stands before a capitalised word that the batch also writes
    elsewhere and that is no common English word: a surname, so the token is a given name,
    and a split of it is only offered.  A title or office as the tail is no given name's
    end (``Marquez|minister Kelwattana``), nor is anything but a noun: a function word (also
    one the word-class lexicon files as a noun: ``Monday|that Kelwattana``) or a name's
    particle (``Fennell|and Cantwell``, ``Maria|de Souza``), a verb (``Authority|ordered
    Nordhav``): such splits stay as they were."""
    m = _NEXT_NAME.match(text, end)
    low = right.lower()
    if m is None or word_classes(low) != {"NOUN"} or low in word_set("consistency", "titles.txt"):
        return False  # "Fennell|and Cantwell", "Maria|de Souza", "Trajkovski|wins": a glue
    if low in function_words():
        return False  # "said on Monday|that Kelwattana": the lexicon files "that" as a noun
    surname = m.group(1)
    if attested[surname] < 2 or zipf(surname.lower()) >= SURNAME_WORD:
        return False
    # a person's surname: the text has it speak or be described on its own ("Kelwattana,
    # who is 33"), which a place's or an event's name never does ("Ohrid Open")
    pattern = rf"(?<!\p{{L}}){regex.escape(surname)},? {_SPEAKER_WORDS}(?!\p{{L}})"
    return regex.search(pattern, text) is not None


_SPEAKER_WORDS = r"(?:who|said|says|told|added|explained|noted|wrote|recalled)"


_NEXT_WORD = regex.compile(r" (\p{Ll}+)\b")


def verb_before_verb(text: str, end: int, right: str) -> bool:
    """The tail can only be a verb in "-s" and so can the word after the token (``Velm|writes
    sells``): two present tenses in a row are no clause, so the split is only offered.  A past
    tense before a participle is a clause (``Union|ended guaranteed prices``)."""
    m = _NEXT_WORD.match(text, end)
    return (
        m is not None
        and all(w.endswith("s") and not w.endswith("ss") for w in (right, m.group(1)))
        and word_classes(right.lower()) == {"VERB"}
        and word_classes(m.group(1)) == {"VERB"}
    )


# A capitalised word, a comma and what opens an apposition of a person ("Kelmasek, a rice
# grower", "Kelmasek, who", "Kelmasek, 54,")
_NAME_APPOSITION = regex.compile(r"[^\S\n]+\p{Lu}[\p{Ll}\p{M}'’-]+,[^\S\n]+(?:a|an|who|whose|\d)\b")


def introduced_name(text: str, end: int, left: str, right: str) -> bool:
    """A sentence's first token, a capitalised head glued to a function word ("Jain|in"),
    before a capitalised word, a comma and an apposition ("Tarain Kelmasek, a rice grower
    who"): a person introduced in full, whose given name happens to end in a small word,
    when the head is no word the lexicon classes ("Jain", "Tara").  A subject glued to a
    preposition before a place and its apposition ("Growersin Tenvar, a durian
    district") has a common word for a head and is still applied."""
    if right not in function_words() or not left[:1].isupper():
        return False
    if word_classes(left.lower()):
        return False  # "Growers|in Tenvar, a durian district": a common word's plural
    return _NAME_APPOSITION.match(text, end) is not None
