"""word.glued: two words run together into one token.

Why: scraping drops the space between two layout boxes and machine translation
glues a name to the next word; no spell checker offers the split, because the
glued token is "unknown", not misspelt.

Three shapes, all judged with wordfreq (the token as a whole is unattested, its
parts are attested words) and never for URLs, e-mail addresses, hashtags or
tokens used more than once in the batch (an accident is not repeated):

- a capitalised name glued to a lower-case word: ``Lena Marquezminister present``
  -> ``Marquez minister`` (safe when the name part is used on its own elsewhere in the
  batch, or ends a run of names and is no English word itself; "Hartpence" could
  be a surname and is only offered);
- a lower-case function word glued to a capitalised word: ``theUnited`` ->
  ``the United``, even when wordfreq knows the whole (``theNational``) if the
  function word is an everyday one (camel-case brands such as ``iPhone``, ``eBay``,
  ``YouTube``, ``PlayStation``, ``macOS`` start with a capital, a single letter,
  an uncommon word or end in capitals);

Two-letter parts count only when they are English function words
(resources/word/two_letter_words.txt): "Sidiya" is a name, not "Sidi ya".
- two lower-case words: ``saidthe`` -> ``said the`` (safe: a function word is never
  part of a compound); ``presentedevidence`` -> ``presented evidence`` is only
  offered, since two content words may be a compound English has not listed yet
  ("sportswashing").

Word knowledge that makes a name glue safe even with no other evidence: a demonym or
a day as the head (``Danishplayer``, ``Saturdayafternoon``: no surname is built from
one); a name ending in a or o before "and" (``Ravennaand``: no known word ends so);
a verb or link word that ends no known word or name in wordfreq's list
(``Tescosaid``, ``Ilabacamust``; not "felt": Magherafelt); a short preposition
before a determiner, a number or, after a common word, a name (``Bournemouthin
which``, ``Nasdaqin September``), and "of", which ends no given name, before a name
even after a person's name (``Maria Schneiderof Heidelberg``); an auxiliary and what
it takes, a bare verb after a modal or an adjective or participle after "was"
(``Valparaísowill have``, ``Berrocalwas present``: a name is followed by neither);
after a name that is no English word, a long everyday word that ends no known word
(``Belgaagency``, ``Kurskregion``; not "Book|smile": English compounds its words). A
head counts as a name when English knows it or, for the names English news borrows,
when the Spanish, Portuguese, Italian, French or German word list does (``Araújo``);
a whole token one of those lists knows is a word of its own (``Bürgerinitiative``).
A demonym (also plural: ``Canadians|to hospital``) or a day before any dictionary word
(``Turkish|lira``) or a compound (``Chinese|carmakers``), and a language's name before a noun
of its people or speech (``Slavic|people``; before other nouns brands use it: "Tamilrockers");
a known name before "to" and its phrase, even after a given name (``Araújo|to a club``); an
Arabic particle after a known name (``Bashar|al-Assad``, ``Mohammed|bin Salman``).
A link word before a stop links nothing (``Leon Townsand.`` is a name). After a
person's full name, a role takes the apposition comma (``Lena Marquezminister`` ->
``Marquez, minister``).
Also safe: a Romance particle after an everyday word of its language, before a name
(``Teatro|di San Carlo``, ``Ciudad|del Este``; the Portuguese ones, ``Praia|do Norte``,
are offered: participles end so, "Escolado"); a known name ending in
e, i or u before "and" and a name when its last two letters and "and" end no known word
(``Rossini|and Donizetti``, ``Guangzhou|and``; not "-riand": Briand); a long dictionary word,
however rare, that ends no known word, after a place (``Andes|foothills``) or after an
English word ending a run of names (``Spring Festival|holiday``); "for", which ends few
known words, before a determiner (``Chongqing|for the``).  A name English knows
unaccented (``Sámi``: "Sami") or a FOREIGN list knows (``Delmas``) before an everyday noun
is offered (``Sámi|people``).  A two-letter head must be an English function word
(``Similan`` is no "Si milan"), and a four-letter tail after an unknown name in a run of
names a clause word (``Chaiya|porn`` is a Thai name).

What follows a name is evidence too (issue 15, glued6): "and" or "or" before a name, after
the item of a list (``Ordu, Samsun|and Trabzon``) or after a known name whose last two letters
and the link word end at most two known words (``Brixton|and Birmingham``; not a given name:
"Kjelland"); a past tense or third person that ends few known words and is no plural noun,
before a determiner, an object pronoun or a number (``Kenya|broke her``, ``Citigroup|passed
the``), or a preposition when it ends almost none (``Klarna|filed for``); a relative or a
conjunction before its clause (``Tashkent|who joined``); "to" and a bare verb after a name
English knows (``Mombasa|to face``); "of" and a determiner (``Murata|of a university``); a
name that is no English word of any class (a place, a feast) before an everyday word
(``Christmas|season``, ``Samoa|also``; a rarer one only before a tail that ends few known
words: "Insta|book" is offered); "de" after an everyday Spanish, Portuguese or French word
that is no English one, in a whole Turkish does not know (its locative: "Festivalde").
Between readings with like evidence, one far likelier as two words wins (``Indian|shares``,
not "Indians|hares"); an auxiliary after a plural (``Ecuadorians|have`` / "Ecuadorian|shave")
is offered.  A head used alone in the batch outranks a reading with no evidence
(``Coast|and`` / "Coa|stand").

Issue 15, glued7: a head no lexicon knows counts as a name when the token reads one way only
(no known word ends in its last two letters and the tail, and no other seam gives a word:
``_name_shaped``) before what a name takes: a link or clause word (``Daboase|and Sekyere``,
``Ilama|since their``, ``Nexø|for 34 years``, ``Ras Markaz|and by``), a relative, or, as a
sentence's subject, a verb before its object (a long everyday noun is offered:
``Kvirila|river``); not "-iand" nor "Mavri|displays".
"or" before the last item of a list (``Vietnam, Cambodia|or Ethiopia``); "and" or "or" before
a lower-case word that is no verb after a place of no word class at a rare seam
(``Tbilisi|or abroad``, ``Connacht|and many``); "is" and its complement after the name that
opens a sentence (``Martin Schuster|is a German judge``; "Nikolaidis is", "gave Chris a"
stay whole; offered only, as headlines drop "is": "Kristis ready" stays whole), and that
subject's verb before a bare noun (``Daniel Hartmann|advises governments``); "in" after a
common name of no word class even after a given name, as a subject or before a name
(``Grace Nguyen|in the``; "Kaspar" is rarer; not "told Ahmed Hassanin the news"); "bin"
after a head the batch uses alone; a Portuguese particle after a given name (``João|da Costa``),
and the Spanish "del" (``Dionisio|del Orbe``); the Dutch "ter" and "ten" after a given name the
lists know, before a capital (``Femke|ter Horst``; offered only after one in "s": "Hansten" is a
Swedish surname); a place's name glued to "town" after a determiner and an adjective (``this
small Northumberland|town``; not a settlement's own name, "rural Watsontown, Pennsylvania").

Issue 15, glued8: the Welsh "ap" after a given name (``Gethin|ap Dafydd``); "if" is a
function word (``Thursday|if the``); an adverb after an auxiliary (``Karshi|will always``) and
a regular "-ed" form after "has", after a known head or in a run of names (``Joseph
Grech|has lived``: lemminflect lists it as a past tense only; "Clarinhas cautioned" stays);
a quantifier or a compass adjective after a preposition (``Celsius|in some``, ``Pune|in
western India``); after "from", a place glued to "to" before a name, even when
another language knows the whole (``from Riga|to Scandinavia``, ``from Kaohsiung|to
Taitung``); a name no lexicon knows as a word before "in" and a place (``Berbera|in
Somaliland``: offered, safe only for a place at a seam at most two known words end in); a place
glued to "by" before a given name (``Derry|by Niamh McGrath``); a head in "-y" before "and"
and a name at a seam no known word has (``Volcanology|and Seismology``); after "San", "Sri"
or "El" (a common word of no word class and no given name) the name is a place's or a
saint's, not a surname ending in "-in" (``San Isidro|in the``).

Issue 15, glued10: a preposition split off a capitalised token whose head is an English word,
in mid-sentence, takes its object after it: where a quotation or a bracket closes right after
the token, or "in", "at", "on", "from", "to", "into", "onto", "by" or "with" follows, the token
is one word (``sold as Bulkon in Praia``, ``“Fidju di Bulkon”``: a name, not "Bulk on").

Issue 15, glued9: "has", "had" or "have" before a participle that is no past tense, after a
head a lexicon knows (``Sherpas|had given``: "a given" is no reading there; "Behshad" stays
whole); a subject's verb that ends known words only after an English word ("resells"), after
a head that reads one way only (``Jeanne Mukamana|sells vegetables``); after an everyday
word that is no given name, title or auxiliary, an everyday head is an organisation's, not a
surname in "-in" (``World Athletics|in September``; not "Don Kaspar|in"); the French "des"
and "du" after an everyday French word (``Hôtel|des Ventes``); the Dutch "van" and the
Romance "de" after a given name, also before "der" or "la" (``Lukas|van der Meer``,
``Carmen|de la Fuente``); before a long noun an unknown head is offered when another seam
gives only a rarer word (``Rasht|valley``, not "Rashtv|alley"; ``Toktogul|reservoir``).
Precision: a short tail closing a run of names must be a link or clause word unless the head
is an everyday word (``Wilson Kiptoo (Kenya)`` is no "Kip too"; ``Bristol Bay|red`` is
offered); an everyday function word after a plural the text may mean is a rival reading
when far likelier, after a demonym when likelier at all (``Parks|and`` / "Park|sand",
``Rwandans|now`` / "Rwandan|snow": offered; "Bering Sea|snow" stays); no plural demonym
English does not write (``English|speakers``, not "Englishs|peakers"); a longer tail that is
a word rivals an unknown head's split before a noun ("Uitvlugt|estates").

Issue 15, glued10: an everyday noun before "in" or "on" and a noun phrase, even after a name
(``Rajang River|in the``: surnames built of one are known whole, Parkin, Larkin; not "Van|in"),
also when a FOREIGN list knows the whole only rarely; a name no English lexicon knows as a word
before "in" or "on" and a date, at a seam no known word has (``Bayamón|in 1833``: safe when a
FOREIGN list or the batch knows the head, else offered); a list's item that reads one way only
(``Inari, Utsjoki|and Enontekiö``); an adjective derived from a place with "-an", "-ian", "-n"
or "-ese" counts as a demonym (``Tahitian|ball``), as do the adjectives of oceans and regions
(resources/case/region_adjectives.txt: ``Pacific|nation``); after a demonym or an everyday word, an
everyday head before an everyday noun (``Indian Ocean|island``: the run names a thing, and a
surname follows a given name); a name of no word class that the text writes before a noun
elsewhere, glued to a short everyday noun (``Walloon|bus`` beside "the Walloon capital"); a
given name of five letters or more before "da" or "do" and a name (``Helena|da Silveira``), and
Portuguese "da" after an everyday Portuguese word, offered (``Senhora|da Conceição``).
Precision: a verb tail before the sentence's own verb is no verb (``Marian Wessells coaches
the team`` is no "Wes sells"), and a prefix before a content word makes a derived word even
when the batch writes the prefix alone (``Interceltic`` beside "Inter won"), unless the text
writes the head after the same word (``Tian Shan|mountains`` beside "the Tian Shan").  A
lower-case word that opens with a derivational prefix before a content word
(resources/word/derivational_prefixes.txt: ``superblack``, ``nonstate``) is derived, whatever
other split its letters allow ("superb lack"); a fragment that merely starts many words is no
prefix (``intheir`` is "in their").

Precision (fresh_bj): after a role noun and before a capitalised word, a tail no dictionary
classes is not split off inside the run of names (``the singer Morenike Adebisi`` is no "More
nike"; a word still is: ``Indian teenager Mehta|wins Brno``).

Issue 15, glued13: after a preposition or "the", the name it takes glued to a function word
before what that word takes (``near Kavunze|and helped``, ``from Kellora|with her``: safe at a
seam at most two known words have where no longer tail is a word, else offered; "in", "on",
"at", "to", "by" before a noun phrase or a date are offered only: places end in "-in", "-on",
"-at" even at rare seams, Khotlon; ``_object_glue``); a name of no word class glued to a noun
naming what the place is (``Kelvara|river``, ``Tarnava|district``:
resources/word/feature_nouns.txt); a genus glued to a Latin species epithet
(``Plasmodium|falciparum``); a long dictionary word however rare after a head the text writes
alone (``Velmora|marimba``); a demonym before a three-letter everyday noun (``Danish|pig``), a
word the word-class lexicon lacks (``Peruvian|quinoa``) or a long rare compound
(``Welsh|surtitles``); a number that ends no word (``Lesotho|three``); a short past tense after
a head the text writes alone (``Tarsova|ran``); "el-" and a three-letter head before
"al-"/"el-" (``Abu|al-Khair``). Precision: a first- or second-person camel word is an app's
name (``myBenefits``), a lower-case plural of a word known whole (``dustpans``) and two content
words ending in a word that closes many compounds (``ferry|master``) are no glue.

Issue 15, glued14: a well-known place of no word class glued to "and" or "or" before a comma
that opens an aside (``Norway|and, after 1990, in Finland``; "Leon Townsand," stays whole);
after a preposition, a place English has seen at all glued to "and" before a name
(``to Yanbu|and Doha``); markets, bazaars, souks, harbours and wharves are feature nouns
(``Velmo|souk``); the likelier reading first: a commoner function word a letter earlier
(``Kelavik|was``, not "Kelavikw|as") and a people's plural before a verb (``Kuwaitis|take pride``,
not "Kuwaiti|stake"), both offered.  Precision: a short head no lexicon knows, not after a given
name, is a stem, never split safely (``from Dorj|and to``); a capitalised rare English word
before "in" and a determiner is no place (``from Whiskin the morning``); a name a bracket
glosses stays whole unless the split is safe (``Kel Daymaster (the rider)``).

Issue 15, glued15: a place English knows well glued to "at", "in" or "on" at a seam a few
known words have but none with the head's last three letters (``Kyoto|at full production``);
"de" before "la", "las" or "los" and a name, and the Italian "dell'" before a vowel, after an
everyday word of their language (``Impasse|de la Gare``, ``Castello|dell'Impero``); a month or a
day glued to its clause's verb (``November|made floods more likely``).  Precision: "and" or
"or" before a capitalised feature noun is the name's ending (``Dorvand County``), and so is
"and" before a capitalised word after a role noun (``The poet Behrand Sayeed``); before a
capitalised word a head ending in a consonant that English has barely seen, or that closes a
given name with "and" ("-anand"), is only offered (``Behzand Khan``, ``Devanand Pillai``);
a preposition before a finite verb that is no noun ends a name (``Ivo Batof resigned``); a
stem no lexicon knows and the batch never writes alone, glued to a noun of trade that brands
end in too (market, souk, bazaar, harbour, wharf: resources/word/trade_feature_nouns.txt), is
offered (``Velmarasouk lists``).

Issue 15, glued16: "de" with its article after a three-letter everyday word of its language
(``Río|de la Venta``); a neighbourhood, a suburb or dams after a place no lexicon knows
(``Tepozcatlán|neighbourhood``, ``Kelurá|dams``: resources/word/feature_nouns.txt); a people's
plural English has not seen before "had", "has" or "have" and a participle, where the singular
reading's tail is a rare noun (``Vanuatuans|had waited``, not "Vanuatuan|shad"); "for" and a
span of time after a place that reads one way only (``Kelvaraga|for six hours``); a demonym
before a plural in "-ies" or "-es" (``Asian|economies``) is no company's name.  Precision: a
noun of trade glued to a name, after a determiner and before the noun it qualifies and that
noun's verb, is a brand's one word unless the text writes the two apart (``The Asiamarket
chain opened``: offered only).

Review16b: a span of time an adverb closes (``two days later``, ``20 minutes into``:
resources/word/span_adverbs.txt) follows a name as readily as "for", so a split before "for"
there is only offered (``from Llanfor two days later``); a known name in "-dam" with an "-s"
(Dutch ``Rotterdams``) is no glue of "dams"; "Lake", "Forest", "Island", "Hills" open the
next name after "and" (resources/word/name_opening_features.txt); a lower-case token right
after an article is never a preposition glued to a word (``the intore``, a dance).

Issue 15, glued17: the last word of a run of names glued to what follows it (``_end_glue``):
a name English knows of no word class glued to a transitive past tense before the next name
(``Kalmar|beat Zwolle``, ``Kalmar|signed Okafor``: resources/word/transitive_pasts.txt;
"Heartbeat" is known whole); a noun that ends a run of names as the kind of place it names,
glued to a long preposition before a lower-case word or number (``the Kerch Strait|with
damaged engines``: resources/word/run_features.txt); such a name glued to "to" before a name
after a word that is no given name or determiner (``Lake Molde|to Ostrela``), or to "by"
before a year after a name or a preposition (``Lake Tahoe|by 2030``; not "(Tahoeby 1991)"),
at a seam where the tail ends at most two known words.

Issue 15, glued18: a place's name glued to "in" where the phrase around it makes the token a
place (``_located_in``): after a preposition of place that follows a word of the clause ("a
team in", "beside the"; "of" after a noun naming a place: "the town of", resources/word/
place_of_nouns.txt), before a noun phrase or a compass word (``the town of Orvieto|in the
hills``) or a place (``University of Trondheim|in Norway``); not in a fronted phrase ("In
Kostrin the council voted") nor before a time ("arrived in Kostrin the next day"); offered
when no lexicon knows the head.  A name glued to "in" or "on" before a bare year at a seam
known words have is offered (``Kelvenborg|in 1998``), safe for a known head at a seam no
known word's last three letters have (``_before_year``).

Issue 15, glued19: "is" before a participle or a verb after a head right after a
preposition, where English knows no people's singular in "-i" for it (``around Kelvanil|is
divided``: no "Kelvanili"; "Hazaris" beside the known "Hazari" stays offered), and after a
plural (``Chamber of Tarvoks|is expected``); a sentence's subject glued to a verb that ends no
known word before a capitalised object (``Harriet Vossberg|teaches English``), and an
unknown head's verb rivalled only by a nearly as common shorter tail (``Odile
Velmira|teaches politics`` is no "Velmirate|aches"); after a preposition, a well-known name
glued to "and" whose longer rival tail leaves a barely known head (``from Nimes|and
stayed``); a noun naming a kind of place that ends a run of names after no given name,
glued to an everyday noun (``the Kelvora River|basin``); the news agencies' month forms
are dates (``in Kinshasa|on Sept. 12``).  Precision: "is" before a comma or a stop ends a
name (``the captain, Spyros Staris,`` was split "Star is", safe); a genus follows no
capitalised word (``Stelios Manolakis`` was split as a binomial, safe); a preposition's
object before a comma or a stop, read as a name and a bare singular noun that names no
place, site or building, is a place's name written whole (``in Kelvangel, one of``:
resources/word/site_nouns.txt).

Issue 15, glued21: a weekday's plural before "and" or "or" and another day, or before a
preposition and what it takes, is applied even where the text writes the day alone
(``Fridays|and Saturdays``, ``Saturdays|at 8 p.m.``: "Friday|sand", "Saturday|sat" make no
phrase there); the Malay "binti" joins a given name to the father's as "bin" does
(``Aminah|binti Osman``: safe after a head the batch writes alone, else offered); after "of"
(or "of" and a list), a capitalised word of no English word class glued to a noun of origin
is a person's origin (``of Kelvanian|descent``: resources/word/origin_nouns.txt); "neither"
before a name glued to "nor" before a capitalised word, with no "nor" after it in the
sentence (``Neither Kelvatonga|nor Osterby``); "de" with its article after a word English
knows as well as French (``Avenue|de la Paz``); "area" is a feature noun (``the Kelvo|area``).
Precision: a name's particle or a function word (which the word-class lexicon may file as
nouns: "van", "that") before a surname the text writes alone ends no given name, so the
full-name guard leaves such a split as it was (``Lukas|van Kelwyk``, ``Monday|that``).

Issue 15, glued23: a long noun English knows (seven letters or more, the kind of building or
place a run of names ends in) glued to "on", "in" or "at" before what a preposition takes is
split even after a given name, where no known word ends in the head's last three letters and
the tail (``Tarnowen Crematorium|on Monday``, ``Drevanik Gymnasium|at Kaldera``); after a given
name, an unknown surname glued to "of" before a name or a determiner and a name, at a seam few
known words have, is offered only (``Dr. Lukas Kelvanstutz|of the University``; not "-hof").
At a sentence start, a token whose rest after its first letter is an everyday word commoner
than the head is a stray capital's (word.stray-fragment): the glue is offered (``Tab|out``).

Issue 15, fresh_dh: where no other split is found, a head the batch writes only with a
possessive's "'s" is offered, never applied, split off "is", "was", "has" or "had" before
what it takes (``named Varkun|is asked`` beside "Varkun’s story"; not "Cem's" beside
"Cemcan said" or "Lazar's" beside "Lazaris rarely spoke": ``_possessive_reading``).

Issue 15, fresh_dj: a two-word demonym's second word after its first (``most Sierra
Leoneans|but``: ``_two_word_demonym``), unless the country's name or a second reading reads
too; a results list's "bt" glued to the winner before the loser and the score (``Laiba
Durrani|bt Hafsa Swati 11-7``: ``_results_link``); two feature nouns, applied after "the" and
a name (``the Sierra Leone River|estuary``: ``_feature_pair``), offered elsewhere.

A split whose head or tail is a productive affix ("-man", "-ness", "-wood",
"sub-", "micro-"), measured on wordfreq's own list, is left alone: the token is
more likely a derived word or a surname than a glue.  So is a place's name with "-er" or
"-ers" after an everyday word (``Somalilanders``, its people: "Somali|landers" is no
reading), and the last word of a sentence's opening name that an apposition of a person's
role describes (``Doaa Elkholy, a dive guide who``; not before a source's attribution:
``the Tana Riverdelta, an aid worker said``).

Fix: insert the space.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import regex
from lemminflect import getAllInflections, getAllLemmas

from copydesk.checks.context import CheckContext
from copydesk.checks.data import data_lines, word_set
from copydesk.checks.language import (
    OBJECT_PRONOUNS,
    function_words,
    inside_a_name,
    reporting_verbs,
    title_abbreviations,
)
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.grammar._wordclass import base_verb as _base_verb
from copydesk.checks.rules.grammar._wordclass import finite_verb as _finite_verb
from copydesk.checks.rules.grammar._wordclass import may_be_finite as _may_be_finite
from copydesk.checks.rules.grammar._wordclass import only_count_noun, verb_form, word_classes
from copydesk.checks.rules.grammar._wordclass import only_past_tense as _only_past_tense
from copydesk.checks.rules.grammar._wordclass import participle as _participle
from copydesk.checks.rules.word import _foreign as foreign_lists
from copydesk.checks.rules.word import _glued_guards as guards
from copydesk.checks.rules.word._shared import (
    BATCH_COUNTS,
    affix_counts,
    batch_counts,
    dateline_place,
    ending_counts,
    in_link,
    seam_counts,
    starts_sentence,
    word_list,
)
from copydesk.checks.tokens import word_spans

UNSEEN = 1.0  # a whole token below this is (nearly) unattested in English
PART = 3.0  # each part of a split must be at least this common
SAFE_PART = 3.5
SHORT_PART = 5.5
SAFE_FUNCTION = 6.2  # "the", "of", "has", "more": not "back" (6.0) of "backtick"
SHORT3_PART = 4.0
INWARD_PARTICIPLE = 1.0  # "indrawn" 1.1: English writes the preposition and participle whole
TAIL = 3.5  # the word glued to a name must be an everyday word
NAME_TAIL = 4.5  # and, with no evidence but a run of names, a very common one
SAFE_HEAD = 4.0  # a known word this common may take a two-letter function word
SAFE_CLAUSE_HEAD = 3.5  # a known word this common before a clause word is split unseen
ENGLISH = 3.0  # a name part this common is also an English word ("Hart", "Sweet")
NAME = 2.0  # a name part in a run of names must be attested at least this often
FUNCTION = 5.0  # "the", "of", "in", "and": words that glue to a capitalised word
# A part forming 10^(0.5 * zipf - 0.3) known words or more is an affix, not a word:
# "man" (zipf 5.8) ends 1065 known words, "ness" (3.6) 806, "the" (7.7) only 63.
PRODUCTIVE = -0.3
MIN_PRODUCTIVE = 10
FUNCTION_GLUE = 6.0  # "ofthe": both parts this common, the glue itself merely web-typo common
FUNCTION_GLUE_WHOLE = 2.7  # "inthe" 2.6 is glue, "therein" 3.4 and "hereby" 3.6 are words

KNOWN_CAMEL = 6.0
FOREIGN_NAME = 2.5  # a head this common in a FOREIGN list is a name or word ("Araújo" pt 4.4)
FOREIGN_WHOLE = 1.5  # a whole token this common in a FOREIGN list is no glue
NOUN_TAIL = 4.0  # a word glued to a name with no verb to show it must be an everyday one
LONG_TAIL = 6  # a tail this long that is a dictionary word is no name ending
# A dictionary word this long is an ordinary word even when rarer ("foothills" 3.2,
# "neighbourhood" 3.9): names do not end in one.
LONG_NOUN = 8
BY_RULE_TAIL = 2.5  # after a demonym or a day any dictionary word will do ("Turkish|lira")
COMPOUND_TAIL = 2.0  # a long compound after a demonym this common is split unseen
LONG_COMPOUND = 7  # ... or any this long ("Irish|navvies", "French|surtitles")
# Two real words run together are short ("internationalorganisation" is 25); a longer
# piece is debris, and trying every split of it (each looked up and cached) cost
# quadratic time and memory: one 20,000-letter word took 26 s and 880 MB.
MAX_PIECE = 40  # "theNational": a left part this common glues even when the whole is known

_PIECE = regex.compile(r"[\p{L}\p{M}]+")
_CAMEL_HUMP = regex.compile(r"\p{Ll}\p{Lu}")
_TITLE = regex.compile(r"\p{Lu}\p{Ll}{2,}")
_CAMEL = regex.compile(r"(\p{Ll}{2,})(\p{Lu}\p{L}+)")
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}{3,}")
_LOWER = regex.compile(r"\p{Ll}{4,}")


@dataclass(frozen=True)
class Split:
    left: str
    right: str
    score: float  # the rarer part's zipf
    safe: bool
    confidence: float


def _productive(part: str, counts: Counter[str]) -> bool:
    """True for affix-like parts ("-ness", "-man", "over-", "micro-").

    Frequent words end or start many words by chance ("the": "breathe",
    "soothe"), so the count is weighed against the part's own frequency.
    """
    n = counts[part.lower()]
    return n >= MIN_PRODUCTIVE and math.log10(n) - 0.5 * zipf(part) >= PRODUCTIVE


def _productive_tail(tail: str) -> bool:
    return _productive(tail, affix_counts()[1])


def _productive_head(head: str) -> bool:
    return _productive(head, affix_counts()[0])


def _word_part(part: str) -> bool:
    """Two-letter parts count only as English function words, never "ya" or "oh"."""
    return len(part) != 2 or part.lower() in word_list("two_letter_words.txt")


# what a verb's second object or an adverbial after a surname opens with ("told Hassanin the
# news", "called Karpin the day before"): after a place "in" takes a compass word or a date
_SECOND_OBJECT = regex.compile(r"[ \u00a0](?:the|a|an|his|her|its|their|this|that)\b")
# the word before a piece, when a space alone stands between
_WORD_BEFORE = regex.compile(r"(\S+)[ \u00a0]\Z")


def _surname_in_in(split: Split, attested: Counter[str], text: str, span: tuple[int, int]) -> bool:
    """``told Hassan|in the``, ``from Karp|in the``: a given name, or a rare name the text
    never writes alone, that opens a name after a lower-case word that is no preposition of
    place (resources/word/place_prepositions.txt), glued to "in" or "on" before a
    determiner, is a surname before an object as often as a glue (Hassanin, Karpin,
    Antonin): offered, never applied.  Not in a run of names ("San Lorenzo|in the") nor
    after "the town of" or "near", where it is a place."""
    head = split.left
    if split.right not in ("in", "on") or not head[:1].isupper() or _by_rule(head):
        return False  # (a demonym or its plural opens no surname: "Hungarians|on the")
    start, end = span
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1).islower():
        return False
    if before.group(1) in word_list("place_prepositions.txt"):
        return False
    if not _SECOND_OBJECT.match(text, end):
        return False
    return head.casefold() in _given_names() or (zipf(head) < PART and not attested[head])


def _given_name_then_bare_noun(split: Split, text: str, start: int) -> bool:
    """``Ivan|chin``, ``Pedro|goal``: a given name before a bare noun or a verb's bare form
    makes no English ("Ivan's chin", "Ivan chins"), but a surname built on a given name does
    (Ivanchin, Pedrogal): offered, never applied.  A verb's past or third person, a
    participle or a function word after a given name reads well ("Maria|called"), and so
    does a noun after a determiner and the name ("the Duarte|highway": a name's modifier)."""
    left, right = split.left, split.right
    if not left[:1].isupper() or left.casefold() not in _given_names() or not right.islower():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).lower() in ("the", "a", "an", "this", "that"):
        return False
    if right in function_words() or right in _PARTICLES or right in _GIVEN_PARTICLES:
        return False  # "Pieter|van der Berg": a name's particle
    classes = _bare_classes(right)
    return bool(classes) and classes <= {"NOUN", "VERB"}


