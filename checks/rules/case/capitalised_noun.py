"""case.capitalised-noun: a common word capitalised in mid-sentence, as if it were a name.

Why: machine translation and careless editing capitalise a common noun that follows a
capitalised adjective, as if the pair were a title: ``two Kenyan Runners``, ``the North
Korean Dictator``, ``Chinese Manufacturers``; and a word after a name, as if the name ran
on: ``Lewandowski Scored a hat-trick``, ``Mali Were reinforced``.

How: after an adjective of nationality or region (resources/case/demonyms.txt; or a
language's name, resources/case/language_adjectives.txt: ``the Swahili Word for``; not one of
religion, which name more than they describe: ``the Jewish Agency``, ``Christian
Aid``; resources/case/name_forming_adjectives.txt; unless the noun is one of many,
after "a", a number or a possessive and before a small word or a preposition of place:
``a Muslim Charity in the town``; "Roman" is read so too, since it names an empire, a
church and sites, ``the Roman Forum``, but ``a Roman Villa near the river`` is one of
many; so is a settlement's own house of worship, ``the hamlet's Anglican Church.``; a part
of a place before "of" and the place locates after one as after a
nationality: ``the Catholic Heart of Upper Varda``), a capitalised word whose lower-case
form is an everyday word, followed by a lower-case word or punctuation.  An adjective of
place no list holds counts too when a productive suffix makes it from a name wordfreq
knows (``the chorus of Athenian Women``: Athens; ``a Viennese Baker``; see
_common.derived_demonym, which leaves out given names and adjectives far commoner than
their source, ``Smithsonian``; a name in -i or -ia restored, ``Tahitian``, ``Umbrian``)
and a determiner comes before it, as before an adjective, or "of" or a preposition of
place before a plural (``on Umbrian Roads``).  One in -i, -an, -ic or -ish after a
lower-case word counts when the text shows it is an adjective: it writes the place alone
(``Varkh`` beside ``talks with Varkhi Leaders``), the people's plural (``the
Zarmitans``), or the adjective before lower-case nouns only, none a place's head
(``Zarmitan farmers``; not ``the Tamsu river``), or a language's kind follows "a" or
"the" (``a Vennic Language``).  A language family's adjective (resources/case/
language_families.txt: "Semitic") counts only before a noun of its languages or a person
(``the only Semitic Language written``; ``the Germanic School in Blumenau`` is a name).
A plural two adjectives share with no "the" before them
is common (``by Ghanaian and Malian Groups``, ``Christian and Muslim Families``, after
adjectives of religion too); "the" before them is no evidence either way.  The suffixes
make adjectives from people's names too (``a Gaussian Blur``, ``a Freudian Slip``): the
noun after one is as common in running text ("a Gaussian blur"), so it is flagged the
same way, and the message says "an adjective made from a name", not "of nationality"; a
name it heads keeps its institution noun (``the Keynesian Revolution``).  An
adjective in -ian, -ean or -ese counts too when the text writes the place it is made
from (``Tarvela`` beside ``a Tarvelian Youth choir``), and a proper adjective in -ic no
list holds (wordfreq knows it, the dictionary does not: ``Olympic``) only before a plain
adjective or an activity and a lower-case noun (``three Olympic Boxing champions``;
``two Olympic Games`` and ``the Olympic Stadium crowd`` are names).  A capital
after it makes a longer name (``Chinese Communist Party``), and so does ``of``
(``British Chambers of Commerce``), but not "of the" and a figure before a lower-case
word or punctuation (``the Danish Potter of the 18th century``), nor "of" and a year
(``the Ottoman Siege of 1683``); ``and`` or ``for``
before a lower-case word does not (``Chinese Demand for iron ore``; ``a Dutch Airline
and a bank``: only "and the" may go on with a name), nor does ``for`` and an article
before one (``the Kenyan Runner for the region``), and before ``for`` and a capital
only an action noun is common (``American Support for Ukraine``, not ``the Syrian
Observatory for Human Rights``).  A place name after ``of`` carries no name on when a
compass adjective in lower case comes before the nationality (``the northeastern Indian
State of Assam``): the words say where a place lies, as news writes "the southern
Chinese city of Guilin", and names do not open so.
A division's head (resources/case/division_heads.txt) before "of" and a capital says
where the place lies with no compass word (``the Himalayan State of Sikkim``, ``the
Italian Province of South Tyrol``), after an adjective of region too: no division's
own name opens with its country's adjective; so does a coast's or a shore's before "of"
and a place, which is a shoreline (``the Caribbean Coast of Central America``; AP: "the
Atlantic coast of Florida"), and so does a part of a place's (``the Italian Part of
Switzerland``, ``the Bavarian Edge of the Alps``; resources/case/place_parts.txt).
A coast or a shore after a country's, a sea's or an ocean's adjective, or a region's no
list holds, is its shoreline when the pair ends its phrase, before punctuation, a small
word, a preposition or a verb (``off the Tarvian Coast, divers``, ``on the Caspian Shore
until``; not after a continent, a nation inside a state, a language or a region of the
Americas: ``the Pacific Coast``, ``the Basque Coast``, ``the Swahili Coast``); an
apposition of distance after it defines no name (``the Adriatic Coast, a short drive
away``), as one that says what the pair is does (``…, a seafood restaurant``).
A capitalised "The" inside a sentence, a work's kind or a vessel's before the adjective
opens a title or a ship's name (``he watched The Italian Job``, ``the ferry Tarvian
Star``).
A name begun before the adjective goes on through it (``the University of North Korean
Studies``), but a nationality before "of" names a person (``an American of Irish
Descent``).  "For" and an article after a noun that is also a verb go on with no name
(``the Latvian Search for a title``; a body's head may: ``the Scottish Campaign for a
Fairer Wage``), nor does a plural's possessive before a lower-case head (``the Welsh
Farmers' association``).  A place after "of" carries no name on either when the text
writes the head in lower case after another place's name (``the Liberian Province of
Bong`` beside ``Margibi province``; not an institution's head, nor after an adjective of
nationality: ``the French School of Athens`` beside ``a Greek school``).  A possessive
before a capitalised common word carries a name on as "of"
does (``the Danish Farmer's Market Board``; not ``the Portuguese
Government's plan``), and an adjective of identity style guides capitalise is no stray
capital (``Bolivian Indigenous groups``; resources/case/identity_adjectives.txt).
After a language's name only a noun of language, a person who is no title or a pastime
is common (``the Swahili Word for``, ``a Sinhalese Farmer's widow``, ``Kashubian
Football``; resources/case/pastime_nouns.txt; ``the Zulu King`` and ``the Tamil Tigers``
are names).  An unlisted word in -i or -an is a language's name, too, after an article
before a noun for a word and "for" (``the Vorandi Name for the fish``), and a people's
adjective before a bare plural of people that is no title, after a lower-case word and
before a small word or punctuation, when English hardly knows it and the text writes it
once (``a grant to take Varnan Players to``).  "Of", an indefinite article and a
lower-case word after an institution noun make it common (``the Kenyan Office of a
charity``): a name's "of" joins a name.
Names built on an institution, place, landmark or chess opening noun (``Korean War``,
``French Open``, ``Persian Gulf``, ``the Spanish Arch``, ``the Catalan Opening``;
resources/case/institution_nouns.txt) are left alone unless
the noun is plainly common (news style lower-cases "government", "army", "navy",
"police" and "press" after a nationality, so those are no institution nouns here): a
plural without "the" (``Russian Forces were``), an adjective that heads names only
before another capital (``the Egyptian Foreign minister``;
resources/case/adjective_heads.txt), a field's noun before a body that works in it
(``the Georgian Labour inspectorate``, ``the Austrian Railway operator``; not ``the
Norwegian Labour government``, the party's), after "a", a number or a possessive, plain
adjectives in lower case between, before a small word or a preposition of place (not
an opening's head: one played is "a Sicilian Defence"), or before a verb after a place's
head (``a French Court in``, ``its Chinese Company``, ``Portugal's Atlantic Coast,``,
``Sardovia's rocky Atlantic Coast lost``; not ``Edinburgh's Scottish Parliament voted``),
or a shoreline's before a point of the compass and "of" (``Russia's Pacific Coast north of
Japan``; not ``Russia's Pacific Fleet north of Japan``), or before a
restrictive clause (``the Chinese Company that runs the mine``; a cleft, ``It was the
European Commission that``, is none; nor is a clause after the head of a place's name,
resources/case/place_heads.txt: a place is one of a kind, so in ``a beetle native to East
Africa and the Iberian Peninsula that reached ports`` the clause is about the beetle),
after a comparative in lower case when the pair ends its phrase (``warmer Atlantic Water
reaching the fjord``: a name is not compared; ``the older British Museum building`` is
left alone), or in a headline of a whole clause in sentence case and nowhere else in the text
(``Kenyan Court jails three …`` over a story about "the High Court", or one that writes
"the court" in lower case: a name in a headline is named again in the story).  A line in
title case is left alone, but a headline with two lower-case content words is in sentence
case however many names it holds (``Ortiz wins 400 metres as Chilean Season opens at
Santiago Olympic Park``).  After an adjective of an ocean, a pole or a
region (``Atlantic``, ``Arctic``, ``Asiatic``; resources/case/region_adjectives.txt)
every noun is taken as an institution noun ("the Pacific Rim", "Atlantic City", "the
Arctic Circle"), so only that evidence makes it common (``Atlantic Storms towards the
shore``), and so does an adjective with a comparative before a lower-case noun
(``Asiatic Black bears``), or any plain adjective or activity in -ing before one
(``Arctic Commercial fishing``, ``Atlantic Shipping lines``: a name ends in its own
noun, ``the Pacific Rim``, which may qualify a noun in its turn, ``the Arctic Circle
region``; not a word of place or rank, ``the Pacific Northwest coast``, nor an
institution's adjective, ``the Pacific Medical journal``; after "a" and a plain
adjective in lower case a word that may be an adjective, ``a large Pacific Marine
reserve``, as ``a new Arctic Circle hotel`` is not), and so does a country's
noun, which such an adjective describes (``the Pacific Nation has found``: "the
Pacific nation", "the Himalayan kingdom").  "Government" and "Executive" after the
adjective of a nation inside a state with a government of its own (``the Scottish Government``;
resources/case/regional_demonyms.txt) are an official name house styles disagree on,
and are left alone, as are "Country" and "Region", such a nation's own name (``the Basque
Country``, ``the Flemish Region``).  A bracket after the noun that glosses in words ends no
name (``38 million Egyptian Pounds (about 780,000 dollars)``); one that holds an
abbreviation or a year may (``(KWS)``).  A news agency's name (``The Canadian Press``;
resources/layout/agencies.txt) is a name.  Title-case lines and a pair an apposition
defines (``the English Teacher, a band``) are left alone, and so is a word the batch uses
the same way elsewhere: alone in mid-sentence (``the Minister said``: house style) or as the
first word of a name (``the State Department`` beside ``the Islamic State group``).  A
title before a name (``Prime Minister Frederiksen``) or with "of" (``the Minister of
Agriculture``) is another use and exempts nothing; a title before a name in apposition
(``the Danish Minister, Karen Holmgaard,``) is a common noun whatever the batch does.
A sport in -ing before what its body is names a national body (``the Swiss Cycling
federation``: "British Rowing", "Swiss Cycling" are the bodies' names).
A pair the text itself writes two times or more, each time with the capital, is a name
(``Baltic Wings`` in a story about the airline, ``the Welsh Dragons``): a stray capital
is an accident and seldom repeats word for word, while a story names its subject again
and again; a lower-case use of the pair is evidence the other way, and a title before a
name in apposition is common however often it is written.  A use before another capital
is part of a longer name and no use of the pair (``the Tarvelian Youth Centre`` twice
says nothing of ``a Tarvelian Youth choir``).  So a translation that
capitalises the same common pair every time is missed (a limit).

Beside that rule, thirteen kinds with evidence of their own (checks/rules/case/_stray.py): a
word that ends no name after a name (an auxiliary, a preposition, a past tense, a word of
time before a time: ``Tarvel Since 2011``), a body's head after "a" and a place's name (``a
Varnak Group that``), a body's head before "of a" (``the Varnak Office of a charity``), a
time of year after its feast's name or a paper's kind after its name (``the Varsak
Holiday,``, ``the Varnik Newspaper.``), a family or a stable after its family's name
(``owned by the Al Varni Family,``), a coast after a sea's name the text gives (``the
Andaman Coast as`` beside "the Andaman Sea"), a plain adjective between a name and a lower-case noun
(``Manhattan Federal court``), a compound of everyday words with one capital
(``Film-maker``), a plural an amount counts after a place's name (``1.5 billion Kinshasa
Francs``), a place's plural head two names share (``the Tarsk and Velno Valleys``: "the
Niger and Benue rivers"), a place's head the text writes in lower case after other names
(``near Velko Station`` beside "Dorvik station"), a person's title of common words after the
possessive of a lower-case noun, before no name (``the agency's Budget Director, told``),
and a pair the document writes in lower case elsewhere (``the Convoy`` beside ``the
convoy``; another name with the word, ``the Monetary Policy Council``, does not excuse ``the
Chilean Council`` beside ``the Chilean council``). An institution's head is common, too,
when the text used it alone in lower case first (``the council said … the Chilean
Council``): news gives a name in full before it shortens it. A head the text writes in lower
case as a description, after the possessive of the adjective's place (``Tarvia's
parliament`` beside ``the Tarvian Parliament``) or after "the" and another adjective of the
same kind (``the Catholic shrine`` beside ``the Orthodox Shrine``), and capitalises nowhere
else, is flagged as written in lower case elsewhere (checks/rules/case/_written_lower.py).
An apposition after a pair a word counts (``as in many African Countries, a married woman``)
or after a sentence's opening preposition, "a" and a kind of place (``On a Cape Verdean
Volcano, a father``) defines no name; an institution's head after "a" and a nationality,
before a verb, is one of many (``a Chilean University surveyed``); a region's adjective after
a nationality is capitalised by rule (``a Swiss Alpine valley``); and the capitals of a short
title in quotation marks (``“Child of the Volcano”``) are no use of the word alone.
A kind of settlement or division after "this" or "these", a word of the lede's and the
name that says where it lies, the dateline's country or region, is common (``NHLANGANO,
Eswatini — … this southern Eswatini Town``; checks/rules/case/_located_kind.py), and so
are houses of worship in the plural with no article after an adjective of religion, as
buildings or as bodies (``wooden houses and Catholic Churches on a hill``; AP: "the Roman
Catholic and Episcopal churches"; the rarer plurals, "Chapels", "Mosques", "Synagogues",
fall under COMMON, as every noun does).  A place's name before a common noun in
a headline the story never writes again (``Niger's Galmi Onion growers``) was tried and
taken back: teams, firms, events and venues are written so (``Karachi Kings``, ``Suzuki
Motor``, ``Kigali Arena``; review 45b).

Fix (not safe: a person checks it is no name): lower-case it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.data import data_lines, word_set
from copydesk.checks.language import (
    abbreviations,
    continuing_abbreviations,
    function_words,
    title_abbreviations,
)
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.case._common import (
    demonym_words,
    derived_demonym,
    ends_sentence,
    is_heading_like,
    place_stems,
)
from copydesk.checks.rules.case._located_kind import located_kinds
from copydesk.checks.rules.case._stray import (
    PREPOSITIONS,
    SENTENCE_HEADLINE,
    Stray,
    currency_unit,
    identity_adjectives,
    strays,
    title_case_line,
    work_nouns,
)
from copydesk.checks.rules.case._written_lower import written_lower
from copydesk.checks.rules.grammar._wordclass import (
    finite_verb,
    gradable_adjective,
    may_be_finite,
    plural_noun,
    word_classes,
)
from copydesk.checks.rules.pronoun._people import first_names, person_nouns
from copydesk.checks.rules.word._shared import (
    CAPITALISED_INSIDE,
    batch_capitalised_inside,
    distinct_index,
    sentence_starts,
    starts_sentence,
)
from copydesk.checks.tokens import in_quotation

COMMON = 3.5  # the noun's lower-case form must be this common in English
COMMON_NAME = 3.0  # a capitalised word after "of" this common continues a name


@cache
def _listed() -> frozenset[str]:
    """The adjectives of nationality, region and language the rule starts at (not of
    religion)."""
    name_forming = set(data_lines("case", "name_forming_adjectives.txt"))
    demonyms = {d for d in data_lines("case", "demonyms.txt") if d not in name_forming}
    return frozenset(demonyms | _regions() | _languages())


@cache
def _languages() -> frozenset[str]:
    """Names of languages no list of nationalities holds ("Swahili", "Gaelic"): before a
    noun one is an adjective, and a capital after it is as stray (the Swahili Word for);
    and language families' ("Semitic": _language_families)."""
    return frozenset(data_lines("case", "language_adjectives.txt")) | _language_families()


