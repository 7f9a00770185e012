"""word.glued, glued17: the last word of a run of names glued to what follows it: a known
name glued to a transitive past tense before the next name (``Kalmarbeat Zwolle``), a feature
noun closing a run of names glued to a long preposition (``the Kerch Straitwith damaged
engines``), a known name glued to "to" before a name (``Lake Moldeto Ostrela``) or to "by"
before a year (``Lake Tahoeby 2030``).  Names ending in "-to", "-by", "-beat", "-with" or
"-in", and words known whole ("Heartbeat", "Upbeat"), stay quiet.

Every example is invented."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a known name glued to a transitive past tense before the next name
        ("Earlier, Kalmarbeat Zwolle 2-1 in the cup.", "Kalmarbeat", "Kalmar beat"),
        ("Last year Kalmarsigned Okafor from a club in Ghana.", "Kalmarsigned",
         "Kalmar signed"),
        # a feature noun closing a run of names glued to a long preposition
        # ... even before a participle that qualifies its noun ("with damaged engines")
        ("The fleet crossed the Kerch Straitwith damaged engines.", "Straitwith",
         "Strait with"),
        ("Tankers left the Persian Gulfwith increased cargo.", "Gulfwith", "Gulf with"),
        # a known name ending a run of names glued to "to" before a name
        ("Boats crossed Lake Moldeto Ostrela at dawn.", "Moldeto", "Molde to"),
        # ... or to "by" before a year
        ("Officials in Lake Tahoeby 2030 hope to cut traffic.", "Tahoeby", "Tahoe by"),
    ],
)  # fmt: skip
def test_glued17_end_of_run_glues_are_applied(text, token, fix):
    applied_split(GLUED, text, token, fix)


GLUED17_CLEAN = (
    "Toby beat his brother at chess on Sunday.",
    "The Derby was won by a horse from Whitby.",
    "Grimsby beat Scunthorpe 2-0 on Saturday.",
    "The band played Heartbeat and then Upbeat Tunes for the crowd.",
    "The mood in Sorrento was upbeat after the vote.",
    "Fans in Toronto signed a petition to keep the club.",
    "Pinto signed Alvarez on a free transfer.",
    "Marco Peretto Bianchi moved to Turin in 2019.",
    "The film by Haruto Sato opens in Kyoto in May.",
    "Lorenzo Benito Rossi visited Naples last week.",
    "The coach of Derby County signed Whitby Town's striker.",
    "Ernesto Soto beat Carlos Prieto in the final.",
    "The Kirkby Stephen show runs until 2030 at least.",
    "A ferry from Grimsby to Hull leaves at noon.",
    "Otto Sorrento met Ana Toledo in Palermo.",
    "The Ashby family visited Orlando in 2021.",
    "The heartbeat of the city is its market.",
    "She resigned from the board in 2022.",
    "Kelby Oduya signed with Ostrel United.",
    "Haruto Yamamoto beat Kenji Fujimoto in the final round.",
    "Luis Alberto Prieto visited Santo Domingo in March.",
    "Milan beat Torino 3-1 at San Siro.",
    "Lazio defeated Napoli in Rome.",
    "The Bering Strait separates Asia from America.",
    "Storms crossed the Taiwan Strait with strong winds.",
    "The Lake District draws walkers from Grimsby to Derby.",
    "Ana Sofia Barreto visited Porto in 2018.",
    "Marisa Quinto Benedetto took over in June.",
    "Alberto Moreno signed Gianluca Rossetto from Parma.",
    "By 2030 the Grimsby plant will close.",
    "The upbeat Toby said Derby County had signed Whitby's keeper.",
    "Paolo Ferretto, a lawyer from Sorrento, visited Bari.",
    "Ines Gamarra Benito sang in Seville by 1998 at the latest.",
    "Carlos Santo Ferrán visited Cádiz in 2020.",
    "Jessica Cato by 2020 had moved to Leeds.",
    "The mayor of Monte Kaneto Ruiz spoke on Monday.",
    "The striker Paulo Kaneto Silva scored twice.",
    "Coach Hiroshi Kaneto Yamada signed the form.",
    "The village of San Pedro Kaneto Alto flooded.",
    "President Kiyoto Mori met Governor Sato Hiro.",
    "The town of Port Benito Cruz held a vote.",
    "The Moldeto Cooperative sells coffee.",
    "Ms Kimberly Ashby Ross beat Ms Laura Kenby 6-3.",
    "The Kinby 2030 plan was published.",
    "The Rotherby 1990 census counted 400 people.",
    "The survey (Tahoeby 1991) found the same.",
    "The studio Upbeat signed Kaluma in March.",
    "Ana Martin signed Lucas Benin for the club.",
    "The Molde to Kalmar road reopened.",
    "She said the Maldonado Group signed Orvex as a client.",
)


@pytest.mark.parametrize("text", GLUED17_CLEAN)
def test_glued17_names_and_words_stay_quiet(text):
    assert GLUED.check_text(text) == [], text


def test_glued17_enough_clean_sentences():
    assert len(GLUED17_CLEAN) >= 40


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("Officials of Kwajalein Atollon Friday counted the votes again.", "Atollon",
         "Atoll on"),
        ("The ferry crossed the Varsk Lakein 2021 for the first time.", "Lakein", "Lake in"),
    ],
)  # fmt: skip
def test_a_feature_noun_glued_to_on_or_in_before_a_date_is_split(text, token, fix):
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        "The Baron Friday party met the Avalon Monday club in Varsk.",
        "Monks of the Bayon temple met on Friday, and the Bayon Monday rite drew crowds.",
    ],
)
def test_a_name_ending_in_on_or_in_before_a_date_stays(text):
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("The festival fills Varskevery January with pilgrims.", "Varskevery", "Varsk every"),
        ("The ferry leaves Tarvelevery two weeks for the coast.", "Tarvelevery",
         "Tarvel every"),
    ],
)  # fmt: skip
def test_a_name_glued_to_every_before_a_phrase_of_time_is_split(text, token, fix):
    applied_split(GLUED, text, token, fix)


def test_a_word_ending_in_every_stays() -> None:
    assert GLUED.check_text("Slavery every year and Bravery every day were its themes.") == []


def test_a_pair_the_text_writes_apart_elsewhere_is_split_when_glued():
    text = (
        "He won the men's title at the Estoniankiiking championships on Saturday. Results "
        "of the Estonian kiiking championships were posted later."
    )
    applied_split(GLUED, text, "Estoniankiiking", "Estonian kiiking")


def test_a_pair_the_text_never_writes_apart_stays_whole():
    text = "He won the men's title at the Tarvelankiiking championships on Saturday."
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a place named from an English word and its head (the review)
        "Red moor grass covers the hills above Redmoor, where the farm stands.",
        "The troupe, Tarvelanpolska, was founded in 1990. Tarvelan polska is a dance.",
    ],
)
def test_a_name_built_from_words_the_text_writes_apart_stays(text):
    assert GLUED.check_text(text) == []