def _bare_classes(word: str) -> frozenset[str]:
    """The word classes of ``word`` when it is its own lemma in each ("chin", "goal": a bare
    noun or verb; not "chins", "called"); empty otherwise."""
    lemmas = getAllLemmas(word)
    if not all(word in forms for forms in lemmas.values()):
        return frozenset()
    return frozenset(lemmas)


def _bare_noun_inside_name(split: Split, text: str, span: tuple[int, int]) -> bool:
    """``at Kelvostone Securities``: a preposition's object, a name and a bare noun that names
    no role, before a capitalised word, would leave a lower-case noun inside a run of names
    ("at Kelvo stone Securities"), which English writes only in a brand's one word: offered,
    never applied.  A role noun before a name reads well ("for Kelvo|minister Anna Berg"), and
    so does any noun after a people's adjective ("from the Czech|maker Skoda"); with no
    preposition before it, the tail may be a verb ("Ethiopia's Bekele|win Almaty Marathon")."""
    left, right = split.left, split.right
    if not left[:1].isupper() or not right.isalpha() or not right.islower() or _by_rule(left):
        return False
    if _previous_word(text, span[0]) not in word_list("prepositions.txt"):
        return False
    if not _before_name(text, span[1]) or right in function_words() or right in _roles():
        return False
    if right in _PARTICLES or right in _GIVEN_PARTICLES:
        return False  # "by Pedro|dos Santos": a name's particle
    classes = _bare_classes(right)
    return "NOUN" in classes and classes <= {"NOUN", "VERB"}


# Heads of a settlement's name built on a people's adjective ("Irishtown", "Germantown")
_SETTLEMENT_TAILS = frozenset({"town", "burg", "borough"})


def _settlement_of_a_people(split: Split, text: str, start: int) -> bool:
    """``in Irishtown on Sunday``: a demonym and "town" written as one word where a place's
    name stands, after a preposition or nothing on its line, may be the settlement's own
    name (Irishtown, Germantown): offered, never applied.  After any other word it is
    described ("a small Irishtown", "this northern Latviantown", "Sri Lankantown votes")
    and split."""
    if split.right not in _SETTLEMENT_TAILS or not _by_rule(split.left):
        return False
    before = _previous_word(text, start)
    return not before or before in word_list("prepositions.txt")


def _adjective_before_verb(split: Split, text: str, end: int) -> bool:
    """``the goats of Soma|rare fed``: a name, then a word that can only be an adjective, then
    a finite verb, is no English phrase (an adjective after a name wants its noun), so another
    reading may be meant ("Somar are fed"): offered, never applied.  A people's adjective
    takes another before its noun ("Greek|coastal ferries"), and a word that may be a noun
    after the adjective is that noun."""
    left, right = split.left, split.right
    if not left[:1].isupper() or word_classes(right) != frozenset({"ADJ"}) or _by_rule(left):
        return False
    after = _next_word(text, end)
    return _verb_next(after) and "NOUN" not in word_classes(after)


def _camel(piece: str, attested: Counter[str]) -> Split | None:
    """``theUnited``, ``withOpenAI``: a lower-case function word + a capitalised word.

    A very common function word glued to a capitalised known word is evidence
    enough even when the whole is attested ("theNational" is also a web site's
    name): brands start with one letter or a capital ("iPhone", "eBay", "YouTube").
    """
    m = _CAMEL.fullmatch(piece)
    if not m:
        return None
    left, right = m.groups()
    if zipf(left) < FUNCTION or not _word_part(left):
        return None
    if zipf(piece) >= UNSEEN and not (
        zipf(left) >= KNOWN_CAMEL and _TITLE.fullmatch(right) and zipf(right) >= PART
    ):
        return None
    # The right part may be a rare name ("andHanwha"): still two words, but only
    # offered when it is not known or used on its own elsewhere.
    right_known = zipf(right) >= PART or attested[right] > 0
    score = min(zipf(left), zipf(right))
    # "myBenefits", "weChat": apps and campaigns name themselves so on purpose, and a
    # common noun is capitalised after "my" only in such a name: no glue.
    if left.casefold() in word_list("camel_brand_prefixes.txt"):
        return None
    if zipf(piece) >= UNSEEN:
        # A known whole may be a brand written this way ("theNational"): offered only.
        return Split(left, right, score, safe=False, confidence=0.7)
    safe = right_known and zipf(left) >= 5.5
    return Split(left, right, score, safe=safe, confidence=0.9 if safe else 0.6)


# Link words that never end a clause: a name ending in one ("Townsand", "Orlof") may.
# Words that need one after them: a link, or a determiner a noun must follow ("Noy
# Keo|many, 27,": no quantity ends before a comma; the token is a name).
_NEEDS_NEXT = frozenset(
    {"and", "or", "nor", "of", "from", "than", "via", "per", "for"}
    | {"the", "an", "every", "several", "many", "whose"}
    | {"is"}  # "The captain, Spyros Staris, said": a name in "-is" before a comma or a stop
)
# "for" takes a noun phrase, a number or a clause, never one of these: before one, "-for" ends a
# name ("Ayodele Nwafor in Enugu", "Nwafor at the market", "Nwafor yesterday").
_NOT_AFTER_FOR = frozenset(
    {"in", "at", "on", "of", "to", "from", "with", "by", "into", "onto", "for"}
    | {"yesterday", "today", "tonight", "and", "or"}
)


@dataclass(frozen=True)
class _Candidate:
    split: Split
    rival: bool  # a reading of its own weight (the head is used alone, or a known name)
    knowledge: bool = False  # word knowledge says glue (a demonym, a verb ending no name)
    evidence: bool = False  # used alone in the batch, or word knowledge


def _possessive_reading(head: str, tail: str, next_word: str, attested: Counter[str]) -> bool:
    """The batch writes ``head`` only with a possessive's "'s" ("Varkun’s story"), and the
    tail is "is", "was", "has" or "had" before what it takes (``_takes_what_follows``:
    "named Varkunis asked"; not "Hassan's trial" beside "Hassanin later told", "Cem's son"
    beside "Cemcan said" or "Bilal's uncle" beside "Bilalis Kone": names end so).  Read
    only where no other split is found, and offered, never applied (``_name_reading``)."""
    if attested.get(head, 0) > 0 or not _takes_what_follows(tail, next_word):
        return False
    return any(attested.get(head + end, 0) > 0 for end in ("'s", "’s"))


def _takes_what_follows(tail: str, next_word: str) -> bool:
    """``next_word`` is what "is"/"was" or "has"/"had" takes and no finite verb: a
    participle, an -ing form, an adjective that is no adverb, a determiner or "not"
    ("Varkun|is asked", "Mehmet|had left"; not "Sriniwas sells", "Lazaris rarely spoke",
    "Edgaris then took")."""
    low = next_word.lower()
    if low != next_word or not low.isalpha():
        return False
    if low in ("not", "the", "a", "an", "no", "been") or _perfect(low):
        return tail in ("is", "was", "has", "had")
    if tail in ("is", "was"):
        classes = word_classes(low)
        return low.endswith("ing") or ("ADJ" in classes and not classes & {"VERB", "ADV"})
    return False


def _no_split_here(
    head: str, tail: str, next_word: str, before: tuple[bool, bool, bool, bool], before_name: bool
) -> bool:
    """A plural of people before its noun (``_people_plural_before``), or a tail no dictionary
    classes inside a run of names after a role noun: "the singer Morenike Adebisi" is no
    "More nike" (a word is split off there: "Indian teenager Mehta|wins Brno")."""
    if _people_plural_before(head, tail, next_word):
        return True
    return before[1] and before_name and zipf(tail) < FUNCTION and not word_classes(tail)


def _candidate(
    head: str, tail: str, attested: Counter[str], after_name: bool, at_start: bool,
    before_name: bool, next_word: str = "", listed: bool = False, subject: bool = False,
    after_given: bool = True,  # after a given name or an unknown word, not "San" (Isidro)
    run_seen: bool = False,  # the word before and the head stand together in the text
    before: tuple[bool, bool, bool, bool] = (False,) * 4,  # prep., role, name next, place
) -> _Candidate | None:  # fmt: skip
    """One way to split a capitalised token, if the evidence allows it."""
    head_zipf, tail_zipf = zipf(head), zipf(tail)
    ending = _name_ending_here(head, tail, next_word, before, attested.get(head, 0) > 0)
    if ending or _no_split_here(head, tail, next_word, before, before_name):
        return None
    by_rule_word = _by_rule_word(head, tail)
    if tail_zipf < _tail_floor(head, tail, attested, by_rule_word, (subject, next_word)):
        return None
    if not (_word_part(tail) and _word_part(head)):  # "Si|milan": "Similan", "Sidiya"
        return None
    # Evidence the head is a word of its own, strongest first: used alone in the batch (a
    # two-letter head only before an everyday word: "Li|feng" is a given name); the last of a
    # run of names ("Lena Marquez|minister"); a known name or word ("Louvre|said"); a common
    # word at a sentence start ("Presented|evidence"); an unknown name in a run, before a
    # longer everyday word ("Bukayo Saka|converted").
    standalone = attested.get(head, 0) > 0 and (len(head) >= 3 or tail_zipf >= FUNCTION)
    # Names end in two-letter words all the time ("Xin|is", "Mar|in"), and often in
    # three-letter ones ("Rol|and"): short tails need the everyday function words, two-letter
    # ones also a name used on its own in the batch or a common word ("Chamber|of").
    short_ok = len(tail) >= 4 or (
        tail_zipf >= FUNCTION
        and (len(tail) > 2 or standalone or (head_zipf >= SAFE_HEAD and len(head) > 2))
    )
    in_name = after_name and NAME <= head_zipf < FUNCTION_GLUE and _run_tail(head, tail, short_ok)
    # Brands compound a known word with a short one ("Tex|info"): without other evidence the
    # tail is long or everyday; before a capital, a token is part of a name ("Huayou Cobalt")
    # unless its tail links names ("Georgia|and Arizona").
    known = _known_head(head, tail, before_name) and (not after_name or _run_tail(head, tail))
    opener = at_start and head_zipf >= PART and not _productive_head(head) and short_ok
    unknown_in_name = _unknown_in_name(head, tail, after_name, standalone)
    after = (after_name, after_given)
    strong, prep = _knowledge(head, tail, after, standalone, (next_word, *before[2:]), subject)
    # "is" after a subject alone offers, never applies: headlines drop it ("Kristis ready")
    seen = (standalone, at_start)
    link, subject_is, short_follows = _what_follows(head, tail, next_word, listed, subject, seen)
    evidence, short_ok = strong or link, short_ok or prep or short_follows or by_rule_word
    # a head the text writes alone before a past tense that is no participle ("Tarsova|ran")
    short_ok = short_ok or (standalone and len(head) >= 4 and _past_only(tail))
    strong = evidence or subject_is
    # Inside a run of names, a short tail must be an everyday word: short name endings such
    # as "shaw" are words too, but rarer ones ("Walking|shaw"); "senator" rarely ends one.
    if not (standalone or known or opener or strong) and tail_zipf < NAME_TAIL and len(tail) <= 4:
        return None
    if not (standalone or in_name or known or opener or unknown_in_name or strong):
        return None
    # Short tails of unknown names are mostly name endings or abbreviations
    # ("Ell|ams", "Kook|min"); only everyday short words count then.
    if not standalone and not short_ok:
        return None
    # no derived word or surname starts with a demonym ("Danish|maker", "Turkish|lira")
    # ... nor a word English derives from one with "-man" ("Frenchman" is known whole;
    # "Salvadoran|man" is not)
    by_rule_head = by_rule_word or (len(tail) >= 3 and _by_rule(head))
    if _derived(head, tail, standalone, by_rule_head, run_seen):
        return None
    score = min(head_zipf, tail_zipf) + (3.0 if standalone or strong else 0.0)
    clause = _clause_tail(tail)
    surname_ending = _surname_before_object(after_given, tail, next_word)
    safe = (
        (
            standalone
            or evidence
            or (in_name and not surname_ending and _run_glue(head, tail, after_given))
            or (known and head_zipf >= SAFE_CLAUSE_HEAD and clause and not surname_ending)
        )
        and (tail_zipf >= _safe_tail_zipf(tail, standalone or evidence, next_word) or by_rule_word)
        and short_ok
    )
    safe = safe and not _doubtful(head, tail, next_word, after_name, (standalone, listed, *before))
    split = Split(head, tail, score, safe, 0.9 if safe else (0.7 if known or opener else 0.6))
    return _Candidate(split, standalone or head_zipf >= NAME, strong, standalone or strong)


def _doubtful(
    head: str, tail: str, next_word: str, after_name: bool, where: tuple[bool, ...]
) -> bool:
    """A split otherwise safe is only offered: "-is" that may end a people's plural before a
    verb (``_plural_shape``), a short unknown stem (``_unknown_stem``), a name ending in
    "-and" before a capitalised word (``_name_before_name``; ``where`` as it takes it, then
    whether a name follows the next word), and a run of names split before a word that
    opens a clause when punctuation follows, where no clause can open ("the town of Dorsk
    Ivathen, <Name> said": "Iva|then" leaves "then" hanging, so a place's name in "-then"
    is as likely)."""
    if after_name and not next_word and tail in word_list("clause_openers.txt"):
        return True
    if _plural_shape(head, tail) and _may_be_finite(next_word) and _people_plural(head, where[2]):
        return True
    if not after_name and _unknown_stem(head, where[0]):
        return True
    if after_name and not where[0] and _unknown_name_of(head, tail, next_word, where[4]):
        return True
    return _name_before_name(head, tail, next_word, where)


def _name_ending_here(
    head: str, tail: str, next_word: str, before: tuple[bool, ...], attested: bool
) -> bool:
    """The tail ends the name, whatever the head: a link word before a stop, which links
    nothing ("Leon Towns|and." or "Towns|and, who"); "for" before what it never takes
    (``_NOT_AFTER_FOR``: "Ayodele Nwa|for in Enugu"); "and" before a capitalised feature noun
    that no name follows (``_link_before_feature``, ``name_next``) or, after a role noun,
    before any capitalised word ("The poet Behrand Sayeed": a person's name follows a role,
    not a pair; ``_candidate`` counts no role before a head the batch writes alone, "Marta
    Velloso ... the minister Velloso|and Tomas Ribeiro", nor one before a title,
    ``_title_next``); a preposition before a finite verb (``_preposition_before_verb``).
    ``before`` as ``_candidate`` takes it; ``attested``: the batch writes the head alone."""
    after_role = before[1] and not attested
    if tail in _NEEDS_NEXT and not next_word:
        return True
    if tail == "for" and next_word.casefold() in _NOT_AFTER_FOR:
        return True
    if _link_before_feature(head, tail, next_word, before[2]):
        return True
    if _preposition_before_verb(tail, next_word) or _an_before_consonant(tail, next_word):
        return True
    return after_role and tail in _LIST_LINKS and next_word[:1].isupper()


# A consonant's letter opening a word "an" never stands before: not "h" ("an hour") nor an
# abbreviation's capitals ("an MP", "an NGO")
_CONSONANT_WORD = regex.compile(r"(?i:[bcdfgjklmnpqrstvwxz])(?!\p{Lu})")


def _an_before_consonant(tail: str, next_word: str) -> bool:
    """``Judge Nest|an Gvinadze``: "an" before a consonant's word is no article, so the
    token ends in "-an" (a name: "Nestan") and is no word glued to one."""
    return tail == "an" and _CONSONANT_WORD.match(next_word) is not None and len(next_word) > 1


def _link_before_feature(head: str, tail: str, next_word: str, name_next: bool) -> bool:
    """``Tarvand County``, ``Lashkarand Province``: "and" or "or" links no name to a
    capitalised noun naming what a place is; the token is the place's name, ending so.
    After a common name of no word class and before a name (``name_next``), the noun opens
    the next place's name instead ("Bavaria|and County Kell", "Thames|and River Ostrel";
    "Dorvand County Council" stays whole: "Dorv" is no known name).  "Lake", "Forest" or
    "Island" opens a name ("Baton Rouge|and Lake Charles", "Kelvora|and Forest Hill"), as no
    county or province does (resources/word/name_opening_features.txt)."""
    return (
        not (name_next and zipf(head) >= PART and not word_classes(head))
        and tail in _LIST_LINKS
        and next_word[:1].isupper()
        and next_word.casefold() in word_list("feature_nouns.txt")
        and next_word.casefold() not in word_list("name_opening_features.txt")
    )


def _preposition_before_verb(tail: str, next_word: str) -> bool:
    """``Ravi Batof resigned``: a preposition takes a noun phrase, not a finite verb; before
    one the token is a name ending so ("to" takes a bare verb: "Mombasa|to face")."""
    return (
        tail != "to"
        and tail in word_list("prepositions.txt")
        and next_word.islower()
        and _verb_next(next_word)
        and "NOUN" not in word_classes(next_word)  # "France|in pieces"
    )


def _given_seam(head: str, tail: str) -> bool:
    """``Ramanand``: the tail and the head's last letters close a given name ("Anand"), so
    the whole is a compound given name as likely as a head glued to the tail."""
    return any((head[k:] + tail).casefold() in _given_names() for k in range(1, len(head) - 1))


GIVEN_HEAD = 6  # a given name in "-and" is short: Behz|and, Farz|and; surnames run longer


def _name_before_name(head: str, tail: str, next_word: str, where: tuple[bool, ...]) -> bool:
    """``Behzand Khan``, ``Farzand Ali``, ``Ramanand Iyer``: before a capitalised word a name
    ending in "-and" is as likely a given name before its surname as a head glued to "and".
    ``where`` is (the head used alone in the batch, the token an item of a list, a
    preposition just before; a role noun just before, ``_name_ending_here``'s alone: "The
    poet Behrand Sayeed" is never split).  Offered when the seam closes a given name
    ("-anand": Anand) after a head that is no well-known place (not "Japan|and Korea"); or,
    at a consonant, when the batch never writes the head alone and English has never seen
    it, or has barely seen it and no preposition takes the token (not "from Tabuk|and
    Medina"; "-and" after a vowel ends few names: "Velosa|and Marboke")."""
    standalone, listed, after_preposition = where[:3]
    # a demonym is no given name ("Chadian|and Nigerien")
    demonym = head.casefold() in _demonyms()
    if tail not in _LIST_LINKS or not next_word[:1].isupper() or standalone or demonym:
        return False
    # ... a well-known place is no given name's stem ("Japan|and Korea")
    if _given_seam(head, tail):
        return zipf(head) < PART  # not "Disease Control|and Prevention" (Roland) either
    # "-and" after a vowel ends few names ("Velosa|and Marboke", "Ravenna|and")
    if listed or head[-1:].lower() in "aeiouy" or len(head) > GIVEN_HEAD:
        return False  # ... nor a long head: a surname's ("Arman Tulegenov|and Aigul")
    head_zipf = zipf(head)
    return head_zipf < UNSEEN or (
        head_zipf < NAME and not after_preposition and not _foreign_name(head)
    )


SHORT_STEM = 4  # a head this short that no lexicon knows is a name's start, not a name


def _unknown_stem(head: str, standalone: bool) -> bool:
    """``from Dorj|and to``: a short head that no lexicon knows and the batch never writes
    alone leaves a stem, not a name: the whole ("Dorjand") is as likely the name.  Offered
    only, unless a given name comes before it: short surnames are common ("Jonas Ebr|said")."""
    return (
        len(head) <= SHORT_STEM
        and not standalone
        and zipf(head) < UNSEEN
        and foreign_zipf(head) < UNSEEN
    )


def _plural_shape(head: str, tail: str) -> bool:
    """``Oman|is``: "-is" after a consonant, which may end a people's plural in -i (not
    ``Kenya|is``)."""
    return tail == "is" and head[-1:].lower() not in "aeiouy"


def _people_plural(head: str, after_preposition: bool) -> bool:
    """``Hazar|is`` may be ``Hazaris``: a people's plural in "-is" beside a singular in "-i"
    (Hazari, Sindhi, Kashmiri: wordfreq has seen each), or one it has not seen ("the
    Varakhis hope"), but not right after a preposition, where the head is the place ("the
    forest around Kelvanil|is divided": no "Kelvanili"); no people's plural ends in "-sis"
    ("the Chamber of Tarvoks|is expected")."""
    if head.endswith("s"):
        return False
    known = zipf(head + "i") >= UNSEEN or head.casefold() + "i" in _demonyms()
    return known or not after_preposition


def _people_plural_before(head: str, tail: str, next_word: str) -> bool:
    """A present-tense verb that only a plural subject takes ("believe"): after it "-is"
    ends a people's plural in -i ("Omanis believe"), since "is" takes no bare verb.

    Before any other verb ("Ladakhis wanted a say", "the Omanis hope") the plural reads as
    readily as "is" and a passive or a noun: ``_candidate`` offers that split, never applies
    it.  A place ending in a vowel makes no plural in -is ("Kenya|is").
    """
    low = next_word.lower()
    return (
        _plural_shape(head, tail)
        and low == next_word
        and low.isalpha()
        and _may_be_finite(low)
        and not _finite_verb(low)
        and not _participle(low)
        and "ADJ" not in word_classes(low)
        and "NOUN" not in word_classes(low)
    )


def _past_only(tail: str) -> bool:
    """``ran``, ``met``: a short everyday past tense that is no noun; not an auxiliary ("-shad":
    Behshad) nor "won", which ends Korean given names (Jiwon, Sungwon)."""
    return (
        len(tail) == 3
        and tail not in _BE_HAVE_TAILS
        and tail not in {"did", "won"}
        and zipf(tail) >= SHORT3_PART
        and _only_past_tense(tail)
        and "NOUN" not in word_classes(tail)
    )


def _derived(head: str, tail: str, standalone: bool, by_rule_head: bool, run_seen: bool) -> bool:
    """True when an affix makes the token a derived word or a surname, not a glue.

    A demonym's compounds are no derived words ("Salvadoran|man"; "Frenchman" is known
    whole), and a head the batch uses alone may take an affix-like tail; but a prefix before
    a content word makes a derived word even when the batch writes the prefix alone as a
    name ("Lorient Interceltic" beside "Inter won").  Before a function word or a clause verb
    it is still a glue ("van der Wal|said"), and so it is after the name the text writes it
    with (``run_seen``: "Tian Shan|mountains" beside "the Tian Shan").
    """
    if (_productive_tail(tail) or _productive_head(head)) and not (standalone or by_rule_head):
        return True
    return _productive_head(head) and not (by_rule_head or _clause_tail(tail) or run_seen)


_SURNAME_ENDING_TAILS = frozenset({"in", "on"})


def _surname_before_object(after_given: bool, tail: str, next_word: str) -> bool:
    """``Elena Portin the singer``, ``awarded Robert Massin the medal``: after a given name an
    English word and "in"/"on" is as often a surname, which a verb's second object may follow
    (a determiner opens it).  So is a name's part and a noun's bare singular before a stop
    or a comma (``said Grace Tangasong.``): "Tanga song." is no English, a surname in "-song"
    is a name."""
    if after_given and not next_word and _bare_singular(tail):
        return True
    return (
        after_given
        and tail in _SURNAME_ENDING_TAILS
        and next_word.casefold() in word_list("determiners.txt")
    )


def _bare_singular(word: str) -> bool:
    """A noun that can only be a count noun's singular ("song", "ship"): no determiner
    before it, it ends no English phrase."""
    return word.islower() and only_count_noun(word)


def _run_glue(head: str, tail: str, after_given: bool) -> bool:
    """A safe split of the last word of a run of names.

    English surnames compound two words ("Sweet|apple", "Hart|pence"): a name part that is
    itself an English word is no evidence of a glue unless the tail is a function word
    ("Varga|said"); but no name ends in a finite verb or an everyday function word
    ("Adams|faced", "Monday|and"), nor does a run after a demonym or an everyday word, which
    names a thing ("Indian Ocean|island", "World Bank|officials"): a surname follows a given
    name.
    """
    clause = _clause_tail(tail)
    english_pair = zipf(head) >= ENGLISH and zipf(tail) < SAFE_FUNCTION
    if (not english_pair or clause) and (len(tail) >= 4 or clause):
        return True
    return not after_given and _word_head(head) and _everyday_noun_tail(tail)


def _everyday_noun_tail(tail: str) -> bool:
    """An everyday noun of four letters or more ("island", "site", "officials")."""
    return len(tail) >= 4 and zipf(tail) >= NOUN_TAIL and "NOUN" in word_classes(tail)


def _run_tail(head: str, tail: str, short_ok: bool = True) -> bool:
    """A short tail closing a run of names is a link or clause word, not an adverb or a noun
    that ends surnames too ("Wilson Kip|too (Kenya)": Kiptoo; "Paul Kip|now"), unless the
    head is an everyday word ("Bristol Bay|red king crab", offered)."""
    return short_ok and (len(tail) >= 4 or _clause_tail(tail) or zipf(head) >= SAFE_HEAD)


def _what_follows(
    head: str, tail: str, next_word: str, listed: bool, subject: bool, seen: tuple[bool, bool]
) -> tuple[bool, bool, bool]:
    """(a name link, "is" after a subject, a short tail allowed); ``seen`` is (the head used
    alone in the batch, the token the sentence's first word).

    "Vietnam, Cambodia|or Ethiopia": a known name before "or" and a list's last item may
    take the two-letter tail; so may "Martin Schuster|is a judge".
    """
    standalone, first = seen
    link = _name_link(head, tail, next_word, listed)
    # "James Jaw|or Columbia": a word's head is not enough before "or"
    named = listed or not word_classes(head)
    linked = link and len(head) >= 4 and named and (zipf(head) >= NAME or _foreign_name(head))
    subject_is = subject and _subject_is(head, tail, next_word, standalone, first)
    return link, subject_is, linked or subject_is


def _known_head(head: str, tail: str, before_name: bool) -> bool:
    """A head English knows as a word or name, or a name it borrows (``_borrowed_name``),
    before a long or an everyday word; before a capitalised word only a link word."""
    head_zipf = zipf(head)
    # a borrowed name only before a word of four letters or more: "Ödem|eye", "Ziel|one"
    borrowed = head_zipf < PART and len(tail) >= 4 and _borrowed_name(head)
    return (
        (PART <= head_zipf < FUNCTION_GLUE or borrowed)
        and (len(tail) >= 5 or zipf(tail) >= FUNCTION)
        and (not before_name or _links_names(tail))
    )


def _unknown_in_name(head: str, tail: str, after_name: bool, standalone: bool) -> bool:
    """An unknown name in a run of names, before a longer everyday word ("Bukayo
    Saka|converted").  A four-letter word ends names built of syllables ("Chaiya|porn",
    "Pornthip"): only a clause word that short ("Saka|said").  Outside a run, an unknown
    head before a long noun (``_unknown_before_noun``), offered."""
    if not after_name:
        return not standalone and _unknown_before_noun(head, tail, zipf(tail))
    return (
        len(head) >= 3
        and (len(tail) >= 5 or (len(tail) == 4 and _clause_tail(tail)))
        and zipf(tail) >= 4.0
    )


def _tail_floor(
    head: str,
    tail: str,
    attested: Counter[str],
    by_rule_word: bool,
    where: tuple[bool, str] = (False, ""),
) -> float:
    """How common the tail must be at all; ``where``: (the token is a sentence's subject,
    the word after it).

    A head the batch uses on its own may take a less common longer word
    ("Kiprono|fades", not "Lima|che"), or a rarer present tense before what it takes
    (``_plain_verb``: "Kelvana|nears the"); a demonym or a day, which no name is built
    from, any dictionary word ("Norwegian|initials", "Turkish|lira"); after a sentence's
    subject, a verb need only be an ordinary one ("Hartmann|advises").
    """
    subject, next_word = where
    if by_rule_word:
        return BY_RULE_TAIL
    if _feature_after_feature(head, tail):
        return PART
    if attested.get(head, 0) > 0 and (_rare_long_word(tail) or _plain_verb(tail, next_word)):
        return RARE_TAIL
    if attested.get(head, 0) > 0 and _rare_short_word(tail):
        return RARE_SHORT_TAIL
    if (attested.get(head, 0) > 0 and len(tail) >= 5) or (subject and _finite_verb(tail)):
        return PART
    return PART if _long_noun(tail) else TAIL