@cache
def _language_families() -> frozenset[str]:
    """Adjectives of language families ("Semitic", "Germanic"; resources/case/
    language_families.txt): only a noun of language (language_family_nouns.txt) or a person
    is common after one."""
    return frozenset(data_lines("case", "language_families.txt"))


@cache
def _language_nouns() -> frozenset[str]:
    """Nouns a language's name describes (word, speech, lesson): before others it begins
    a proper name more often than it qualifies a noun."""
    return frozenset(data_lines("case", "language_nouns.txt"))


@cache
def _titles() -> frozenset[str]:
    """Titles and ranks after which a people's name makes a name ("the Zulu King", "the
    Maori Queen", "the Scots Guards"; resources/case/titles_of_a_people.txt).  Not every
    title before a name: after a people's name "Doctor", "Judge" or "Captain" is one of
    many ("a Tamil Doctor")."""
    return frozenset(data_lines("case", "titles_of_a_people.txt"))


def _person_of_a_people(word: str) -> bool:
    """A person noun that is no title ("Farmer", "Teachers", "Women"): after a language's
    or a people's name it says who someone is ("a Sinhalese Farmer's widow", "Frisian
    Fishermen"), as after a nationality; a title may make a name ("the Zulu King")."""
    low = word.lower()
    forms = {low, low.removesuffix("s"), low.removesuffix("es")}
    if low.endswith("men"):
        forms.add(low[:-3] + "man")
    return any(f in person_nouns() and f not in _titles() for f in forms)


@cache
def _religions() -> frozenset[str]:
    """Adjectives of religion, which name more than they describe (``the Jewish Agency``)."""
    return frozenset(data_lines("case", "name_forming_adjectives.txt"))


# a quotation opening on a capital right after the head: a work's title
_TITLE_QUOTE = regex.compile(r"[^\S\n]+[\"“«‘](?=\p{Lu})")


@cache
def _pattern() -> regex.Pattern[str]:
    demonyms = sorted(_listed() | _religions(), key=len, reverse=True)
    alternatives = "|".join(regex.escape(d).replace(r"\ ", " ") for d in demonyms)
    # last, any word with a productive suffix of place: derived_demonym() decides
    alternatives += r"|\p{Lu}\p{Ll}{3,}(?:ian|ean|ese)"
    # ... or in -i, -an, -ic, -ish, which _attested_adjective reads ("-an" after two letters
    # too: "Kvan songs", "a Kvan tower")
    alternatives += r"|\p{Lu}\p{Ll}{2,}(?:i|ic|ish)|\p{Lu}\p{Ll}+an"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{alternatives})[^\S\n]+(\p{{Lu}}\p{{Ll}}{{2,}})"
        rf"(?=[^\S\n]+(?!(?:of|de|del|for|and)\b)\p{{Ll}}|[,;:.!?)]|['’]s\b"
        # a line's end before a blank line and more text: a headline in sentence case
        # ("Vaccines reach Tarvelian Villages"; _label_or_item reads the line), not a line
        # of wrapped text, which a name may run past, nor the text's last line (a credit)
        rf"|[^\S\n]*\n[^\S\n]*\n(?=[^\S\n]*\S)"
        # a plural's possessive before a lower-case head: "the Welsh Farmers' union"
        rf"|(?<=s)['’][^\S\n]+\p{{Ll}}"
        # a bracket that glosses in words, not a name's abbreviation or a year:
        # "38 million Egyptian Pounds (about 780,000 dollars)", not "(KWS)"
        rf"|[^\S\n]+\((?![\p{{Lu}}\p{{N}}])"
        # "and"/"for" before a lower-case word joins no name: "Chinese Demand for iron ore",
        # "a European Airline and a project", "the Japanese Government and the U.S."
        # (before "and the" a name's head is an institution noun, which needs evidence
        # of its own: "the British Museum and the Tate"), nor does "for" before a quoted
        # lower-case word: "the Swahili Word for “farm”", nor "for" and an article before
        # one: a name's words after it are capitals ("the Irish Society for the Protection
        # of Birds"), so "the Kenyan Runner for the region" is common, as "for theregion"
        # (a glued word split by an accepted fix) was, and stays listed after the split
        rf"|[^\S\n]+(?:and[^\S\n]+|for[^\S\n]+(?:(?:the|a|an)[^\S\n]+|(?!(?:the|a|an)\b)))"
        rf"[\"“‘']?\p{{Ll}}"
        # ... nor does "for" before a figure: "at national and Baltic Competitions for 19
        # years" (no name goes on with a number after its "for")
        rf"|[^\S\n]+for[^\S\n]+\p{{N}}"
        # "of" and a word, or a year: "the Iraqi Invasion of 1990" names no longer thing
        rf"|[^\S\n]+of[^\S\n]+(\p{{L}}+|\p{{N}}+)"
        # "for" and a capital, or an article and a capital ("American Support for Ukraine",
        # "the Irish Society for the Protection of Birds"): _for_a_name decides
        rf"|[^\S\n]+(for)[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?\p{{L}}"
        # "and" and a name of its own: "the Tarvelian Border and Varsk Falls" (_joined_apart)
        rf"|[^\S\n]+and[^\S\n]+(\p{{Lu}}\p{{Ll}}+(?:[^\S\n]+\p{{Lu}}\p{{Ll}}+)*)"
        # a quoted title after a work's kind: "the Romanian Hymn “…”" (work_nouns decides)
        rf"|{_TITLE_QUOTE.pattern})"
    )


@cache
def _regions() -> frozenset[str]:
    """Adjectives of oceans, poles and regions ("Atlantic", "Arctic"): after them a noun
    is common only on the evidence an institution noun needs (region_adjectives.txt)."""
    return frozenset(data_lines("case", "region_adjectives.txt"))


@cache
def _regional() -> frozenset[str]:
    """Adjectives of nations inside a state with a government of their own ("Scottish")."""
    return frozenset(data_lines("case", "regional_demonyms.txt"))


# The official names built on such an adjective: "the Scottish Government", "the Basque
# Country", "the Flemish Region" (the autonomous community's and the regions' own names)
_OWN_NAME_HEADS = frozenset({"Government", "Executive", "Country", "Countries", "Region"})


# Heads of names of the form "<nationality> <head> for <Name>" beside the institution
# nouns ("the European Agency for Safety", "Jewish Voice for Peace").  Before "for" and
# a capital, only a noun that is also a verb, an action, is taken for a common noun
# ("American Support for Ukraine", "Chinese Demand for Australian coal"); "the Syrian
# Observatory for Human Rights" is a name.
_FOR_HEADS = frozenset(
    {"Agency", "Fund", "Foundation", "Coalition", "Network", "Partnership", "Forum", "Trust"}
    | {"Campaign", "Movement", "Initiative", "Programme", "Program", "Project", "School"}
    | {"College", "Prize", "Award", "Medal", "Board", "Fellowship", "Organisation", "Voice"}
    | {"Organization", "Unit", "Platform", "Order", "Action", "Institute", "Centre", "Center"}
)


def _for_a_name(word: str) -> bool:
    """The word heads a name whose "for" comes next: an organisation's head, a plural
    ("British Lawyers for Israel") or a formal title ("the European Commissioner for
    Agriculture")."""
    if word in _FOR_HEADS or word.endswith("s") or word.lower() in person_nouns():
        return True
    return "VERB" not in word_classes(word)


# "the" before a lower-case word, or before a figure and a lower-case word or punctuation:
# an ordinal, a decade or a year ("of the 19th century", "of the 1990s,", "of the 2022
# season")
_LOWER_AFTER_THE = regex.compile(
    r"[^\S\n]+(?:\p{Ll}|\p{N}[\p{N}\p{Ll}]*(?:[^\S\n]+\p{Ll}|[,;:.!?)]))"
)


def _name_goes_on(after_of: str | None, text: str = "", end: int = 0) -> bool:
    """After "of", "the" or a capitalised common word carries a name on ("British Chambers
    of Commerce", "Bank of the West"); a rare name or a lower-case word does not ("the
    Danish Maker of Vexolin", "of insulin"), nor "the" before a lower-case word ("an
    Icelandic Novelist of the small ports"; ``end`` is where "the" ends in ``text``), nor
    "the" before a figure and a lower-case word or punctuation ("the Bulgarian Potter of
    the 18th century", "a Danish Novelist of the 1990s."): a name's tail has no figure
    in lower-case company."""
    if after_of is None:
        return False
    if after_of == "the":
        return _LOWER_AFTER_THE.match(text, end) is None
    return after_of[0].isupper() and zipf(after_of.lower()) >= COMMON_NAME


_LOWER_NEXT = regex.compile(r"[^\S\n]+\p{Ll}")


def _of_an_indefinite(after_of: str | None, text: str, end: int) -> bool:
    """ "of", an indefinite article and a lower-case word after the head ("the Kenyan
    Office of a conservation group"): what "of" joins to a name's head is named itself
    ("the Office of Fair Trading"); one body among many makes the head what that body
    has there, a common noun.  So does any other small word but "the" after "of" ("the
    French Pacific Territory of about 9,000 people", "the Kenyan Office of its parent"):
    no name's "of" goes on in lower case.  ``end`` is where ``after_of`` ends in ``text``."""
    if after_of in ("a", "an"):
        return _LOWER_NEXT.match(text, end) is not None
    return after_of is not None and after_of != "the" and after_of in function_words()


def _adjective_ends_a_name(text: str, end: int, word: str) -> bool:
    """A word that can only be an adjective, with no noun after it to qualify, heads no
    noun phrase: the pair is a name ("the Hawaiian Electric said", "shares of Hawaiian
    Electric fell").  Before a noun it may be a plain adjective ("the Egyptian Foreign
    minister")."""
    if word_classes(word) != {"ADJ"}:
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) in function_words() or finite_verb(nxt.group(1)):
        return True
    return "NOUN" not in word_classes(nxt.group(1))


# What a national sport's governing body is called after its name ("Swiss Cycling",
# "British Rowing": the body's own name is the nationality and the sport).
_SPORT_BODIES = frozenset(
    {"federation", "association", "union", "body", "league", "confederation", "organisation"}
    | {"organization", "governing"}
)


def _sport_body(text: str, end: int, word: str) -> bool:
    """A sport in -ing after a nationality and before what its body is ("the Swiss
    Cycling federation", "the British Rowing association"): many national bodies are
    named so, and the noun after the name says what the name is."""
    if not word.endswith("ing"):
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) in _SPORT_BODIES


_POSSESSIVE_CAPITAL = regex.compile(r"['’]s[^\S\n]+(\p{Lu}\p{Ll}+)")


def _possessor_of_a_name(text: str, end: int) -> bool:
    """A possessive before a capitalised common word, as "of" before one, carries a name
    on ("the Danish Farmer's Market Board"); before a lower-case word it
    ends the phrase ("the Portuguese Government's plan")."""
    m = _POSSESSIVE_CAPITAL.match(text, end)
    return m is not None and zipf(m.group(1).lower()) >= COMMON_NAME


# "the northeastern Indian state of Assam": a direction in lower case before the nationality.
_DIRECTION_BEFORE = regex.compile(
    r"(?<![\p{L}\-])(?:(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern"
    r"|(?:(?:north|south|east|west)-)?central)[^\S\n]+\Z"
)


def _place_located(text: str, start: int, after_of: str | None) -> bool:
    """A direction locates a place named after "of" ("the western Indian State of Gujarat"):
    the pair describes it.  A word the dictionary knows after "of" may still carry a name
    on ("the northern Italian Chamber of Commerce"); a place name it does not know cannot."""
    if after_of is None or not after_of[0].isupper() or word_classes(after_of):
        return False
    return _DIRECTION_BEFORE.search(text, max(0, start - 30), start) is not None


@cache
def _division_heads() -> frozenset[str]:
    """Heads of a country's divisions (state, province, district ...), common before "of"."""
    return frozenset(data_lines("case", "division_heads.txt"))


_CAPITAL_AFTER_THE = regex.compile(r"[^\S\n]+\p{Lu}")


def _division_of_a_place(word: str, after_of: str | None, text: str, end: int) -> bool:
    """A division's head before "of" and a place's name ("the Himalayan State of Sikkim",
    "the Italian Province of South Tyrol"): after an adjective of nationality or region
    the words say where the place lies, as news writes "the Indian state of Assam"; no
    division's own name opens with its country's adjective.  A coast or shore of a place
    is its shoreline ("the Caribbean Coast of Central America", "the Frisian Coast of
    the Wadden Sea"; AP: "the Atlantic coast of Florida").  division_heads.txt; ``end``
    is where ``after_of`` ends in ``text``."""
    part = word in _place_parts()
    if not (part or word in _division_heads()) or after_of is None:
        return False
    if after_of == "the":
        shore = part or word in _SHORELINES
        return shore and _CAPITAL_AFTER_THE.match(text, end) is not None
    return after_of[:1].isupper() and after_of not in demonym_words()


_SHORELINES = frozenset({"Coast", "Coastline", "Shore", "Shores"})


@cache
def _country_adjectives() -> frozenset[str]:
    """Adjectives of a sovereign country's people ("Albanian", "Kenyan"): the listed
    nationalities less those of regions, continents, nations inside a state and
    languages, which head names of coasts ("the Basque Coast", "the Caribbean Coast" of
    Nicaragua, "the Swahili Coast", "the Pacific Coast")."""
    others = _regions() | _regional() | _languages() | _religions()
    others |= word_set("case", "continental_adjectives.txt")
    return frozenset(a for a in data_lines("case", "demonyms.txt") if a not in others)


def _shoreline(text: str, adjective: str, end: int, word: str) -> bool:
    """A coast or shore after a country's, a sea's or a region's adjective (_of_a_shore),
    ending its phrase: before punctuation, a small word, a preposition or a verb ("off
    the Tarvian Coast, divers found", "an accident on the Tarvian Coast in May"): news
    writes a shoreline in lower case ("the Albanian coast", "the Adriatic coast"; AP: "the
    Atlantic coast of Florida"), and no such adjective heads the name of a coast of its
    own.  Before a noun the pair may qualify it as a name ("the Tarvian Coast region"),
    unless it stands in a headline and nowhere else in the text (``_headline_pair``); after
    an adjective of a continent, a nation inside a state or a language the pair may be a
    region's name ("the Basque Coast", "the Swahili Coast")."""
    if word not in _SHORELINES or not _of_a_shore(adjective):
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True
    after = nxt.group(1)
    if after in function_words() or after in PREPOSITIONS:
        return True
    # a plural the pair qualifies, before its own verb: "the Tarvian Coast resorts were"
    if finite_verb(after) and not _noun_before_verb(text, nxt):
        return True
    # ... not before a division's noun: "Kenyan Coast region governors", "Coast counties"
    # (Kenya's and Tanzania's Coast regions; reviews 43b, 44b)
    forms = {after, after.removesuffix("s"), after.removesuffix("al")}
    forms.add(after[:-3] + "y" if after.endswith("ies") else after)
    if any(f.capitalize() in _division_heads() for f in forms):
        return False
    return _headline_pair(text, f"{adjective} {word}", end)


