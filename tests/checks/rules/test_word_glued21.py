"""word.glued, glued21: splits the rule offered only, or did not see, and may apply.

A function word glued to a day before a surname the text writes alone (``Monday|that
Kelbrandt``) is no given name before its surname; a weekday's plural before "and" and another
day, or a preposition and what it takes (``Fridays|and Saturdays``, ``Saturdays|at 8 p.m.``),
is no "Friday|sand"; the Malay "binti" joins a given name to the father's name as "bin" does
(``Kelva|binti Osman``); after "of", a people's or a language's name glued to "descent",
"origin" and the like (``of Kelvanian|descent``) is a person's origin; a name's particle
before a surname is no given name's end (``Lukas|van Kelwyk``); "de la" and a name follow a
word English knows as well as French (``Avenue|de la Paz``); "neither" wants its "nor"
(``Neither Kelvatonga|nor Osterby``); "area" names a place's kind (``the Kelvo|area``).

Every example is invented."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split, offered_split, only_issue

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a function word (the lexicon files "that", "this" as nouns) before a surname the
        # text writes alone ends no given name
        ("The committee chair said on Mondaythat Kelbrandt had trained 200 mask makers. "
         "Kelbrandt, who was 71, died in March.", "Mondaythat", "Monday that"),
        ("The chair said on Tuesdaythis Kelbrandt would retire. Kelbrandt said he was 70.",
         "Tuesdaythis", "Tuesday this"),
        # a weekday's plural before "and" or "or" and another day
        ("Storvik. On Friday the hall opened. The play runs on Fridaysand Saturdays at 8 p.m.",
         "Fridaysand", "Fridays and"),
        ("On Tuesday the market opened. It opens on Tuesdaysor Thursdays.", "Tuesdaysor",
         "Tuesdays or"),
        # ... or before a preposition and a number, a determiner or a date
        ("On Saturday the hall opened. The play runs on Fridays and Saturdaysat 8 p.m.",
         "Saturdaysat", "Saturdays at"),
        ("On Sunday the mayor came. The market opens on Sundaysin the square.", "Sundaysin",
         "Sundays in"),
        # "binti" after a head the text writes alone
        ("Dr. Nur Aminah Kelvabinti Haji Osman, a forest ecologist, led the study. Kelva "
         "said the trees fruit every four years.", "Kelvabinti", "Kelva binti"),
        # after "of", a people's name glued to a noun of origin
        ("About 3,000 people of Kelvaniandescent live in Oslo.", "Kelvaniandescent",
         "Kelvanian descent"),
        ("The workers, of Tarvic, Ostel and Kelvanorigin, joined the strike.",
         "Kelvanorigin", "Kelvan origin"),
        ("Families of Kelvanheritage met in the town hall.", "Kelvanheritage",
         "Kelvan heritage"),
        # a name's particle before a surname the text writes alone ends no given name
        ("Councillor Lukasvan Kelwyk, who owns a guesthouse, voted against. Kelwyk said the "
         "rules were unfair.", "Lukasvan", "Lukas van"),
        # "de" and its article before a name, after a word English knows as well as French
        ("The mask was carried down the Avenuede la Paz in 1988.", "Avenuede", "Avenue de"),
        ("The shop on Routede la Gare shut in May.", "Routede", "Route de"),
        # "neither" before a name wants "nor" before the second
        ("Neither Kelvatonganor Osterby has said whether they will run again.",
         "Kelvatonganor", "Kelvatonga nor"),
        ("Neither Velani Kelvatonganor Osterby has said whether they will run.",
         "Kelvatonganor", "Kelvatonga nor"),
        # "area" names what a place is, as "district" does
        ("Pickers from two villages in the Kelvoarea and a local trust brought the case.",
         "Kelvoarea", "Kelvo area"),
    ],
)  # fmt: skip
def test_glued21_splits_applied(text, token, fix):
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "binti" after a head the batch never writes alone: a name's start, perhaps
        ("Dr. Nur Aminah Kelvabinti Haji Osman, a forest ecologist, led the study.",
         "Kelvabinti", "Kelva binti"),
        # a day's plural before a pronoun or a noun: the singular may be meant
        ("On Sunday the mayor came. On Sundaysit was quiet.", "Sundaysit", "Sundays it"),
        # a noun of origin with no "of" before it: a name may end so
        ("The Kelvanorigin project began in May.", "Kelvanorigin", "Kelvan origin"),
        # ... nor after an English word ("of noble descent" is an adjective's)
        ("He said he was of Nobledescent on his mother's side.", "Nobledescent",
         "Noble descent"),
    ],
)  # fmt: skip
def test_glued21_doubtful_splits_stay_offered(text, token, fix):
    offered_split(GLUED, text, token, fix)


def test_glued21_a_noun_before_a_surname_written_alone_is_still_only_offered():
    # the guard the function words leave: a noun may end a given name ("Zelda|porn")
    text = (
        "In the final, Norland beat Osterland 21-14. Zeldaporn Kelwattana, the Norland "
        "server, won 11 points. Kelwattana, who is 33, said so."
    )
    issue = only_issue(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Zelda porn", False)


@pytest.mark.parametrize(
    "text",
    [
        # names and words that end in the particle or the noun stay whole
        "The envoy Ian Walkingshaw met Alikhan Smailov in Astana.",
        "The Albinti Group and Rabint Holdings said nothing.",
        "The lamp was incandescent, and the shell iridescent.",
        # a name ending in "-nor" after "neither" has its "nor" after it
        "Neither Kelvanor nor Osterby has said whether they will run.",
        "The Kelvatonganor Osterby ferry sails on Monday.",
    ],
)
def test_glued21_names_and_words_stay_quiet(text):
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Critics warned against the Tuesdayisation of the working week.",
        "The Fridayness of the mood was plain.",
        "Few shared the Saturdayism of the young.",
    ],
)
def test_a_suffix_after_a_day_makes_a_derived_word(text):
    assert GLUED.check_text(text) == []