def _feature_after_feature(head: str, tail: str) -> bool:
    """``the Sierra Leone River|estuary``: a capitalised noun naming what a place is before
    another such noun (resources/word/feature_nouns.txt), rarer ones too ("estuary" 3.3):
    English writes a river's estuary, a lake's islands as two words.  Offered (the tail's
    floor, ``_tail_floor``); applied only after a name (``_feature_pair``)."""
    features = word_list("feature_nouns.txt")
    return head[:1].isupper() and head.casefold() in features and tail in features


# "the" and one to three capitalised words right before a token
_THE_AND_NAMES = regex.compile(r"(?<!\p{L})[Tt]he(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){1,3}[^\S\n]+\Z")


def _feature_pair(piece: str, site: _Site) -> Split | None:
    """``the Sierra Leone River|estuary``: two feature nouns glued (``_feature_after_feature``)
    after a name inside its sentence, which the first ends; no name ends in both.  The name
    is a capitalised word of no English word class ("Leone", "Mekong") or a feature noun
    itself ("Lamu County"), after "the" ("the Tana River|estuary"); after a title, a rank or
    an English word ("Chief Inspector", "the Hotel", "Greater"), a title's abbreviation
    ("Cllr Forestlake"), or with no "the" the token may be a person's or a place's one-word
    name, left to the other readings, which offer the split, as after a word capitalised as
    its sentence's or line's first ("In Forestlake, Minnesota", "Beyond Riverestuary, a
    village"), after a given name ("Mrs Amina Riverestuary") and on a title-case line
    (reviews 41b-44b)."""
    previous, before = site.previous, site.start - len(site.previous) - 1
    if not previous[:1].isupper() or site.text[before + len(previous) : site.start] != " ":
        return None
    low = previous.casefold()
    named = not word_classes(low) and not previous.isupper()
    if not (named or low in word_list("feature_nouns.txt")):
        return None
    # ... and the name takes "the", as a river's, a lake's or a valley's does, and no
    # person's after a title ("Insp Riverestuary", "Cllr Forestlake"; review 44b)
    if _THE_AND_NAMES.search(site.text, max(0, before - 80), site.start) is None:
        return None
    if starts_sentence(site.text, before) or low in _given_names():
        return None
    if _title_case_line(site.text, site.start):
        return None
    for cut in range(3, len(piece) - 2):
        if _feature_after_feature(piece[:cut], piece[cut:]):
            return Split(piece[:cut], piece[cut:], zipf(piece[cut:]), True, 0.85)
    return None


def _long_noun(tail: str) -> bool:
    """``Andes|foothills``: a long dictionary word, which no name ends in."""
    return len(tail) >= LONG_NOUN and bool(word_classes(tail))


RARE_TAIL = 2.0  # a long dictionary word after a head the text writes alone ("|marimba")


def _rare_long_word(tail: str) -> bool:
    """``Velmora|marimba`` beside "Velmora" alone: a long dictionary word, however rare, that
    ends (almost) no known word, so ends no name or derived word either."""
    return (
        len(tail) >= LONG_TAIL
        and zipf(tail) >= RARE_TAIL
        and bool(word_classes(tail))
        and ending_counts().all[tail] <= RARE_ENDING
    )


RARE_SHORT_TAIL = 2.5  # a shorter such word ("|limes", "|roam"), a little more common


def _rare_short_word(tail: str) -> bool:
    """``Kelvora|limes``, ``Kelvora|roam`` beside "Kelvora" alone: a dictionary word of four
    or five letters that ends (almost) no known word, so ends no name either ("-berg",
    "-land", "-wood" end many); offered only, its tail below the bar of a safe split.  A
    present tense in "-s" that is nothing but a verb waits for its object (``_plain_verb``)."""
    return (
        4 <= len(tail) < LONG_TAIL
        and not (tail.endswith("s") and word_classes(tail) == {"VERB"})
        and zipf(tail) >= RARE_SHORT_TAIL
        and bool(word_classes(tail))
        and ending_counts().all[tail] <= RARE_ENDING
    )


PLAIN_VERB = 5  # a present tense this long that is nothing but a verb ("nears", "sells")


def _plain_verb(tail: str, next_word: str) -> bool:
    """``Kelvana|nears the coast``: a present tense in "-s" of no other word class (no noun:
    "Game|leaves", no name ending: "-son", "-ers") before a determiner, the object it takes:
    a verb and its object, which no name ends in."""
    return (
        len(tail) >= PLAIN_VERB
        and tail.endswith("s")
        and not tail.endswith("ss")
        and word_classes(tail) == {"VERB"}
        and zipf(tail) >= RARE_TAIL
        and next_word.islower()
        and next_word in word_list("determiners.txt")
    )


def _safe_tail_zipf(tail: str, evidence: bool, next_word: str = "") -> float:
    """How common the tail must be for a safe split: with evidence for the head, a long
    dictionary word need only be an ordinary one ("Swiss|glaciers", "China|intensified"),
    or a rarer one that ends no known word (``_rare_long_word``: "Velmora|marimba"), or a
    rarer present tense before its object (``_plain_verb``: "Kelvana|nears the")."""
    if evidence and (_rare_long_word(tail) or _plain_verb(tail, next_word)):
        return RARE_TAIL
    if evidence and len(tail) >= LONG_TAIL and word_classes(tail):
        return PART
    return SAFE_PART


# Calendar words that are also everyday lower-case words ("may", "march"): a surname
# may start with one ("Mayhew", "Marchbanks"), so they are no evidence on their own.
_EVERYDAY_CALENDAR = frozenset({"may", "march"})


@cache
def _capitalised_by_rule() -> frozenset[str]:
    """Demonyms, days and months: words English capitalises by rule, not names."""
    calendar = {w for line in data_lines("pronoun", "calendar_words.txt") for w in line.split()}
    return frozenset((calendar - _EVERYDAY_CALENDAR) | _demonyms())


@cache
def _identity_adjectives() -> frozenset[str]:
    """Adjectives of identity style guides capitalise that are no nouns too ("Indigenous";
    resources/case/identity_adjectives.txt): a head no name is built on.  Not "Native" or
    "Traveller", which brands and inns are named with ("Nativesun", "Travellers Rest")."""
    return frozenset(
        w for w in _case_words("identity_adjectives.txt") if word_classes(w) == {"ADJ"}
    )


@cache
def _case_words(name: str) -> frozenset[str]:
    """A word list of the capital rules (resources/case/), case-folded: the demonyms, the
    adjectives of regions and of languages a glued token's head is matched against."""
    return frozenset(w.casefold() for w in data_lines("case", name))


def _demonyms() -> frozenset[str]:
    return _case_words("demonyms.txt")


def _by_rule(head: str) -> bool:
    """``Danish|player``, ``Saturday|afternoon``, ``Indigenous|land``: a demonym, a day or
    an adjective of identity (``_identity_adjectives``) glued to a word.

    Compound surnames are built from common nouns and adjectives ("Sweet|apple"),
    never from a day or a nationality, so such a head is a word of its own.
    """
    low = head.casefold()
    if not head[:1].isupper() or low in _given_names():
        return False
    # the plural of a demonym too ("Canadians|to"); a day's ("Thursdays|how") would
    # rival the day itself ("Thursday|show")
    # ... a plural English writes: not "Englishs" ("Englishs|peakers"), "Chineses"
    plural = low[-1] == "s" and low[:-1] in _demonyms() and zipf(head) >= UNSEEN
    region = low in _region_adjectives()  # "Pacific|nation", "Himalayan|state"
    identity = low in _identity_adjectives()
    return low in _capitalised_by_rule() or plural or region or identity or _derived_demonym(head)


def _language_before_people(head: str, tail: str) -> bool:
    """``Slavic|people``, ``Lao|speakers``: a language's name English writes as an
    adjective (resources/case/language_adjectives.txt) before a noun of its people or its
    speech (resources/case/language_nouns.txt), which no brand builds ("Tamilrockers",
    "Swahilipot" are names written whole); so is a family's (language_families.txt) before
    the word for its kind (``Turkic|family``): brands take its other nouns ("Indic|soft",
    "Turkic|words"; reviews 46a, 47a)."""
    low = head.casefold()
    if low in _case_words("language_families.txt"):
        return tail in ("family", "families")
    return low in _language_adjectives() and tail in word_set("case", "language_nouns.txt")


def _region_adjectives() -> frozenset[str]:
    """Adjectives of oceans, poles and mountain regions, capitalised by rule ("Pacific",
    "Arctic", "Himalayan"): resources/case/region_adjectives.txt."""
    return _case_words("region_adjectives.txt")


def _language_adjectives() -> frozenset[str]:
    """Languages' names English writes as adjectives, no given names or surnames among them
    ("Swahili", "Slavic", "Lao"): resources/case/language_adjectives.txt."""
    return _case_words("language_adjectives.txt")


# Suffixes English makes adjectives of places with ("Tahiti|an", "Kenya|n", "Brazil|ian")
_DEMONYM_SUFFIXES = ("ian", "an", "n", "ese")


@lru_cache(maxsize=4096)  # asked of every head tried: bounded in a long-running window
def _derived_demonym(head: str) -> bool:
    """``Tahitian``, ``Samoan``: an adjective English derives from a place (``_place_name``)
    with a demonym suffix, which the demonym list need not hold; English must know it
    (``NAME``) as no word of another class, and less often than the place."""
    if zipf(head) < NAME or word_classes(head.casefold()):
        return False
    for suffix in _DEMONYM_SUFFIXES:
        stem = head[: -len(suffix)]
        if not head.endswith(suffix) or len(stem) < 4:
            continue
        if suffix == "n" and stem[-1:] != "a":
            continue  # "Kenya|n", "Samoa|n"; no demonym adds a bare "n" to another vowel
        # a place is named more often than its adjective ("Tahiti" 3.0, "Tahitian" 2.5); a
        # name that reads so is commoner than its stem ("Marian", "Dorian", "Milan")
        if _place_name(stem) and zipf(stem) > zipf(head):
            return True
    return False


def _by_rule_word(head: str, tail: str) -> bool:
    """``Turkish|lira``, ``Norwegian|initials``: a demonym or a day before a dictionary word;
    a three-letter one only if an everyday noun ("Danish|pig", "Arctic|fox"): rarer ones are
    abbreviations."""
    return (_dictionary_tail(tail) and _by_rule(head)) or _language_before_people(head, tail)


def _dictionary_tail(tail: str) -> bool:
    """A word any demonym may take (``_by_rule_word``): a dictionary word of four letters or
    more, or of three an everyday noun that is no productive ending."""
    if len(tail) == 3:
        short_noun = zipf(tail) >= SAFE_PART and "NOUN" in word_classes(tail)
        return short_noun and not _productive_tail(tail)
    # the word-class lexicon lacks some everyday nouns ("rupees", "quinoa"): a longer word
    # this common that is no given name is a dictionary word too
    lexical = bool(word_classes(tail)) or (
        len(tail) >= 5 and zipf(tail) >= PART and tail not in _given_names()
    )
    return len(tail) >= 4 and lexical


@cache
def _two_word_demonyms() -> dict[str, frozenset[str]]:
    """The demonyms of two words (resources/case/demonyms.txt: "Sierra Leonean", "Sri
    Lankan"), their second words by their first, case-folded."""
    seconds: dict[str, set[str]] = {}
    for entry in _demonyms():
        first, _, second = entry.partition(" ")
        if second and " " not in second:
            seconds.setdefault(first, set()).add(second)
    return {first: frozenset(words) for first, words in seconds.items()}


def _second_demonym_word(head: str) -> bool:
    """``Verdean``, ``Leoneans``: a two-word demonym's second word, or its plural."""
    low = head.casefold()
    seconds = (s for words in _two_word_demonyms().values() for s in words)
    return any(low in (s, s + "s") for s in seconds)


def _two_word_demonym(piece: str, previous: str) -> Split | None:
    """``Sierra Leoneans|but``, ``Sri Lankan|tea``: a two-word demonym's second word (or its
    plural) right after its first, glued to a dictionary word (``_dictionary_tail``) or a
    function word.  After its first word the head is no name's start, as a one-word
    demonym is none (``_by_rule``).  Where the singular and the plural both read ("Costa
    Ricans|hops", "Costa Rican|shops", "Puerto Ricans|at" / "Rican|sat") the other readings
    decide, as they do where the country's name reads too (``_country_reading``; reviews
    42a-44a)."""
    cuts, readings = [], 0
    for second in _two_word_demonyms().get(previous.casefold(), ()):
        if not piece[:1].isupper() or piece[: len(second)].casefold() != second:
            continue
        if _country_reading(piece, len(second)):
            return None
        plural = piece[len(second) : len(second) + 1] == "s"
        for cut in (len(second), len(second) + 1) if plural else (len(second),):
            tail = piece[cut:]
            if not tail.isalpha() or not tail.islower():
                continue
            # any word counts as a reading here ("Rican|sat"), not only a demonym's
            readings += bool(word_classes(tail)) or zipf(tail) >= PART
            if _demonym_takes(tail):
                cuts.append(cut)
    if len(cuts) != 1 or readings > 1:
        return None
    cut = cuts[0]
    return Split(piece[:cut], piece[cut:], zipf(piece[cut:]), True, 0.85)


def _country_reading(piece: str, demonym_end: int) -> bool:
    """The country's name the demonym is made from (one to three letters shorter: "Sri
    Lanka", "Sierra Leone") also leaves a word after it ("Sri Lanka|nearly", "Cape
    Verde|anthem"): the likelier reading, left to the other readings (review 42a)."""
    for k in range(1, 4):
        tail = piece[demonym_end - k :]
        if tail.isalpha() and tail.islower() and _demonym_takes(tail):
            return True
    return False


def _demonym_takes(tail: str) -> bool:
    """A word a demonym is followed by: a dictionary word (``_dictionary_tail``) or, of two
    letters or more, a function word ("but", "in")."""
    function = tail in function_words() and (len(tail) > 2 or _word_part(tail))
    return _dictionary_tail(tail) or function


def _demonym_function(head: str, tail: str, next_word: str) -> bool:
    """``Canadians|to hospital``, ``Italian|in the``: a demonym or a day, then a
    two-letter preposition or conjunction and the phrase it opens; no name is built
    so.  Not a pronoun or a verb ("Mexican|us reported" is a name)."""
    return (
        len(tail) == 2
        and _by_rule(head)
        and _links_names(tail)
        and bool(next_word)
        and (next_word.islower() or next_word[0].isdigit())
    )


# A tail that follows a vowel in at most this many of wordfreq's known words ("and":
# "Briand", "Marquand" and a few more out of 300,000) does not end a name after a vowel.
HIATUS_WORDS = 20
RARE_ENDING = 3  # a tail ending at most this many known words ends no name


def _after_vowel_count(tail: str) -> int:
    """How many known words end in a vowel followed by ``tail``."""
    return ending_counts().after_vowel[tail]


def _ends_no_word(tail: str) -> bool:
    """``Ilabaca|must``, ``Klarna|filed``: a tail that ends (almost) no known word.

    "must", "said" or "announced" close no name ("aforesaid" is a word); "felt"
    ("Magherafelt"), "told" ("Bechtold") or "more" ("Tullamore") do, and stay quiet.
    """
    endings = ending_counts()
    return endings.all[tail] <= RARE_ENDING and endings.after_name[tail] == 0


def _hiatus(head: str, tail: str, tail_zipf: float, next_word: str) -> bool:
    """``Ravenna|and``, ``Soto|after``: a name ending in a or o before a vowel-initial link word.

    Names end in "-land" or "-mand", but hardly ever in a vowel before "and"; the
    count is read from the word list, so "in" ("Spain", "Alain") never qualifies.
    """
    return (
        len(head) >= 3
        # "-iand", "-uand", "-yand" end French and German surnames (Briand, Marquand,
        # Weyand); no known word ends in "-oand", and "-aand" only in "aaaand".  After
        # e, i or u, a known name whose last two letters and the tail end (almost) no
        # known word ("Rossini|and", "Guangzhou|and"; not "-riand", "-quand").
        and (head[-1].lower() in "ao" or _rare_seam(head, tail, next_word))
        and tail[0] in "aeiou"  # "you" starts with a consonant: "Hua|you" is a name
        and tail_zipf >= FUNCTION
        # a word that links names: "-air", "-our", "-are" end surnames (Traquair,
        # Scrymgeour, Conybeare)
        and _links_names(tail)
        and _after_vowel_count(tail) <= HIATUS_WORDS
    )


# Link words that join the last two items of a list of names.
_LIST_LINKS = frozenset({"and", "or"})
NAME_SEAM = 2  # a known name whose last two letters and "and" end this few known words


# Words that open a clause after a noun and end no name ("Tashkent|who joined").
_RELATIVES = frozenset({"who", "whose", "which", "that", "while", "when", "where"})


def _proper_head(head: str, tail: str) -> bool:
    """``Christmas|season``, ``Ireland|city``, ``Samoa|also``: a common name that is no
    English word of any class (no noun, verb or adjective: a place, a feast) before an
    everyday dictionary word.

    The surnames English builds of two words are built of common words ("Sweet|apple",
    "Book|smile", "Walking|shaw"), which have a word class; a place or a feast has none.
    """
    # Rarer such heads are also surnames and brand stems ("Conte|stem", "Insta|book"): then
    # only a tail that ends few known words ("Samoa|also"; not "-line", "-cast").
    return (
        len(head) >= 4
        and zipf(head) >= PART
        and not word_classes(head)
        and len(tail) >= 4
        and zipf(tail) >= NOUN_TAIL
        and bool(word_classes(tail))
        and (zipf(head) >= SAFE_CLAUSE_HEAD or ending_counts().all[tail] <= VERB_ENDINGS)
    )


def _proper_head_outside_a_name(head: str, tail: str, after_name: bool, next_word: str) -> bool:
    """``_proper_head``, not inside a run of names ("Judge Kenyaport Tamskar": "Kenya|port"
    between a title and a surname is a given name), unless the tail links names or is a
    role ("Marquez|minister Kelwattana"); before a capital alone it may be a glue ("the
    Londonmarket Friday")."""
    if not _proper_head(head, tail):
        return False
    inside = after_name and next_word[:1].isupper()
    return not inside or _clause_tail(tail) or tail in _roles()


def _relative(head: str, tail: str, next_word: str) -> bool:
    """``Tashkent|who joined``, ``Turkestan|that he``: a known name, then a relative or a
    conjunction and the clause it opens (a lower-case word or a number)."""
    return (
        tail in _RELATIVES
        and len(head) >= 4
        and ending_counts().after_name[tail] <= 1
        and bool(next_word)
        and (next_word.islower() or next_word[0].isdigit())
    )


def _to_verb(head: str, tail: str, next_word: str) -> bool:
    """``Mombasa|to face``, ``Rojas|to stand trial``: a known name, then "to" and a bare
    verb; a name is followed by no bare verb."""
    return (
        tail == "to"
        and len(head) >= 4
        and next_word.islower()
        and _base_verb(next_word)
        and "VERB" in word_classes(next_word)
    )


VERB_ENDINGS = 9  # a verb ending more known words ("rent": parent, current) ends names too


def _verb_objects() -> frozenset[str]:
    """Words that open what a finite verb takes: an object pronoun, a particle, a quantity
    (resources/word/verb_objects.txt)."""
    return word_list("verb_objects.txt")


def _verb_phrase(tail: str, next_word: str, subject: bool = False, shaped: bool = False) -> bool:
    """``Kenya|broke her``, ``Citigroup|passed the``, ``Turin|holds one``: a past tense or a
    third person of four letters or more, then what a verb takes (a determiner, a
    preposition, an object pronoun, a number).

    A name is followed by neither; names end in short past tenses ("-led", "-met",
    "-set") but hardly in longer ones, and never in one that opens a verb phrase.
    """
    low = next_word.lower()
    if len(tail) < 4 or not low or not _finite_verb(tail):
        return False
    # "-uses", "-lines" may be a plural ("Boude|uses"), "-rent", "-sent" end many words
    # ("Frust|rent", "Terras|sent"): a name's ending, not a verb
    endings = ending_counts().all[tail]
    if endings > VERB_ENDINGS or (tail.endswith("s") and "NOUN" in word_classes(tail)):
        return False
    if low != next_word:
        # the sentence's subject, then a verb that ends no known word and its object, a
        # name ("Harriet Vossberg|teaches English"): no name ends so
        return subject and endings <= RARE_ENDING and _unending_subject_verb(tail, next_word)
    if low[0].isdigit() or low in _verb_objects() or low in word_list("determiners.txt"):
        return True
    # the name opening a sentence is its subject: its verb may take a bare noun ("Daniel
    # Hartmann|advises governments"), which no name is followed by there
    noun = "NOUN" in word_classes(low) or "ADJ" in word_classes(low)
    # ... after a head that reads one way only (``shaped``), a verb that ends known words
    # only after an English word ("upsells", "resells") ends no name either ("Jeanne
    # Mukamana|sells vegetables"; "Marian Wes|sells" is Wessells)
    unending = endings <= RARE_ENDING or (shaped and ending_counts().after_name[tail] == 0)
    if subject and unending and low.isalpha() and not _verb_next(low) and noun:
        return True
    # a name is often followed by a preposition ("from Xsold to the press"): only after a
    # verb that ends (almost) no known word ("Klarna|filed for", "Benítez|dived to")
    return low in word_list("prepositions.txt") and endings <= RARE_ENDING


def _unending_subject_verb(tail: str, next_word: str) -> bool:
    """A verb no name ends in, before a capitalised object: no auxiliary, no name-linking
    word, and no verb a name may end in after a name (``after_name``)."""
    return (
        next_word.isalpha()
        and next_word[:1].isupper()
        and ending_counts().after_name[tail] == 0
        and next_word.casefold() not in _calendar()
        and not _verb_next(next_word)
    )


def _name_link(head: str, tail: str, next_word: str, listed: bool) -> bool:
    """``Samsun|and Trabzon``, ``Brixton|and Birmingham``: a name, "and" or "or", a name.

    A list of names needs its link word before the last item ("Ordu, Giresun, Samsun|and
    Trabzon"); without a list, a known name whose last two letters and the link word end
    (almost) no known word ("-onand": none; "-anand" ends Anand, Ramanand: not those).
    """
    if tail not in _LIST_LINKS or not next_word or len(head) < 3:
        return False
    # a given name and "-and" make surnames ("In Oslo, Kjelland Berg said")
    if head.casefold() in _given_names():
        return False
    seam = head[-2:].lower()
    # "-iand", "-uand", "-yand" end French and German surnames (Briand, Marquand, Weyand):
    # after those letters only a list or a known name before a name (``_rare_seam``)
    french = tail == "and" and seam[-1:] in "iuy" and not listed
    # ... or a head no lexicon knows in "-y" at a seam no known word has ("Volcanology|and
    # Seismology": "-gyand" ends none; Weyand's "-eyand" does; "-iand", "-uand" stay names)
    unread = zipf(head) < NAME and not (seam[-1:] == "y" and _name_shaped(head, tail))
    if french and (not next_word[:1].isupper() or unread):
        return False
    if not next_word[:1].isupper():
        # "Connacht|and many", "Tbilisi|or abroad": before a lower-case word, only a name of
        # no English word class (a place; not "Towns|and") at a rare seam
        # ... and not before a verb, which makes the whole a name ("Vasquezor said")
        if _verb_next(next_word):
            return False
        place = zipf(head) >= NAME and not word_classes(head)
        # ... or a head no lexicon knows that reads one way only ("Ras Markaz|and by tanker")
        return (place and seam_counts(tail)[seam] <= NAME_SEAM) or (
            zipf(head) < NAME and _name_shaped(head, tail)
        )
    if listed:
        # a list's item is still a word: "In Oslo, Rosland Berg" is no "Rosl|and"; or a head
        # no lexicon knows that reads one way only ("Inari, Utsjoki|and Enontekiö": "-kiand"
        # ends no known word, "-sland" many)
        return zipf(head) > 0 or _foreign_name(head) or _name_shaped(head, tail)
    known = zipf(head) >= NAME or _foreign_name(head) or _name_shaped(head, tail)
    return known and seam_counts(tail)[seam] <= NAME_SEAM


def _unknown_before_noun(head: str, tail: str, tail_zipf: float) -> bool:
    """``Kvirila|river``, ``Zhiben|station``: a head no lexicon knows before a long everyday
    noun, when the token reads one way only (``_name_shaped``); offered only, since foreign
    words read so too ("Anemô|metro", "Vaudri|court")."""
    # a long noun need only be an ordinary word ("Toktogul|reservoir"), and another seam
    # gives a rival reading only with a word nearly as common ("Rasht|valley" is no
    # "Rashtv|alley", "Sughd|regions" no "Sughdreg|ions")
    return (
        len(tail) >= 5
        and tail_zipf >= (PART if _long_noun(tail) else NOUN_TAIL)
        and zipf(head) < NAME
        and "NOUN" in word_classes(tail)
        and not _foreign_name(head)
        and _name_shaped(head, tail, max(PART, tail_zipf - RIVAL_SEAM))
    )


RIVAL_SEAM = 0.5  # a reading at another seam rivals a noun's only this close to its frequency


def _shaped_verb(head: str, tail: str, next_word: str) -> bool:
    """An unknown head's verb before its object, not a preposition (``_verb_phrase``); a
    shorter tail at another seam rivals only when nearly as common, as before a noun
    ("Kelva|teaches politics" is no "Kelvate|aches")."""
    if next_word.lower() in word_list("prepositions.txt"):
        return False
    return _name_shaped(head, tail, max(PART, zipf(tail) - RIVAL_SEAM))


def _verb_next(word: str) -> bool:
    """A finite verb or an auxiliary, which a name before it is the subject of."""
    low = word.lower()
    return (
        low in _MODAL_TAILS or low in _BE_HAVE_TAILS or low in {"is", "are"} or (_finite_verb(low))
    )


@cache
def _name_shaped(head: str, tail: str, rival: float = PART) -> bool:
    """``Daboase|and Sekyere``, ``Ilama|since their``: a head no lexicon knows is taken for a
    name before a link or clause word when the token reads one way only.

    No known word ends in the head's last two letters and the tail ("-seand", "-masince";
    not "-amin": Benjamin, nor "-sland": Rosland), and no other seam gives a longer tail
    that is a word ("Mavri|displays" may be "Mavridis plays") or a shorter one of four
    letters or more (``rival``: as common as this).  Callers ask only once the tail and the
    next word speak for a glue.
    """
    # two-letter tails end words of every language ("Kardeş|in", "Revizy|on"): three or more
    if len(head) < 4 or len(tail) < 3 or not head.isalpha() or not head[:1].isupper():
        return False
    piece = head + tail
    # a longer tail that is a word always rivals ("Uitvlugt|estates" against "Uitvlugte|
    # states"); a shorter one from ``rival`` on ("Rashtv|alley" is no rival of "Rasht|valley")
    if any(zipf(piece[k:]) >= PART for k in range(1, len(head))):
        return False
    if any(zipf(piece[k:]) >= rival for k in range(len(head) + 1, len(piece) - 3)):
        return False
    return seam_counts(tail)[head[-2:].lower()] == 0


def _subject_is(head: str, tail: str, next_word: str, standalone: bool, first: bool) -> bool:
    """``Martin Schuster|is a German judge``: a known name opening its sentence, then "is"
    and what it takes (a determiner, an adjective, a participle, "not").

    Names end in "-is" (Davis, Nikolaidis, Francis), and after a verb a name may be followed
    by a determiner ("gave Chris a medal"); a sentence's subject is followed by its verb.
    A lone name opening a headline or caption before an adjective has dropped its "is"
    ("Kristis ready for the final"): an adjective counts only after a given name (``first``
    is the token opening its sentence).
    """
    if tail != "is" or len(head) < 4 or not next_word.isalpha() or not next_word.islower():
        return False
    if not (standalone or zipf(head) >= NAME or _foreign_name(head)) or _verb_next(next_word):
        return False  # "Schusteris said": the whole is the name of the verb's subject
    if next_word in word_list("determiners.txt") or next_word in _AUX_ADVERBS | _LATER_ADVERBS:
        return True
    classes = word_classes(next_word)
    return ("ADJ" in classes and not first) or ("NOUN" not in classes and _participle(next_word))


def _rare_seam(head: str, tail: str, next_word: str) -> bool:
    """A known name ending in e, i or u whose last two letters and ``tail`` end at most
    one known word ("-niand", "-teand"; "-ouand" only in the glue "youand"), before the
    name the link word joins to it ("Rossini|and Donizetti")."""
    return (
        head[-1].lower() in "eiu"
        and next_word[:1].isupper()
        and (zipf(head) >= NAME or _foreign_name(head) or _unknown_at_vowel(head, tail))
        and seam_counts(tail)[head[-2:].lower()] <= 1
    )