def _headline_pair(text: str, pair: str, end: int) -> bool:
    """``… to win Senegalese Coast wrestling title``: a shoreline's pair before a noun in a
    headline (``_headline``) that the story never writes again (as a word of its own: not
    "Senegalese Coastal"): a coast's name before a noun ("the Tarvian Coast region") is one
    the story goes on to use, capitalised.  Not after a capitalised word, which makes the
    pair part of a longer name ("French Somali Coast stamps", a colony's; review 44b)."""
    if len(regex.findall(rf"(?<![\p{{L}}]){regex.escape(pair)}(?![\p{{L}}])", text)) != 1:
        return False
    before = _WORD_BEFORE.search(text, max(0, end - len(pair) - 40), end - len(pair))
    if before is not None and before.group(1)[:1].isupper():
        return False
    start = text.rfind("\n", 0, end) + 1
    stop = text.find("\n", end)
    return _headline(text, start, stop if stop >= 0 else len(text))


def _noun_before_verb(text: str, nxt: regex.Match[str]) -> bool:
    """The lower-case word may be a plural noun and a verb follows it ("resorts were")."""
    later = _NEXT_WORD.match(text, nxt.end())
    return (
        later is not None and "NOUN" in word_classes(nxt.group(1)) and may_be_finite(later.group(1))
    )


@cache
def _sea_adjectives() -> frozenset[str]:
    """Adjectives of seas and oceans ("Adriatic", "Indian Ocean"; sea_adjectives.txt)."""
    return frozenset(data_lines("case", "sea_adjectives.txt"))


# a region's adjective no list holds, which the text shows is one (_adjective_starts):
# "the Tarvelian coast"; not one in -ic or -i, which may be a coast's own name's first
# word (a period's, a town's: "the Jurassic Coast", "the Amalfi Coast")
_DERIVED_OF_A_REGION = regex.compile(r"(?:ian|ean|an|ese)\Z")


def _of_a_shore(adjective: str) -> bool:
    """A coast or a shore after ``adjective`` is a shoreline: after a country's, a sea's
    or an ocean's ("on the Caspian Coast, where"), or a region's no list holds ("the
    Tarvelian Coast"; news: "the Istrian coast", "the Cantabrian coast")."""
    if adjective in _country_adjectives() or adjective in _sea_adjectives():
        return True
    return adjective not in _listed() and _DERIVED_OF_A_REGION.search(adjective) is not None


# An apposition that says how far away a place is: "…, a short drive away", "…, an hour's
# sail from"; a name's says what it is ("…, a seafood restaurant", "…, a cargo ship")
_DISTANCE_APPOSITION = regex.compile(
    r",[^\S\n]+(?:a|an)[^\S\n]+(?:\p{Ll}+[^\S\n]+)?(?:drive|walk|ride|sail|flight|hour|hour['’]s)\b"
)


def _shore_far(text: str, adjective: str, m: regex.Match[str], word: str) -> bool:
    """A shoreline whose apposition says how far away it is ("the Tarvian Coast, a short
    drive away"): no name the apposition defines, as a business's or a ship's would be
    ("the Adriatic Coast, a seafood restaurant")."""
    end = m.end(1)
    return (
        _shoreline(text, adjective, end, word) and _DISTANCE_APPOSITION.match(text, end) is not None
    )


@cache
def _place_parts() -> frozenset[str]:
    """Nouns for a part of a place ("Heart", "Edge", "Part"; place_parts.txt): before "of"
    and a place they say which part is meant ("the Catholic Heart of Upper Lusatia")."""
    return frozenset(data_lines("case", "place_parts.txt"))


def _part_of_a_place(word: str, after_of: str | None, text: str, end: int) -> bool:
    """A part of a place after an adjective of religion ("the Catholic Heart of the
    Rhineland", "the Muslim Part of Tarvel"): it locates, as after a nationality; a
    division's head may name a state ("the Islamic State of Iraq"), a part never does."""
    return word in _place_parts() and _division_of_a_place(word, after_of, text, end)


@lru_cache(maxsize=256)
def _head_after_a_capital(word: str) -> regex.Pattern[str]:
    """A capitalised word, then ``word`` in lower case: "Margibi county"."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(\p{{Lu}}[\p{{L}}\-]+)[^\S\n]+{regex.escape(word.lower())}"
        rf"(?![\p{{L}}\p{{N}}\-])"
    )


def _lower_after_names(text: str, word: str) -> bool:
    """The text writes the head in lower case after another place's name ("… the Liberian
    Province of Bong … a trader from Margibi province"): for this writer the head is a
    common noun after a name, so "of" and a place after it name no body, they say which
    place it is.  The name must be no English word and no adjective of nationality: "the
    French School of Athens" and "a Greek school" may well share a text; nor is an
    institution's head read so ("the British Museum" beside "the Louvre museum"), nor a
    head after an article and a name ("the American Hospital of Paris" beside "a Neuilly
    hospital": one of that place's hospitals; a division is named bare, "in Margibi
    province")."""
    if word in _institutions():
        return False
    for m in _head_after_a_capital(word).finditer(text):
        name = m.group(1)
        if name in demonym_words() or word_classes(name) or starts_sentence(text, m.start()):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and before.group(1).lower() in _ARTICLES:
            continue  # "a Neuilly hospital": one of the place's; "from Margibi province" is it
        return True
    return False


# An article or a determiner before a place's name and a head: the head is one of that
# place's ("a Neuilly hospital"), not the place's own kind ("Margibi province").
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "its", "their", "our", "one"})


# Heads of names of kinds, chess openings: one played is "a Sicilian Defence", as a car
# is "a Ford Focus", so "a" is no evidence that the head is common.
_KIND_HEADS = frozenset({"Defence", "Defense", "Opening", "Gambit", "Variation"})


# Plural heads that name one event ("the Olympic Games"): a number or "next" before one
# counts editions of the name ("two Olympic Games", "the next Asian Games")
_EVENT_PLURALS = frozenset({"Games"})
# Plural heads that name a company without "the" ("Turkish Airlines", "Indian Railways").
_COMPANY_PLURALS = frozenset({"Airlines", "Airways", "Railways", "Motors", "Democrats"})
_NEXT_WORD = regex.compile(r"[^\S\n]+(\p{Ll}+)")
_INDEFINITE_BEFORE = regex.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Ss]everal|[Mm]any|[Ss]ome|[Ff]ew|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our"
    r"|[Ff]ive|\d+|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|\p{Lu}\p{L}+['’]s)[^\S\n]+\Z"
)
# A common noun's possessive ("the world's wild Atlantic Salmon"), not a contraction
# ("that's"), before no body's name ("the bloc's European Commission"; a place's head
# is one of many, "the region's Atlantic Coast") and not after an adjective of
# religion ("the country's Catholic Church" is the institution).
_COMMON_POSSESSIVE_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?!(?:that|there|here|what|who|where|how|one|she)['’])"
    # a time's possessive names the one held then ("last year's Southeast Asian Games")
    r"(?!(?:year|month|week|season|summer|winter|spring|autumn|century|decade|day)['’])"
    r"\p{Ll}{3,}['’]s[^\S\n]+\Z"
)
# A demonstrative or "every" picks one of many kinds of place too ("this Andean Village",
# "every Himalayan Nation": _kind_of_place), though a treaty, a fleet or a union may be
# named so ("this Antarctic Treaty"); "that" is left out, a conjunction as often.
_DEMONSTRATIVE_BEFORE = regex.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ee]very|[Ee]ach)[^\S\n]+\Z")
_THE_OR_NAME_BEFORE = regex.compile(r"(?:\b[Tt]he|\p{Lu}[\p{L}\-]*)[^\S\n]+\Z")


# "the Chinese Company that runs the mine": a restrictive clause picks one of many.
_RESTRICTIVE = regex.compile(
    r"[^\S\n]+(?:that|which)[^\S\n]+(?:(?:also|still|now|already|once|\p{Ll}+ly)[^\S\n]+)?"
    r"(\p{Ll}+)\b"
)
# "It was the European Commission that proposed it": a cleft, not a restrictive clause.
_CLEFT = regex.compile(
    r"\b(?:[Ii]t|[Tt]his)(?:['’]s|[^\S\n]+(?:is|was|will[^\S\n]+be))\b[^.!?;]*\Z"
)


def _restricted(text: str, start: int, end: int) -> bool:
    """A restrictive relative clause right after the noun: names need none."""
    m = _RESTRICTIVE.match(text, end)
    if m is None or not finite_verb(m.group(1)):
        return False
    return _CLEFT.search(text, max(0, start - 80), start) is None


_LOWER_BEFORE = regex.compile(r"(\p{Ll}+)[^\S\n]+\Z", regex.REVERSE)  # as _WORD_BEFORE


def _after_adjectives(text: str, start: int) -> int:
    """Where one or two plain adjectives in lower case before ``start`` begin ("its long
    rocky Atlantic Coast"), or ``start``: a determiner or a possessive may stand there.
    After "a" or "an" a participle in -ed is one too ("a proposed Pacific Railway"); after a
    possessive it may qualify a project's own name ("Varsk's proposed Pacific Railway")."""
    for _ in range(2):
        m = _LOWER_BEFORE.search(text, max(0, start - 30), start)
        if m is None or m.group(1) in function_words():
            break
        word = m.group(1)
        if "ADJ" not in word_classes(word) and not _participle_after_a(text, start, word):
            break
        start = m.start()
    return start


def _participle_after_a(text: str, end: int, word: str) -> bool:
    """ "proposed" in "a proposed", ending before ``end``: a verb's form in -ed after "a"
    or "an"."""
    if not word.endswith("ed") or "VERB" not in word_classes(word):
        return False
    described = _A_DESCRIBED.search(text, max(0, end - 30), end)
    return described is not None and described.group(1) == word


# "a" or "an", then a plain adjective in lower case (group 1), right before a position.
_A_DESCRIBED = regex.compile(r"\b[Aa]n?[^\S\n]+(\p{Ll}+)[^\S\n]+\Z")


def _described_one(text: str, start: int) -> bool:
    """ "a large" right before ``start``: one thing of a kind, described."""
    m = _A_DESCRIBED.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) not in function_words() and _plain_adjective(m.group(1))


def _compared(text: str, start: int, end: int) -> bool:
    """A comparative in lower case before the pair, which ends the phrase ("warmer
    Atlantic Water reaching the fjord", "cheaper Chinese Steel."): a name is not
    compared, a thing is.  Before a noun the pair may be a name that qualifies it ("the
    older British Museum building").  A superlative is no evidence: it compares a name's
    editions as readily ("the hottest Australian Open on record", "the weakest European
    Commission in decades")."""
    m = _LOWER_BEFORE.search(text, max(0, start - 30), start)
    if m is None or not _comparative(m.group(1)):
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) in function_words():
        return True
    return "NOUN" not in word_classes(nxt.group(1))


# A point of the compass that makes a region of an ocean or a continent ("North
# Atlantic", "Western Pacific"): part of the adjective, so the word before it decides.
# The points of the compass: part of a people's adjective after them ("a South Korean
# University", "studies North Atlantic Storms").  "Southeast" and "Central" open names as
# often ("Southeast Asian Games"): directions only where "the" stands before them.
_COMPASS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
)
_COMPASS_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{'|'.join(sorted(_COMPASS))})[^\S\n]+\Z"
)
# Words of direction open a people's adjective after "the", not a name ("the North Korean
# Dictator", "the Central Asian states").
_DIRECTIONS = _COMPASS | {"Central", "Northeast", "Northwest", "Southeast", "Southwest"}


# Heads of names of waters and island groups (of place_heads.txt), each one of a kind.
_WATERS_AND_ISLANDS = frozenset({"Sea", "Ocean", "Gulf", "Strait", "Channel", "Islands"})


def _kind_of_place(word: str) -> bool:
    """A settlement, a land or a nation ("City", "Valley", "Nation"; resources/pronoun/
    place_apposition_nouns.txt and the country nouns)."""
    return word in _COUNTRY_NOUNS or word.lower() in word_set(
        "pronoun", "place_apposition_nouns.txt"
    )


def _capitalised_by_rule(word: str) -> bool:
    """An adjective English capitalises whatever it stands before: a people's or a group's
    ("Indigenous"), or a region's ("a Swiss Alpine valley")."""
    return word in identity_adjectives() or word in _regions()


def _a_kind_of_place(word: str) -> bool:
    """A kind of place or of a land's feature ("Village", "Island", "Volcano";
    resources/word/feature_nouns.txt too)."""
    return _kind_of_place(word) or word.lower() in word_set("word", "feature_nouns.txt")


def _natural_feature_subject(opening: regex.Match[str], word: str, text: str, pos: int) -> bool:
    """A land's natural feature (resources/pronoun/natural_place_nouns.txt; not a street, a
    business's address) after an opening "On", "In", "Off" … and "a", before an apposition
    that runs to its sentence's end with no comma of its own: the clause's subject ("On a
    Jamaican Beach, an uncle and his nephew build boats"), the pair one of many.  Not after
    "At", "Inside", "Near", "Outside" or "Beside", where a business stands ("At a Mexican
    Beach, a clerk said the chain"), nor after a kicker's colon, where a work's title does;
    not before an apposition a comma closes ("On a Jamaican Beach, a song by Marcia
    Griffiths, opens the album") or a business's or a work's noun heads ("a seafood brand
    sold in …"), nor on a line with no stop and no verb of its own (a listing's)."""
    low = word.lower()
    if low in _STREETS or low not in word_set("pronoun", "natural_place_nouns.txt"):
        return False
    if _BUSINESS_PREPOSITION.search(opening.group()) or opening.group().startswith(":"):
        return False  # after a kicker's colon, a work's title ("Review: On a Greek Coast, …")
    end = _sentence_end(text, pos)
    if _CLAUSE_COMMA.search(text, pos, end) is not None:
        return False
    if _names_a_business_or_work(text, pos, end):
        return False
    # a line with no stop of its own is a headline only with a verb: a listing's line names
    # a venue or a work ("Stay⏎⏎On a Greek Beach, a guesthouse with six rooms"; review 40a)
    return text[end : end + 1] in (".", "!", "?") or _verb_of_the_line(text, pos, end)


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whose", "where"})
_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"}
    | {"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds"}
)
# adverbs before a plain present: "an uncle and his nephew still build boats"
_ADVERBS_BEFORE_VERB = frozenset({"still", "now", "also", "often", "always", "never", "just"})


def _verb_of_the_line(text: str, start: int, end: int) -> bool:
    """The apposition from ``start`` goes on to a finite verb of its own before any
    relative word: a third person or a past that follows no figure or determiner ("a diver
    found", not "six rooms"), or a plain present after an adverb ("still build")."""
    words = [w.group().lower() for w in _APPOSITION_WORD.finditer(text, start, end)]
    for k, low in enumerate(words):
        if low in _RELATIVE_WORDS:
            return False
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if before in _ADVERBS_BEFORE_VERB and may_be_finite(low):
            return True
        noun_place = (
            before in function_words() or before in _NUMBER_WORDS or after == "by"
        )  # "six rooms", "run by two sisters": no verb
        if k and finite_verb(low) and not noun_place:
            return True
    return False


_APPOSITION_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")


def _names_a_business_or_work(text: str, start: int, end: int) -> bool:
    """The apposition from ``start`` heads with a business's or a work's noun before its
    first preposition ("a seafood brand sold in…", "a new film by…"; resources/case/
    business_nouns.txt, work_nouns.txt, resources/pronoun/organisation_nouns.txt)."""
    heads = _business_or_work_heads()
    found = _APPOSITION_WORD.finditer(text, start, min(end, start + 80))
    words = [w.group().lower() for w in found]
    for k, low in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if low in _GROUPS_OF and nxt == "of":
            continue  # "a chain of volcanoes": what follows "of" tells
        if low in heads and not _noun_follows(nxt):
            return True  # its phrase's head: "a seafood brand sold in", not "a hotel worker"
        if low in _APPOSITION_STOPS:
            return False
    return False


_APPOSITION_STOPS = frozenset({"of", "by", "about", "from", "with", "in", "on", "at", "for"})


@cache
def _business_or_work_heads() -> frozenset[str]:
    return (
        word_set("case", "business_nouns.txt")
        | word_set("case", "work_nouns.txt")
        | word_set("pronoun", "organisation_nouns.txt")
    )


_GROUPS_OF = frozenset({"group", "chain", "series", "band", "company"})


def _noun_follows(word: str) -> bool:
    """``word``, after a listed noun, is a noun the listed one modifies ("a hotel worker")."""
    if not word or word in function_words():
        return False
    classes = word_classes(word)
    return "NOUN" in classes and "VERB" not in classes