def _unknown_at_vowel(head: str, tail: str) -> bool:
    """``Daboase|and Sekyere``: a head no lexicon knows, when its last vowel and the tail end
    at most one known word ("-eand": only the glue "meand"; "-iand" ends Briand, Perriand,
    "-uand" Marquand) and the token reads one way only."""
    vowel = head[-1:].lower()
    words = sum(n for seam, n in seam_counts(tail).items() if seam[-1:] == vowel)
    return words <= 1 and _name_shaped(head, tail)


_NAME_RUN = regex.compile(r"(\p{Lu}\p{Ll}+)(?:[ ]\p{Lu}[\p{L}\-]*)*[ ]\Z")


@cache
def _roles() -> frozenset[str]:
    """Nouns that name a person by role or title ("general", "minister", "spokeswoman")."""
    nouns = {line.split()[0] for line in data_lines("pronoun", "person_nouns.txt")}
    return frozenset(nouns | set(data_lines("consistency", "titles.txt")))


def _apposition(text: str, start: int, head: str, tail: str) -> bool:
    """``Lena Marquez|minister``: a person's full name, then a role in apposition.

    The name is a given name and more ("Lena Marquez"), or three name words ending
    in one English does not use ("Tran Van Hoa|minister"); "the Kremlin|spokesman"
    or "Liberal Democrat|councillors" are attributive and take a plain space.
    """
    if tail.casefold() not in _roles() or _second_demonym_word(head):
        return False  # "the Cape Verdean|musician" is attributive, as "the Kenyan|minister"
    m = _NAME_RUN.search(text, max(0, start - 80), start)
    if m is None:
        return False
    if m.group(1).casefold() in _given_names():
        return True
    return len(m.group().split()) >= 2 and zipf(head) < ENGLISH


@cache
def _given_names() -> frozenset[str]:
    return frozenset(line.split()[0] for line in data_lines("pronoun", "first_names.txt"))


def _preposition_glue(tail: str, next_word: str) -> bool:
    """``Bournemouth|in which``, ``Canaveral|on a``, ``Nasdaq|in September``.

    Names end in "-in", "-on" or "-at" all the time, but a name is not followed by
    a determiner, a number or a name; a preposition is.
    """
    # "-by" ends English and Danish place names ("Swainby Hall"): not that one.  A
    # three-letter one only if it ends few known words ("Chongqing|for the"; not "-per").
    if tail == "by" or tail not in word_list("prepositions.txt"):
        return False
    if len(tail) > 3 or (len(tail) == 3 and ending_counts().all[tail] > HIATUS_WORDS):
        return False
    if not next_word:
        return False
    # a date: "Brentford|on Friday", "Nuuk|in March" ("May" and "March" capitalised only)
    date = _date_word(next_word)
    determiner = next_word in word_list("determiners.txt")
    return (
        determiner
        or next_word[0].isdigit()
        or date
        or next_word in word_list("compass_adjectives.txt")
    )


def _date_word(word: str) -> bool:
    """A day or a month, capitalised, also as news agencies shorten it ("on Sept. 12":
    resources/word/month_abbreviations.txt); "May" and "March" capitalised only."""
    low = word.casefold()
    return word[:1].isupper() and (
        low in _capitalised_by_rule() or low in word_list("month_abbreviations.txt")
    )


# A compass adjective before a region opens a noun phrase as a determiner does ("Pune|in
# western India": resources/word/compass_adjectives.txt); a name is followed by none.
# Quantifiers are not taken: a name is often followed by an adverbial that opens with one
# ("met Karpin several times", "Karpin most likely stays").


def _preposition_before_name(head_zipf: float, tail: str, next_word: str) -> bool:
    """``Nasdaq|in September``, ``Prix|at Silverstone``: a well-known word before a name.

    Place names run on ("Kingston Upon Thames"), so only a common head counts here.
    """
    return (
        head_zipf >= PART
        and len(tail) == 2
        and tail != "by"
        and tail in word_list("prepositions.txt")
        and next_word[:1].isupper()
        and next_word.casefold() not in word_list("determiners.txt")
    )


def _place_preposition(head: str, tail: str, next_word: str) -> bool:
    """``Ethiopia|at short notice``, ``Kenya|on foot``: a common name of no word class (a
    place, not a given name) glued to "at", "in" or "on" at a seam no known word has ("-iaat",
    "-yaon"; not "-isin": raisin, "-anat"), or that a few words have but none with the head's
    last three letters (``_narrow_seam``), before a lower-case word that is no verb."""
    return (
        tail in {"at", "in", "on"}
        and len(head) >= 4
        and zipf(head) >= PART
        and not word_classes(head)
        and head.casefold() not in _given_names()
        and _narrow_seam(head, tail)
        and ((next_word.isalpha() and next_word.islower()) or next_word[:1].isdigit())
        and not _verb_next(next_word)
    )


def _narrow_seam(head: str, tail: str) -> bool:
    """No known word ends in the head's last two letters and ``tail``, or at most
    ``RARE_ENDING`` do and none in its last three ("Napoli|at": "-liat" ends a few
    surnames, "-oliat" none) where no longer tail is a word."""
    seam = seam_counts(tail)[head[-2:].lower()]
    if seam == 0:
        return True
    # ... and no longer tail is a word ("Thursdays|at" may be "Thursday|sat")
    rival = zipf(head[-1:] + tail) >= PART
    return seam <= RARE_ENDING and not rival and seam_counts(tail, 3)[head[-3:].lower()] == 0


def _unknown_name_of(head: str, tail: str, next_word: str, name_next: bool) -> bool:
    """``Dr. Lukas Kelvanstutz|of the University``: after a given name, a surname no lexicon
    knows glued to "of" before a name or a determiner and a name (``name_next``), at a seam
    few known words have (``_narrow_seam``: "-tzof", "-rtof"; not "-hof": Bischof) where no
    longer tail is a word.  Offered only (``_doubtful``): a rare surname may end in "-of"."""
    if tail != "of" or len(head) < 5 or not head.isalpha() or zipf(head) >= NAME:
        return False
    if not (next_word[:1].isupper() or (next_word in word_list("determiners.txt") and name_next)):
        return False
    piece = head + tail
    if any(zipf(piece[k:]) >= PART for k in range(1, len(head))):
        return False
    return _narrow_seam(head, tail)


def _of_before_name(head: str, tail: str, next_word: str) -> bool:
    """``James Hansen|of Columbia``: a known name, then "of" and a name.

    Unlike "-in" ("Kasparin") or "-and" ("Townsand"), "-of" ends no given name and
    hardly a surname (the old "Romanof"), so a person's name may come before it.
    """
    return (
        tail == "of"
        and len(head) >= 4
        and (zipf(head) >= NAME or _foreign_name(head))
        # "Keiko Murata|of a university"
        and (next_word[:1].isupper() or next_word in word_list("determiners.txt"))
    )


def _knowledge(
    head: str, tail: str, after: tuple[bool, bool], standalone: bool,
    next_: tuple[str, bool, bool], subject: bool,
) -> tuple[bool, bool]:  # fmt: skip
    """``_word_knowledge``, and an unknown surname glued to "of" after a given name before an
    institution (``_unknown_name_of``; offered only, ``_doubtful``); ``next_`` is the next word,
    whether a capitalised word follows it and whether a preposition of place comes before.
    After one, a known name glued to "is" before an -ing form (``in Lisbon|is looking``;
    never after "with" or a verb: "saw Bergmanis leaving", Baltic surnames end in "-is")."""
    next_word, name_next, place_preposition = next_
    if after[0] and _unknown_name_of(head, tail, next_word, name_next):
        return True, True
    if place_preposition and _progressive_after_be(head, tail, next_word, zipf(head)):
        return True, True
    return _word_knowledge(head, tail, after, standalone, next_word, subject)


def _word_knowledge(
    head: str, tail: str, after: tuple[bool, bool], standalone: bool, next_word: str, subject: bool
) -> tuple[bool, bool]:
    """(strong evidence of a glue, of which a preposition glue) from what English knows;
    ``after`` is (after a capitalised word, after a given name or an unknown word).

    A demonym or a day ("Christian" is a given name too: "Christian|sen" may be a
    surname); a/o before "and"; a verb or link word that ends no known word, after
    any name ("Klarna|filed"); a short preposition before a noun phrase.
    """
    head_zipf, tail_zipf = zipf(head), zipf(tail)
    after_name = after[0]
    # not "Cataloniare|introduced": a head no lexicon knows may have taken the tail's start
    foreign = _foreign_name(head)
    named = head_zipf >= NAME or after_name or standalone or foreign
    known = head_zipf >= NAME or foreign or standalone
    known_run = head_zipf >= NAME or after_name or standalone
    # A word of its own somewhere, not only a name in a run: "Anna Criti|carlo" is a surname.
    attested = standalone or (len(head) >= 4 and (head_zipf >= UNSEEN or foreign))
    prep = _preposition_knowledge(head, tail, after, standalone, next_word, subject)
    shaped_verb = subject and _shaped_verb(head, tail, next_word)
    strong = (
        (_by_rule(head) and len(tail) >= 3)
        or _language_before_people(head, tail)
        or _hiatus(head, tail, tail_zipf, next_word)
        or (
            len(tail) >= 4
            and _clause_tail(tail)
            and _ends_no_word(tail)
            and (named or _name_shaped(head, tail))
        )
        # an English word before it makes a compound ("Book|smile", "Video|gamer"); a
        # name does not, however common ("Stockholm|bank", "Christmas|period")
        or (
            (head_zipf < ENGLISH or not word_classes(head))
            and _unending_word(tail, tail_zipf)
            and attested
        )
        # ... but an English word that ends a run of names is that name's last word
        # ("Spring Festival|holiday", "New Year|holiday"), and a long word that ends no
        # known word ends no name
        or (
            after_name
            and len(head) >= 4
            and bool(word_classes(head))
            and len(tail) >= LONG_TAIL
            and _unending_word(tail, tail_zipf)
        )
        # a regular "-ed" after "has" only after a head English knows or a run of names:
        # "Clarinhas cautioned" may be one foreign word, the verb's subject
        or (
            _verb_group(tail, next_word, known_run)
            and (named or _name_shaped(head, tail))
            and not _shad_name(head, tail, standalone)
        )
        # "Bretons|had given": "a given" is no reading after "had"; a name may end in
        # "-shad" ("Behshad", "Delshad": "Dels" is a word too), so only after a head the
        # text writes on its own
        or (tail in _PERFECT_TAILS and _distinct_participle(next_word) and standalone)
        # a head no lexicon knows may have taken the verb's start ("Mavri|displays him" is
        # "Mavridis plays him"): only a known or attested one, or one that reads one way
        # ... and an unknown one only as a sentence's subject, before what the verb takes
        # ("met Ressus|cites the", "Escu|taste to" are Portuguese and French words)
        or (
            _verb_phrase(tail, next_word, subject)
            and (known or (subject and _shaped_verb(head, tail, next_word)))
        )
        or (subject and _verb_phrase(tail, next_word, subject, shaped=True) and shaped_verb)
        or (_relative(head, tail, next_word) and (known or _name_shaped(head, tail)))
        or _proper_head_outside_a_name(head, tail, after_name, next_word)
        or prep
    )
    return strong, prep


def _preposition_knowledge(
    head: str, tail: str, after: tuple[bool, bool], standalone: bool, next_word: str, subject: bool
) -> bool:
    """A preposition glue (``_word_knowledge``): a short preposition before a noun phrase or a
    name, "of" before a name, "to" and a bare verb, a place's preposition at a rare seam."""
    head_zipf = zipf(head)
    after_name, after_given = after
    # Surnames end in "-in" or "-on" ("Kasparin" met someone "the next day"): not after a
    # given name; "to" ends no name English knows a head of ("Susan Crawford|to the
    # court"; "Roberto", "Pinto" are words of their own; a head only another language
    # knows is not enough: Romance words end in "-ito", "-ato": "Salmi|to").  Not
    # "at" either: "Can Tho|that the" reads as "Thoth|at the".
    name_ending = tail != "to"
    # ... but a common name of no word class ends in none ("Grace Nguyen|in the", "Nacional|in
    # Quito"; "Kaspar" is rarer) as a subject or before a name (not "told Ahmed Hassanin the
    # news"), and an unknown head only at a seam no known word has ("Nexø|for 34 years");
    # after a known word that is no given name the run is a place's ("San Isidro|in the")
    given = after_given and name_ending
    # ... a head English knows as a word but no everyday one is no name ("from Whisk|in the")
    # before a determiner (a run of names ends in such words, "Maritime Claims|in the", and
    # a name or a date after one speaks for the glue: "the Visitation|in Opole")
    rare_word = not after_name and next_word.islower() and _rare_word(head)
    head_ok = standalone or (head_zipf >= NAME and not given and not rare_word)
    ends_none = subject or not given or next_word[:1].isupper()
    head_ok = head_ok or (head_zipf >= PART and not word_classes(head) and ends_none)
    # ... and an everyday noun ends no unknown surname: those built so are known whole
    # (Parkin, Larkin, Rankin), so even after a name "Rajang River|in the" is a glue; not
    # after a given name, where it may be a surname wordfreq lacks ("Robert Massin the medal")
    head_ok = head_ok or (_everyday_noun(head) and not given)
    # ... and a long noun ends a place's or a building's name even after a given name, at a
    # seam few known words have ("Mandai Crematorium|on Monday": no surname is so built)
    head_ok = head_ok or _long_noun_seam(head, tail)
    prep = (
        len(head) >= 4
        and (
            _preposition_glue(tail, next_word)
            or _preposition_before_name(head_zipf, tail, next_word)
        )
        and (head_ok or (not after_name and _name_shaped(head, tail)))
    ) or _of_before_name(head, tail, next_word)
    prep = prep or (not after_given and _place_preposition(head, tail, next_word))
    prep = prep or _demonym_function(head, tail, next_word)
    # Romance words end in "-to" ("Salmi|to"): English must know the head
    prep = prep or ((head_zipf >= NAME or standalone) and _to_verb(head, tail, next_word))
    return prep


LONG_NOUN_HEAD = 7  # "Crematorium", "Gymnasium": a noun this long is no name's start
DICTIONARY_NOUN = 2.5


def _long_noun_head(head: str) -> bool:
    """``Crematorium``, ``Gymnasium``: a capitalised noun of seven letters or more that English
    knows and that is no given name or role; it ends a run of names as the kind of building or
    place it names, and a surname is built of no such word and a preposition."""
    low = head.casefold()
    return (
        len(head) >= LONG_NOUN_HEAD
        and zipf(head) >= DICTIONARY_NOUN
        and "NOUN" in word_classes(low)
        and low not in _given_names()
        and low not in _roles()
    )


def _long_noun_seam(head: str, tail: str) -> bool:
    """A long noun (``_long_noun_head``) glued to ``tail`` where no known word ends in the
    head's last three letters and the tail ("-iumon", "-iumat") and the head a letter shorter
    is no word: one reading only."""
    return (
        _long_noun_head(head)
        and seam_counts(tail, 3)[head[-3:].casefold()] == 0
        and zipf(head[:-1]) < PART
    )


def _rare_word(head: str) -> bool:
    """``Whisk``, ``Scoff``: a head English knows as a word of some class (a verb, a noun) but
    not an everyday one is that word capitalised, or a name's start ("Whiskin", "Scoffin"),
    rather than a name of its own."""
    return zipf(head) < SAFE_HEAD and bool(word_classes(head.casefold()))


EVERYDAY_NOUN = 4.5  # "River" 5.0, "Field" 5.2; not "Bolt" 4.0 nor "Kaspar"


def _noun_preposition(piece: str, next_word: str, run_after_the: str) -> bool:
    """``Riverin the``: a whole a FOREIGN list knows only rarely, read as an everyday noun
    (``_everyday_noun``) and a two-letter preposition before a noun phrase; or the noun
    that ends a run of names as the kind of place it is (``_feature_run``) after "the" and
    one name (``run_after_the``), then "in" and a name no dictionary knows as a word (``the
    Takutu Riverin Brazil``; not "Riverin Holdings", nor "Jean Riverin Tremblay")."""
    head, tail = piece[:-2], piece[-2:]
    before_place = (
        tail == "in"
        and _CAPITALISED.fullmatch(next_word) is not None
        and not word_classes(next_word.casefold())
        and run_after_the[:1].isupper()
        and _feature_run(head, run_after_the)
    )
    return (
        len(head) >= 4
        and foreign_zipf(piece) < FOREIGN_NAME
        and (_preposition_glue(tail, next_word) or before_place)
        and _everyday_noun(head)
    )


# What may follow the place after "in": "the Takutu River in Brazil and Guyana"
_PLACE_GOES_ON = frozenset({"and", "or", "on", "in", "at", "for", "from", "to", "where", "when"})
# "the Takutu " before a token: "the" and one capitalised word, read within this many
# characters before it (the text before that holds no part of the match)
_THE_NAME_REACH = 120
_THE_AND_A_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?:the|The)[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]*[^\S\n]+\Z"
)


def _everyday_noun(head: str) -> bool:
    """``River``, ``Road``, ``Club``: a common English noun of four letters or more that is no
    given name, title or role; a surname built of one and "-in" or "-on" is a word of its own
    to wordfreq (Parkin, Larkin); shorter ones make surnames ("Vanin")."""
    low = head.casefold()
    return (
        len(head) >= 4
        and zipf(head) >= EVERYDAY_NOUN
        and "NOUN" in word_classes(low)
        and low not in _given_names()
        and low not in _roles()
    )


FOREIGN = ("es", "pt", "it", "fr", "de")  # the languages most names in English news come from


@cache
def _foreign_name(head: str) -> bool:
    """``Valparaíso``, ``Araújo``, ``Belga``: a head another language's word list knows.

    English wordfreq has barely seen most Spanish or Portuguese place names and
    surnames; the list of the language they come from has.
    """
    return len(head) >= 4 and foreign_zipf(head) >= FOREIGN_NAME


@cache
def _borrowed_name(head: str) -> bool:
    """``Delmas``, ``Sámi``: a name English knows without its accents ("Sami") or that a
    FOREIGN list knows; English news borrows both spellings."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", head) if not unicodedata.combining(c))
    return (folded != head and zipf(folded) >= PART) or _foreign_name(head)


@cache
def foreign_zipf(word: str) -> float:
    """The highest frequency of ``word`` in the word lists of FOREIGN."""
    # From the cached sorted lists: the same figures as wordfreq's, without building its
    # dictionaries (a CPU-second in every process that asks; see ``_foreign``).
    return max(foreign_lists.zipf_frequency(word, lang) for lang in FOREIGN)


def _unending_word(tail: str, tail_zipf: float) -> bool:
    """``Belga|agency``, ``Kursk|region``, ``Center|suggest``: a long everyday word that
    ends no known word.

    Names end in words that end other words too ("-field", "-stone", "-brand");
    one that closes nothing in wordfreq's 300,000 words closes no name either.
    """
    return (
        len(tail) >= 5
        and tail_zipf >= (PART if _long_noun(tail) else NOUN_TAIL)
        and _ends_no_word(tail)
        # a dictionary word, not a given name ("Criti|carlo", "Bahse|derek"); the word-class
        # lexicon has no numbers ("Lesotho|three years ago")
        and (bool(word_classes(tail)) or tail in word_list("number_words.txt"))
    )


# Auxiliaries that end (almost) no name: not "is" (Davis) or "are" (Dinare).
_MODAL_TAILS = frozenset({"will", "would", "could", "should", "might", "must", "can", "shall"})
_BE_HAVE_TAILS = frozenset({"was", "were", "has", "had", "have"})
_PERFECT_TAILS = frozenset({"has", "had", "have"})
_AUX_ADVERBS = frozenset({"not", "also", "still", "never", "already", "now", "just", "been"})
# Adverbs of frequency and likelihood follow a subject as readily as an auxiliary
# ("Mertcan always trains", "Emrecan probably misses", "Nowshad often travelled"): they
# tell no auxiliary from a name's end, only "is" from a name's ("Kristis|always").
_LATER_ADVERBS = frozenset({"always", "usually", "often", "probably", "soon"})


def _verb_group(tail: str, next_word: str, regular: bool = False) -> bool:
    """``Valparaíso|will have``, ``Berrocal|was present``: an auxiliary and what it takes.

    A name may end in "-will" or "-was", but a name followed by a bare verb
    ("have") or by a participle, adjective or determiner is no sentence; the
    auxiliary before them is.
    """
    low = next_word.lower()
    if not low.isalpha() or low != next_word:
        return False
    # "Jamshad had been": a name ending in the auxiliary before the same auxiliary; "Jams
    # had had been" is no sentence
    if low == tail:
        return False
    if low in _AUX_ADVERBS:
        return tail in _MODAL_TAILS or tail in _BE_HAVE_TAILS
    classes = word_classes(low)
    if tail in _MODAL_TAILS:
        return "NOUN" not in classes and bool({"VERB", "AUX"} & classes) and _base_verb(low)
    if tail not in _BE_HAVE_TAILS:
        return False
    # "was present", "were unable"; a noun alone ("Kawas official") may be attributive,
    # and a determiner may open an adverbial ("met Clarinhas the next day").
    if tail in {"was", "were"} and "ADJ" in classes:
        return True
    return "NOUN" not in classes and (_participle(low) or (regular and _perfect(low)))


def _progressive_after_be(head: str, tail: str, next_word: str, head_zipf: float) -> bool:
    """``Lisbon|is looking``: "is" or "are" before a verb's form in -ing that is no
    noun, after a head English knows well and of five letters or more (asked only after
    a preposition of place: ``_candidate``).  Names end in "-is" ("Davis", "Kostis")
    after heads no list knows ("Dav", "Kost"), and Baltic surnames after known ones
    ("Pavilionis"), which "with" or a verb of seeing takes, not "in"."""
    low = next_word.lower()
    if tail not in ("is", "are") or len(head) < 5 or head_zipf < PART or low != next_word:
        return False
    classes = word_classes(low)
    return low.endswith("ing") and "NOUN" not in classes and verb_form(low, ("VBG",))


def _shad_name(head: str, tail: str, standalone: bool) -> bool:
    """``Mirshad gone``, ``Dilshad had``: Persian and Urdu given names end in "-shad", which
    reads as a plural and "had"; only the plural of an English noun (``Quakers|had``) or a
    head the text writes on its own splits there."""
    if tail != "had" or not head.endswith("s") or standalone:
        return False
    return "NOUN" not in word_classes(head[:-1].lower())


@cache
def _distinct_participle(word: str) -> bool:
    """``given``, ``known``, ``fallen``: a past participle that is neither the past tense nor
    the bare form of its verb; after "has" or "had" it can only be the perfect, whatever
    noun or adjective shares its spelling ("a given", "the known")."""
    import lemminflect

    for base in lemminflect.getAllLemmas(word).get("VERB", ()):
        forms = lemminflect.getAllInflections(base, "VERB")
        if word in forms.get("VBN", ()) and word not in forms.get("VBD", ()) and word != base:
            return True
    return False


def _perfect(word: str) -> bool:
    """A participle after "has" or "was": lemminflect lists a regular verb's "-ed" form as a
    past tense only ("lived", "joined"), which is its participle too ("Grech|has lived")."""
    return _participle(word) or (word.endswith("ed") and _only_past_tense(word))


@dataclass(frozen=True)
class _Site:
    """Where a capitalised piece stands, as the name-glue readings ask it: the batch's word
    counts and the words around the token."""

    attested: Counter[str]
    after_name: bool = False  # a capitalised word just before, one space away
    at_start: bool = False  # the piece opens a sentence
    before_name: bool = False  # the next word on the line is capitalised
    next_word: str = ""
    listed: bool = False  # an item of a list of names just before ("Ordu, Samsun|and")
    subject: bool = False  # the token opens its sentence or ends the run of names opening it
    previous: str = ""  # the word before the token
    after_next: str = ""  # the word after ``next_word``
    text: str = ""
    glossed: bool = False  # a bracket follows the token: "Kel Bulut (the jockey)"
    comma: bool = False  # a comma follows the token
    role: bool = False  # a noun naming a person's role just before ("the poet", "the mayor,")
    third: str = ""  # the word after ``after_next``
    start: int = 0  # where the piece starts in ``text``
    # a bracket opening with a capital follows the token, then a figure or a mark: a
    # country or a club in a list of results ("Kel Bulut (Tarvela) 2:03:11")
    glossed_by_name: bool = False


def _title_next(next_word: str, after_next: str) -> bool:
    """``|and President Okafor``: a role noun capitalised as a title before a name opens a
    second person, so the token before it is a whole name, not a given name ending in "-and"
    before its surname ("The poet Behrand Bishop read": no title, "read" is no name)."""
    return next_word.casefold() in _roles() and after_next[:1].isupper()


def _name_glue(piece: str, site: _Site) -> Split | None:
    """A name glued to the next word (``_name_glue_reading``); before a span of time an adverb
    closes ("from Llanfor two days later", "by Okevafor 20 minutes into the game"), which
    follows a name as readily as "for" does, a split before "for" is only offered; unless
    the batch writes the head alone ("worked at Kelvamont|for 12 years before", "Kelvamont"
    elsewhere): a name in "-for" is not built on a name the same text uses on its own.  No
    reading ends in a given name (``_given_name_tail``) or, after a name or a title, in an
    object pronoun (``_object_after_name``)."""
    split = _name_glue_reading(piece, site)
    if split is not None and (_given_name_tail(split) or _object_after_name(split, site)):
        return None
    if split is None or not split.safe or split.right != "for":
        return split
    if not _span_adverbial(site.next_word, site.after_next, site.third):
        return split
    if site.attested.get(split.left, 0) > 0:
        return split
    return Split(split.left, split.right, split.score, safe=False, confidence=0.6)


def _given_name_tail(split: Split) -> bool:
    """``Nur|muhammad``: a tail that is a given name and no English word of any class is
    never written in lower case, so the token is a compound given name ("Nurmuhammad",
    "Mohamedali"), not a name glued to the next word."""
    tail = split.right.casefold()
    return split.right.islower() and tail in _given_names() and not word_classes(tail)


def _object_after_name(split: Split, site: _Site) -> bool:
    """``Hilaria Ccori Lay|me,``, ``Mr. Lay|me``: an object pronoun follows no name in
    English, so a capitalised token right after another (a run of names) or a title is no
    name glued to one ("Layme", a Quechua surname).  Elsewhere a verb may be (``“Leave|me alone”``,
    ``the novel “Find|me”``), and so in a headline written in title case (``Leaders
    Ignored|them``)."""
    if split.right not in OBJECT_PRONOUNS:
        return False
    titled = site.previous.casefold() in _roles() or _title_before(site.text, site.start)
    return (site.after_name or titled) and not _title_case_line(site.text, site.start)


def _title_case_line(text: str, pos: int) -> bool:
    """The line around ``pos`` is a headline in title case: no closing period, and most of
    its words of four letters or more capitalised (looser than case._stray.title_case_line,
    which a headline with two lower-case words fails: "Nurses: Don't Forgetus")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    if line.endswith((".", "!", "?", "”", '"')):
        return False
    words = regex.findall(r"\p{L}{4,}", line)
    return bool(words) and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _name_glue_reading(piece: str, site: _Site) -> Split | None:
    """A name glued to the next word (``_name_reading``), or failing a safe reading, to a noun
    that names what the place is (``_feature_split``), to a species epithet
    (``_binomial_split``), to "last" or "next" before a period (``_time_split``) or to the
    function word after the name a preposition takes (``_object_glue``)."""
    split = _name_reading(piece, site)
    if split is not None and split.safe:
        return split
    located = _located_in(piece, site)
    if located is not None and (located.safe or split is None):
        return located
    unknown = zipf(piece) < UNSEEN and foreign_zipf(piece) < FOREIGN_WHOLE
    if not unknown or not _CAPITALISED.fullmatch(piece):
        return split
    # a genus follows no capitalised word: after one the token is a surname ("Stelios
    # Manolakis" is no genus and epithet), and a species is named on its own
    feature = _feature_split(piece)
    # nor does a people or a language: "the Varsgarai people" (its speakers, its words)
    people = site.next_word in word_set("case", "language_nouns.txt")
    # ... nor a preposition of place but "in" and "from" ("at Varnatanai,": a place's name;
    # "found in Culexpipiens" may be a species)
    place = (
        site.previous in word_list("place_prepositions.txt")
        and site.previous not in _SPECIES_PREPOSITIONS
    )
    blocked = feature is not None or site.after_name or people or place
    binomial = None if blocked else _binomial_split(piece)
    if binomial is not None and site.before_name:
        # a name goes on after the token ("Velashini Kovalan, 34,"): a given name before its
        # surname, not a genus and its epithet (a species is named on its own)
        return split
    feature = feature or binomial
    feature = feature or _time_split(piece, site.previous, site.next_word, site.attested)
    safe: bool | None = True
    if feature is not None:
        head, tail = feature
        # "Velmarasouk lists": brands end in the nouns of trade ("-souk", "-market"); before
        # one, a stem no lexicon knows and the batch never writes alone may be the whole
        # name's: offered only ("the Injar|district" is split)
        safe = tail not in word_list("trade_feature_nouns.txt")
        safe = safe or _attested_or_seen(head, site.attested)
    else:
        safe = _object_glue(piece, site.previous, site.next_word, site.attested, site.after_next)
        head, tail = _object_split(piece)
        # "to Kelavikwas the": "was" is the likelier word at the seam a letter earlier
        rival = piece[len(head) - 1 :]
        if safe is not None and zipf(rival) >= FUNCTION_GLUE and len(head) > 4:
            head, tail, safe = head[:-1], rival, False
    if safe is None or (split is not None and (split.left, split.right) != (head, tail)):
        return split  # no object glue, or another reading: still offered
    return Split(head, tail, zipf(head), safe=safe, confidence=0.85 if safe else 0.6)


# The phrase a place's name stands in: a word, a preposition that takes a place ("a club
# in", "the village of", "beside the"), then the run of names the token ends (particles too:
# "Santa Maria da").
_LOCATED_RUN = regex.compile(
    r"(?:^|[ ])(\p{L}+)[ ](\p{Ll}+)[ ](?:the[ ])?"
    r"(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|da|de|do|das|dos|del|di|du|des)[ ])*\Z"
)
_LOCATIVES = frozenset({"in", "at", "near", "beside", "outside", "inside", "across", "around"})
# After these, "the" opens an adverbial of time, which follows a place's name with no
# preposition ("arrived in Kostrin the next day", "taught in Korvin the whole winter"): no
# split.
_TIME_AFTER = frozenset(
    {"next", "following", "previous", "same", "last", "first", "other", "whole", "entire"}
    | {"rest", "day", "morning", "afternoon", "evening", "night", "week", "weekend", "month"}
    | {"year"}
)


def _place_phrase(text: str, start: int, place_next: bool) -> bool:
    """The token at ``start`` ends a place's name in a phrase of place, not a clause's
    fronted one ("In Kostrin the council voted", "and in Kostrin the"): after a preposition
    that takes a place (``_LOCATIVES``; "of" after a noun naming a place, "the village of")
    that follows a lower-case word of the clause.  Before a place's name
    (``place_next``) any preposition will do but "by" and "with", which take persons."""
    m = _LOCATED_RUN.search(text, max(0, start - 120), start)
    if m is None:
        return False
    before, preposition = m.group(1), m.group(2)
    if _fronted(text, start):
        return False
    if place_next:
        return preposition in word_list("prepositions.txt") and preposition not in {"by", "with"}
    if not before.islower() or before in word_list("clause_openers.txt"):
        return False
    if before in _CLAUSE_DETERMINERS or before in _RELATIVES or before in _ARTICLES:
        return False
    if preposition == "of":
        return before in word_list("place_of_nouns.txt")
    return preposition in _LOCATIVES


_SENTENCE_OPENING = regex.compile(r"(?:\A|[.!?:;\n][\"'”’)]*\s+)[\"'“‘(]*(\p{L}+)[^.!?:;\n]*\Z")


def _fronted(text: str, start: int) -> bool:
    """The sentence holding ``start`` opens with a preposition or a clause opener ("At a rally
    in Kostrin the mayor"): a phrase before the subject, which a place may end with no comma."""
    m = _SENTENCE_OPENING.search(text, max(0, start - 300), start)
    if m is None:
        return True  # a sentence too long to see the start of: no evidence either way
    first = m.group(1).casefold()
    return first in word_list("prepositions.txt") or first in word_list("clause_openers.txt")


def _located_in(piece: str, site: _Site) -> Split | None:
    """``a team in Tavaretin the mountains``, ``the town of Korvattenin the far north``, ``the
    Old Palacein the square``, ``Santa Veldirain Manitoba``: a place's name glued to "in"
    before a noun phrase or a place (``_place_name``), where the phrase around it makes the
    token a place (``_place_phrase``): a place's name is followed by neither, as a surname in
    "-in" may be ("told Ahmed Hassanin the news").  Safe when a lexicon or the batch knows
    the head (``_well_known_head``) or it is a noun, offered otherwise; never before a time ("the
    next day", "this summer")."""
    head = piece[:-2]
    if not piece.endswith("in") or not head.isalpha() or not _CAPITALISED.fullmatch(piece):
        return None
    if len(head) < 4 and head.casefold() not in word_list("run_features.txt"):
        return None
    if zipf(piece) >= UNSEEN or foreign_zipf(piece) >= FOREIGN_WHOLE:
        return None
    if head.casefold() in _given_names() or head.casefold() in _roles():
        return None
    if not site.text.startswith(" ", site.start + len(piece)):
        return None  # "the Palacein, a café": a stop or a comma ends the phrase
    next_word = site.next_word
    compass = next_word.casefold() in word_list("compass_adjectives.txt")
    phrase = next_word in word_list("determiners.txt") and next_word not in _CLAUSE_DETERMINERS
    phrase = phrase or (compass and next_word.islower())
    # a region's name opens with a compass word ("in Western Australia")
    place = _place_name(next_word) or (compass and next_word[:1].isupper())
    if not (phrase or place) or not _place_phrase(site.text, site.start, place):
        return None
    after_next = site.after_next.casefold()
    if phrase and (after_next in _TIME_AFTER or after_next in word_list("time_nouns.txt")):
        return None  # "opened in Brenkelin this summer": a time follows a place's name bare
    known = _well_known_head(head, site.attested) or "NOUN" in word_classes(head.casefold())
    return Split(head, "in", zipf(head), safe=known, confidence=0.85 if known else 0.6)


def _well_known_head(head: str, attested: Counter[str]) -> bool:
    """A name English or a FOREIGN list knows well enough (not "Chindwin"), or the batch
    writes alone."""
    return zipf(head) >= NAME or _foreign_name(head) or attested.get(head, 0) > 0


def _attested_or_seen(head: str, attested: Counter[str]) -> bool:
    """A head the batch writes alone or a lexicon (English or FOREIGN) has seen at all."""
    return attested.get(head, 0) > 0 or zipf(head) >= UNSEEN or foreign_zipf(head) >= UNSEEN


_KIND_BEFORE = regex.compile(r"([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)[^\S\n]+\Z")


ASIDE_HEAD = 4.0  # a place this well known before "and," + an aside ("Norway|and, in 1990,")


def _link_before_aside(piece: str) -> bool:
    """``archives in Norwayand, after 1990, in Finland``: a link word before a comma opens an
    aside; after a well-known name of no English word class at a seam (almost) no known word
    has, the link word is no name's ending ("Leon Townsand." is one: "Towns" is a word)."""
    # "and" or "or": each ends no other ("Chinaor, some say,"; a slice of three took "-and" only)
    tail = next((t for t in _LIST_LINKS if piece.endswith(t)), "")
    head = piece[: len(piece) - len(tail)]
    return (
        bool(tail)
        and len(head) >= 4
        and zipf(head) >= ASIDE_HEAD
        and not word_classes(head.casefold())
        and head.casefold() not in _given_names()
        and seam_counts(tail)[head[-2:].lower()] <= NAME_SEAM
    )


def _demonym_name_use(split: Split, text: str, start: int, end: int) -> bool:
    """``The airline Frenchbee added``, ``Battery start-up Britishvolt collapsed``,
    ``Danishcrown, the cooperative``, ``Indigenousway, a tour company``: a demonym (or
    "Indigenous", ``_identity_adjectives``) glued to a singular noun that stands where a
    company's name does, after the noun naming its kind (or nothing) and before its verb (or
    a stop), is a name written whole on purpose: the split is offered only.  A lost space
    leaves a noun phrase: a determiner, an adjective or a preposition before it ("the
    Turkish|lira", "of Chadian|children"), a noun after it ("Danish|pig farmers")."""
    head, tail = split.left, split.right
    low = head.casefold()
    if low not in _demonyms() and low not in _identity_adjectives() and not _derived_demonym(head):
        return False
    if not tail.islower() or "NOUN" not in word_classes(tail):
        return False
    if _plural_noun(tail):
        return False  # a plural: "Danish|farmers", "Asian|economies"
    return _name_use_site(text, start, end)


def _plural_noun(word: str) -> bool:
    """``farmers``, ``economies``, ``taxes``: the plural of a word English knows."""
    if word.endswith("ies") and zipf(word[:-3] + "y") >= PART:
        return True
    if word.endswith("es") and zipf(word[:-2]) >= PART:
        return True
    return word.endswith("s") and zipf(word[:-1]) >= PART


def _feature_name_use(split: Split, text: str, start: int, end: int) -> bool:
    """``The retailer Asiamarket, based in``, ``The app Dubaisouk lists``: a name glued to a
    feature noun ("market", "souk", "harbour") where a company's name stands, after the noun
    naming its kind and before its verb, is a brand written whole: the split is offered only.
    A lost space leaves a place after a determiner or a preposition ("the Velmo|market"), or
    ends a name's run ("at the Point Kelvo|wharf, she"): a kind noun is lower-case."""
    if split.right not in word_list("feature_nouns.txt") or not split.left[:1].isupper():
        return False
    if _brand_before_noun(split, text, start, end):
        return True
    if _previous_word(text, start)[:1].isupper():
        return False
    return _name_use_site(text, start, end)


def _brand_before_noun(split: Split, text: str, start: int, end: int) -> bool:
    """``The Asiamarket chain opened``, ``the Kelvosouk app said``: a noun of trade glued to a
    name, after a determiner and before the noun it qualifies and that noun's verb, is a
    brand's one word unless the text writes the two apart ("the Asia market" elsewhere);
    "the Velmosouk sell spices" is a place's market (the next word is the verb)."""
    if split.right not in word_list("trade_feature_nouns.txt"):
        return False
    if f"{split.left} {split.right}" in text:
        return False
    determiners = word_list("determiners.txt")
    if _previous_word(text, start).casefold() not in determiners:
        return False
    after = _next_word(text, end)
    if not after.isalpha() or not after.islower() or after in determiners:
        return False
    if "NOUN" not in word_classes(after) or after in word_list("prepositions.txt"):
        return False
    verb = _word_after_next(text, end)  # a verb that is no noun too ("spices")
    return _verb_next(verb) and "NOUN" not in word_classes(verb.casefold())


def _article_before_preposition(split: Split, text: str, start: int) -> bool:
    """``the intore``, ``an onsen``: an article opens a noun phrase, which no preposition
    does ("the in tore" is no English), so a lower-case token an article precedes, read as
    a preposition glued to a word, is one word of another language (the intore, a dance)."""
    if not split.left.islower() or split.left not in word_list("prepositions.txt"):
        return False
    return _previous_word(text, start).casefold() in _ARTICLES


_ARTICLES = frozenset({"a", "an", "the"})
_CLOSING = frozenset(",.;:")
# the next word whole, not the first part of a compound ("the after-party")
_WHOLE_NEXT = regex.compile(r"[^\S\n]+(\p{Ll}+)(?![\p{L}\-'’])")


def _article_before_clause_word(split: Split, text: str, end: int) -> bool:
    """``Kosraean until``, read as "Kosrae an until": an article glued off a token before a
    word that opens a clause or a phrase of its own ("until", "because", "of") makes no
    English, so the token is one word (a people's adjective, a name)."""
    if split.right not in _ARTICLES:
        return False
    m = _WHOLE_NEXT.match(text, end)
    if m is None:
        return False
    nxt = m.group(1)
    return nxt in word_list("clause_openers.txt") or nxt in word_list("prepositions.txt")


# What closes a quotation or a bracket right after a token
_QUOTE_OR_BRACKET_CLOSES = frozenset('”"’)]»')
# What opens a quotation or a bracket right before a token
_OPENERS_BEFORE = frozenset("“\"‘'([«")
# Prepositions that never open an object themselves ("about", "over", "as much as" do:
# "Lagos|for about a week")
_NO_OBJECT_OPENERS = frozenset({"in", "at", "on", "from", "to", "into", "onto", "by", "with"})


def _preposition_without_object(split: Split, text: str, start: int, end: int) -> bool:
    """``sold as Bulkon in Praia`` read as "Bulk on in": a preposition glued off a
    capitalised token whose head is an everyday lower-case word takes its object after it,
    so where a quotation or a bracket closes right after the token, or another preposition
    that opens no object follows, the token is one word (a name, a title's).  Not after a
    name ("Accra|for about 20 years", "Lisbon|on the coast") nor a lower-case token ("rose|by
    about 4 percent", "went|on into the night"), nor one a sentence, a quotation, a bracket
    or a title-case headline capitalises ("Moving|on to the budget", "(Come|in at 9 a.m.)")."""
    if split.right not in word_list("prepositions.txt") or not split.left[:1].isupper():
        return False
    if starts_sentence(text, start) or text[start - 1 : start] in _OPENERS_BEFORE:
        return False
    if _title_case_line(text, start):
        return False
    if split.left.lower() not in function_words() and not word_classes(split.left.lower()):
        return False  # a name: "Accra", "Lagos"
    if text[end : end + 1] in _QUOTE_OR_BRACKET_CLOSES:
        return True
    m = _WHOLE_NEXT.match(text, end)
    return m is not None and m.group(1) in _NO_OBJECT_OPENERS


def _name_before_its_kind(piece: str, previous: str, next_word: str) -> bool:
    """``the pastures of the Greyhad valley``: after "the" and before a noun of a place's
    kind, the token is that place's name, unless it ends in such a noun itself ("the
    Blackriver bridge" is offered as two) or, after "a" or "an", opens with a demonym before
    a dictionary word ("an Algeriandesert town"; ``_demonym_before_word``).  After "the",
    "the Frenchglen road" and "the Swisshome village" are names so built."""
    if previous.casefold() not in _ARTICLES or not _feature_word(next_word):
        return False
    indefinite = previous.casefold() in ("a", "an")
    return not any(
        _feature_word(piece[i:]) or (indefinite and _demonym_before_word(piece[:i], piece[i:]))
        for i in range(2, len(piece) - 2)
    )


def _demonym_before_word(head: str, tail: str) -> bool:
    """``Algerian|desert``, ``Kenyan|fishing``: a demonym before an adjective, an -ing word
    or a noun of a landscape (resources/word/landscape_nouns.txt), none of which
    ends a place's name; not a name's own ending (resources/word/place_name_endings.txt:
    "a Frenchglen hotel", "a Swisshome village"), nor "-man" ("a Dutchmans creek camp"),
    nor a word English knows whole ("an Indiangrass field")."""
    if tail in word_list("place_name_endings.txt") or tail.startswith(("man", "men")):
        return False
    if zipf((head + tail).lower()) > 0 or not _by_rule_word(head, tail):
        return False
    return (
        tail in word_list("landscape_nouns.txt")
        or "ADJ" in word_classes(tail)
        or verb_form(tail, ("VBG",))
    )


def _feature_word(word: str) -> bool:
    """A lower-case noun naming a place's, a site's or a building's kind ("valley", "beach";
    resources/word/feature_nouns.txt, run_features.txt, site_nouns.txt)."""
    kinds = ("feature_nouns.txt", "run_features.txt", "site_nouns.txt")
    return word.islower() and any(word in word_list(kind) for kind in kinds)


# A capitalised word and a hyphen right before a token: the token ends a double name.
_HYPHENED_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}\p{Ll}+-\Z")


def _bare_noun_object(split: Split, text: str, start: int) -> bool:
    """``in Kelvangel, one of the smallest states``: a preposition's object before a comma or
    a stop, read as a name and a bare singular noun ("Kelv angel"), is no English phrase
    unless the noun names a place, a site or a building ("at Kelvo beach,": resources/word/
    feature_nouns.txt, run_features.txt, site_nouns.txt): the token is a place's name written
    whole.  Only for a split offered, never for one word knowledge makes safe."""
    head, tail = split.left, split.right
    if not head[:1].isupper() or not tail.isalpha() or not tail.islower():
        return False
    # an adjective of a place or people takes a bare noun ("in Tarvikan politics."): not one
    if _by_rule(head) or head.endswith(("an", "ese", "ish", "i")):
        return False
    if _previous_word(text, start) not in word_list("prepositions.txt"):
        return False
    if text[start + len(head) + len(tail) : start + len(head) + len(tail) + 1] not in _CLOSING:
        return False
    if _feature_word(tail):
        return False
    lemmas = getAllLemmas(tail)
    return set(lemmas) == {"NOUN"} and tail in lemmas["NOUN"]


def _name_use_site(text: str, start: int, end: int) -> bool:
    """The token at ``start``..``end`` stands where a company's name does: after a noun naming
    its kind ("airline", "start-up") or nothing at a sentence's start, and before its verb or
    a stop."""
    m = _KIND_BEFORE.search(text, max(0, start - 40), start)
    previous = m.group(1).casefold() if m else ""
    last = previous.rsplit("-", 1)[-1]
    # "airline", "sponsor", "start-up": a noun that is no adjective ("West"), written in
    # lower case or opening the sentence ("Startup Britishvolt"; not "The South
    # African|government": part of the demonym), and no number ("21 million
    # Turkish|lira"), or the noun ending a compound
    classes = word_classes(last)
    kind = (
        "NOUN" in classes
        and "ADJ" not in classes
        and m is not None
        and (
            m.group(1).islower()
            or (starts_sentence(text, m.start(1)) and "ADV" not in classes)  # not "South"
        )
        and last not in word_set("case", "large_numbers.txt")
    )
    # ... or nothing, at a sentence's start: after a comma a headline drops its article
    # ("..., Dutch|study finds")
    kind = kind or (not previous and starts_sentence(text, start))
    kind = kind and last not in word_list("determiners.txt")  # "whose Swedish|great-..."
    kind = kind or ("-" in previous and "NOUN" in word_classes(last))
    if text[end : end + 1] == "-":
        return False  # a compound goes on: "Swedish|great-aunt"
    next_word = _next_word(text, end)
    return kind and (not next_word or _verb_next(next_word))


def _foreign_whole_split(piece: str, site: _Site) -> Split | None:
    """A whole another language knows rarely, read as an everyday noun and a preposition
    (``_noun_preposition``); never after a given name: a surname wordfreq lacks ("Robert
    Massin the medal")."""
    previous, next_word = site.previous, site.next_word
    # the place ends its phrase: a mark or a function word after it ("Riverin Brazil,"), not
    # a noun a run of surnames names ("the Gagnon Riverin Lapointe law firm")
    place_ends = not site.after_next or site.after_next in _PLACE_GOES_ON
    the_run = place_ends and (
        _THE_AND_A_NAME.search(site.text, max(0, site.start - _THE_NAME_REACH), site.start)
        is not None
    )
    run = previous if the_run else ""
    if not _noun_preposition(piece, next_word, run) or previous.casefold() in _given_names():
        return None
    # before a name the place is a guess, offered: "the Gagnon Riverin Lapointe" is a firm's
    # name of three surnames
    sure = _preposition_glue(piece[-2:], next_word)
    head = piece[:-2]
    return Split(head, piece[-2:], zipf(head), safe=sure, confidence=0.85 if sure else 0.6)


def _split_readings(
    piece: str, site: _Site, after_given: bool, after_word: bool
) -> list[_Candidate]:
    """Every way to split ``piece`` the evidence allows (``_candidate``); where there is
    none, those a head written only with a possessive's "'s" allows, offered
    (``_possessive_reading``)."""
    attested, after_name, next_word, previous = (
        site.attested, site.after_name, site.next_word, site.previous,
    )  # fmt: skip
    found, offered = [], []
    after_preposition = not after_name and previous in word_list("prepositions.txt")
    place_preposition = not after_name and previous in word_list("place_prepositions.txt")
    role = site.role and not _title_next(next_word, site.after_next)
    for i in range(2, len(piece) - 1):
        # an everyday word before an everyday head: an organisation's name ("World
        # Athletics|in September"), not a person's surname in "-in" ("Don Kaspar|in")
        given = after_given and not (after_word and _word_head(piece[:i]))
        # ... and a noun naming a kind of place after a word that is no given name ends a
        # place's name, not a person's ("the Kelvo River|basin", "Kelvo Channel|ferry")
        given = given and not _feature_run(piece[:i], previous)
        run_seen = after_name and _seen_together(site.text, previous, piece[:i])
        where = (after_preposition, role, site.after_next[:1].isupper(), place_preposition)
        c = _candidate(
            piece[:i], piece[i:], attested, after_name, site.at_start, site.before_name,
            next_word, site.listed, site.subject, given, run_seen, where,
        )  # fmt: skip
        if c is not None:
            found.append(c)
        elif _possessive_reading(piece[:i], piece[i:], next_word, attested):
            seen = _CountsWithName(attested, piece[:i])
            c = _candidate(
                piece[:i], piece[i:], seen, after_name, site.at_start, site.before_name,
                next_word, site.listed, site.subject, given, run_seen, where,
            )  # fmt: skip
            if c is not None:
                offered.append(replace(c, split=replace(c.split, safe=False, confidence=0.6)))
    return found or offered


def _name_reading(piece: str, site: _Site) -> Split | None:
    """``Marquezminister``: a capital part (a name or, at a sentence start, any word) + a word;
    ``site`` says what stands around the token (``_Site``)."""
    attested, after_name, next_word, previous = (
        site.attested, site.after_name, site.next_word, site.previous,
    )  # fmt: skip
    unseen = _CAPITALISED.fullmatch(piece) is not None and zipf(piece) < UNSEEN
    if not unseen or _name_before_its_kind(piece, previous, next_word):
        return None  # a word English knows, or "the Greyhad valley": a place's name whole
    # "from Riga|to Scandinavia": even a whole another language knows ("rigato")
    if previous.casefold() == "from" and _from_to(piece, attested, next_word):
        return Split(piece[:-2], "to", zipf(piece[:-2]), safe=True, confidence=0.85)
    # A word or name another language knows whole ("Bürgerinitiative", "Retornado"), unless
    # it knows it only rarely and English reads it as an everyday noun and a preposition
    # before what a preposition takes ("Riverin the": a stray name in a French list)
    if foreign_zipf(piece) >= FOREIGN_WHOLE:
        return _foreign_whole_split(piece, site)
    after_given = after_name and not _name_prefix(previous)
    after_word = after_given and _common_word_before(previous)
    in_place = None
    if not after_given:
        in_place = _in_place(piece, attested, next_word) or _before_date(piece, attested, next_word)
        if in_place is not None and in_place.safe:
            return in_place
    if _by_person(piece, attested, next_word):
        return Split(piece[:-2], "by", zipf(piece[:-2]), safe=True, confidence=0.85)
    link = _results_link(piece, site)
    if link:
        head = piece[: -len(link)]
        return Split(head, link, zipf(head), safe=True, confidence=0.85)
    demonym = _demonym_compound(piece) or _two_word_demonym(piece, previous)
    if demonym is not None:
        return demonym
    feature = _feature_pair(piece, site)
    if feature is not None:
        return feature
    if site.comma and _link_before_aside(piece):
        cut = len(piece) - (2 if piece.endswith("or") else 3)
        return Split(piece[:cut], piece[cut:], zipf(piece[:cut]), safe=True, confidence=0.85)
    found = _split_readings(piece, site, after_given, after_word)
    if not found:
        return in_place
    top = max(found, key=lambda c: c.split.score)  # the first of equal scores
    best = top.split
    # ... unless the head is a month or a day, which no subject's name is built from
    # ("in Octobermade outbreaks more likely": "made" is the verb)
    dated = best.left.casefold() in _calendar()
    reported = _after_relative(best.left, previous, attested)
    verb = _second_verb(best.right, next_word, site.after_next, reported) and not dated
    if verb or _subject_before_saying(best.right, site):
        return in_place
    # Two readings of like weight ("Christmass|ales" / "Christmas|sales") are offered, not
    # applied; an unknown head beside a known one ("Jamesbe|came") is no rival, nor, beside
    # word knowledge, a reading with no evidence ("Thursdays|how" / "Thursday|show").
    # Nor, beside a head the batch uses alone, one with no evidence ("Coast|and" / "Coa|stand").
    rivals = [c for c in found if c.rival and (c.evidence or not (top.knowledge or top.evidence))]
    if len(rivals) > 1:
        clear = _clear_reading(rivals)
        alone = _written_alone(rivals, attested)
        if alone is not None and (clear is None or clear is not alone):
            clear, best = None, alone  # the head the text writes alone comes first, offered
        best = clear if clear is not None else Split(best.left, best.right, best.score, False, 0.6)
    # an offered place before "in" yields to a safe reading ("Chelimo|win Asmara", Chelimo alone)
    best = _plural_rival(best, next_word)
    if _glossed_whole(site, best, after_name):
        return in_place
    return in_place if in_place is not None and not best.safe else best


def _glossed_whole(site: _Site, best: Split, after_name: bool) -> bool:
    """A name a bracket glosses ("2. Kel Daymaster (the rider) 2:03", a horse's, a
    product's) is the whole the bracket explains, unless a safe reading splits it: a lost
    space leaves a word it would not.  A bracket naming a country or a club after a run of
    names, before a figure or a mark, ends a person's name in a list of results ("5. Nelao
    Tarvupolo (Namibia) 3:26:35"), however safe the split: a lost space leaves a word and
    then its clause, which a bracket does not follow."""
    return (site.glossed and not best.safe) or (site.glossed_by_name and after_name)


def _feature_run(head: str, previous: str) -> bool:
    """``Kelvo River``, ``Kelvo Channel``: a noun naming the kind of place a run of names ends
    with (resources/word/run_features.txt) after a word that is no given name."""
    low = head.casefold()
    return low in word_list("run_features.txt") and previous.casefold() not in _given_names()


# Function words that close the name a preposition takes, longest first ("-with" before "-th").
_OBJECT_PHRASE_TAILS = frozenset({"in", "on", "at", "to", "by"})  # before a noun phrase
_OBJECT_LINKS = frozenset({"and", "or"})
OBJECT_SEAM = 10  # "and" after this many known words' last two letters: not "-land" (81)
# Determiners that open a noun phrase; "that", "which", "whose" open clauses after a name too.
_CLAUSE_DETERMINERS = frozenset({"that", "which", "whose"})


@cache
def _calendar() -> frozenset[str]:
    """Days and months ("Tuesday", "August", and as news agencies shorten them, "Sept":
    resources/word/month_abbreviations.txt), which follow "on" and "in", not a name."""
    lines = data_lines("pronoun", "calendar_words.txt")
    words = frozenset(w for line in lines for w in line.split())
    return words | word_list("month_abbreviations.txt")


@cache
def _feature_nouns() -> tuple[str, ...]:
    """resources/word/feature_nouns.txt, longest first (so "-rivers" is tried before
    "-river"), sorted once rather than per token."""
    return tuple(sorted(word_list("feature_nouns.txt"), key=len, reverse=True))


def _feature_split(piece: str) -> tuple[str, str] | None:
    """``the Ousriver``, ``Kent|county``, ``Euston|station``: a name that is no English word
    glued to a noun that names what the place is (resources/word/feature_nouns.txt), which
    English writes apart from the name it follows."""
    for tail in _feature_nouns():
        head = piece[: len(piece) - len(tail)]
        if not piece.endswith(tail) or len(head) < 3 or not head.isalpha():
            continue
        if word_classes(head.casefold()) or head.casefold() in _given_names():
            continue
        # a name that ends like the singular, with an "-s" of its own ("Rotterdams", Dutch
        # "of Rotterdam": "-dam" ends names), is that name's form, not a glue
        if tail.endswith("s") and _attested_or_seen(piece[:-1], Counter()):
            return None
        # a prefix ("Aero|delta") or a compound of another language whose words both parts
        # are ("Gipfel|station", "Grenz|region": German)
        if _productive_head(head) or min(foreign_zipf(head), foreign_zipf(tail)) >= ROMANCE_HEAD:
            return None
        return head, tail
    return None


@cache
def _longest_first(name: str) -> tuple[str, ...]:
    """A list of resources/word/ as a tuple, longest first, for ``str.endswith``."""
    return tuple(sorted(word_list(name), key=lambda w: (-len(w), w)))


LATIN_SPREAD = 1.5  # a Latin word is about as common in every language; an Italian one is not


_SPECIES_PREPOSITIONS = frozenset({"in", "into", "from"})


def _binomial_split(piece: str) -> tuple[str, str] | None:
    """``Culexpipiens`` -> ``Culex pipiens``: a genus English knows as no word of any class,
    glued to a species epithet: a lower-case Latin word wordfreq has seen, of no English word
    class, about as common in the FOREIGN lists as in English (an Italian word or surname,
    "fiori", "marini", is far commoner in Italian)."""
    for i in range(4, len(piece) - 4):
        head, tail = piece[:i], piece[i:]
        if (
            not tail.endswith(_longest_first("epithet_endings.txt"))
            or zipf(tail) < UNSEEN
            or word_classes(tail)
        ):
            continue
        if zipf(head) < NAME or word_classes(head.casefold()) or not head.isalpha():
            continue
        if head.casefold() in _given_names() or tail in _given_names():
            continue
        if foreign_zipf(tail) - zipf(tail) < LATIN_SPREAD:
            return head, tail
    return None