# A sentence's end: a stop before a capital or the line's end, not a single letter's ("the
# U.K., workers") nor a figure's; a line break before no lower-case word; a comma that is no
# figure's ("3,000")
_SENTENCE_STOP = regex.compile(
    r"(?<!\b\p{L}|\d)[.!?](?=[\"”’]?(?:[^\S\n]+\p{Lu}|[^\S\n]*(?:\n|\Z)))|\n(?![^\S\n]*\p{Ll})"
)
_WORD_BEFORE_STOP = regex.compile(r"(\p{L}+)\Z")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends: its first stop that follows no abbreviation
    ("Capt. Mehmet Kaya's sons", "St. Kitts"; resources/lexicon and resources/case
    abbreviations)."""
    known = _known_abbreviations()
    for stop in _SENTENCE_STOP.finditer(text, pos):
        word = _WORD_BEFORE_STOP.search(text, max(0, stop.start() - 12), stop.start())
        if stop.group() == "." and word is not None and word.group(1).lower() in known:
            continue
        return stop.start()
    return len(text)


@cache
def _known_abbreviations() -> frozenset[str]:
    return abbreviations() | title_abbreviations() | continuing_abbreviations()


_CLAUSE_COMMA = regex.compile(r",(?!\d)")
_STREETS = frozenset({"highway", "road", "street"})
_BUSINESS_PREPOSITION = regex.compile(r"\b(?:At|Inside|Near|Outside|Beside)\b")


def _generic_plural(text: str, start: int, end: int, word: str) -> bool:
    """An institution's head used as a common noun after a nationality.

    After "a", "another", "two", "its", "this"… ("a French Court", "its Chinese Company",
    "this Andean Village", not a body's "this European Union"): a name is one of a kind and
    takes no possessive.  A plural
    with no "the" ("Russian Forces are advancing", "studies North Atlantic Storms"; a
    point of the compass before the adjective is part of it): such names take the
    article ("the Armed Forces", "the Olympic Games", "the Canary Islands"), unless an
    apposition with "a" says what it names ("Appalachian Voices, a charity").  Before a restrictive
    clause ("the Chinese Company that runs the mine"): a name needs no restriction."""
    if word in _EVENT_PLURALS:
        return False
    if _restricted(text, start, end) and word not in _place_heads():
        return True  # a place is one of a kind: the clause is about something else
    compass = _COMPASS_BEFORE.search(text, max(0, start - 12), start)
    # "a South Korean University": a point of the compass is part of the adjective
    lead = _after_adjectives(text, compass.start() if compass else start)
    one_of_many = (
        _INDEFINITE_BEFORE.search(text, max(0, lead - 40), lead) is not None
        or (
            (word not in _institutions() or word in _place_heads())
            and _COMMON_POSSESSIVE_BEFORE.search(text, max(0, lead - 40), lead) is not None
        )
        or (
            _kind_of_place(word)
            and _DEMONSTRATIVE_BEFORE.search(text, max(0, lead - 12), lead) is not None
        )
    )
    # a sea, a gulf or islands are one of a kind whoever's they are ("Greece's Ionian
    # Sea", "a stormy Aegean Sea"); a coast is a stretch of one ("Portugal's Atlantic
    # Coast") and a quarter one of a town's ("its old Italian Quarter")
    one_of_a_kind = word in _WATERS_AND_ISLANDS
    if word not in _KIND_HEADS and one_of_many and not one_of_a_kind:
        # ...unless the name modifies a noun after it: "a Korean War veteran".  A place's
        # head is common before a verb too ("Portugal's rocky Atlantic Coast lost …");
        # a body's is not ("Edinburgh's Scottish Parliament voted": the city's own)
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None or nxt.group(1) in function_words() or nxt.group(1) in PREPOSITIONS:
            return True  # "a French Court in", "a Roman Arch near the station"
        if word in _SHORELINES and _COMPASS_OF.match(text, end):
            return True  # "Russia's Pacific Coast north of Japan": where, as a preposition
        after = nxt.group(1)
        place = word in _place_heads() or _kind_of_place(word)  # "this Adriatic Resort rejected"
        # ... and so is any after "a" or "an": "a Chilean University surveyed" (no body's
        # name takes the indefinite article)
        place = place or _a_or_an_before(text, lead, word)
        verb = finite_verb(after) and "NOUN" not in word_classes(after)
        return place and verb and not _participle_before_noun(text, nxt)
    if not word.endswith("s") or word in _COMPANY_PLURALS or one_of_a_kind:
        return False  # "Greece's Ionian Islands had a record season": the islands' name
    if _INDEFINITE_APPOSITION.match(text, end):
        return False  # "Appalachian Voices, a charity, said": what the name is
    compass = _COMPASS_BEFORE.search(text, max(0, start - 12), start)
    lead = compass.start() if compass else start  # "studies North Atlantic Storms"
    return _THE_OR_NAME_BEFORE.search(text, max(0, lead - 40), lead) is None


# a lower-case word right after another: "backed| fund"
_LOWER_AFTER = regex.compile(r"[^\S\n]+(\p{Ll}+)\b")


def _participle_before_noun(text: str, nxt: regex.Match[str]) -> bool:
    """The word after the pair is a participle in "-ed" that a lower-case noun follows: a
    compound's second half with its hyphen dropped ("A European Union backed fund"), no
    verb of the pair's."""
    after = _LOWER_AFTER.match(text, nxt.end())
    return (
        nxt.group(1).endswith("ed")
        and after is not None
        and "NOUN" in word_classes(after.group(1))
        and after.group(1) not in function_words()
    )


# An apposition with "a" or "an" right after a pair says what the pair names: a body, a
# band, a team ("Appalachian Voices, a charity"); a plural of many is not described so.
_INDEFINITE_APPOSITION = regex.compile(r",[^\S\n]+an?[^\S\n]+\p{L}")


# A point of the compass and "of" after a shoreline, which say where it lies as a
# preposition of place does: "… Coast north of Japan" (a fleet's, a quarter's or an
# embassy's name may go on so: "Russia's Pacific Fleet north of Japan")
_SHORELINES = frozenset({"Coast", "Shore", "Coastline", "Seaboard"})
_COMPASS_OF = regex.compile(r"[^\S\n]+(?:north|south)?(?:east|west)?(?<=[a-z])[^\S\n]+of\b")

_A_OR_AN_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])an?[^\S\n]+\Z")  # not "A" opening a title
# "A" or "An" opening a lede after its dateline's dash, spaced or not, or a wire's hyphens
# ("— An Atlantic Storm brought", "(Reuters) - A Chinese Company agreed")
_DATELINE_A_BEFORE = regex.compile(r"(?:[—–]|(?<=[\s)])--?(?=[^\S\n]))[^\S\n]*An?[^\S\n]+\Z")


def _a_or_an_before(text: str, lead: int, word: str) -> bool:
    """ "a" or "an" before the adjective at ``lead``, or "A" or "An" opening a lede after its
    dateline, where no title stands; there, not before a person noun or a member's noun in
    "-ist", which name a member of the body the pair names ("— A Swiss Guard fainted", "— A
    Vietnamese Communist turned dissident died")."""
    if _A_OR_AN_BEFORE.search(text, max(0, lead - 12), lead) is not None:
        return True
    low = word.lower()
    if low in person_nouns() or low.endswith("ist"):
        return False
    return _DATELINE_A_BEFORE.search(text, max(0, lead - 12), lead) is not None


def _adjective_before_noun(text: str, end: int, word: str, region: bool) -> bool:
    """ "the Egyptian Foreign minister", "the French National team": an adjective that
    heads names only before another capital ("Foreign Office", "National Front") is a
    plain adjective before a lower-case noun.  After an adjective of region, so is any
    adjective with a comparative ("Asiatic Black bears"): no place or body is named so."""
    if word not in _adjective_heads() and not (region and gradable_adjective(word)):
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) not in function_words()


_OBJECT_OPENERS = frozenset({"a", "an", "the"})


# A preposition and "the" before the adjective: the region itself, a noun ("from the Pacific")
_PREPOSITION_THE_BEFORE = regex.compile(r"(\p{Ll}+)[^\S\n]+the[^\S\n]+\Z")


def _heads_no_name(text: str, start: int, end: int, word: str) -> bool:
    """``word`` heads no name after a region that a preposition governs ("from the
    Pacific"): a preposition ("from the Pacific Over the Andes"), or the -ing form of a
    verb before its object ("air from the Antarctic Meeting a moist front"; "Spring" is no
    verb's -ing form).  A work's or an event's title may be so written ("“Arctic Under the
    Ice”", "starred in Atlantic Crossing the year after"): not inside quotation marks, nor
    without the preposition and "the", nor after "of the" ("the crew of the Atlantic
    Crossing")."""
    before = _PREPOSITION_THE_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) not in word_set("word", "prepositions.txt"):
        return False
    if before.group(1) == "of":
        return False  # "the crew of the Atlantic Crossing the organisers chartered": an event's
    if in_quotation(text, start):
        return False
    low = word.lower()
    if low in word_set("word", "prepositions.txt"):
        return True
    nxt = _NEXT_WORD.match(text, end)
    stem = low[:-3]
    return (
        low.endswith("ing")
        and any("VERB" in word_classes(s) for s in (stem, stem + "e", stem[:-1]) if s)
        and nxt is not None
        and nxt.group(1) in _OBJECT_OPENERS
    )


# Words of place and rank that open a region's or a body's name after an adjective of
# region as readily as they qualify a noun ("the Pacific Northwest coast", "Pacific
# Central station"): no evidence of a plain modifier.
_NAME_MODIFIERS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"central", "upper", "lower", "inner", "outer", "great", "greater", "high", "grand"}
)


def _modifier_before_noun(text: str, start: int, adjective: str, end: int, word: str) -> bool:
    """A word that qualifies the noun after it, not one that heads a name: an adjective
    ("Pacific Public finances", "Arctic Marine life") or an activity in -ing ("more
    Olympic Wrestling champions", "Atlantic Fishing fleets"), before a lower-case noun.
    A name after a capitalised adjective ends in its own noun ("the Pacific Rim",
    "the Olympic Stadium"), which may qualify a noun in its turn ("the Arctic Circle
    region"); an adjective or an activity heads no such name, unless the text writes
    that longer name (_clipped_name).  After "a" and a plain adjective in lower case
    a word that may be an adjective, though a noun too, is a modifier ("a large Pacific
    Marine reserve"); not a noun alone, which may end a name ("a new Arctic Circle
    hotel"), nor a place's head ("a small Pacific Island nation")."""
    low = word.lower()
    if low in _NAME_MODIFIERS or word in _institutions():
        return False  # "the Pacific Medical Journal" may be meant
    if _clipped_name(text, adjective, word):
        return False
    classes = word_classes(low)
    described = (
        "ADJ" in classes
        and "ADV" not in classes  # "a longtime Pacific Weekly columnist": a paper's name
        and low not in _name_heads_with_endings()  # "a Pacific General nurse": a hospital's
        and word not in _place_heads()
        and _described_one(text, start)
    )
    if not (_plain_adjective(low) or _activity(low) or described):
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1) in function_words() or _verb_opens(text, nxt):
        return False
    return "NOUN" in word_classes(nxt.group(1)) or _activity(nxt.group(1))


# "to" and a verb after a form in -s: "hopes to sell", "plans to add".
_TO_VERB = regex.compile(r"[^\S\n]+to[^\S\n]+(\p{Ll}+)\b")


def _verb_opens(text: str, nxt: regex.Match[str]) -> bool:
    """The lower-case word is a verb whose subject is the name before it, not a noun the
    name qualifies ("Atlantic Commercial hopes to sell the tower"): a form in -s that
    is a verb too, before "to" and a verb."""
    word = nxt.group(1)
    if not word.endswith("s") or not any("VERB" in word_classes(w) for w in (word[:-1], word[:-2])):
        return False
    after = _TO_VERB.match(text, nxt.end())
    return after is not None and "VERB" in word_classes(after.group(1))


def _clipped_name(text: str, adjective: str, word: str) -> bool:
    """The text writes the pair before another capital too ("Varsic Coastal Airlines
    said … Varsic Coastal flights were full", "Varsic Shipping Co … a Varsic Shipping
    vessel"): firms are named in full once and clipped after, so the pair before a
    lower-case noun is the name's short form, not a modifier slipped to a capital."""
    return (
        regex.search(_pair_pattern(adjective, word).pattern + r"[^\S\n]+\p{Lu}", text) is not None
    )


# Endings of adjectives: a word the dictionary knows as a noun and an adjective is read
# as the adjective only with one ("public", "commercial"; not "council", "salt", "fleet").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ible", "able", "ful", "less")


def _name_heads_with_endings() -> frozenset[str]:
    """Nouns with an adjective's ending that head firms' and sites' names ("Capital",
    "Terminal", "Electric"; resources/case/name_heading_adjectives.txt)."""
    return word_set("case", "name_heading_adjectives.txt")


def _plain_adjective(low: str) -> bool:
    """An adjective, not a noun the dictionary also lists as one ("public", "marine" no)."""
    classes = word_classes(low)
    if "ADJ" not in classes or low in _name_heads_with_endings():
        return False  # "mutual" is a noun in news ("a mutual") the dictionary lacks
    if "NOUN" not in classes:
        return True
    return low.endswith(_ADJECTIVE_ENDINGS)


def _activity(low: str) -> bool:
    """An activity in -ing made from a verb ("wrestling", "shipping", "skiing"; not
    "spring" nor "king")."""
    if not low.endswith("ing") or len(low) < 6:
        return False
    stem = low[:-3]
    stems = (stem, stem + "e") + ((stem[:-1],) if stem[-1:] == stem[-2:-1] else ())
    return any(len(s) >= 3 and "VERB" in word_classes(s) for s in stems)


def _proper_ic(text: str, m: regex.Match[str], adjective: str, word: str) -> bool:
    """An adjective in -ic no list holds that is a proper one (wordfreq knows it, the
    dictionary does not in lower case, and it is no given name: "Olympic", "Hellenic"),
    after a lower-case word, before a plain modifier of a lower-case noun ("more
    Olympic Wrestling champions"); before a noun it may name a body or an event ("the
    Olympic Stadium", "two Olympic Games"), so nothing else counts."""
    low = adjective.lower()
    if not low.endswith("ic") or word_classes(low) or zipf(low) < COMMON_NAME:
        return False
    if low in first_names() or not _LOWER_WORD_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return False
    return _modifier_before_noun(text, m.start(), adjective, m.end(1), word)


# A country after an adjective of region is described, not named: "the Pacific nation",
# "the Himalayan kingdom", "the Andean country" (a people's self-governing body after
# its own name is named: "the Navajo Nation").
_COUNTRY_NOUNS = frozenset({"Nation", "Country", "Kingdom"})


@cache
def _fields() -> frozenset[str]:
    """Institution nouns that name a field of work (resources/case/field_nouns.txt)."""
    return frozenset(data_lines("case", "field_nouns.txt"))


@cache
def _field_bodies() -> frozenset[str]:
    """Bodies that work in a field, in lower case (resources/case/field_bodies.txt)."""
    return frozenset(data_lines("case", "field_bodies.txt"))


def _field_before_body(text: str, end: int, word: str) -> bool:
    """A field's noun between a nationality and a body that works in it, in lower case:
    "the Georgian Labour inspectorate", "the Austrian Railway operator", "the Chinese
    Steel maker".  A name built on the field takes the body's head with a capital ("the
    British Medical Association") or heads something else ("the Norwegian Labour
    government", "a British Steel plant": the party's, the company's), or is followed by
    a word a company's or a party's name takes as readily ("the British Steel company")."""
    if word not in _fields():
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) in _field_bodies()


@cache
def _adjective_heads() -> frozenset[str]:
    return frozenset(data_lines("case", "adjective_heads.txt"))


def _short_form_first(text: str, start: int, pair: str) -> bool:
    """The text used the head alone, in lower case, before its one capitalised use:
    "the council said … the next meeting of the Chilean Council".

    News introduces a name in full and shortens it afterwards ("the European Council …
    the council"); a short form first and a capitalised pair once, later, is a common
    noun with a stray capital.  Not a place's head (place_heads.txt: a sea's, a gulf's,
    islands'…, but for a coast's or a shore's): "the sea … the Ionian Sea" names the
    sea it spoke of.
    """
    if text.count(pair) != 1:
        return False
    name = pair.rsplit(None, 1)[-1]
    if name in _place_heads() and name not in _SHORELINES:
        return False  # "the sea was calm … the Adriatic Sea": a sea's name, not its short form
    head = name.lower()
    first = _any_use(head).search(text, 0, start)
    # The short form must be the word's first use: after "the metalworkers' union",
    # "the union" means that union, and "the European Union" may still be a name.
    if first is None or first.group() != head:
        return False  # first used in a name ("the Union for the Republic")
    return _SHORT_FORM_BEFORE.search(text, 0, first.start()) is not None


@cache
def _any_use(head: str) -> regex.Pattern[str]:
    word = regex.escape(head)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-]){word}(?![\p{{L}}\p{{N}}'’\-])", regex.I)


_SHORT_FORM_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’\-])[Tt]he[^\S\n]+\Z")


_ALONE_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-.])\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’\-])")
# Searched from the end (regex.REVERSE): anchored at \Z and asked of a window before a
# position, it finds the same match without trying every start in the window
# (tests/checks/test_reverse_patterns.py).
_WORD_BEFORE = regex.compile(r"([\p{L}\p{N}][\p{L}\p{N}'’\-.]*)[^\S\n]+\Z", regex.REVERSE)
# A formal title or name with "of"/"for" and a capital ("Minister of Agriculture").
_OF_AFTER = regex.compile(r"[^\S\n]+(?:of|for|de|and|&)[^\S\n]+(?:the[^\S\n]+)?[\p{Lu}\p{N}]")


_OPENS_A_CLAUSE = regex.compile(r"(?:\A|[\n:;(\[“‘\"'«—–•*])[^\S\n]*\Z")
# A capital "and" joins to another: the last word of a name ("the Department of Rural
# Affairs and Development"), not a word used alone.
_JOINED_BY_AND = regex.compile(r"\p{Lu}[\p{L}\-]*[^\S\n]+(?:and|&)[^\S\n]+\Z")


def _alone(text: str) -> Counter[str]:
    """Capitalised words in mid-sentence used the way a stray capital after a nationality
    would be, or as the first word of a name: "the Minister said", "the Danish Minister,
    who", "the State Department", "the Dream Act".

    Other uses are no evidence that the word is a name: a title before a person's name
    ("Minister Holmgaard"), the second word of a name ("Prime Minister") and a formal
    title with "of" ("the Minister of Agriculture", "the Library of Congress"), the tail
    of such a name ("the Council of the Judiciary", "the Ministry of Trade and
    Industry"), a word between an adjective of place and another capital, the middle of
    a longer name that says nothing of the word after another adjective ("the East
    African Monetary Union" beside "a Kenyan Monetary policy"), and a word opening a
    clause after a dateline dash, a colon or a quotation mark ("CAIRO — Foreign
    ministers").
    """
    found: Counter[str] = Counter()
    starts = sentence_starts(text)
    for m in _ALONE_WORD.finditer(text):
        word = m.group()
        if m.start() in starts or _OF_AFTER.match(text, m.end()):
            continue
        if _CAPITAL_AFTER.match(text, m.end()) and word.lower() in person_nouns():
            continue
        if _OPENS_A_CLAUSE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "CAIRO — Foreign ministers": a sentence start after a dateline
        if _name_before(text, m.start()) or _JOINED_BY_AND.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "the General Council of the Judiciary": the tail of a longer name
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        prev = before.group(1) if before else ""
        if prev in demonym_words() and _CAPITAL_AFTER.match(text, m.end()):
            continue  # "the West African Monetary Union": a longer name's middle word
        # A name's word before it ("Prime Minister"); "The Minister said" is no name.
        name_before = prev not in demonym_words() and prev.lower() not in function_words()
        if prev[:1].isupper() and name_before:
            continue
        if _in_quoted_title(text, m.start()):
            continue  # "“Child of the Volcano”": a title's capitals, not a name's
        found[word] += 1
    return found


# A quotation in its paragraph, opened and closed: "“Child of the Volcano”"
_QUOTED = regex.compile(r"[“\"]([^“”\"\n]{1,80})[”\"]")
_LONG_WORD = regex.compile(r"\p{L}{4,}")
_TITLE_WORDS = 8  # a title in quotation marks is short


def _in_quoted_title(text: str, pos: int) -> bool:
    """``pos`` lies inside a short quotation written in title case, with no stop in it (a
    work's title or its translation, "“Child of the Volcano”"): every word of four letters or
    more is capitalised, and a small word is not (a nickname, "“The Lion”", is the name)."""
    para = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    for m in _QUOTED.finditer(text, para, end if end >= 0 else len(text)):
        if m.start(1) <= pos < m.end(1):
            inner = m.group(1)
            words = _LONG_WORD.findall(inner)
            return (
                len(inner.split()) <= _TITLE_WORDS
                and not any(c in inner for c in ".!?,;:")
                and all(w[0].isupper() for w in words)
                and any(w.islower() for w in inner.split())
            )
    return False


# Capitalised words the batch uses alone in mid-sentence (see ``_alone``).
CAPITALISED_ALONE = distinct_index("case.capitalised-alone", _alone)

# "the University of North Korean Studies", "the Institute for Chinese Medicine": the
# adjective carries on a name begun before it.
_NAME_BEFORE = regex.compile(
    r"(\p{Lu}[\p{L}\-]*)[^\S\n]+(of|for)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}\p{L}*[^\S\n]+)?\Z",
    regex.REVERSE,  # as _WORD_BEFORE
)
# a word counting people before a people's plural ("many |Malaysians"); before a pair, it
# counts what no apposition defines as a name ("as in many |African Countries, a married
# woman keeps her name")
_COUNT_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(many|most|some|few|several|all|other)[^\S\n]+\Z",
    regex.IGNORECASE,
)


def _people_of_roots(text: str, m: regex.Match[str], word: str) -> bool:
    """``many Malaysians of Chinese Descent``: a people's plural after a word counting them
    (lower case, or capitalised where it opens the sentence), then "of" and an adjective
    before a noun of roots (resources/case/heritage_nouns.txt): people, not the start of a
    name ("Americans for Indian Opportunity", "the Council of Americans of Italian
    Heritage", "Portraits by Americans of Asian Descent", the film "Some Americans of Irish
    Descent")."""
    head = m.group(1)
    if m.group(2) != "of" or not (head.endswith("s") and head[:-1] in demonym_words()):
        return False
    if word.casefold() not in word_set("case", "heritage_nouns.txt"):
        return False
    count = _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if count is None:
        return False
    return count.group(1).islower() or starts_sentence(text, count.start())


def _name_before(text: str, start: int, word: str = "") -> bool:
    """The adjective at ``start`` carries on a name ("University of North Korean"), not
    a sentence that opens with a capital ("Shares of the Danish Maker") nor a person
    named by a nationality ("a Brazilian of Japanese Descent"), nor people named by its
    plural before their roots, ``word`` (``_people_of_roots``)."""
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    if m.group(1) in demonym_words() or _people_of_roots(text, m, word):
        return False
    # after a dateline's dash or a colon the word opens a clause, as at a sentence's
    # start: "BRASK — Dozens of Kestrian Bus drivers"
    opens = _OPENS_A_CLAUSE.search(text, max(0, m.start() - 4), m.start()) is not None
    return not (opens or starts_sentence(text, m.start()))


# "the", then a capitalised word right before the adjective of nationality
_THE_AND_CAPITAL_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])[Tt]he[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+\Z", regex.REVERSE
)


def _adjective_opens_a_name(text: str, start: int) -> bool:
    """A capitalised adjective between "the" and the adjective at ``start`` opens a name
    that holds both ("the Great Hungarian Plain", "the Royal Thai Navy"): in running text
    an adjective before a nationality is written in lower case ("the vast Hungarian
    plain").  Not a word of direction, which makes the people's adjective itself ("the
    North Korean Dictator")."""
    m = _THE_AND_CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1) in _DIRECTIONS or m.group(1) in demonym_words():
        return False
    return "ADJ" in word_classes(m.group(1).lower())


# Kinds of vessel a ship's name follows in apposition ("the ferry Tarvian Star").
_VESSELS = frozenset(
    {"ship", "ferry", "liner", "tanker", "freighter", "trawler", "yacht", "vessel", "boat"}
    | {"frigate", "destroyer", "cruiser", "submarine", "schooner", "barge", "tug"}
)


def _titled(text: str, start: int) -> bool:
    """The adjective at ``start`` opens a title or a ship's name: after a capitalised
    "The" inside a sentence ("she read The Tarvian Garden"; a sentence's own "The" opens
    nothing), or after what the title names, a work or a vessel, in apposition ("the
    novel Danish Harvest", "the ferry Tarvian Star"; resources/case/work_nouns.txt)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    prev = before.group(1)
    if prev == "The":
        opens = _OPENS_A_CLAUSE.search(text, max(0, before.start() - 4), before.start())
        return opens is None and not starts_sentence(text, before.start())
    return prev in _VESSELS or prev in word_set("case", "work_nouns.txt")


# "the Danish Minister, Karen Holmgaard,": a title before the name it describes.
_BEFORE_A_NAME = regex.compile(r",[^\S\n]+\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}'’\-]+)+")


def _titles_a_name(text: str, end: int, word: str) -> bool:
    """A person's title before a name in apposition: a common noun in news style,
    however the text writes the title elsewhere ("the Minister of Agriculture")."""
    return word.lower() in person_nouns() and _BEFORE_A_NAME.match(text, end) is not None


# "the English Teacher, a four-piece band": an apposition defines it, so it is a name.
_DEFINED = regex.compile(r",[^\S\n]+(?:a|an)[^\S\n]+(\p{Ll}+)")


def _defined(text: str, start: int, end: int) -> bool:
    """An apposition with "a" defines the pair as a name ("the English Teacher, a
    four-piece band"); one that opens with a comparative sums up the clause instead
    ("grain went to Brazilian Ports, a longer and more costly route"), as does one whose
    noun is a kind of event or quantity ("…for Varnic Citizens, an arrangement the firm
    defends"; resources/case/summing_nouns.txt); none defines a pair a word counts ("as in
    many African Countries, a married woman"), after "a" and the pair a span of time
    that says when is none ("built by a Chinese Contractor, a year later than planned"), nor
    is the subject after a phrase that opens its sentence with a preposition, "a" and a kind
    of place ("On a Cape Verdean Volcano, a father and daughter make wine", after a
    headline's kicker too: "Review: In a Martinican Town, a singer": the pair is one of many;
    "At a Canadian Tire, a clerk said" names a store)."""
    m = _DEFINED.match(text, end)
    if m is None or _COUNT_BEFORE.search(text, max(0, start - 12), start):
        return False  # "as in many African Countries, a married woman": one of many
    opening = _OPENING_PHRASE_A.search(text, max(0, start - 30), start)
    # after a kicker's colon, only an apposition that runs on to the sentence's end with no
    # comma of its own is the subject ("Dining: At a Mexican Village, a chain with six
    # branches in Dallas, the tamales sell out": the apposition names a business)
    after_kicker = opening is not None and opening.group().startswith(":")
    head = text[start:end].split()[-1]
    if (
        opening
        and _a_kind_of_place(head)
        and not (after_kicker and _STOP_OR_COMMA.search(text, m.end()))
    ):
        return False
    if opening and _natural_feature_subject(opening, head, text, m.start(1)):
        return False
    if _SPAN_OF_TIME.match(text, m.start(1)) and (
        _INDEFINITE.search(text, max(0, start - 4), start)
        or _state_of_rule(text, (start, end), m.end())
    ):
        return False
    summing = m.group(1) in word_set("case", "summing_nouns.txt") and bool(
        _APPOSITION_HEAD_ENDS.match(text, m.end())
    )
    return not (_comparative(m.group(1)) or summing)


# "…by a Chinese Contractor, a year later than planned": after "a" and the pair (one of
# many), a span of time before a word of lateness or earliness says when, no apposition;
# after "the" the pair may be a name all the same ("the English Teacher, a year after the
# band formed")
_SPAN_OF_TIME = regex.compile(
    r"(?:(?:few|full|couple[^\S\n]+of|whole)[^\S\n]+)?"
    r"(?:year|month|week|fortnight|day|decade|century|hour|minute|season)s?"
    r"(?:[^\S\n]+and[^\S\n]+a[^\S\n]+half)?[^\S\n]+"
    r"(?:later|earlier|ago|after|before|late|early|behind|ahead|sooner)\b"
)
_INDEFINITE = regex.compile(r"\b(?:[Aa]n?)[^\S\n]+\Z")
# A preposition with no determiner before the pair: "under |Australian Administration, a
# decade before independence" (not "in": "in Irish Rail, a decade before" names a business)
_BARE_PREPOSITION = regex.compile(
    r"\b([Uu]nder|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Aa]mid|[Ff]ollowing"
    r"|[Tt]hroughout)[^\S\n]+\Z"
)


def _state_of_rule(text: str, pair: tuple[int, int], apposition_end: int) -> bool:
    """The ``pair`` stands behind a bare preposition and its noun names a state of rule
    (resources/case/state_of_rule_nouns.txt: "Administration", "Rule", "Occupation"), no
    business's or body's head ("Rail", "Gas"); after a preposition that may open a clause,
    the pair is no subject whose verb follows its apposition ("since Czech Television, a
    year ago, moved its bulletin", "after European Command, a decade ago, first opened")."""
    start, end = pair
    opener = _BARE_PREPOSITION.search(text, max(0, start - 12), start)
    if opener is None:
        return False
    words = text[start:end].split()
    if words[-1].lower() not in word_set("case", "state_of_rule_nouns.txt"):
        return False
    given = word_set("word", "given_names_any.txt")
    if words[-1].lower() in _SURNAME_NOUNS and words[0].lower() in given:
        return False  # "studied under Christian Law, a year before he retired": a person
    if opener.group(1).lower() not in _CLAUSE_OPENERS:
        return True  # "Under British Rule, a century before, exports doubled": no subject
    after = _VERB_AFTER_APPOSITION.match(text, apposition_end)
    return after is None or not (may_be_finite(after.group(1)) or after.group(1).endswith("ing"))


# Nouns of rule that are surnames too ("Law", "Rule"): after a given name, a person
_SURNAME_NOUNS = frozenset({"law", "rule"})


# Prepositions that open clauses too: the pair after one may be its clause's subject
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "following"})
# The rest of an apposition, its closing comma, adverbs and the next word: ", a year ago,
# first |opened"
_VERB_AFTER_APPOSITION = regex.compile(
    r"[^.!?\n,;]*,[^\S\n]+(?:(?:\p{Ll}+ly|also|still|first|again|never|then|soon|once)"
    r"[^\S\n]+)*(\p{Ll}+)"
)


# the first comma in the rest of a sentence or a line ("a bèlè singer and her nephew drum …")
_STOP_OR_COMMA = regex.compile(r"\G[^.!?\n,]*,")
# A sentence that opens with a preposition and "a" or "an": "On a |Cape Verdean Volcano, a"
_OPENING_PHRASE_A = regex.compile(
    r"(?:\A|[.!?:][”’\"]?[^\S\n]+|\n)(?:On|In|At|From|Near|Inside|Outside|Across|Along|Beside"
    r"|Behind|Beyond|Above|Below|Under|Over|Around|Off|Through)[^\S\n]+an?[^\S\n]+\Z"
)


# After a summing noun, what shows it heads its apposition: punctuation, an article or a
# possessive opening a clause, a relative, "not", a preposition or a participle ("an
# arrangement the company defends", "a level not seen since 2008"), not a noun it would
# modify ("a record label", "a level pitch") nor a hyphen ("a cut-price airline")
_APPOSITION_HEAD_ENDS = regex.compile(
    r"[^\S\n]*[.,;:!?)]|[^\S\n]+(?:the|a|an|its|their|his|her|this|that|which|not|of|for"
    r"|in|from|to|on|since|by|he|she|they|it|we|\p{Ll}+ed)\b"
)


# a possessive, then the word before the adjective: "its largest |", "the firm's second |"
_WORD_BEFORE_PAIR = regex.compile(
    r"(?:\b(?i:its|their|his|her|our|my|your)|\p{L}['’]s?)[^\S\n]+(\p{Ll}+)[^\S\n]+\Z"
)
_RANKING = frozenset({"most", "least", "best", "worst"})
# "The most" or "the least" right before an adjective of religion grades it ("the most
# Catholic region"); before a kind of place no name is built so
_GRADED = regex.compile(r"(?<![\p{L}\-])[Tt]he[^\S\n]+(?:most|least)[^\S\n]+\Z")
_THAN_AFTER = regex.compile(r"[^\S\n]+than\b")


def _graded_place(text: str, start: int, end: int, word: str) -> bool:
    """A kind of place after "the most" or "the least" and an adjective of religion, compared
    with nothing after it: ``the most Catholic Region of a mostly Lutheran country``; not
    ``more Islamic State than al-Qaida`` nor ``the most Christian Democrat of the three``."""
    if not _kind_of_place(word) or _THAN_AFTER.match(text, end):
        return False
    return _GRADED.search(text, max(0, start - 20), start) is not None


def _noun_after(text: str, end: int) -> bool:
    """A lower-case word that is no finite verb nor function word follows ``end``: the pair
    modifies it (a noun, which lemminflect may not know: "stronghold"), and a ranking word
    before ranks that noun ("the region's last Islamic State stronghold", "Germany's first
    Christian Democrat chancellor"), not the pair."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m.group(1) in function_words():
        return False
    return not finite_verb(m.group(1))


def _ranked(text: str, start: int) -> bool:
    """A superlative or an ordinal after a possessive, before the adjective, ranks the pair
    among its owner's many, which no name does, whatever its apposition says (``its largest
    Brazilian Customer, a family importer``); after "the" it may count a recurring event's or
    a store's name (``the first Irish Derby, a race``, ``the largest Canadian Tire, a
    store``)."""
    m = _WORD_BEFORE_PAIR.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    if word in _RANKING or word in word_set("case", "ordinal_words.txt"):
        return True
    if not word.endswith("est") or len(word) < 6:
        return False
    stems = (word[:-3], word[:-2]) + ((word[:-4],) if word[-4] == word[-5] else ())
    return any(len(s) >= 3 and gradable_adjective(s) for s in stems)


def _comparative(word: str) -> bool:
    """ "more", "less" or an adjective's comparative in -er ("longer", "larger", "bigger")."""
    if word in ("more", "less", "better", "worse"):
        return True
    if not word.endswith("er") or len(word) < 5:
        return False
    stems = (word[:-2], word[:-1]) + ((word[:-3],) if word[-3] == word[-4] else ())
    return any(len(s) >= 3 and gradable_adjective(s) for s in stems)