_TIME_TAILS = ("last", "next", "this")
DEICTIC_HEAD = 4  # a head before "this" at least this long ("Mat|this" is a name, "Mathis")


def _time_split(
    piece: str, previous: str, next_word: str, attested: Counter[str]
) -> tuple[str, str] | None:
    """``in Papenburglast year``: a name glued to "last" or "next" before the period it
    dates ("week", "year", "summer"): an adverbial of time, which no name ends in.  The head
    is a month or a day ("Octobernext week"), or a name that is no English word which a
    preposition takes or the text writes alone: "Powernext" (an English word) and "Jaak
    Kallast week after week" (a surname after a given name: Estonian ones end so) are
    names of their own.  "this" before the period ("degrees Kelvinthis week") takes a name
    English knows too, after a word that is no name (``_deictic_head``): brands end in
    "-next", "-last" ("Euronext"), names in "-this" only after a short stem ("Mathis")."""
    if next_word not in word_list("time_nouns.txt"):
        return None
    tail = next((t for t in _TIME_TAILS if piece.endswith(t)), "")
    head = piece[: len(piece) - len(tail)]
    if not tail or len(head) < 3 or not head.isalpha():
        return None
    low = head.casefold()
    if low in _calendar():
        return head, tail
    if word_classes(low) or low in _given_names():
        return None
    taken = previous.islower() and previous in word_list("prepositions.txt")
    taken = taken or (tail == "this" and _deictic_head(head, previous))
    return (head, tail) if taken or attested.get(head, 0) > 0 else None


def _deictic_head(head: str, previous: str) -> bool:
    """``degrees Kelvinthis week``: a name English knows (no word of any class, no given
    name, as ``_time_split`` asks) of four letters or more, after a lower-case word (not a
    given name: a surname may end so)."""
    return len(head) >= DEICTIC_HEAD and zipf(head) >= NAME and previous.islower()


def _object_split(piece: str) -> tuple[str, str]:
    tail = next((t for t in _longest_first("object_tails.txt") if piece.endswith(t)), "")
    return piece[: len(piece) - len(tail)], tail


def _object_glue(
    piece: str, previous: str, next_word: str, attested: Counter[str], after_next: str = ""
) -> bool | None:
    """``the village of Kirrinin the valley``, ``lives near Dunmoreand helped``: after a
    preposition or "the" the token is the name it takes (a place's, mostly: a person's name
    comes with its given name), glued to a function word before what that word takes: a noun
    phrase or a date after "in", "on", "at", "to", "by"; a name, a noun phrase or a verb
    phrase after "and" or "or" (not at a seam that ends many known words: "-land"); a clause
    or a phrase after "that", "with", "who", "for", "as", "the" at a seam almost no known word
    has.  The head must be no English word or given name.

    True for a safe split, False for one only offered, None for none.  Places end in "-in",
    "-on", "-at" at rare seams too ("Dorvin", "Khotlon", "Nieuwegem"), so before a noun phrase
    the split is only offered; so is "and" or "or" at a seam more than two known words have
    or where a longer tail is a word ("Brimme|sand", "Tvede|strand": a place's name), and
    so is any whose head is a name neither the text (alone) nor a lexicon knows: Persian and
    Central Asian places end in "-vand", "-jand" ("in Nahavand the", review13b).  Such a head
    before a noun phrase is no glue at all ("in Brenkelin this summer", "Hallgrimsson the
    previous season"); before a date it is still offered."""
    if not previous.islower() or (
        previous != "the" and previous not in word_list("prepositions.txt")
    ):
        return None
    head, tail = _object_split(piece)
    if not tail or len(head) < 4 or not head.isalpha() or not next_word.isalpha():
        return None
    if word_classes(head.casefold()) or head.casefold() in _given_names():
        return None
    low = next_word.casefold()
    seam = seam_counts(tail)[head[-2:].lower()]
    # a head English has seen at all and knows as no word is a name before "and" and a name
    # ("to Khobar|and Bahrain"); elsewhere a rarely seen head may be a name's stem ("from
    # Jashor District", "to Jashor was": Bengali places end in "-or")
    seen = NAME if tail != "and" or not next_word[:1].isupper() else UNSEEN
    known = attested.get(head, 0) > 0 or zipf(head) >= seen or _foreign_name(head)
    rivals = (k for k in range(1, len(head)) if zipf(piece[k:]) >= PART)
    # ... a longer tail that is a word rivals unless it leaves a head no lexicon knows where
    # this one is a known name ("from Kelvanes|and stayed" is no "Kelvane|sand": a head
    # seen barely rivals no well-known one)
    rivals = (k for k in rivals if not known or _well_known_head(piece[:k], attested))
    one_way = seam <= NAME_SEAM and next(rivals, None) is None
    if tail == "for" and one_way and _duration(next_word, after_next):
        return True  # "at Kelvaragafor six hours": no name ends in "-for" before a span
    one_way = one_way and known
    if tail in _OBJECT_PHRASE_TAILS:
        determiner = next_word.islower() and low in word_list("determiners.txt")
        date = tail in {"in", "on"} and next_word[:1].isupper() and low in _calendar()
        verb = tail == "to" and _to_verb(head, tail, next_word)
        # "from Kelston|to Marbury": a route's end (``_from_to`` takes rarer seams only)
        route = tail == "to" and previous == "from" and next_word[:1].isupper()
        phrase = (determiner and low not in _CLAUSE_DETERMINERS) or date or verb or route
        return False if phrase and (known or date) else None
    if tail in _OBJECT_LINKS:
        if _link_before_feature(head, tail, next_word, after_next[:1].isupper()):
            return None  # "in Dorvand County": the place's name
        given_seam = next_word[:1].isupper() and _given_seam(head, tail) and zipf(head) < PART
        one_way = one_way and not given_seam
        opens = next_word[:1].isupper() or _verb_next(next_word)
        opens = opens or low in word_list("determiners.txt")
        return one_way if seam <= OBJECT_SEAM and opens else None
    # "in Dorfurtthe DAX": "the" opens what follows, a name too
    lower_or_the = next_word.islower() or tail == "the"
    return one_way if seam <= NAME_SEAM and lower_or_the else None


def _duration(next_word: str, after_next: str) -> bool:
    """``for six hours``, ``for 34 years``: a count of minutes to decades
    (resources/word/span_counts.txt, span_nouns.txt)."""
    count = next_word[:1].isdigit() or next_word.casefold() in word_list("span_counts.txt")
    return count and after_next.casefold() in word_list("span_nouns.txt")


def _span_adverbial(next_word: str, after_next: str, third: str) -> bool:
    """``two days later``, ``20 minutes into``: a span of time an adverb closes is an adverbial
    of its own, which follows a name as readily as "for" (resources/word/span_adverbs.txt)."""
    closing = third.casefold() in word_list("span_adverbs.txt")
    return closing and _duration(next_word, after_next)


def _seen_together(text: str, previous: str, head: str) -> bool:
    """True when ``text`` writes ``previous`` and ``head`` as two words ("Tian Shan"); asked
    only of a prefix-like head, which a derived word starts with."""
    if not previous or not text or not _productive_head(head):
        return False
    pair = regex.escape(f"{previous} {head}")
    return regex.search(rf"(?<![\p{{L}}\p{{M}}]){pair}(?![\p{{L}}\p{{M}}])", text) is not None


# Words that open a relative clause whose verb a verb of saying may report ("which X said
# was")
_RELATIVE_WORDS = frozenset({"which", "that", "who", "what", "whom"})


def _after_relative(head: str, previous: str, attested: Counter[str]) -> bool:
    """``which Kyomugisha|said was``: a relative word before the token, whose head the batch
    writes alone."""
    return attested[head] > 0 and previous.casefold() in _RELATIVE_WORDS


def _saying_before_be(tail: str, next_word: str) -> bool:
    """A verb of saying that is no noun as the tail ("said", not "reports": "Mediareports
    were" is a glue), then "was", "is", "has" or "had" ("said was")."""
    return (
        tail in reporting_verbs()
        and "NOUN" not in word_classes(tail)
        and next_word in _BE_HAVE_TAILS | {"is", "are"}
    )


def _subject_before_saying(tail: str, site: _Site) -> bool:
    """``Karim Abusaid was coaching``: "said was" reports a clause only after the clause's
    head ("the ghee Kyomugisha said was", "What Orlov said was"), never where the name is
    its sentence's subject."""
    return (
        site.subject
        and site.previous.casefold() not in _CLAUSE_HEADS
        and _saying_before_be(tail, site.next_word)
    )


# Words that head a clause a verb of saying reports with no relative word between: "What
# Orlov|said was true", "Everything Orlov|said was recorded"
_CLAUSE_HEADS = _RELATIVE_WORDS | frozenset(
    {"whatever", "whoever", "everything", "nothing", "anything", "something", "all"}
    | {"much", "little", "most", "why", "how", "where", "when"}
)


def _second_verb(tail: str, next_word: str, after_next: str, reported: bool = False) -> bool:
    """``Marian Wessells coaches the team``: a lexical verb as the tail, then a word that is
    the sentence's verb (a past tense or a third person, before its object: "coaches the
    team", "coached her").  A clause has one finite verb there: the token is its subject's
    name ("Wessells"), not a name and "sells".

    Auxiliaries are left out ("Berrocal|was present"), and a noun that may be a verb before
    a verb of its own is the tail's object or subject ("Tesco|said profits rose"); so is a
    verb of saying before "was" or "is" right after a relative word, when the batch writes
    the head alone (``reported``): it reports the relative clause's verb ("a ghee which
    Kyomugisha|said was her mother's recipe"; not "Ahmed Bousaid was", after a given name).
    """
    if tail in _MODAL_TAILS or tail in _BE_HAVE_TAILS or tail in {"is", "are"}:
        return False
    if reported and _saying_before_be(tail, next_word):
        return False
    # a tail that may be a noun is the subject before its verb ("Timorese|doctors trained")
    if zipf(tail) >= SAFE_FUNCTION or not _finite_verb(tail) or "NOUN" in word_classes(tail):
        return False
    if not next_word.isalpha() or not next_word.islower() or not _finite_verb(next_word):
        return False
    # ... before what a verb takes: "ended guaranteed prices" is a participle before its noun
    low = after_next.lower()
    return bool(low) and (low in word_list("determiners.txt") or low in _verb_objects())


def _name_prefix(word: str) -> bool:
    """``San``, ``Sri``, ``El``: a common word of no English word class that is no given name;
    the name after it is a place's or a saint's, not a person's surname ("San Isidro|in the";
    "Can Tho|that" is no "Thoth|at": "can" is a verb)."""
    low = word.casefold()
    return zipf(word) >= PART and not word_classes(low) and low not in _given_names()


def _common_word_before(word: str) -> bool:
    """``World``, ``Pacific``, ``National``: an everyday English word that is no given name
    and names no person by role; before an everyday word (``_word_head``) the run is an
    organisation's name, not a person's surname ending in "-in" ("World Athletics|in
    September"; not "Minister Karpin the news", "Ahmed Hassanin")."""
    low = word.casefold()
    classes = word_classes(low)
    # not an auxiliary or a function word: "Can Tho|that" is no "Thoth|at"
    return (
        SAFE_HEAD <= zipf(word) < SAFE_FUNCTION
        and bool(classes)
        and "AUX" not in classes
        and low not in _given_names()
        and low not in _roles()
    )


def _word_head(head: str) -> bool:
    """An everyday English word of some word class ("Athletics", "Rugby" is none)."""
    return zipf(head) >= PART and bool(word_classes(head))


def _known_place(head: str, tail: str, attested: Counter[str]) -> bool:
    """A head the batch uses on its own, or a name of no English word class at a seam that
    ends at most two known words ("Kaohsiung|to": "-ngto"; not a given name)."""
    if len(head) < 4 or not head.isalpha() or head.casefold() in _given_names():
        return False
    if attested.get(head, 0) > 0:
        return True
    seam = seam_counts(tail)[head[-2:].lower()]
    return zipf(head) >= NAME and not word_classes(head) and seam <= NAME_SEAM


def _place_name(word: str) -> bool:
    """A common name of no English word class that is no given name, day or month
    ("Indonesia", "Somaliland"): a place."""
    low = word.casefold()
    # not a particle that opens a name ("El Olivar", "La Paz"): four letters or more
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) >= 4
        and zipf(word) >= PLACE
        and not word_classes(low)
        and low not in _given_names()
        and low not in _capitalised_by_rule()
        and low not in word_list("determiners.txt")
    )


PLACE = 2.5  # a name this common of no word class is taken for a place ("Somaliland" 2.7)


def _from_to(piece: str, attested: Counter[str], next_word: str) -> bool:
    """``from Kaohsiung|to Taitung``, ``from Riga|to Scandinavia``: after "from", a place
    (``_known_place``) glued to "to" before a name.  A name ending in "-to" after "from" is
    a sender ("from Pinto", "from Haruto Sato"): those are known whole or not at that seam."""
    head = piece[:-2]
    return (
        piece.endswith("to")
        and next_word[:1].isupper()
        and next_word.casefold() not in word_list("determiners.txt")
        and _known_place(head, "to", attested)
    )


def _by_person(piece: str, attested: Counter[str], next_word: str) -> bool:
    """``a novel set in Derry|by Niamh McGrath``: a place (``_known_place``: "-ryby" ends no
    known word) glued to "by" before a given name, the author or agent "by" names, or before
    a way of going ("Czechoslovakia|by rail").  Places
    end in "-by" (Ashby, Whitby, Kirkby Stephen), but are known whole or at a seam words
    have."""
    agent = next_word[:1].isupper() and next_word.casefold() in _given_names()
    # ... or before a way of going that "by" takes bare ("across Czechoslovakia|by rail")
    means = next_word in word_set("word", "travel_means.txt")
    return piece.endswith("by") and (agent or means) and _known_place(piece[:-2], "by", attested)


# The loser's name, then the score, right after the link word: one to four capitalised
# words or initials ("T Fritz", "NOOR ZAMAN"), perhaps a country's code ("(Egy)") and a
# comma, then a score ("11-7", "6–4") that ends the entry: a mark, the line's end, a bracket
# or another score, never a word ("3-1 in Kuwait City", "21-8 to close", "10-12 June")
_LOSER_AND_SCORE = regex.compile(
    r"((?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,4})(?:[^\S\n]+\(\p{Lu}\p{L}{1,2}\))?,?[^\S\n]+"
    r"\d{1,3}[-–]\d{1,3}(?=[,;.)]|[^\S\n]*(?:\n|\Z|\(|\d{1,3}[-–]\d{1,3}))"
)
# The winner's name opens its entry, after a list's ";" or a header's ":" ("Women's final:"):
# one to three capitalised words or initials before the glued one, a given name or an
# initial and more ("Laiba Durrani", "N Djokovic"; not a list written surname first, nor a
# team: "pool A: Alsabt Yousef (Kuw) 5-3", "Results: Oldambt Noordbroek 2-1"; review 44a)
_WINNER_OPENS = regex.compile(r"[;:][^\S\n]*((?:\p{Lu}[\p{L}'’.-]*[^\S\n]+){1,3})\Z")
# The loser's first word
_FIRST_AFTER = regex.compile(r"[^\S\n]+(\p{L}+)")


def _results_link(piece: str, site: _Site) -> str:
    """``Laiba Durrani|bt Hafsa Swati 11-7, 7-11``: a results list's link word between a
    winner and a loser (resources/word/result_links.txt), glued to the winner's name, right
    before the loser's name and the score (``_LOSER_AND_SCORE``); the batch writes the link
    word alone elsewhere, so the list uses it; the winner's name opens the entry
    (``_WINNER_OPENS``) and the loser's is a person's (``_loser_named``).  A score
    anywhere later on the line is no evidence, nor one a word follows: a name in "-bt"
    ("Oldambt", "Alsabt") stands in prose beside a vote's tally or a date range, and in
    headlines and standings (reviews 41a, 42a).  The link word found, or "" for none."""
    for link in word_set("word", "result_links.txt"):
        head = piece[: -len(link)]
        if not piece.endswith(link) or len(head) < 3 or not head[-1:].islower():
            continue
        if site.attested.get(link, 0) == 0 or not site.next_word[:1].isupper():
            continue
        end = site.start + len(piece)
        loser = _LOSER_AND_SCORE.match(site.text, end)
        if loser is None or not _loser_named(site.text, end):
            continue
        line = site.text.rfind("\n", 0, site.start) + 1
        winner = _WINNER_OPENS.search(site.text, line, site.start)
        # ... the loser named as fully as the winner ("Hamad Alsabt Kuw 3-1": a code)
        if winner and len(loser.group(1).split()) > len(winner.group(1).split()):
            return link
    return ""


def _loser_named(text: str, end: int) -> bool:
    """The word after the link word opens a person's name: an initial, a given name or a
    word no English word class holds ("Hafsa", "T"), not a team's plural or a country's code
    ("Oldambt Stars 9-3", "Alsabt KUW 3-0"; review 42a)."""
    m = _FIRST_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if len(word) == 1 or word.casefold() in _given_names():
        return True
    return not word.isupper() and not word_classes(word.casefold())


def _in_place(piece: str, attested: Counter[str], next_word: str) -> Split | None:
    """``Ayeyarwady|in Myanmar``, ``Berbera|in Somaliland``: a name no lexicon knows as a word
    glued to "in" before a place (``_place_name``): a name is followed by no place.  At a seam
    that ends more known words ("-amin": Benjamin, "-rain") it is offered only."""
    head = piece[:-2]
    if not piece.endswith("in") or len(head) < 4 or not head.isalpha():
        return None
    if zipf(head) >= PART or word_classes(head) or head.casefold() in _given_names():
        return None  # a common head: ``_preposition_before_name``
    if not _place_name(next_word):
        return None
    safe = _known_place(head, "in", attested)
    return Split(head, "in", zipf(head), safe=safe, confidence=0.85 if safe else 0.6)


_DATE_PREPOSITIONS = ("in", "on")


def _before_date(piece: str, attested: Counter[str], next_word: str) -> Split | None:
    """``born in Bayamón|in 1833``, ``Morgunblaðið|in 1998``: a name no English lexicon knows
    as a word, glued to "in" or "on" before a number or a date, at a seam no known word has
    ("-ónin", "-iðin"; not "-amin": Benjamin).  A name is followed by no number; a preposition
    is.  Safe when the head is a name a FOREIGN list or the batch knows; offered otherwise, as
    other languages end words so ("Kardeşin")."""
    tail = piece[-2:]
    head = piece[:-2]
    if tail not in _DATE_PREPOSITIONS or len(head) < 4 or not head.isalpha():
        return None
    date = _date_word(next_word)
    if not (next_word[:1].isdigit() or date):
        return None
    if zipf(head) >= PART or word_classes(head) or head.casefold() in _given_names():
        return None
    if seam_counts(tail)[head[-2:].lower()] > 0:
        return _before_year(head, tail, attested, next_word)
    safe = _foreign_name(head) or attested.get(head, 0) > 0 or zipf(head) >= NAME
    return Split(head, tail, zipf(head), safe=safe, confidence=0.85 if safe else 0.6)


def _before_year(head: str, tail: str, attested: Counter[str], next_word: str) -> Split | None:
    """``on Nendoin 2023``, ``the Order of the Kelvenborgin 1998``: at a seam known words have
    ("-doin", "-rgin": margin), a name before a year still takes "in" or "on": no name is
    followed by a bare year in running text.  Safe when a lexicon or the batch knows the head
    and no known word ends in its last three letters and the tail; offered otherwise."""
    if not YEAR.fullmatch(next_word):
        return None
    safe = _well_known_head(head, attested) and seam_counts(tail, 3)[head[-3:].lower()] == 0
    return Split(head, tail, zipf(head), safe=safe, confidence=0.85 if safe else 0.6)


def _name_or_end_glue(piece: str, site: _Site) -> Split | None:
    """A person's origin after "of" (``_origin_glue``), a name glued to the next word
    (``_name_glue``), or failing any reading, the last word of a run of names glued to what
    follows it (``_end_glue``)."""
    return (
        _origin_glue(piece, site)
        or _neither_nor(piece, site)
        or _name_glue(piece, site)
        or _end_glue(piece, site)
        or _attested_head_glue(piece, site)
        or _described_settlement(piece, site)
    )


# a comma, perhaps "in", and a capital after a settlement: its state or region ("…, Ohio")
_PLACE_AFTER = regex.compile(r",[^\S\n]+(?:in[^\S\n]+)?\p{Lu}")


# a determiner and one to three lower-case adjectives before a settlement: "this small |"
_DETERMINED_BEFORE = regex.compile(
    r"(?<![\p{L}'’])(?:the|this|that|a|an|its|their|his|her|our|one)"
    r"(?:[^\S\n]+\p{Ll}+){1,3}[^\S\n]+\Z",
    regex.IGNORECASE,
)


def _noun_after(word: str) -> bool:
    """A lower-case noun after the settlement, which its name qualifies ("community"); not a
    word that may be its verb ("this small Northumberlandtown say")."""
    classes = word_classes(word)
    return word.islower() and word not in function_words() and classes == {"NOUN"}


def _described_settlement(piece: str, site: _Site) -> Split | None:
    """``in this small Northumberlandtown and``: a place's name (``_place_name``, six letters
    or more) glued to "town" after a lower-case adjective, which describes a town, never
    opens a settlement's own name ("Georgetown", "Chinatown" are known whole or built on a
    given name; "Watsontown", "Robertstown" on a surname in "-son" or "-s", as news names
    them: "rural Watsontown, Pennsylvania"); only after a determiner ("in nearby Franklintown"
    is the town's own name); not before its state or region after a comma, nor before a noun
    it qualifies ("rural Carrolltown, Pennsylvania", "the tiny Floridatown community").  Safe
    when the text writes the place alone too."""
    head = piece[:-4]
    if not piece.endswith("town") or len(head) < 6 or zipf(piece) >= UNSEEN:
        return None
    if head.endswith(("s", "son")) or not _place_name(head):
        return None
    previous = site.previous
    if not previous.islower() or previous in word_list("prepositions.txt"):
        return None  # "in Irishtown": where a settlement's own name stands
    if "ADJ" not in word_classes(previous):
        return None  # "Milton and Watsontown", "visited Robertstown"
    if _DETERMINED_BEFORE.search(site.text, max(0, site.start - 60), site.start) is None:
        return None  # "in nearby Franklintown": a town's own name takes no determiner
    end = site.start + len(piece)
    if _PLACE_AFTER.match(site.text, end) or _noun_after(site.next_word):
        return None  # "rural Carrolltown, Pennsylvania", "the tiny Floridatown community"
    safe = site.attested.get(head, 0) > 0
    return Split(head, "town", zipf(head), safe=safe, confidence=0.85 if safe else 0.6)


# Function words a capitalised word is often found glued to ("the Mass|and", "Tajik|for").
_ATTESTED_HEAD_TAILS = ("and", "for", "on", "in", "at", "by", "of", "to")


def _attested_head_glue(piece: str, site: _Site) -> Split | None:
    """``led the Massand, in his homily``, ``Tolvikfor "salt"``: a capitalised word no lexicon
    knows, written once, whose head the batch writes alone (in either case), glued to a
    function word.  Offered, not applied: a surname may end so ("Peters" beside
    "Peterson")."""
    if not _CAPITALISED.fullmatch(piece) or zipf(piece) >= UNSEEN:
        return None
    if foreign_zipf(piece) >= FOREIGN_WHOLE or site.attested.get(piece, 0) > 1:
        return None
    for tail in _ATTESTED_HEAD_TAILS:
        head = piece[: -len(tail)]
        if not piece.endswith(tail) or len(head) < 4 or not head.isalpha():
            continue
        if site.attested.get(head, 0) + site.attested.get(head.lower(), 0) > 0:
            return Split(head, tail, zipf(head), safe=False, confidence=0.6)
    return None


# "neither " or "Neither Sione ": the correlative just before the token (a given name between)
_NEITHER = regex.compile(r"(?<!\p{L})[Nn]either[ ](?:\p{Lu}[\p{L}\p{M}'’-]*[ ])?\Z")
_CLAUSE_END = regex.compile(r"[.!?;:\n]")


def _neither_nor(piece: str, site: _Site) -> Split | None:
    """``Neither Kelvatonga|nor Osterby has said``: "neither" before a name wants "nor"
    before the second; a name glued to it before a capitalised word, where no "nor" follows
    in the sentence, is that "nor" (a name ending so, "Neither Kelvanor nor Osterby", has its
    "nor" after it).  Safe: the whole is no word of any lexicon."""
    head = piece[:-3]
    if not piece.endswith("nor") or len(head) < 4 or not _CAPITALISED.fullmatch(piece):
        return None
    if not site.next_word[:1].isupper() or zipf(piece) >= UNSEEN:
        return None
    if _NEITHER.search(site.text, max(0, site.start - 60), site.start) is None:
        return None
    end = site.start + len(piece)
    stop = _CLAUSE_END.search(site.text, end)
    rest = site.text[end : stop.start() if stop else len(site.text)]
    if regex.search(r"(?<!\p{L})nor(?!\p{L})", rest) or foreign_zipf(piece) >= FOREIGN_WHOLE:
        return None
    return Split(head, "nor", zipf(head), safe=True, confidence=0.85)


# "of " or "of Cree, Dene and ": "of" and a list of capitalised words before the token
_OF_ORIGIN = regex.compile(
    r"(?<!\p{L})of[ ](?:\p{Lu}[\p{L}\p{M}'’-]*(?:,[ ]|[ ](?:and|or)[ ]|,[ ](?:and|or)[ ]))*\Z"
)


def _origin_glue(piece: str, site: _Site) -> Split | None:
    """``people of Kelvanian|descent``, ``of Cree, Dene and Taluqi|descent``: after "of", a
    capitalised word of no English word class (a people's, a language's) glued to a noun of
    origin (resources/word/origin_nouns.txt), which ends no name.  Safe: the whole is no word
    of any lexicon and the head no English word ("of Noble|descent" is left alone)."""
    tail = next((t for t in word_list("origin_nouns.txt") if piece.endswith(t)), None)
    if tail is None or not _CAPITALISED.fullmatch(piece):
        return None
    head = piece[: -len(tail)]
    if len(head) < 4 or not head.isalpha() or word_classes(head.casefold()):
        return None
    if zipf(piece) >= UNSEEN or foreign_zipf(piece) >= FOREIGN_WHOLE:
        return None
    if _OF_ORIGIN.search(site.text, max(0, site.start - 80), site.start) is None:
        return None
    return Split(head, tail, zipf(head), safe=True, confidence=0.85)


def _end_glue(piece: str, site: _Site) -> Split | None:
    """Glues no name ends in, read from what follows: a name glued to a transitive past tense
    before the next name (``_past_before_name``), a feature noun closing a run of names glued
    to a long preposition (``_feature_preposition``), a name glued to "to" before a name or
    to "by" before a year (``_run_preposition``), a name glued to "every" before a phrase of
    time (``_every_before_time``).  Safe: the whole is no word of any lexicon."""
    if not _CAPITALISED.fullmatch(piece) or zipf(piece) >= UNSEEN:
        return None
    if foreign_zipf(piece) >= FOREIGN_WHOLE:
        return None
    for cut in _END_GLUE_CUTS:
        head, tail = piece[: len(piece) - cut], piece[len(piece) - cut :]
        if len(head) < 4 or not head.isalpha():
            continue
        if (
            _past_before_name(head, tail, site)
            or _feature_preposition(head, tail, site.next_word)
            or _run_preposition(head, tail, site)
            or _every_before_time(head, tail, site.next_word)
        ):
            return Split(head, tail, zipf(head), safe=True, confidence=0.85)
    return None


_END_GLUE_CUTS = (9, 8, 7, 6, 5, 4, 2)  # tail lengths the four readings take, longest first
YEAR = regex.compile(r"(?:1[89]|20)\d\d")


def _end_name(head: str, site: _Site) -> bool:
    """A name English knows that is no word of any class, no given name and no word English
    capitalises by rule ("Kelvania", not "Toby", "Mayo" or "Monday"), or one the batch
    writes alone, at a seam where the tail ends at most two known words (``_known_place``)."""
    low = head.casefold()
    if word_classes(low) or low in _given_names() or low in _capitalised_by_rule():
        return False
    return zipf(head) >= NAME or site.attested.get(head, 0) > 0


def _past_before_name(head: str, tail: str, site: _Site) -> bool:
    """``Earlier, Kelvaniabeat Ostrel 2-1``: a known name glued to the past tense of a verb
    that takes the next name as its object (resources/word/transitive_pasts.txt): no name
    ends in "-beat" or "-signed" ("Heartbeat", "Upbeat" are words known whole)."""
    return (
        tail in word_list("transitive_pasts.txt")
        and site.next_word[:1].isupper()
        and site.next_word.casefold() not in word_list("determiners.txt")
        and site.next_word.casefold() not in _capitalised_by_rule()
        and _end_name(head, site)
        and seam_counts(tail)[head[-2:].lower()] <= NAME_SEAM
    )


_LONG_PREPOSITIONS = frozenset({"with", "from", "into", "near", "onto", "towards", "toward"})


def _feature_preposition(head: str, tail: str, next_word: str) -> bool:
    """``the Kelvo Straitwith strong winds``: a capitalised noun that ends a run of names as
    the kind of place it names (resources/word/run_features.txt) glued to a preposition of
    four letters or more, before the lower-case word or number it takes: neither is a name's
    ending ("the Straitwith Arms" may be a pub's name); or glued to "on" or "in" before a day,
    a month or a figure (``Varsk Atollon Friday``), which follow no name."""
    if not head[1:].islower() or head.casefold() not in word_list("run_features.txt"):
        return False
    if tail in _DATE_PREPOSITIONS:
        return _date_word(next_word) or next_word[:1].isdigit()
    return tail in _LONG_PREPOSITIONS and (next_word[:1].islower() or next_word[:1].isdigit())


def _run_preposition(head: str, tail: str, site: _Site) -> bool:
    """``Lake Kelvuto Ostrela``, ``in Port Kelvangby 2031``: a known name (``_end_name``)
    glued to "to" before a name, as the last word of a run of names that opens with no given
    name (a surname may end in "-to": "Marco Peretto Bianchi"), or to "by" before a year,
    where it is a deadline, after a name or a preposition (a citation's author stands alone:
    "(Kelvaby 1990)"), at a seam where the tail ends at most two known words."""
    if tail == "to":
        if not (site.after_name and site.next_word[:1].isupper()):
            return False
        if site.previous.casefold() in _given_names() or site.role:
            return False
        if site.previous.casefold() in word_list("determiners.txt"):
            return False  # "The Kelvuto Cooperative": a name opening with "The"
        if word_classes(site.next_word.casefold()):
            return False  # "to" before a word, not a name: "Kelvuto Group"
    elif tail != "by" or not YEAR.fullmatch(site.next_word):
        return False
    elif not (site.after_name or site.previous in word_list("prepositions.txt")):
        return False  # a citation names its author before the year: "(Kelvaby 1990)"
    return _end_name(head, site) and seam_counts(tail)[head[-2:].lower()] <= NAME_SEAM


# What "every" counts in a phrase of time ("every January", "every two weeks")
_EVERY_TAKES = frozenset(
    {"year", "day", "week", "month", "morning", "evening", "night", "weekend", "season"}
    | {"summer", "winter", "spring", "autumn", "time", "other", "few", "two", "three"}
)


def _every_before_time(head: str, tail: str, next_word: str) -> bool:
    """``the festival that fills Varskevery January``: a name no lexicon knows as a word,
    glued to "every" before a day, a month or what "every" counts in a phrase of time, at
    a seam where no known word ends ("-skevery"): no name ends so, and "every" takes that
    phrase."""
    if tail != "every" or not head[:1].isupper() or word_classes(head.casefold()):
        return False
    if head.casefold() in _given_names() or seam_counts(tail)[head[-2:].lower()]:
        return False
    return _date_word(next_word) or next_word.casefold() in _EVERY_TAKES


def _weekday(word: str) -> bool:
    """A day of the week, capitalised, or its plural ("Friday", "Saturdays")."""
    low = word.casefold().removesuffix("s")
    return word[:1].isupper() and low.endswith("day") and low in _calendar()


def _day_plural(best: Split, next_word: str) -> Split | None:
    """``Fridays|and Saturdays``, ``Saturdays|at 8 p.m.``: a weekday's plural, an everyday
    adverbial ("on Fridays"), before "and" or "or" and another day, or before a preposition
    and what it takes (``_preposition_glue``), is applied: the singular's reading ("Friday|sand
    Saturdays", "Saturday|sat 8 p.m.") makes no phrase there, and no name is built from a
    day.  Not before a pronoun or a noun ("Mondays|he", "Sunday|sin")."""
    left, right = best.left, best.right
    if right.startswith("s") and not left.endswith("s"):
        left, right = left + "s", right[1:]
    if not (left.endswith("s") and _weekday(left)):
        return None
    linked = right in _LIST_LINKS and _weekday(next_word)
    if not (linked or _preposition_glue(right, next_word)):
        return None
    return Split(left, right, best.score, safe=True, confidence=0.85)


def _plural_rival(best: Split, next_word: str = "") -> Split:
    """``Ecuadorian|shave`` may be ``Ecuadorians|have``: an auxiliary after a plural is
    another reading; the likelier of the two is offered, not applied.  So is an everyday
    function word after a plural English knows (``Park|sand`` / ``Parks|and``,
    ``Rwandan|snow`` / ``Rwandans|now``) when that reading is the likelier."""
    day = _day_plural(best, next_word)
    if day is not None:
        return day
    left, right = best.left + best.right[:1], best.right[1:]
    # a people's plural English has not seen ("Vanuatuans") is a plural all the same
    people = _people_singular(best.left)
    if not best.right.startswith("s") or (zipf(left) < UNSEEN and not people):
        return best
    if zipf(right) < PART or not _word_part(right):
        return best
    # "Vanuatuans|had waited": an auxiliary before its participle takes the plural subject;
    # a rare noun ("shad") is no subject there ("Ecuadorian|shave left" still rivals)
    rare = zipf(best.right) < PART
    if people and rare and right in _PERFECT_TAILS and _perfect_next(next_word):
        return Split(left, right, best.score, True, 0.85)
    if people and _preposition_before_its_object(right, next_word):
        # "Hungarians|on the farm": no noun ("Hungarian|son") stands before "the" or a
        # bare plural, a preposition does
        return Split(left, right, best.score, True, 0.85)
    gain = zipf(left) + zipf(right) - zipf(best.left) - zipf(best.right)
    # "Xs|have", "Xs|had" against "X|shave", "X|shad": a rival unless far less likely
    if right in _BE_HAVE_TAILS:
        floor = -CLEAR_READING
    # ... a function word only when the plural reading is the likelier: "Service|said" and
    # "Thursday|show" are no "Services|aid", "Thursdays|how"; after a demonym, whose
    # plural names people ("Rwandans|now"), when likelier at all; after another word only
    # when far likelier ("Parks|and"; "Bering Sea|snow crab" is no "Seas|now")
    elif zipf(right) >= FUNCTION:
        floor = 0.0 if _by_rule(best.left) else CLEAR_READING
    else:
        return best
    # the likelier reading first ("Kuwaitis|take pride", not "Kuwaiti|stake pride")
    if gain >= CLEAR_READING or (gain > 0 and gain > floor):
        return Split(left, right, best.score, False, 0.6)
    if gain > floor:
        return Split(best.left, best.right, best.score, False, 0.6)
    return best


CLEAR_READING = 1.5  # one reading this much likelier (zipf of both parts summed) wins


def _preposition_before_its_object(word: str, next_word: str) -> bool:
    """A short preposition before a determiner or a bare plural ("on the", "on weekends")."""
    if word not in _OBJECT_PHRASE_TAILS or not next_word.isalpha() or not next_word.islower():
        return False
    return next_word in word_list("determiners.txt") or _plural_noun(next_word)


def _people_singular(head: str) -> bool:
    """``Vanuatuan``, ``Omani``: a demonym whose plural (in -s) names the people."""
    return head.endswith(("an", "i")) and _by_rule(head) and head.casefold() not in _calendar()


def _perfect_next(word: str) -> bool:
    """A past participle or an adverb that stands between an auxiliary and one ("had
    waited", "have never")."""
    low = word.casefold()
    return word == low and low.isalpha() and (low in _AUX_ADVERBS or _perfect(low))


def _clear_reading(rivals: list[_Candidate]) -> Split | None:
    """Of readings with like evidence, one far likelier as two words, if any.

    The reading's likelihood is that of its two words together (their zipfs summed):
    "Venezuelans|have" (2.6 + 6.7) against "Venezuelan|shave" (3.4 + 3.8), "Indian|shares"
    (4.9 + 4.6) against "Indians|hares" (4.3 + 2.8).
    """
    ranked = sorted(rivals, key=lambda c: -(zipf(c.split.left) + zipf(c.split.right)))
    first, second = (zipf(c.split.left) + zipf(c.split.right) for c in ranked[:2])
    return ranked[0].split if first - second >= CLEAR_READING else None


def _written_alone(rivals: list[_Candidate], attested: Counter[str]) -> Split | None:
    """``Kelvarare``: of rival readings, the one reading whose head the batch writes on its
    own ("Kelvar|are" beside "Kelvar" alone, not "Kelva|rare"), if only one is and its head
    is the longest: a shorter head is a piece of that name, but a longer one may be its
    plural ("Haitians|have" beside "Haitian" alone)."""
    alone = [c.split for c in rivals if len(c.split.left) >= 3 and attested.get(c.split.left, 0)]
    if len(alone) != 1:
        return None
    longest = all(len(c.split.left) < len(alone[0].left) for c in rivals if c.split is not alone[0])
    return alone[0] if longest else None


def _demonym_compound(piece: str) -> Split | None:
    """``Korean|chipmakers``: a demonym or a day glued to a rarer English word.

    A compound English has seen but seldom ("chipmakers") falls below the tail's
    usual bar, and splitting inside it ("Koreanchip|makers") would be wrong; no name
    starts with a demonym, so the split is at its end: unseen when the compound is
    not very rare ("carmakers", "peacekeepers") or long ("surtitles"), offered below that.
    """
    for i in range(4, len(piece) - LONG_TAIL + 1):
        head, tail = piece[:i], piece[i:]
        # "Americans|upport" is "American|support": a plural that took the s of an
        # everyday word is no reading
        if head.endswith("s") and zipf(piece[i - 1 :]) >= PART:
            continue
        if _by_rule(head) and tail.islower() and UNSEEN <= zipf(tail) < PART:
            safe = zipf(tail) >= COMPOUND_TAIL or len(tail) >= LONG_COMPOUND
            return Split(head, tail, zipf(tail), safe=safe, confidence=0.85 if safe else 0.6)
    return None


# Arabic name particles: "al-" before a hyphened name, "bin"/"ibn" (son of) before a name.
_HYPHEN_PARTICLES = ("al", "el")  # "el-" in Egyptian names ("Abd|el-Fattah")
# ... and the Malay and Arabic "binti", "bint" (daughter of: "Siti Aminah|binti Yusof")
_SPACED_PARTICLES = ("binti", "bint", "bin", "ibn")
# Romance particles inside place and family names ("Teatro di San Carlo", "Praia do Norte",
# "Ciudad del Este", "Salinas de Garci Mendoza", "Nossa Senhora da Graça"); "da" ends Turkish
# words and Portuguese participles ("-ada"): offered only, as the other Portuguese ones, and
# not where Turkish knows the whole; "de" ends names ("Andrade"), but not after an everyday
# Spanish, Portuguese or French word ("Andra" is none).
_ROMANCE_PARTICLES = (
    "della", "dello", "delle", "del", "dos", "das", "des", "di", "do", "da", "du", "de",
)  # fmt: skip
# The head before one must be an everyday word of its language ("Praia" 5.1, "Freguesia"
# 4.0): a mere surname that list knows ("Zerbi" 2.8) may end in "-do" or "-di".
ROMANCE_HEAD = 3.5
ROMANCE_UNKNOWN_HEAD = 3.0
# The languages each particle joins names in: the head must be an everyday word of one of
# them, not of any FOREIGN list ("Kara|di": "kara" is 3.55 in Portuguese, 3.4 in Italian).
_PARTICLE_LANGUAGES = {
    "della": ("it",), "dell": ("it",), "dello": ("it",), "delle": ("it",), "di": ("it",),
    "del": ("es", "it"),
    "de": ("es", "pt", "fr"), "des": ("fr",), "du": ("fr",),
    "do": ("pt",), "dos": ("pt",), "das": ("pt",), "da": ("pt",),
}  # fmt: skip
_PARTICLES = _HYPHEN_PARTICLES + _SPACED_PARTICLES + _ROMANCE_PARTICLES
# Particles that end words of many languages ("Andes", "Hindu"): after a head more of the
# particle's language than of English only ("Salinas|de", "Hôtel|des Ventes"; not "Thai|de")
_SHARED_PARTICLES = frozenset({"de", "des", "du"})
_PARTICLE_NEXT = regex.compile(
    r"-\p{Lu}|[ ]\p{Lu}|[ ](?P<article>la|las|los)[ ]\p{Lu}|(?P<elided>['’])\p{Lu}"
)
# Italian "dello"/"della" before a vowel: "Galleria|dell’Arte"
_ELIDED_PARTICLES = ("dell",)


# Portuguese particles, which end participles ("Escola|do") but follow no given name as such,
# the Welsh "ap" (son of: "Gethin|ap Dafydd"), which no given name ends in either, and the
# Spanish "del" ("Dionisio|del Orbe"), which ends few and only short ones ("Fidel", "Abdel")
_GIVEN_PARTICLES = ("dos", "das", "da", "do", "ap", "van", "del", "de")
# ... and the Dutch "ter" and "ten" before a capital ("Femke|ter Horst"), which end given names
# known whole only ("Walter", "Kristen"), but end Scandinavian and English surnames after a
# given name in "s" ("Hansten", "Nilsten", "Dennister"): there the split is offered only
_DUTCH_PARTICLES = ("ter", "ten")
# ... the Dutch "van" and the Romance "de" also before the article of a family name ("Lukas|van
# der Meer", "Carmen|de la Fuente"), which is lower case
_LOWER_NEXT_PARTICLES = ("van", "de")
_GIVEN_NEXT = regex.compile(r"[ ](?:\p{Lu}|[dl])")
# ... but "-ado", "-idas" end participles ("Rimadas", "Sentido"): not after a given name in a or i
_PARTICIPLE = regex.compile(r"[ai]d[ao]s?")
GIVEN_STEM = 5


def _given_particle(piece: str, after: str) -> Split | None:
    """``João|da Costa``, ``Maria|do Carmo``, ``Lukas|van der Meer``, ``Dionisio|del Orbe``: a
    given name glued to the particle before the family name (a given name ends in none of
    them: "Glenda", "Linda" are known whole)."""
    # a word of its own ("Rosadas", "Sanado": Portuguese, Spanish)
    if not _GIVEN_NEXT.match(after) or zipf(piece) >= UNSEEN:
        return None
    if foreign_zipf(piece) >= FOREIGN_WHOLE:
        return None
    for particle in _GIVEN_PARTICLES + _DUTCH_PARTICLES:
        head = piece[: -len(particle)]
        if after[1].islower() and particle not in _LOWER_NEXT_PARTICLES:
            continue
        if particle in _DUTCH_PARTICLES:
            if piece.endswith(particle) and len(head) >= 4 and _fold(head) in _given_names():
                safe = not head.endswith("s")
                return Split(
                    head, particle, zipf(head), safe=safe, confidence=0.85 if safe else 0.6
                )
            continue
        # ... a participle's stem is short ("Rima|das"); a given name of five letters or more
        # before a capitalised name is a person's ("Helena|da Silva")
        if _PARTICIPLE.fullmatch(piece[-len(particle) - 1 :]) and (
            len(head) < GIVEN_STEM or not after[1].isupper()
        ):
            return None
        if piece.endswith(particle) and len(head) >= 4 and _given_before(head, particle):
            return Split(head, particle, zipf(head), safe=True, confidence=0.85)
    return None


def _given_before(head: str, particle: str) -> bool:
    """``head`` is a given name that may stand before ``particle``: one the pronoun list
    knows, or, before the Dutch and Afrikaans "van" (which ends no given name and few
    words: "Sullivan", "caravan" are known whole), the Spanish "del" after a vowel, as
    Romance given names end (it ends short given names, "Fidel", "Wendel", and Filipino
    and Germanic ones after a consonant, "Rosendel"), or the Portuguese "dos" and "das"
    (which end plurals and participles, read before this), one of any source (``Gerhardus|van
    Rooyen``, ``Dionisio|del Orbe``, ``Januário|dos Reis``) of five letters or more: shorter
    ones end South Indian names ("Aryavan")."""
    folded = _fold(head)
    if folded in _given_names():
        return True
    any_source = folded.lower() in word_set("word", "given_names_any.txt")
    if particle == "del" and not folded.endswith(_VOWELS):
        return False  # "Rosen|del", "Bren|del": Filipino and Germanic names end so
    return particle in _ANY_SOURCE_PARTICLES and len(head) >= 5 and any_source


_VOWELS = ("a", "e", "i", "o", "u")


# Particles after which a given name of any source counts (``_given_before``); not "da",
# "do" or "de", which end given names and surnames ("Miranda", "Armando", "Andrade")
_ANY_SOURCE_PARTICLES = frozenset({"van", "del", "dos", "das"})


def _fold(word: str) -> str:
    """Lower case without accents: "João" -> "joao", as the given-name list spells it."""
    nfkd = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _name_particle(piece: str, after: str, attested: Counter[str]) -> Split | None:
    """``Bashar|al-Assad``, ``Mohammed|bin Salman``, ``Teatro|di San Carlo``: a known name
    or word glued to the particle that joins it to the next name.

    Only after a name English or a FOREIGN list knows ("Bashar", "Ahmed", "Feisal"),
    "bin" after a given name, a Romance particle after an everyday word of a FOREIGN list
    ("Praia", "Ciudad"); and only when the whole is no word of its own ("Portugal-Spain", "Senegal",
    "Leonardo").
    """
    after_given = _given_particle(piece, after)
    if after_given is not None:
        return after_given
    m = _PARTICLE_NEXT.match(after)
    if m is None:
        return None
    hyphen = m.group()[0] == "-"
    # "Impasse|de la Gare", "Plaza|de los Reyes": the feminine or plural article comes
    # between "de" and the name (a French or Spanish everyday word before it, as below)
    romance = ("de",) if m.group("article") else _SPACED_PARTICLES + _ROMANCE_PARTICLES
    romance = _ELIDED_PARTICLES if m.group("elided") else romance
    # a three-letter head only before "al-" or "el-" ("Abu|al-Khair", "Abd|el-Aziz") or
    # before "de" and its article ("Río|de la Venta": no name ends so before "la" and a name)
    shortest = 3 if hyphen or m.group("article") else 4
    particles = [
        p
        for p in (_HYPHEN_PARTICLES if hyphen else romance)
        if piece.endswith(p) and len(piece) - len(p) >= shortest and piece[0].isupper()
    ]
    # The foreign lists are read only for a piece that ends in a particle.
    if not particles or zipf(piece) >= UNSEEN or foreign_zipf(piece) >= FOREIGN_WHOLE:
        return None
    for particle in particles:
        head = piece[: -len(particle)]
        if particle in _ROMANCE_PARTICLES or particle in _ELIDED_PARTICLES:
            # Turkish builds locatives in "-de" of any noun, loans too ("Festival|de",
            # "Belge|de"): a whole Turkish knows is that, not a name and its particle
            # ... and "-da" after a back vowel ("Ankara|da"): Turkish words are no particle
            turkish = particle in {"de", "da"}
            if turkish and foreign_lists.zipf_frequency(piece, "tr") >= FOREIGN_WHOLE:
                continue
            languages = _PARTICLE_LANGUAGES[particle]
            home = max(foreign_lists.zipf_frequency(head, lang) for lang in languages)
            # "de" ends words of many languages: the head must be more of its language
            # than of English ("Salinas|de"; not "Thai|de"), unless the article and a name
            # follow, which no word ends before ("Avenue|de la Paz", "Route|de la Gare")
            shared = particle in _SHARED_PARTICLES and not m.group("article")
            if shared and zipf(head) >= home:
                continue
            # ... or a less common one English does not know at all ("Veillée|des")
            if home >= ROMANCE_HEAD or (zipf(head) < UNSEEN and home >= ROMANCE_UNKNOWN_HEAD):
                # Portuguese participles, gerunds and their plurals end so ("Escola|do",
                # "Salgan|do", "Medalha|dos"): the Portuguese particles are only offered.
                safe = not particle.startswith("do") and not particle.startswith("da")
                return Split(
                    head, particle, zipf(head), safe=safe, confidence=0.85 if safe else 0.7
                )
            continue
        # "bin" is an English word too ("Raki|bin Columbia"): only after a given name or
        # a head the batch uses on its own ("Azman|bin Yusof" ... "Azman said"); so are
        # "binti", "bint" (none ends an English word, but "Albinti", "Rabint" may be names);
        # a given name of any source counts, as before "van" (``Saif|bin Huwaidi``), unless
        # the piece before "in" is one too (``Rakib|in Columbia``)
        given = head.casefold() in _given_names() or attested[head] > 0
        any_source = word_set("word", "given_names_any.txt")
        rival = particle == "bin" and _fold(piece[:-2]) in any_source
        given = given or (_fold(head) in any_source and not rival)
        known = zipf(head) >= NAME or foreign_zipf(head) >= FOREIGN_NAME
        if given or (known and particle in _HYPHEN_PARTICLES):
            return Split(head, particle, zipf(head), safe=True, confidence=0.85)
        if particle == "binti":  # no English word, but an unknown head may be a name's start
            return Split(head, particle, zipf(head), safe=False, confidence=0.7)
    return None


def _clause_tail(tail: str) -> bool:
    """A finite verb, a preposition or a conjunction: what follows a name in a sentence."""
    if zipf(tail) >= SAFE_FUNCTION or tail in word_list("clause_verbs.txt"):
        return True
    if tail in word_list("clause_openers.txt") or tail in word_list("prepositions.txt"):
        return True
    if len(tail) >= 4 and tail in word_list("determiners.txt"):
        return True  # "Lochaber|every three weeks"
    return len(tail) >= 5 and tail.endswith("ed") and zipf(tail) >= SAFE_PART


# A content word ending this many known words forms closed compounds ("-master": headmaster,
# ringmaster; "-house"): two content words ending in it are a compound, not a glue.
COMPOUND_ENDINGS = 30


def _inflected_word(piece: str) -> bool:
    """``tinpans`` beside a known ``tinpan``, ``longlining`` beside ``longline``: a plural,
    an -ing or an -ed form of a word English knows whole (with its "e" dropped or its last
    consonant doubled: "longlined", "bushwhacking", "kidnapped"); not of a function word
    ("be|caused" is no form of "because")."""
    if piece.endswith("es") and zipf(piece[:-2]) >= UNSEEN:
        return True
    if piece.endswith("s") and zipf(piece[:-1]) >= UNSEEN:
        return True
    stems = _verb_stems(piece)
    if any(stem in function_words() for stem in stems):
        return False  # "becaus|ed": a misspelling of "because" is known, "because" no verb
    return any(zipf(stem) >= UNSEEN for stem in stems)


# Letters of a stem read so: a shorter one makes glue of a word and a short tail ("the|red"
# read as "there" + "d", "seas|ing" as "seas" + "ing").
INFLECTED_STEM = 6


def _verb_stems(piece: str) -> list[str]:
    """What ``piece`` may be the -ing or -ed form of: "longlin" + "e", "kidnap"."""
    for ending in ("ing", "ed"):
        if piece.endswith(ending) and len(piece) - len(ending) >= INFLECTED_STEM:
            stem = piece[: -len(ending)]
            stems = [stem, stem + "e"]
            if stem[-1] == stem[-2]:
                stems.append(stem[:-1])
            return stems
    return []


# Letters a word after a prefix must have for the pair to read as a derived word
PREFIXED_TAIL = 4


def _prefixed(piece: str) -> bool:
    """``piece`` is a derivational prefix (resources/word/derivational_prefixes.txt; no
    particle or preposition: "overseveral" is glue) before a content word: a derived word
    the lexicon lacks ("superblack", "megadrought"), whatever other split it allows
    ("superb lack")."""
    for head in word_list("derivational_prefixes.txt"):
        tail = piece[len(head) :]
        if not piece.startswith(head) or len(tail) < PREFIXED_TAIL:
            continue
        if tail not in function_words() and zipf(tail) >= PART:
            return True
    return False


def _particle_verb(piece: str) -> int:
    """Where a particle ends that opens ``piece`` before an inflected verb English knows
    ("out|sprinting", "over|staffed"; resources/word/verb_particles.txt), or 0: English makes
    verbs so ("outsprint", "overstaff") faster than a dictionary lists them, so no split past
    the particle reads it ("outs printing").  The split at the particle itself is judged as
    any other ("out|kicks"), and so is one inside it: "of|flights" is glue, whatever "off"
    and "lights" make."""
    for head in word_list("verb_particles.txt"):
        tail = piece[len(head) :]
        if (
            piece.startswith(head)
            and len(tail) >= PREFIXED_TAIL
            and zipf(tail) >= PART
            and verb_form(tail, ("VBG", "VBD", "VBN", "VBZ"))
        ):
            return len(head)
    return 0


def _lower_glue(piece: str) -> Split | None:
    """``presentedevidence``: two lower-case words."""
    if not _LOWER.fullmatch(piece) or _inflected_word(piece) or _prefixed(piece):
        return None
    whole = zipf(piece)
    particle = _particle_verb(piece)
    candidates: list[Split] = []
    for i in range(1, len(piece)):
        head, tail = piece[:i], piece[i:]
        if (len(head) == 1 and head != "a") or (len(tail) == 1 and tail != "a"):
            continue
        if particle and i > particle:
            continue  # "outs|printing": the word is "out" and "sprinting" ("of|flights" stays)
        if not (_word_part(head) and _word_part(tail)):
            continue
        hz, tz = zipf(head), zipf(tail)
        if min(hz, tz) < PART:
            continue
        # Two-letter parts only as everyday function words: "un|dump" and
        # "re|exec" are prefixes; "of|more" and "by|late" are glue.
        if (len(head) == 2 and hz < SHORT_PART) or (len(tail) == 2 and tz < SHORT_PART):
            continue
        # Three-letter parts near the threshold are abbreviations or foreign ("und|ump").
        if (len(head) == 3 and hz < SHORT3_PART) or (len(tail) == 3 and tz < SHORT3_PART):
            continue
        function_glue = min(hz, tz) >= FUNCTION_GLUE and whole < FUNCTION_GLUE_WHOLE
        if whole >= UNSEEN and not function_glue:
            continue
        if _productive_tail(tail) or _productive_head(head):
            continue
        if head in word_list("particle_prefixes.txt") and tz < SAFE_FUNCTION:
            continue  # "out|kicks", "over|ran": English writes the compound whole
        candidates.append(Split(head, tail, min(hz, tz), False, 0.7))
    if not candidates:
        return None
    candidates.sort(key=lambda s: -s.score)
    best = candidates[0]
    clear = len(candidates) == 1 or candidates[1].score < best.score - 1.0
    # Two content words may be a compound English has not yet listed ("sportswashing",
    # "doomscrolling"): offered only.  A function word in it ("saidthe", "ofmore",
    # "thathas") is never part of a compound.
    function_part = max(zipf(best.left), zipf(best.right)) >= SAFE_FUNCTION
    if not function_part and ending_counts().all[best.right] >= COMPOUND_ENDINGS:
        return None  # "yardmaster": English writes its compounds with this word whole
    safe = clear and best.score >= SAFE_PART and whole == 0.0 and function_part
    # A word of another language may begin with an English function word ("a slow
    # sostare", "so" + "stare"): when a foreign list knows the whole and the other part is no
    # everyday word, the whole is that word; when the list barely knows it, the split is
    # only offered.
    if function_part and best.score < NOUN_TAIL:
        foreign = foreign_zipf(piece)
        if foreign >= FOREIGN_WHOLE:
            return None
        safe = safe and foreign == 0.0
    return Split(best.left, best.right, best.score, safe, 0.85 if safe else 0.5)


# Letters, then a hyphenated number: "Scottishunder-12" is prose, "A4B2" or "mp3s" a code.
_NUMBERED = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*-\p{N}+")
_NEXT_WORD = regex.compile(r"[^\S\n]+(\p{L})")


def _links_names(word: str) -> bool:
    return word in word_list("prepositions.txt") or word in word_list("clause_openers.txt")


# An item of a list of names just before: "Ordu, Giresun, Samsun|and Trabzon".
_LISTED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*,[ ]\Z")
_FOLLOWING = regex.compile(r"[^\S\n]+([\p{L}\p{N}]+)")


def _opens(text: str, start: int) -> bool:
    """True when the run of names that ends just before ``start`` opens a sentence."""
    m = _NAME_RUN.search(text, max(0, start - 80), start)
    return m is not None and starts_sentence(text, m.start())


_PRECEDING = regex.compile(r"([\p{L}\p{M}]+)[^\S\n]+\Z")