@cache
def _institutions() -> frozenset[str]:
    return frozenset(data_lines("case", "institution_nouns.txt"))


def _currency(word: str) -> bool:
    """A currency unit (resources/case/currency_nouns.txt), however rare in English: after a
    nationality it is lower case in news style ("the Kenyan shilling"), so rarity is no sign
    of a name there."""
    return currency_unit(word)


@cache
def _place_heads() -> frozenset[str]:
    """Institution nouns that head names of places ("Peninsula", "Gulf"): place_heads.txt."""
    return frozenset(data_lines("case", "place_heads.txt"))


@cache
def _agency_names() -> frozenset[str]:
    """News agencies' names ("The Canadian Press"): names, whatever their head."""
    names = data_lines("layout", "agencies.txt")
    return frozenset(n.removeprefix("The ") for n in names)


_WHY = {
    "a small word": "a small word in mid-sentence",
    "a word of time": "a word of time before a date or a time of day",
    "a verb": "a verb in mid-sentence",
    "an adverb": "an adverb in mid-sentence",
    "a compound": "a compound of common words",
    "an adjective": "an adjective between a name and a noun",
    "inconsistent": "written in lower case elsewhere in this text",
    "counted": "a noun an amount counts",
    "one of many": "one of many, after “a” and a place",
    "a time": "a time of year after its name",
    "a medium": "what a paper or a site is, after its name",
    "a family": "what a family is or keeps, after its name",
    "a shoreline": "a sea's shoreline, after the sea's name",
    "a shared head": "a plural two names share",
    "a lowered head": "a place's kind, which this text writes in lower case after names",
    "a branch": "what one body among many has in a place, before “of a”",
    "a title": "a title after a possessive, before no name",
    "a located kind": "a kind of place after the name of where it lies",
}


@check(
    "case.capitalised-noun",
    Category.CASE,
    "A common word capitalised in mid-sentence ('two Kenyan Runners', 'Lewandowski Scored')",
    scope="batch",  # a capital the batch uses elsewhere mid-sentence is a name
    batch_indexes=(CAPITALISED_INSIDE, CAPITALISED_ALONE),
    examples=(
        "She finished ahead of two Kenyan Runners in the final.",
        "The company faces competition from Chinese Manufacturers, which cut prices.",
        "The North Korean Dictator said the tests would go on.",
        ("Officials said Russian «Forces» were advancing near the border.", "forces"),
        (
            "Russian «Forces» moved north. The Armed Forces of Ukraine held the line, and "
            "officials said the Russian advance had stalled.",
            "forces",
        ),
        ("The case went to a French «Court» in the spring, lawyers said.", "court"),
        (
            "Shares of the Danish «Maker» of Vexolin rose sharply in early trading on Monday.",
            "maker",
        ),
        ("In the second half Tarkovsky «Scored» twice from corners.", "scored"),
        ("The roads to Moravia «Were» closed after the floods.", "were"),
        ("Farmers in Moravia «Expect» a smaller harvest this year.", "expect"),
        ("Ice levels across the Arctic «Remain» far below the average.", "remain"),
        ("The prize went to the Estonian «Film-maker» Kadri Kask.", "film-maker"),
        ("Police stopped the convoy at dawn. By noon the «Convoy» had turned back.", "convoy"),
        (
            "The Chilean council cut rates, and the Monetary Policy Council said more cuts "
            "may follow. The next meeting of the Chilean «Council» is in April.",
            "council",
        ),
        (
            "In a statement the league said the season would resume. Clubs want the "
            "Brazilian «League» to act before the derby in March.",
            "league",
        ),
        ("The Victorian «Building», which opened in 1884, was restored.", "building"),
        ("Talks with the Kenyan «Government» stalled in May, officials said.", "government"),
        ("Yields on Turkish «Government» bonds fell after the decision.", "government"),
        ("He said the Portuguese «Government»'s plan was too slow.", "government"),
        ("The Egyptian «Foreign» minister chaired the meeting on Monday.", "foreign"),
        (
            "CAIRO — Foreign ministers met on Sunday. The Egyptian «Foreign» minister "
            "chaired the talks.",
            "foreign",
        ),
        (
            "The General Council of the Judiciary met on Monday. Long delays in trials "
            "are a common complaint about the Spanish «Judiciary», lawyers say.",
            "judiciary",
        ),
        (
            "The Danish «Minister», Karen Holmgaard, regretted the vote on the farm rules, "
            "and the Minister of Agriculture stayed away from the debate in parliament.",
            "minister",
        ),
        (
            "Workers said they were paid late by the Chinese «Company» that runs the mine.",
            "company",
        ),
        ("The mine is run by its Chinese «Company», which pays the workers late.", "company"),
        ("Prices rose on strong Chinese «Demand» for iron ore, traders said.", "demand"),
        ("Doubts grew about American «Support» for Ukraine, officials said.", "support"),
        ("The case was heard in Manhattan «Federal» court on Tuesday, lawyers said.", "federal"),
        (
            "The floods displaced thousands of people in the northeastern Indian «State» of "
            "Assam, officials said on Sunday.",
            "state",
        ),
        ("Many people of Tolvian and Varnesan «Origin» now live abroad.", "origin"),
        ("It is the small French Pacific «Territory» of about 9,000 people.", "territory"),
        ("Cases rose in the Vel-Tarsk and Omvo «Districts», where dogs roam.", "districts"),
        ("Trawling is banned in a large Pacific «Marine» reserve off the atoll.", "marine"),
        ("The town was rebuilt after the Ottoman «Siege» of 1683, records show.", "siege"),
        ("Divers mapped an Abbasid «Mosque» and school near the old harbour.", "mosque"),
    ),
    near_misses=(
        "Fighting in the Korean War ended in 1953.",
        "She won the French Open and the British Museum bought the racket.",
        "The Chinese Communist Party met in Beijing.",
        "The British Chambers of Commerce cut its forecast; the Persian Gulf was calm.",
        "Kenyan runners took the first three places.",
        "He met a Korean War veteran and a French Open champion in the lobby.",
        "She flew Turkish Airlines to the Olympic Games and toured the Canary Islands.",
        "Troops of the United Arab Emirates joined the Armed Forces of Ukraine in the drill.",
        "The prize went to the English Teacher, a four-piece band from Leeds.",
        "Why Kenyan Runners Win So Many Marathons",
        "Russian Forces moved north. Officials said the Forces had lost ground.",
        "The Spanish Agency of Medicines and the French Chamber of the Regions met.",
        "Fans of Manchester United cheered; Theresa May said she was pleased.",
        "She appeared on Dancing With the Stars last year.",
        "The Paris-based group and a London-born author met in Rolls-Royce offices.",
        "Tomas Varga He arrived in Lisbon on Tuesday.",
        "Leaflets of the Bristol Remain campaign said Lingvo Translate is free, and Maria "
        "Remain sang.",
        "The convoy left at dawn. The Convoy Trust paid for the fuel.",
        "He starred in “Gone With the Wind” and other films.",
        "The reason was simple: Scored goals win matches.",
        "The Danish Minister said the vote was lost, and the Minister said later that she "
        "regretted it.",
        "It was the European Commission that proposed the rules; the minister told the "
        "European Council that it would wait.",
        "He teaches at the University of North Korean Studies and the Institute for Chinese "
        "Medicine.",
        "Fans queued at Grand Central station and by Lake Superior for a Taylor Swift concert.",
        "She joined the British Council for the talks and the Arab League and allies met.",
        "The European Council met on Friday, and the council agreed on the budget before "
        "the Arab League sent the league's envoy.",
        "The council said it would wait. The European Council and the European Council "
        "summit in June will decide.",
        "She joined the metalworkers' union in 1990, and the union backed her. Aid came "
        "from across the European Union.",
        "The Union for the Republic won the vote; observers of the African Union stayed.",
        "The Government said it would act, and talks with the Kenyan Government resumed.",
        "The British Foreign Office and the Indian Supreme Court met the French Open champion.",
        "She worked for Jewish Voice for Peace and British Lawyers for Israel before the "
        "European Commissioner for Agriculture hired her.",
        "Aid reached a small Pacific Island nation and a new Atlantic Coast city.",
        "They built a new Arctic Circle hotel near the town.",
        "He was a longtime Pacific Weekly columnist and a retired Pacific General nurse.",
        "He spoke at the northern Italian Chamber of Commerce and then joined the Islamic "
        "State of Iraq, and storms hit the southern Indian Ocean that week.",
    ),
)
def capitalised_noun(text: str, ctx: CheckContext) -> Iterator[Issue]:
    elsewhere = ctx.index(CAPITALISED_ALONE)
    inside = batch_capitalised_inside(ctx)
    flagged: set[int] = set()
    for m in _pattern().finditer(text):
        word = m.group(1)
        if _label_or_item(text, m.end(1)):
            continue  # "Photo: Estonian Navy", "- 2019: talks with the Estonian Navy"
        if m.group(4) and not _joined_apart(text, m.start(4), m.group(4)):
            continue  # "the Tarvelian Border and Customs Agency": one name
        adjective = text[m.start() : m.start(1)].rstrip()
        shared = _shared_head(text, m.start(), word)
        if not _adjective_starts(text, m, adjective, word, shared):
            continue
        if _TITLE_QUOTE.match(text, m.end(1)) and word.lower() not in work_nouns():
            continue  # "the Irish Times “…”": only a work's kind introduces its title
        region = adjective in _regions()
        after_of = m.group(2)
        if (region or word in _institutions()) and not (
            _division_of_a_place(word, after_of, text, m.end(2))
            or _of_an_indefinite(after_of, text, m.end(2))
            or _generic_plural(text, m.start(), m.end(1), word)
            or _compared(text, m.start(), m.end(1))
            or _short_form_first(text, m.start(), m.group())
            or _adjective_before_noun(text, m.end(1), word, region)
            or _heads_no_name(text, m.start(), m.end(1), word)
            or (region and _modifier_before_noun(text, m.start(), adjective, m.end(1), word))
            or _field_before_body(text, m.end(1), word)
            or _shoreline(text, adjective, m.end(1), word)
            or shared
            or (region and word in _COUNTRY_NOUNS)
            or _headline_only(text, m.start(1), m.group())
            or _written_lower_here(text, m, adjective, word)
            or _local_house_of_worship(text, m.start(), m.end(1), word)
        ):
            continue
        if (zipf(word.lower()) < COMMON and not _currency(word)) or m.group() in _agency_names():
            continue
        if _repeated_name(text, adjective, word) and not _titles_a_name(text, m.end(1), word):
            continue  # "Baltic Wings" four times in a story about the airline: its name
        # the word-class lexicon lacks a few divisions' heads ("County"): nouns all the same
        known_noun = word in _division_heads()
        if (not word_classes(word) and not known_noun and not _currency(word)) or (
            _capitalised_by_rule(word)
        ):
            continue  # a place ("Saudi Arabia"), or house style ("Bolivian Indigenous")
        if word in _OWN_NAME_HEADS and text[m.start() : m.start(1)].rstrip() in _regional():
            continue  # "the Scottish Government", "the Basque Country": official names
        if _name_goes_on(after_of, text, m.end(2)) and not (
            _place_located(text, m.start(), after_of)
            or _division_of_a_place(word, after_of, text, m.end(2))
            or _lower_after_names(text, word)
        ):
            continue
        if _possessor_of_a_name(text, m.end(1)) or _adjective_ends_a_name(text, m.end(1), word):
            continue
        if _sport_body(text, m.end(1), word) or _PARTY_AFTER.match(text, m.end(1)):
            continue  # "the Swiss Cycling federation", "the Georgian Dream party": a name
        if m.group(3) and _for_a_name(word):
            continue
        if elsewhere[word] > text.count(m.group()) and not _titles_a_name(text, m.end(1), word):
            continue  # used alone elsewhere, not after this adjective: a name or house style
        if _name_before(text, m.start(), word) or _titled(text, m.start()):
            continue
        if _adjective_opens_a_name(text, m.start()):
            continue
        if title_case_line(text, m.start(1)) or (
            _defined(text, m.start(), m.end(1))
            and not shared
            and not _shore_far(text, adjective, m, word)
            and not _ranked(text, m.start())
        ):
            continue
        flagged.add(m.start(1))
        lower = _written_lower_here(text, m, adjective, word)
        why = _WHY["inconsistent"] if lower else _after(adjective, word)
        yield _issue(ctx, m.start(1), word, why)
    yield from _located_kind_issues(ctx, text, elsewhere, flagged)
    yield from _stray_issues(ctx, text, (inside, elsewhere), flagged)


def _located_kind_issues(
    ctx: CheckContext, text: str, elsewhere: Counter[str], flagged: set[int]
) -> Iterator[Issue]:
    """A kind of settlement after the dateline's place it lies in (_located_kind.py), when
    the pair loop has not flagged it and the batch uses the word alone no more than once."""
    for k in located_kinds(text):
        if k.start not in flagged and elsewhere[k.word] <= 1 and not title_case_line(text, k.start):
            flagged.add(k.start)
            yield _issue(ctx, k.start, k.word, _WHY["a located kind"])