def _previous_word(text: str, start: int) -> str:
    """The word before ``start`` on the line, if only spaces come between."""
    m = _PRECEDING.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    """The next word on the line, if only spaces come before it."""
    m = _FOLLOWING.match(text, end)
    return m.group(1) if m else ""


def _modifier_noun(text: str, split: Split, attested: Counter[str]) -> bool:
    """``the Walloonbus company`` beside ``the Walloon capital``: a name of no English word
    class that the text writes on its own before a lower-case noun (an adjective of a place or
    people), glued to an everyday noun, even a short one.  A surname is followed by its verb
    ("Kaspar said"), not by a noun; a suffix ("-son", "-man") still makes a name."""
    head, tail = split.left, split.right
    if not head[:1].isupper() or not tail.islower() or attested.get(head, 0) == 0:
        return False
    if len(head) < 4 or word_classes(head.casefold()) or head.casefold() in _given_names():
        return False
    if len(tail) < 3 or zipf(tail) < NOUN_TAIL or "NOUN" not in word_classes(tail):
        return False
    if _productive_tail(tail) or _finite_verb(tail):
        return False
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(head)}[ ](\p{{Ll}}+)\b", text):
        word = m.group(1)
        if "NOUN" in word_classes(word) and not _finite_verb(word) and zipf(word) >= PART:
            return True
    return False


def _word_after_next(text: str, end: int) -> str:
    """The word after the next word on the line, if only spaces come between."""
    m = _FOLLOWING.match(text, end)
    return _next_word(text, m.end()) if m else ""


def _third_word(text: str, end: int) -> str:
    """The third word after ``end`` on the line, if only spaces come between."""
    m = _FOLLOWING.match(text, end)
    return _word_after_next(text, m.end()) if m else ""


def _before_name(text: str, end: int) -> bool:
    """True when the next word on the line is capitalised."""
    m = _NEXT_WORD.match(text, end)
    return bool(m and m.group(1).isupper())


def _skip_fast(token: str) -> bool:
    """Most tokens: a plain word that English knows well enough to be no glue."""
    if not token.isalpha() or _CAMEL_HUMP.search(token):
        return False  # "theNational": a camel hump is checked whatever wordfreq says
    z = zipf(token)
    if z >= FUNCTION_GLUE_WHOLE:
        return True
    return z >= UNSEEN and not token.islower()


def _site(
    text: str, start: int, end: int, attested: Counter[str], after_name: bool, at_start: bool
) -> _Site:
    """What stands around the piece at ``start`` of the token ending at ``end``."""
    return _Site(
        attested,
        after_name,
        at_start,
        _before_name(text, end),
        _next_word(text, end),
        _LISTED.search(text, max(0, start - 60), start) is not None,
        at_start or (after_name and _opens(text, start)),
        _previous_word(text, start),
        _word_after_next(text, end),
        text,
        text.startswith(" (", end),
        text.startswith(",", end),
        _after_role(text, start),
        third=_third_word(text, end),
        start=start,
        glossed_by_name=_GLOSS_BY_NAME.match(text, end) is not None,
    )


# A bracket that opens with a capital and is followed by a figure, a mark or the line's
# end: "(Namibia) 3:26:35", "(Tarvela Canoe Club);", not "(Reuters) the plan"
_GLOSS_BY_NAME = regex.compile(r"[^\S\n]+[(\[]\p{Lu}[^)\]\n]*[)\]][^\S\n]*(?:\d|[,;.]|\n|\Z)")


_ROLE_BEFORE = regex.compile(r"(\p{Ll}+),?[^\S\n]+\Z")


def _after_role(text: str, start: int) -> bool:
    """A noun naming a person by role stands just before ``start`` ("The poet|", "The
    mayor, |"): the token opens a person's name."""
    m = _ROLE_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in _roles()


# an age in commas after a name: "|, 47,"
_AGE_AFTER = regex.compile(r",[^\S\n]*\d{1,3},")
# a role noun, its comma and up to three capitalised words: "the chair, Maria |"
_ROLE_APPOSITION = regex.compile(r"(\p{Ll}+),[^\S\n]+(?:\p{Lu}[\p{L}\p{M}'’-]*[^\S\n]+){0,3}\Z")


def _phrase_follows(split: Split, text: str, end: int) -> bool:
    """``a Massin the basilica``, ``Royal Mailin March``, ``launched by Josephin 2019``: a
    preposition before the phrase it opens (a determiner, a figure, a day or a month)
    outweighs a given name of the same letters ("Massin", "Mailin", "Josephin")."""
    nxt = _FOLLOWING.match(text, end)
    if nxt is None or split.right not in word_list("prepositions.txt"):
        return False
    following = nxt.group(1)
    return (
        following in word_list("determiners.txt")
        or following[:1].isdigit()
        or (following[:1].isupper() and following.casefold() in _calendar())
    )


# a title's abbreviation just before: "Dr. |", "Prof. |"
_TITLE_BEFORE = regex.compile(r"(?<![\p{L}.])(\p{L}+)\.[^\S\n]+\Z")


def _titled_given_name(split: Split, text: str, start: int, end: int) -> bool:
    """``Dr. Sisomphone Vongkhamsao``: between a title's abbreviation and a capitalised word
    stands a given name; a content word split off an unknown head ("Sisom phone") would
    stand between two names, where no glue puts one (a link word may: "Dr. Kovacsand
    Smith"; a finite verb after a surname is the glue news makes most: "Gen. Milleywarned
    Congress")."""
    if not _title_before(text, start):
        return False
    return _plain_content(split.right) and zipf(split.left) < NAME and _before_name(text, end)


def _title_before(text: str, start: int) -> bool:
    """A title's abbreviation stands just before ``start`` ("Dr. |", "Mr. |";
    resources/lexicon/title_abbreviations.txt)."""
    m = _TITLE_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).casefold() in title_abbreviations()


def _aside_word(word: str) -> bool:
    """An adverb or a reflexive, which may close an apposition ("Maria Lopez|herself,")."""
    return word.endswith(("self", "selves")) or "ADV" in word_classes(word)


def _named_in_apposition(text: str, start: int, end: int, tail: str) -> bool:
    """``The committee's chair, Maria Hekmet, will``, ``Tesfaye Gebreyes, 47,``: a name set
    off by commas after a role noun names the role's holder, one before an age in
    commas is a person's, and so is one after a capitalised word that an indefinite
    apposition of a person's role follows ("Doaa Elkholy, a dive guide"), so the token
    closing it is a surname, however it splits
    ("Hek met"); after a given name before a comma, so is one a thing's noun would split
    off (``_plain_content``: "Maria Galenzone,": "Galen zone"); a glued word cannot stand there,
    since the comma follows the token, unless it is a role itself ("Lena
    Marquezminister,"), an adverb or a reflexive ("Emmanuel Macronhimself,",
    ``_aside_word``)."""
    if text[end : end + 1] != "," or tail in _roles() or _aside_word(tail):
        return False
    if _AGE_AFTER.match(text, end) and _NAME_RUN.search(text, max(0, start - 40), start):
        # "Tesfaye Gebreyes, 47,", "Maria Hekmet, 51,": an age follows, and no verb stands
        # before it, a clause's verb ("met") included
        return _plain_content(tail, finite=True) or tail in word_list("clause_verbs.txt")
    given = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    if given and given.group(1).casefold() in _given_names() and _plain_content(tail):
        return True  # "Maria Galenzone,": no noun is glued to a full name before a comma
    if given and starts_sentence(text, given.start(1)) and _role_apposition_after(text, end):
        # "Doaa Elkholy, a dive guide": the apposition says who the sentence's subject is
        return True
    m = _ROLE_APPOSITION.search(text, max(0, start - 80), start)
    return m is not None and m.group(1) in _roles()


# a capitalised word one space before: "Maria |"
_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+)[ ]\Z")
# an indefinite apposition after a name: ", a dive guide who", ", an elderly fisherman,"
_ROLE_AFTER = regex.compile(r",[ ]an?[ ]((?:[\p{Ll}\-]+[ ]?){1,3})")


def _role_apposition_after(text: str, end: int) -> bool:
    """An indefinite apposition after ``end`` whose noun phrase, up to its first small word,
    holds a person's role: ", a dive guide who", ", an elderly fisherman,"; not a source's
    attribution, whose role a reporting verb follows ("the Tana Riverdelta, an aid worker
    said": the glue ends the quoted clause)."""
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    phrase: list[str] = []
    for word in words:
        if word in function_words() or word in reporting_verbs():
            break
        phrase.append(word)
    if not phrase or phrase[-1] not in _roles():
        return False  # the phrase's head, its last word, names no person
    after = words[len(phrase) :] or _WORD_AFTER_ROLE.findall(text, m.end(), m.end() + 20)
    return not (after and after[0] in reporting_verbs())


_WORD_AFTER_ROLE = regex.compile(r"\p{Ll}+")


# endings of agent nouns, which follow a name as its role ("Kovacs|solicitor")
_AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman")


def _plain_content(tail: str, finite: bool = False) -> bool:
    """A thing's noun of the dictionary that is no finite verb, adverb, adjective, agent noun
    or closed-class word ("zone", "card", "cache"; not "met", "even", "all", "guilty",
    "solicitor"): what follows a person's name only as a role, a verb or a verb's complement
    would ("found Maria Kovacsguilty,"); ``finite``: a finite verb too, where no verb stands
    ("<Name>, 47,": "Gebr|eyes")."""
    classes = word_classes(tail)
    return (
        bool(classes)
        and not classes & {"ADV", "ADJ"}
        and not tail.endswith(_AGENT_ENDINGS)
        and tail not in guards.closed_words()
        and (finite or not _finite_verb(tail))
    )


def _preposition_in_given_name(split: Split, text: str, span: tuple[int, int]) -> bool:
    """``The farmer Babato Okafor``: between a role noun and a capitalised word stands a
    given name; a preposition split off it ("Baba to Okafor") is offered only ("sent the
    farmer Kovacs to Lagos" may glue so)."""
    return (
        split.right in word_list("prepositions.txt")
        and _after_role(text, span[0])
        and _before_name(text, span[1])
    )


def _offered_only(
    split: Split, text: str, span: tuple[int, int], attested: Counter[str], at_start: bool
) -> bool:
    """A split otherwise safe that a reading of its site leaves to the editor."""
    start, end = span
    left, right = split.left, split.right
    return (
        _demonym_name_use(split, text, start, end)
        or _feature_name_use(split, text, start, end)
        or _surname_in_in(split, attested, text, span)
        or _given_name_then_bare_noun(split, text, start)
        or _bare_noun_inside_name(split, text, span)
        or _adjective_before_verb(split, text, end)
        or _settlement_of_a_people(split, text, start)
        or _inward_compound(split)
        or _guarded(split, text, span, attested)
        or (at_start and _stray_capital(text[start:end], split))
        or (at_start and guards.introduced_name(text, end, left, right))
        # a demonym builds no name ("South African|rand"), a particle ends none ("|binti")
        or (
            guards.classless_tail(left, right)
            and not _by_rule(left)
            and not _particle_tail(left, right, text, end)
        )
    )


def _particle_tail(left: str, right: str, text: str, end: int) -> bool:
    """``right`` is a name's particle: one that ends no given name, or the Dutch "ter" or
    "ten" after a given name the lists know and before a capital ("Femke|ter Horst"; before
    a lower-case word "ten" is a number, "Hans|ten said"; after another word it ends a
    Swedish surname, "Wallsten Berg")."""
    if right in _PARTICLES or right in _GIVEN_PARTICLES:
        return True
    return (
        right in _DUTCH_PARTICLES
        and _fold(left) in _given_names()
        and _CAPITAL_NEXT.match(text, end) is not None
    )


_CAPITAL_NEXT = regex.compile(r"[^\S\n]+\p{Lu}")


def _inward_compound(split: Split) -> bool:
    """``chest in|drawing``: "in" or "on" before a verb's -ing form, where English writes the
    preposition and the verb's participle as one word ("indrawn", "ingrown", "inlaid";
    resources/word/inward_prefixes.txt): the -ing form may be a word it writes whole too
    ("indrawing", a sign of pneumonia) that the dictionary lacks.  Glues of verbs English
    compounds so with nothing ("succeeded in|winning", "on|arriving") stay safe."""
    head, tail = split.left, split.right
    if head not in word_list("inward_prefixes.txt") or not tail.endswith("ing"):
        return False
    if not verb_form(tail, ("VBG",)):
        return False
    lemmas = getAllLemmas(tail).get("VERB", ())
    participles = {p for lemma in lemmas for p in getAllInflections(lemma, "VERB").get("VBN", ())}
    return any(zipf(head + p) >= INWARD_PARTICIPLE for p in participles)


def _guarded(split: Split, text: str, span: tuple[int, int], attested: Counter[str]) -> bool:
    """A safe split that a later guard (``_glued_guards``) leaves to the editor."""
    left, right = split.left, split.right
    return (
        # a demonym's plural builds no name ("Hungarians|on": no "Hungarianson" family)
        (guards.compound_name(left, right, attested) and not _by_rule(left))
        or guards.run_in(left, right)
        or guards.after_naming_word(text, span[0])
        or guards.noun_phrase_modifier(text, span[0], span[1], left, right)
        # a name's particle ends no given name ("Lukas|van Kelwyk": "van" is a noun too)
        or (
            guards.opens_full_name(text, span[1], right, attested)
            and not _particle_tail(left, right, text, span[1])
        )
        or guards.verb_before_verb(text, span[1], right)
        or guards.hangs_before_stop(left, right, text, span[1])
        or _preposition_in_given_name(split, text, span)
    )


def glued_name_end(text: str, start: int, end: int) -> str | None:
    """The name in the token ``text[start:end]`` when this rule reads it as the last word of
    a name glued to the word after it ("Giulia Ferri|presented"), else None: for a rule that
    names a person and should not name the glued word with them.  The text's own word
    counts stand in for the batch's."""
    attested = Counter(w.text for w in word_spans(text))
    site = _site(text, start, end, attested, after_name=True, at_start=False)
    split = _name_or_end_glue(text[start:end], site)
    if split is None or not split.left[:1].isupper() or not split.right[:1].islower():
        return None
    if guards.name_word_tail(split.left, split.right):
        return None  # a name's own syllable ("Kella|san")
    return split.left


STRAY_WORD = 4.5  # "about" 6.3: the word a stray capital's loss leaves is an everyday one


def _stray_capital(piece: str, split: Split) -> bool:
    """``Cabout 410,000 books``: at a sentence start the token less its first letter is an
    everyday word commoner than the split's head ("about", not "Cab|out"), so a stray
    capital before it (word.stray-fragment) rivals the glue, which is only offered."""
    rest = piece[1:]
    return rest.islower() and zipf(rest) >= max(STRAY_WORD, zipf(split.left))


def _offer(
    split: Split, text: str, start: int, piece: str, name_before: bool
) -> tuple[list[str], str]:
    """The split's replacements, best first, and its one-line message: a break first for a
    sentence or heading run in (``dayThe``); "Name, word" beside "Name word" after a name,
    first when it reads as an apposition."""
    fix = f"{split.left} {split.right}"
    options = [fix]
    if guards.run_in(split.left, split.right):
        options = guards.break_options(text, start, split.left, split.right)
        fix = options[0]
    if split.left[:1].isupper() and split.right[:1].islower() and name_before:
        options.append(f"{split.left}, {split.right}")
        if _apposition(text, start, split.left, split.right):
            options.reverse()
            fix = options[0]
    if "\n" in fix:  # a message is one line: name the break, do not print it
        return options, (
            f"'{piece}' looks like a heading run into its sentence: "
            f"a new paragraph before '{split.right}'"
        )
    return options, f"'{piece}' looks like two words run together: '{fix}'"


_WORD_PAIR = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+) (\p{Ll}[\p{L}\p{M}]+)")
APART_TAIL = 3  # letters the lower-case part needs: "Estonian|kiiking", not "Varsk|a"


@lru_cache(maxsize=4)
def _pairs_apart(text: str) -> frozenset[tuple[str, str]]:
    """Every capitalised word and the lower-case word after it, one space apart, in
    ``text``: read once per text, for ``_written_apart``."""
    return frozenset((m.group(1), m.group(2)) for m in _WORD_PAIR.finditer(text, overlapped=True))


def _written_apart(piece: str, text: str) -> Split | None:
    """``the Estoniankiiking championships`` in a text that writes "Estonian kiiking"
    elsewhere: a capitalised word and a lower-case word English lacks (a sport's, a dance's
    name), which no lexicon knows as one word and the same text writes apart.  A place or a
    troupe may be named from an English word and its head ("Redmoor" beside "red moor
    grass"), so the lower-case part must be no English word; safe after a people's
    adjective, offered otherwise ("Tarvelanpolska" may be a troupe's name)."""
    if not piece[:1].isupper() or not piece[1:].islower() or zipf(piece) >= UNSEEN:
        return None
    pairs = None
    for cut in range(len(piece) - APART_TAIL, 2, -1):
        head, tail = piece[:cut], piece[cut:]
        if zipf(tail) >= UNSEEN:
            continue
        if pairs is None:
            pairs = _pairs_apart(text)
        if (head, tail) in pairs:
            safe = _by_rule(head)
            return Split(head, tail, zipf(tail), safe=safe, confidence=0.85 if safe else 0.6)
    return None


PLACE_STEM = 1.5  # a place's name wordfreq knows at least this well ("Somaliland" 2.7)
EVERYDAY_BASE = 4.0  # ... whose last word is an everyday one ("land" 5.3, "town" 5.2)


def _people_of_a_place(piece: str, split: Split) -> bool:
    """``Somalilanders``: a place's name that is no English word, with "-er" or "-ers", is its
    people's noun (Icelanders, Londoners, New Zealanders), however the split reads it
    ("Somali|landers"); a glue's tail makes no known name of what comes before it
    ("Ghanafarmers": "Ghanafarm"), and a function word's ends a surname in "-ov" it
    makes as a glue does ("Ivan|over": "Ivanov")."""
    if not piece[:1].isupper() or not split.right.endswith(("er", "ers")):
        return False
    if split.right in function_words():
        return False  # "Ivan|over": "Ivanov" is a surname, but "over" a glued word
    # the right part is an everyday word and "-er(s)" ("land|ers"), not a glued word that ends
    # so ("Roman|users": "Romanus"; "Parma|later": "Parmalat")
    base = split.right.removesuffix("s").removesuffix("er")
    if len(base) < 3 or zipf(base) < EVERYDAY_BASE:
        return False
    stem = piece.removesuffix("s").removesuffix("er")
    return len(stem) >= 4 and zipf(stem) >= PLACE_STEM and not word_classes(stem.lower())


# Second halves of compounds written with a hyphen after a place: "Doha-based"
_HYPHENED_TAILS = frozenset(
    {"based", "born", "bound", "bred", "led", "backed", "made", "owned", "run", "style", "wide"}
)


def _plain_tail(right: str) -> bool:
    """A split's second part that no name built on a place ends in: a verb's finite form,
    a participle or a plural ("Manama|trading", "Kumasi|traders"), not a singular noun
    ("Erbil|cell", "Dakar|fest")."""
    # a past or a third person's present ("rose", "says"), not a bare form a noun shares
    # ("net", "bus")
    past_or_third = verb_form(right, ("VBD", "VBZ"))
    return past_or_third or right.endswith(("ing", "ed")) or _plural_noun(right)


def _title_before_word(right: str, text: str, end: int) -> bool:
    """A second part that is a plural and a verb's third person alike, or "news", right
    before a lower-case noun or verb: the token names a paper, a firm or a brand ("Lusaka|times
    readers", "Accra|brews sold"); a glued verb meets a pronoun or a determiner ("says they")."""
    if right != "news" and not (_plural_noun(right) and verb_form(right, ("VBZ",))):
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word not in function_words() and ("NOUN" in word_classes(word) or _may_be_finite(word))


_LOWER_WORD_AFTER = regex.compile(r"[^\S\n]+(\p{Ll}+)\b")


def _read_through_dateline(
    split: Split, piece: str, text: str, where: tuple[int, int, bool, bool], counts: Counter[str]
) -> Split | None:
    """``split``'s first part is a place only the dateline writes: a split found without the
    dateline stands as it was; one found through it is none into a name built on the place
    ("Chester|brook", "Doverson Haulage", "Erbil|cell", "Lusaka|times readers"), and only
    offered before a compound's half written with a hyphen ("Podgorica|born")."""
    without = _split_of(piece, text, where, counts)
    if without is not None:
        return without
    end = where[0] + len(piece)
    if _built_on_place(split.right, text, end):
        return None
    if split.right in _HYPHENED_TAILS:
        return Split(split.left, split.right, split.score, safe=False, confidence=0.6)
    if not _plain_tail(split.right) or _title_before_word(split.right, text, end):
        return None
    return split


def _split_of(
    piece: str, text: str, where: tuple[int, int, bool, bool], attested: Counter[str]
) -> Split | None:
    """The split that reads ``piece`` (at ``where``: its start, its token's end, whether a
    name stands before it, whether it opens a sentence) as words run together, if any."""
    start, token_end, after_name, at_start = where
    end = start + len(piece)
    return (
        _camel(piece, attested)
        or _name_particle(piece, text[end : end + 6], attested)
        or _name_or_end_glue(piece, _site(text, start, token_end, attested, after_name, at_start))
        or _lower_glue(piece)
        or _written_apart(piece, text)
    )


def _dateline_only_place(text: str, counts: Counter[str]) -> str | None:
    """The one-word place of the text's dateline, written as a name ("Manama" from "MANAMA,
    Bahrain —"), when the batch never writes it so and English knows no such word ("READING",
    "BATH", "UPDATE" are words, and a slug's); else None."""
    place = dateline_place(text)
    if place is None or not place.isalpha() or len(place) < 4:
        return None
    name = place[:1] + place[1:].lower()
    if counts[name] > 0 or word_classes(name.lower()):
        return None
    return name


class _CountsWithName(Counter[str]):
    """The batch's counts with one name more, read through without copying them: a copy of
    a large batch's counts for each text with a dateline would cost more than its check."""

    def __init__(self, base: Counter[str], name: str) -> None:
        super().__init__({name: 1})
        self._base = base

    def __missing__(self, key: str) -> int:
        return self._base[key]

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        return dict.get(self, key) if dict.__contains__(self, key) else self._base.get(key, default)


def _built_on_place(right: str, text: str, end: int) -> bool:
    """The token ending at ``end`` is a name built on a place's name: its second part ends
    names (resources/word/place_name_endings.txt, place_built_names.txt: "Chester|brook",
    "Cork|man"), or a capitalised word or an apposition follows ("Doverson Haulage",
    "Kievstar, a mobile operator")."""
    low = right.lower()
    if low in word_list("place_name_endings.txt") or low in word_list("place_built_names.txt"):
        return True
    return _NAME_OR_APPOSITION_AFTER.match(text, end) is not None


_NAME_OR_APPOSITION_AFTER = regex.compile(
    r"[^\S\n]+\p{Lu}|[^\S\n]*\(|['’]s\b"
    r"|,[^\S\n]+(?:an?|the|which|whose|owned|founded|based)[^\S\n]"
)


@check(
    "word.glued",
    Category.WORD,
    "Two words run together into one token (a name glued to the next word, 'theUnited')",
    scope="batch",  # a token used more than once in the batch is a name, not an accident
    batch_indexes=(BATCH_COUNTS,),
    examples=(
        ("There is also Lena «Marquezminister» present at the ceremony.", "Marquez, minister"),
        ("The club signed the young «Danishplayer» Frederik Lund.", "Danish player"),
        ("She won the «Scottishunder»-12 title at nine.", "Scottish under"),
        ("Talks between the cities of «Ceutaand» Melilla resumed.", "Ceuta and"),
        ("Shares fell in the bank, whose president Rosa «Ilabacamust» resign.", "Ilabaca must"),
        ("The resolution was backed by «theUnited» States.", "the United"),
        ("The prosecutor «presentedevidence» from three witnesses.", "presented evidence"),
        ("Orlov spoke on Monday. On Tuesday «Orlovsaid» the strike was over.", "Orlov said"),
        ("He told «theNational» on Monday that the port would close.", "the National"),
        ("The port of «Antofagastawill» reopen on Monday.", "Antofagasta will"),
        ("He told the «Ansaagency» that the talks were over.", "Ansa agency"),
    ),
    near_misses=(
        "She bought an iPhone and sold it on eBay.",
        "The Shenzhou-17 crew and the A4B2 engine code; Covid-19 rules.",
        "The clip went viral on YouTube and the PlayStation forums.",
        "Write to press@example.org or see https://example.org/theUnited today.",
        "The hashtag #WeStandTogether trended after the McDonald's advert.",
        "He met John Kettleborough, a JavaScript developer at MacBook repair shop.",
        "The songbun system is enforced; songbun decides careers.",
        "The campaign was described as zoomable and shareable.",
        "Her lawyer, Nadia Salem Kadiya, and the envoy Omar Kadi declined to comment.",
        "The envoy Ian Walkingshaw met Prime Minister Alikhan Smailov and Jomart Aliyev.",
        "Kassym-Jomart Tokayev and Bauyrzhan Alikhan spoke to Walkingshaw's aide.",
        "Ian Walkingshaw was present; so was Leon Townsand.",
        "The Bürgerinitiative in Kassel and the Retornado fans opposed it.",
    ),
)
def glued(text: str, ctx: CheckContext) -> Iterator[Issue]:
    attested: Counter[str] | None = None
    dateline_name: str | None = None
    prev_name = False
    prev_end = -2
    for w in word_spans(text):
        token, start_w = w.text, w.start
        after_name = prev_name and text[prev_end:start_w] == " "
        prev_name, prev_end = token[:1].isupper(), w.end
        if len(token) < 4 or _skip_fast(token):
            continue
        if token.isupper() or (any(c.isdigit() for c in token) and not _NUMBERED.fullmatch(token)):
            continue
        if in_link(text, start_w, w.end):
            continue
        if inside_a_name(text, start_w, w.end):
            continue  # "Hana welet Mariam": a word of descent, not "we let"
        if attested is None:
            attested = batch_counts(ctx)
            # "MANAMA, Bahrain —" writes "Manama" as surely as a sentence would
            dateline_name = _dateline_only_place(text, attested)
            if dateline_name is not None:
                attested = _CountsWithName(attested, dateline_name)
        if attested[token] > 1:
            continue
        for m in _PIECE.finditer(token):
            if m.start() > 0 and token[m.start() - 1] in "'’":
                continue  # "Varga's": the part after an apostrophe is a clitic
            piece = m.group()
            if not 4 <= len(piece) <= MAX_PIECE:
                continue
            start = start_w + m.start()
            # Only a capitalised piece can be a sentence-initial glue ("Presentedevidence").
            at_start = piece[0].isupper() and starts_sentence(text, start)
            where = (start, w.end, after_name, at_start)
            split = _split_of(piece, text, where, attested)
            if split is not None and split.left == dateline_name:
                split = _read_through_dateline(split, piece, text, where, batch_counts(ctx))
            if split is None or _article_before_preposition(split, text, start):
                continue
            if guards.given_name(piece) and not _phrase_follows(split, text, start + len(piece)):
                continue
            if _named_in_apposition(text, start, start + len(piece), split.right):
                continue
            if _titled_given_name(split, text, start, start + len(piece)):
                continue
            if _article_before_clause_word(split, text, start + len(piece)):
                continue  # "in Kosrae|an until": no article stands before "until"
            if _preposition_without_object(split, text, start, start + len(piece)):
                continue  # "sold as Bulk|on in Praia", "“Fidju di Bulk|on”": a name
            if split.right.lower() in word_list("derivational_suffixes.txt"):
                continue  # "Monday|isation", "Friday|ness": a coinage, derived from any word
            if _people_of_a_place(piece, split):
                continue  # "Somali|landers": Somaliland's people, as Icelanders are Iceland's
            if not split.safe and _bare_noun_object(split, text, start):
                continue
            if not split.safe and _HYPHENED_NAME_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Ernest Varsk-Wolfhide": a double surname's part, written whole
            particle = _particle_tail(split.left, split.right, text, start + len(piece))
            if (guards.name_word_tail(split.left, split.right) and not particle) or (
                guards.after_naming_word(text, start)
                and guards.content_pair(split.left, split.right)
            ):
                continue  # a name's syllable ("Kella|san"), a name the writer chose
            if not split.safe and _modifier_noun(text, split, attested):
                split = Split(split.left, split.right, split.score, safe=True, confidence=0.85)
            end = start + len(piece)
            if split.safe and _offered_only(split, text, (start, end), attested, at_start):
                split = Split(split.left, split.right, split.score, safe=False, confidence=0.6)
            options, message = _offer(split, text, start, piece, after_name and not particle)
            yield ctx.issue(
                start,
                len(piece),
                message,
                options,
                confidence=split.confidence,
                safe=split.safe,
            )