def _stray_issues(
    ctx: CheckContext,
    text: str,
    batch: tuple[Counter[str], Counter[str]],
    flagged: set[int],
) -> Iterator[Issue]:
    """The kinds with evidence of their own (_stray.py) the pair loop has not flagged;
    ``batch`` holds the batch's capitals inside names and alone."""
    inside, elsewhere = batch
    for s in strays(text):
        if s.start not in flagged and not _stray_exempt(text, s, inside, elsewhere):
            yield _issue(ctx, s.start, s.word, _WHY[s.why])


_LINE_END = regex.compile(r"[^\S\n]*\n")
_ITEM = regex.compile(r"[^\S\n]*(?:[-*•–]|\d+[.)])[^\S\n]")
LABEL_WORDS = 5  # words after a label's colon: "Photo: Estonian Navy"


# A political camp's kind after a pair in capitals: the pair is its name ("the Georgian
# Dream party", "the Civic Platform coalition")
_PARTY_AFTER = regex.compile(
    r"[^\S\n]+(?:party|parties|movement|coalition|alliance|bloc|faction)\b"
)


def _label_or_item(text: str, end: int) -> bool:
    """The pair ends its line, and the line is a label's ("Photo: …", "Source: …") or a
    list's item ("- 2019: …", "3. …"): no headline, whose words are read to their end.  A
    label is short after its colon; a headline's kicker is followed by a whole headline
    ("Review: Two clocks and one telephone keep a family waiting in a Salvadoran Play")."""
    if _LINE_END.match(text, end) is None:
        return False
    start = text.rfind("\n", 0, end) + 1
    if _ITEM.match(text, start, end) is not None:
        return True
    colon = text.rfind(":", start, end)
    return colon >= 0 and len(text[colon + 1 : end].split()) <= LABEL_WORDS


def _joined_apart(text: str, start: int, name: str) -> bool:
    """The name after "and" is one of its own, which the text writes elsewhere too, and
    its first word is no English word ("the Tarvelian Border and Varsk Falls", Varsk
    Falls named again): "and" joins two things.  A name's own words after "and" are
    English words ("the Tarvelian Border and Customs Agency")."""
    first = name.split()[0]
    if word_classes(first) or first in demonym_words():
        return False
    uses = regex.finditer(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(name)}(?![\p{{L}}\p{{N}}])", text)
    return any(u.start() != start for u in uses)


@lru_cache(maxsize=1024)
def _pair_pattern(adjective: str, word: str) -> regex.Pattern[str]:
    """The pair, either case of the noun, as whole words."""
    noun = f"[{word[0]}{word[0].lower()}]{regex.escape(word[1:])}"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-]){regex.escape(adjective)}[^\S\n]+{noun}(?![\p{{L}}\p{{N}}\-])"
    )


_CAPITAL_AFTER = regex.compile(r"[^\S\n]+(\p{Lu}\p{L}*)")


def _legal_forms() -> frozenset[str]:
    """A firm's legal forms ("Ltd", "ASA"; resources/case/legal_forms.txt)."""
    return word_set("case", "legal_forms.txt")


def _inside_longer_name(text: str, end: int) -> bool:
    """A capital follows the pair, and no firm's legal form, which running text drops
    ("Varnic Mining ASA" … "Varnic Mining shares"): the pair is part of a longer name."""
    nxt = _CAPITAL_AFTER.match(text, end)
    return nxt is not None and nxt.group(1) not in _legal_forms()


def _repeated_name(text: str, adjective: str, word: str) -> bool:
    """The text writes the pair two times or more, always with the capital: a name
    ("Baltic Wings, the largest Lithuanian airline … shares of Baltic Wings"): a stray
    capital is an accident, and accidents seldom repeat word for word, while a story
    names its subject again and again.  One lower-case use is evidence the other way
    (``inconsistent`` in _stray reads it), and a use before another capital is part of a
    longer name ("the Vardic Youth Centre" twice says nothing of "a Vardic Youth radio
    station"), though not one before a firm's legal form ("Vardic Mining ASA")."""
    uses = list(_pair_pattern(adjective, word).finditer(text))
    if not all(u.group().endswith(word) for u in uses):
        return False
    # a use inside a longer name ("the Tarvelian Youth Centre") names that name, not the pair
    return sum(not _inside_longer_name(text, u.end()) for u in uses) > 1


def _written_lower_here(text: str, m: regex.Match[str], adjective: str, word: str) -> bool:
    """The text writes the noun in lower case as a description elsewhere and capitalises
    it nowhere else (``Tarvela's parliament`` beside ``the Tarvelian Parliament``; see
    _written_lower), and the pair ends its phrase: not before "of" and a capital ("the
    Catholic Diocese of Varn"), nor after an adjective of region or of a nation inside
    a state ("the Scottish Parliament" beside "Scotland's parliament")."""
    after_of = m.group(2)
    if after_of is not None and not after_of.islower():
        return False
    if adjective in _regions() or adjective in _regional():
        return False  # "the Scottish Parliament", "the Atlantic Coast": names of their own
    kind = _listed() | _religions()
    return written_lower(text, m.start(1), adjective, word, kind)


def _after(adjective: str, word: str = "") -> str:
    """Why the noun after ``adjective`` is flagged, as the message says it."""
    if adjective not in _listed() and word.lower() in _NAMING_NOUNS:
        return "after a language's name"  # "the Varni Name for": see _word_for
    if adjective in _religions():
        return "after an adjective of religion or era"
    if adjective in _languages():
        return "after a language's name"
    if adjective in _listed() or word.casefold() in word_set("case", "heritage_nouns.txt"):
        return "after an adjective of nationality"  # "of Varnan Origin": a people's roots
    # made by a suffix from a name: a place's ("Athenian") or a person's ("Gaussian",
    # "Freudian"); the noun after either is common in running text ("a Freudian slip")
    return "after an adjective made from a name"


def _stray_exempt(text: str, s: Stray, inside: Counter[str], elsewhere: Counter[str]) -> bool:
    """The batch's other capitals of the word make it a name.

    An adjective starts many names ("the Federal Trade Commission"): only its pair
    repeated in the text (checked in _stray) makes it part of one.  A pair written in
    lower case elsewhere after a nationality or a lower-case word ("the Chilean council")
    is exempt only by the same use of the capital ("the Council said"), not by another
    name ("the Monetary Policy Council"); after a capitalised word ("the Big Bang" beside
    "the big bang") any other capital still counts, since the pair may be the name, but
    not one opening a longer name in the text ("Sheki Silk" beside "Sheki silk" and "the
    Silk Road"): that is another name.
    """
    if s.why == "an adjective":
        return False
    opening_names = 0
    if s.why == "inconsistent":
        before = _WORD_BEFORE.search(text, max(0, s.start - 40), s.start)
        prev = before.group(1) if before else ""
        if not prev[:1].isupper() or prev in demonym_words():
            return elsewhere[s.word] > 1
        opening_names = _opening_longer_names(text, s.word)
    # capitalised again in the batch: accidents rarely repeat
    return inside[s.word] - opening_names > s.own


def _opening_longer_names(text: str, word: str) -> int:
    """How often ``word`` opens a longer name in mid-sentence ("the Silk Road")."""
    starts = sentence_starts(text)
    return sum(
        m.start() not in starts and _CAPITAL_AFTER.match(text, m.end()) is not None
        for m in _whole_word(word).finditer(text)
    )


# Before an adjective of place used as one: an article, a determiner, a number, a
# possessive or "of" ("the Athenian Women", "a Viennese Baker's shop", "the chorus of
# Athenian Women"); a given name or surname is seldom so placed.
_DETERMINER_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir"
    r"|[Hh]is|[Hh]er|[Oo]ur|[Mm]any|[Ss]ome|[Oo]ther|[Tt]wo|[Tt]hree|\d+"
    r"|(of|on|in|across|along|from|into))[^\S\n]+\Z"
)


def _one_of_many(text: str, start: int, end: int, word: str) -> bool:
    """After an adjective of religion, a noun after "a", a number or a possessive and
    before a small word or punctuation is one of many ("a shelter run by a Catholic
    Charity in the city"): names of churches and groups take "the" (``the Jewish
    Agency``) or qualify a noun (``a Jewish Agency official``).  A noun of faith is its
    own name (``a Sunni Muslim``).  A preposition of place is as small a word as "in"
    (``a Roman Villa near the river``).  Not after an adjective after "a": the one body
    of its kind may be described so (``a resurgent Islamic State in Africa``, ``a moderate
    Christian Democrat in the mould of``; tried for ``a small Sufi Lodge near`` and taken
    back)."""
    if word in demonym_words() or not _INDEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is None or nxt.group(1) in function_words() or nxt.group(1) in PREPOSITIONS


# "the town's Anglican Church, the Rev. …": a settlement's own house of worship is one
# building of its faith, written in lower case ("the village's Catholic church"); the
# country's or the island's may be the institution ("the country's Catholic Church")
_SETTLEMENT_POSSESSIVE_BEFORE = regex.compile(
    r"\b(?:town|village|hamlet|settlement|suburb|neighbou?rhood)['’]s[^\S\n]+\Z"
)
_HOUSES_OF_WORSHIP = frozenset({"Church", "Chapel", "Mosque", "Temple", "Synagogue"})


def _local_house_of_worship(text: str, start: int, end: int, word: str) -> bool:
    """A settlement's possessive before the adjective of religion and a house of worship
    that ends its phrase ("at the hamlet's Anglican Church.", "the town's Presbyterian
    Church, the Rev. …"): the building, a common noun, as "a Catholic Charity in the city"
    is one of many.  Not before "of", a capital, or "in", "at" or "on" and a capital, which
    go on with a name ("the town's Presbyterian Church in America congregation")."""
    if word not in _HOUSES_OF_WORSHIP:
        return False
    if not _SETTLEMENT_POSSESSIVE_BEFORE.search(text, max(0, start - 30), start):
        return False
    if _PLACE_NAME_AFTER.match(text, end):
        return False  # "the town's Presbyterian Church in America congregation": a name
    nxt = _NEXT_WORD.match(text, end)
    after = text[end : end + 1]
    return (nxt is None and after in (",", ".", ";", ":", ")")) or (
        nxt is not None and nxt.group(1) != "of" and nxt.group(1) in function_words()
    )


def _houses_of_worship(text: str, start: int, end: int, word: str) -> bool:
    """Houses of worship in the plural, with no article ("wooden houses and Catholic Churches on a
    hill"): buildings, or churches as bodies, both common nouns in the plural (AP: "the Roman
    Catholic and Episcopal churches"; review 45a).  Not after "the" or "of" ("the Eastern Catholic
    Churches", "the World Communion of Reformed Churches") nor before "of", a capital, or "in", "at"
    or "on" and a capital, which go on with a name ("Reformed Churches in the Netherlands")."""
    if not any(word == f"{h}es" or word == f"{h}s" for h in _HOUSES_OF_WORSHIP):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) in ("the", "of"):
        return False
    shared = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
    if shared is not None and (shared.group(1) or "").lower() == "the":
        return False  # "The Catholic and Orthodox Churches held": no evidence (_shared_head)
    if _PLACE_NAME_AFTER.match(text, end) or _CAPITAL_AFTER.match(text, end):
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is None or nxt.group(1) != "of"


# A preposition of place and a capital after a house of worship: its name goes on
_PLACE_NAME_AFTER = regex.compile(r"[^\S\n]+(?:in|at|on)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}")


def _adjective_starts(
    text: str, m: regex.Match[str], adjective: str, word: str, shared: bool
) -> bool:
    """The rule starts at ``adjective`` before ``word``: after an adjective of religion
    only what a faith holds or does (``_faith_practice``), a noun one of many, a part of a
    place, a plural two adjectives share ("Muslim
    and Jewish Families") or a pair a ranking word ranks, before no noun it modifies ("the
    village's last Christian Families left"; not "the region's last Islamic State
    stronghold", ``_ranked``); an adjective no list holds when the text shows it is one
    (_derived_adjective, _attested_adjective); after a language's name only a noun of
    language, a division, a person who is no title or a person's roots ("the Tamil Tigers",
    "the Slavonic Dances": a people's name in a name; "of Tamil Descent": a people's),
    unless the language is named by its place's adjective ("the Assamese Month of Kartik",
    as "the Bengali Month"); after a family's, only a noun of language or a person."""
    if shared:
        return True  # "Fulani, Tuareg and Kanuri Communities": peoples, whatever else
    if adjective in _religions():
        return (
            _faith_practice(word)
            or _local_house_of_worship(text, m.start(), m.end(1), word)
            or _houses_of_worship(text, m.start(), m.end(1), word)
            or _one_of_many(text, m.start(), m.end(1), word)
            or _person_before_no_name(text, adjective, m.end(1), word)
            or _part_of_a_place(word, m.group(2), text, m.end(2))
            or _written_lower_here(text, m, adjective, word)
            or (_ranked(text, m.start()) and not _noun_after(text, m.end(1)))
            or _graded_place(text, m.start(), m.end(1), word)
        )
    if adjective not in _listed():
        return _unlisted_starts(text, m, adjective, word)
    if adjective in _language_families():
        # "the Germanic School in Blumenau": no community speaks a family as its language
        family_nouns = word_set("case", "language_family_nouns.txt")
        return (
            word.casefold() in family_nouns
            or _person_of_a_people(word)
            or _unlisted_starts(text, m, adjective, word)
        )
    # a language named by its place's adjective ("Assamese", from Assam) is a people's
    # adjective as well: after it, as after a nationality, a capital noun is stray
    return not (
        adjective in _languages()
        and not derived_demonym(adjective)
        and word.casefold() not in _language_nouns()
        and not _roots_after_of(text, m.start(), word)
        and not _division_of_a_place(word, m.group(2), text, m.end(2))
        and not _person_of_a_people(word)
        and word.casefold() not in word_set("case", "pastime_nouns.txt")
    )


def _unlisted_starts(text: str, m: regex.Match[str], adjective: str, word: str) -> bool:
    """The rule starts at an adjective no list holds when the text shows it is one: a
    language's word for something, a place's or a people's adjective (_adjective_starts)."""
    return (
        _word_for(text, m.start(), m.end(1), word)
        or _derived_adjective(text, m.start(), adjective, word)
        or _attested_adjective(text, m.start(), adjective, word)
        or _people_bare(text, m.start(), m.end(1), adjective, word)
        or _proper_ic(text, m, adjective, word)
        or _roots_after_of(text, m.start(), word)
        or _two_word_place(text, m, adjective)
    )


# What may stand right before a word that opens a sentence, a line or a clause
_OPENS_HERE = regex.compile(r"(?:\A|[\n.!?:;(—–\"“‘][^\S\n]*)\Z")
# A capitalised word right before the adjective: "New" in "New Caledonian Health workers";
# group 1 the word before it, if any
_CAPITAL_RIGHT_BEFORE = regex.compile(
    r"(?:(?<![\p{L}\p{N}'’\-])(\p{L}+)[^\S\n]+)?(?<![\p{L}\p{N}'’\-])(\p{Lu}\p{Ll}+)[^\S\n]+\Z"
)


def _two_word_place(text: str, pair: regex.Match[str], adjective: str) -> bool:
    """An adjective of a place whose name has a word before the one the suffix derives
    from, and the text names the place so ("New Caledonia" … "New Caledonian Health
    workers", a headline): the capital before the adjective is the adjective's own first
    word, as "Sri" is "Sri Lankan"'s.  Without the place in the text "New" may be the plain
    adjective before a name ("New Caledonian Canal lock gates"); after "the" or another
    capital the three words may be an official name ("The South Moravian Region", "the
    Westin Nova Scotian Hotel"; review 38a).  The noun is a plural or modifies a noun after
    it ("Health workers"): a singular head alone may be the official name's ("the restless
    East Anatolian Fault"; review 39a)."""
    start, word = pair.start(), pair.group(1)
    m = _CAPITAL_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(2).lower() in function_words():
        return False  # "In Bohemian Paradise": a preposition opens the sentence
    before, first = m.group(1), m.group(2)
    if before is None:
        # no word before: only at a sentence's, a line's or a clause's start, not after a
        # possessive, a figure or a hyphen ("Turkey's East Anatolian Fault")
        if not _OPENS_HERE.search(text, max(0, m.start(2) - 4), m.start(2)):
            return False
    elif before.lower() == "the" or (
        before[:1].isupper() and before.lower() not in function_words()
    ):
        return False  # after a capitalised "Many" or "A", as after "many" or "a"
    nxt = _NEXT_WORD.match(text, pair.end(1))
    modifies = nxt is not None and nxt.group(1) not in function_words()
    if not (plural_noun(word) or (modifies and "NOUN" in word_classes(nxt.group(1)))):
        return False
    return any(_whole_word(f"{first} {place}").search(text) for place in place_stems(adjective))


def _faith_practice(word: str) -> bool:
    """What a faith holds and does ("as Islamic Custom requires", "archives of Sufi Music";
    resources/case/faith_practice_nouns.txt): names of churches and agencies seldom end so
    (a calendar's and a rite's do, "the General Roman Calendar", and are left out)."""
    return word.casefold() in word_set("case", "faith_practice_nouns.txt")


# After a person noun: "of" (a title's place, "the Catholic Bishop of Varsk") or a capital
# (a title before a name, "the Anglican Bishop Jonas Tamberg")
_TITLE_GOES_ON = regex.compile(r"[^\S\n]+(?:of\b|\p{Lu})")


def _person_before_no_name(text: str, adjective: str, end: int, word: str) -> bool:
    """A member of the clergy after an adjective of religion that neither goes on to a
    place with "of" nor stands before a name: "the Anglican Priest who serves Varsk" is a
    priest, as news writes it, not a title (resources/case/clergy_nouns.txt; not a member
    of an order or a movement, "a Christian Brother", "the Catholic Worker", nor after an
    adjective that is a given name too, "Christian Baker")."""
    if (
        word.lower() not in word_set("case", "clergy_nouns.txt")
        or adjective.lower() in first_names()
    ):
        return False
    return _TITLE_GOES_ON.match(text, end) is None


# Nouns for a word or a name, which say what something is called in a language: "the
# Varni name for the fish" (beside the other nouns of language_nouns.txt).
_NAMING_NOUNS = frozenset({"word", "words", "name", "names", "term", "terms", "phrase", "phrases"})
_FOR_AFTER = regex.compile(r"[^\S\n]+for[^\S\n]+")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’\-])(?:[Tt]he|[Aa]n?)[^\S\n]+\Z")


def _word_for(text: str, start: int, end: int, word: str) -> bool:
    """A noun for a word or a name after an article and a capitalised word in -i, -an, -ic
    or -ish, before "for" ("catches of ndagala, the Varni Name for the fish"): what
    something is called in a language, so the capitalised word is the language's name and
    the noun after it is common, as after a listed language ("the Swahili Word for")."""
    if word.lower() not in _NAMING_NOUNS or _FOR_AFTER.match(text, end) is None:
        return False
    return _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None


# "of", perhaps with other peoples' adjectives the last shares its noun with: "of ",
# "of Varsic and ", "of Varsic, Tolmic or ".
# (group 1 the word before "of", group 2 the others)
_OF_BEFORE = regex.compile(
    r"(?:([\p{L}\p{N}'’\-]+)[^\S\n]+)?\bof[^\S\n]+"
    r"((?:\p{Lu}\p{Ll}+(?:,[^\S\n]+|,?[^\S\n]+(?:and|or)[^\S\n]+))*)\Z"
)


def _roots_after_of(text: str, start: int, word: str) -> bool:
    """``of Tamil Descent``: a noun of a person's roots after "of" and a people's
    adjective (resources/case/heritage_nouns.txt), which names the people even where it
    is listed as a language's name; the last of several shares it (``of Tamil, Hindi and
    Urdu Descent``), after a lower-case word (not "the Centre of Tamil and Urdu
    Heritage": a longer name runs through the list)."""
    if word.casefold() not in word_set("case", "heritage_nouns.txt"):
        return False
    m = _OF_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    return not m.group(2) or (m.group(1) or "A")[:1].islower()


# Two adjectives or more before the one at the end, "and" or "or" last: "Malian and
# Senegalese", "Czech, Slovak or Polish" (group 1 the first, group 2 the word before it).
_COORDINATED_BEFORE = regex.compile(
    r"(?:(\p{L}+)[^\S\n]+)?(?<![\p{L}\p{N}'’\-])(\p{Lu}\p{Ll}+)"
    r"(?:,[^\S\n]+\p{Lu}\p{Ll}+)*,?[^\S\n]+(?:and|or)[^\S\n]+\Z"
)


def _shared_head(text: str, start: int, word: str) -> bool:
    """A plural two adjectives of nationality or religion share, with no "the" before
    them: "music by Malian and Senegalese Groups", "Muslim and Jewish Families".  A
    name is one body's and seldom hangs on two adjectives; one that does takes "the"
    ("the British and Irish Lions"), which is no evidence either way, unless the list runs
    to three or more ("the Hausa, Fulani and Kanuri Communities")."""
    if not plural_noun(word.lower()):
        return False
    m = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    if (m.group(1) or "").lower() == "the" and "," not in m.group(0):
        return False
    first = m.group(2)
    return first in _listed() or first in _religions() or first in demonym_words()


# Suffixes of adjectives of place or people a name no list holds may end in ("Varkhi",
# "Zarmitan", "Oskic", "Vennish"), with what each leaves of the place: "Varkh" + "i".
_ATTESTED_SUFFIXES = (("ish", 3), ("ese", 3), ("ic", 2), ("an", 2), ("i", 1))
# The word before the adjective: a lower-case word, so no name runs on through it.
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’\-])(\p{Ll}+)[^\S\n]+\Z")
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "another"})
# A language or a family of them after an adjective of any of the suffixes (-i and -an
# too): what a people's adjective names ("the Varsan languages"); a book or a body may
# be its other nouns ("the Tarvan Dictionary", "a Velni Grammar").
_LANGUAGE_KINDS = frozenset({"language", "languages", "dialect", "dialects"})


def _attested_adjective(text: str, start: int, adjective: str, word: str) -> bool:
    """An adjective of a place or a people no list holds, ending in -i, -an, -ic or -ish,
    which the text shows is one: it writes the place alone ("Varkh" beside "Varkhi"), the
    people's plural ("the Zarmitans") or the adjective before a lower-case noun and never
    alone ("Zarmitan farmers") when a plural, a person or a way of life follows it ("of
    Zarmitan Culture"; not "the Tarvoni Metro", a place's own), or a language's kind after
    "a" or "the" ("a Vennic Language"; after one in -i or -an, only a language or a dialect:
    "the Varsan Languages"). "People" after it is left alone: Australian and Canadian house
    styles capitalise an Indigenous people's "People" on purpose ("the Tarvoni People"). The
    word before must be in lower case ("talks with Varkhi Leaders"), so no name runs on
    through it, and the adjective no English word; a given name only on the last evidence
    ("Sami herders" … "the first Sami Woman to"; a person is named alone: "Sami said")."""
    low = adjective.lower()
    suffix = next((s for s, _ in _ATTESTED_SUFFIXES if low.endswith(s)), None)
    if suffix is None or word_classes(low):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    if suffix in ("ic", "ish") and word.casefold() in _language_nouns():
        return before.group(1) in _DETERMINERS
    if word.casefold() in _LANGUAGE_KINDS:
        return before.group(1) in _DETERMINERS  # "the Varsan Languages": a people's
    if low in first_names():
        # "Sami herders", never "Sami said"
        return _of_a_people(word) and _before_nouns_only(text, adjective)
    if any(_whole_word(place).search(text) for place in place_stems(adjective)):
        return True  # "Tarvela" … "Tarvelian": the place, and its adjective by a suffix
    stem = adjective[: -len(suffix)]
    place = len(stem) >= 4 and not word_classes(stem) and stem.lower() not in first_names()
    if place and _whole_word(stem).search(text):
        return True  # "Varkh" … "Varkhi": the place and its adjective
    in_a = adjective[:-1]  # "Barbuda" … "Barbudan": a place in -a takes "n" (Cuba, Samoa)
    if suffix == "an" and in_a.lower() not in first_names() and _whole_word(in_a).search(text):
        # after "the" only a people's noun: "the Malayan Emergency" is an event's name
        return before.group(1) != "the" or _of_a_people(word)
    if suffix in ("i", "an") and _whole_word(adjective + "s").search(text):
        return True  # "the Zarmitans": the people (not "the Olympics": no people's plural)
    return _of_a_people(word) and _before_nouns_only(text, adjective)


def _of_a_people(word: str) -> bool:
    """What a people's adjective describes: one of many ("Farmers", "Woman") or its way of
    life ("Culture", "Life"; resources/case/way_of_life_nouns.txt), not what a place's own
    name heads ("the Tarvoni Metro") nor a firm's or a troupe's word ("Zarmitan Food")."""
    low = word.casefold()
    return _one_of_many_word(word) or low in word_set("case", "way_of_life_nouns.txt")


# Plurals of people that name families and bands as often as they count members ("the
# Varni Brothers", "the Tarvel Sisters"): no evidence of a people's members.
_GROUP_PLURALS = frozenset({"Brothers", "Sisters", "Boys", "Girls", "Singers"})


def _people_bare(text: str, start: int, end: int, adjective: str, word: str) -> bool:
    """A plural of people that is no title, with no article, after a lower-case word and
    a word in -i or -an the text writes nowhere else, before a small word, a preposition
    or punctuation ("a grant to take Varnan Players to exhibition matches"): the
    people's members, as "Kenyan players" are.  The word must be rare in English: before
    a plural a city's name may make a team's, and a given name a person's ("Logan
    Farmers"; the given names' list misses some, which are common enough to tell).  A
    team or a band named so is named again in its story ("Tarvan Women beat …, and
    Tarvan reached the final"), and a family's or a band's takes "the" or is a family's
    noun ("the Varni Brothers")."""
    low = adjective.lower()
    if not low.endswith(("i", "an")) or word_classes(low) or low in first_names():
        return False
    if zipf(low) >= COMMON_NAME:
        return False  # a known place's or person's name ("Milan", "Logan"), no people's
    if word in _GROUP_PLURALS or not (_person_of_a_people(word) and plural_noun(word.lower())):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) in _DETERMINERS:
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and not (nxt.group(1) in function_words() or nxt.group(1) in PREPOSITIONS):
        return False
    if nxt is None and not regex.match(r"[,;:.!?)]", text[end : end + 1]):
        return False
    return len(_whole_word(adjective).findall(text)) == 1


def _one_of_many_word(word: str) -> bool:
    """A plural, a field in -ics or a person ("Farmers", "Politics", "Woman"): what an
    adjective of a people qualifies.  A place's name before lower-case nouns is no
    adjective for that ("Tarvoni residents"), and what it heads is its own ("the Tarvoni
    Metro", "the Oskari Marathon", "Velani Island", "the Tarangi Tribunal")."""
    low = word.lower()
    return plural_noun(low) or low.endswith("ics") or _person_of_a_people(word)


# Heads a place's name qualifies ("the Tamsu river", "the Varna airport"), beside the
# heads of places' and divisions' names (place_heads.txt, division_heads.txt).
_FEATURES = frozenset(
    {"river", "rivers", "lake", "valley", "basin", "mountain", "mountains", "hills", "island"}
    | {"islands", "bay", "port", "harbour", "harbor", "airport", "city", "town", "village"}
    | {"dam", "barrage", "delta", "plain", "plateau", "desert", "forest", "glacier", "area"}
)


@cache
def _place_nouns() -> frozenset[str]:
    """What a place's own name may qualify in lower case ("the Tamsu river")."""
    heads = {h.lower() for h in _place_heads() | _division_heads()}
    return frozenset(heads | _FEATURES)


def _noun_like(word: str) -> bool:
    """A noun to the dictionary, or a word of four letters or more it does not know: its
    gaps are rare nouns ("yakherd", "kelpie"), seldom verbs or small words."""
    classes = word_classes(word)
    return "NOUN" in classes or (not classes and len(word) >= 4)


@lru_cache(maxsize=256)
def _whole_word(word: str, after: str = "") -> regex.Pattern[str]:
    """``word`` as a whole word, then ``after``."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}\-]){regex.escape(word)}(?![\p{{L}}\p{{N}}\-]){after}"
    )


def _before_nouns_only(text: str, adjective: str) -> bool:
    """The text writes ``adjective`` before a lower-case noun and never alone (before
    punctuation, a small word or a verb): an adjective, not a name ("Zarmitan farmers",
    never "Zarmitan said").  Before a place's head it is a place's name ("the Tamsu
    river"), which a capital after it may go on ("the Tamsu Barrage")."""
    nouns = 0
    for m in regex.finditer(
        rf"(?<![\p{{L}}\p{{N}}\-]){regex.escape(adjective)}(?![\p{{L}}\p{{N}}\-])[^\S\n]*(\p{{L}}*)",
        text,
    ):
        after = m.group(1)
        if after[:1].isupper():
            continue  # the site itself, or a longer name
        if not after or after in function_words() or not _noun_like(after):
            return False
        if after in _place_nouns():
            return False  # "the Tamsu river", "Varkh province": a place's own name
        nouns += 1
    return nouns > 0


def _derived_adjective(text: str, start: int, adjective: str, word: str) -> bool:
    """An adjective of place no list holds ("Athenian", from Athens; _common's
    derived_demonym), used as an adjective: after a determiner, or after "of" or a
    preposition of place before a plural ("the chorus of Athenian Women", "crashes on
    Umbrian Roads"; "the wife of Dorian Gray" names a person)."""
    if not derived_demonym(adjective):
        return False
    m = _DETERMINER_BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return False
    return m.group(1) is None or plural_noun(word)


def _headline_only(text: str, pos: int, pair: str) -> bool:
    """The pair is in a headline of a whole clause in sentence case and nowhere else in
    the text ("South African Court convicts five over taxi rank shooting that killed
    seven", an article about "the High Court"): the story names the institution itself
    with another capital before its noun, or shortens it to "the" and the noun in lower
    case ("the court said"), so the headline's pair is a common noun with a stray
    capital: a story names the institution of its headline in full, and a name it
    shortens so has been given in full before.  A story that never names it may simply
    shorten a real name ("French Open organisers add …" / "the tournament"), and a
    place's head is one of a kind: those are left alone, as is a short heading, which may
    capitalise as it likes."""
    noun = pair.split()[-1]
    if text.count(pair) != 1 or noun in _place_heads():
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = end if end >= 0 else len(text)
    if not _headline(text, start, end):
        return False
    body = text[:start] + text[end:]
    if _short_form_lower(noun.lower()).search(body):
        return True  # "… as Peruvian League reaches halfway" over "the league said"
    return any(
        m.group(1) != pair.split()[0]
        for m in regex.finditer(rf"\b(\p{{Lu}}[\p{{L}}\p{{M}}]+) {regex.escape(noun)}\b", body)
    )


LONGEST_HEADLINE = 20  # a line with no end mark this long may still be a headline
_INNER_BREAK = regex.compile(r"[.!?][^\S\n]+\p{Lu}")


def _headline(text: str, start: int, end: int) -> bool:
    """The line from ``start`` to ``end`` is a headline of a whole clause: a heading of
    eight words or more, or a longer line with no end mark and no sentence break that
    stands alone, at the text's top or between blank lines ("Pinar Vela beat Tarvo
    Rovers 7-4 in Velmora as Tarvian League reaches halfway": news headlines run to
    thirteen words and more)."""
    line = text[start:end].strip()
    words = len(line.split())
    if is_heading_like(line):
        return words >= SENTENCE_HEADLINE
    if not line or ends_sentence(line) or line[-1] in ",;:" or _INNER_BREAK.search(line):
        return False
    alone = start == 0 or text[max(0, start - 2) : start] == "\n\n"
    return alone and text[end : end + 2] in ("\n\n", "") and words <= LONGEST_HEADLINE


@lru_cache(maxsize=256)
def _short_form_lower(noun: str) -> regex.Pattern[str]:
    """ "the" and the noun in lower case ("the league said"): the story's short form."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])[Tt]he[^\S\n]+{regex.escape(noun)}\b")


def _issue(ctx: CheckContext, start: int, word: str, why: str) -> Issue:
    return ctx.issue(
        start,
        len(word),
        f"“{word}” ({why}) is a common word: lower case",
        [word.lower()],
        confidence=0.6,
        safe=False,
    )
