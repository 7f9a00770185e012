"""case.capitalised-noun: a place's head capitalised after a name that the same text
lowers after other names, and passages with capitals that must stay quiet (invented
examples; precision first: official names, titles of works, headlines, ships, teams,
laws, events and storms keep their capitals)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same head in lower case after other names
        (
            "The line runs from Dorvik station to Tamsel station. Workers found a wall near "
            "Velko Station in 2019 that held up the digging.",
            "Station",
        ),
        (
            "Boats sheltered behind the Halvik barrier last winter. A storm then broke the "
            "Drenna Barrier and flooded the harbour.",
            "Barrier",
        ),
        # a division's head after another division's in lower case
        (
            "A mother from the Birsk District of Zarva brought her children to the clinic. "
            "In 2022 an outbreak in the Zarva region killed dozens.",
            "District",
        ),
        (
            "Floods hit the Kelmor province on Monday, and roads in the Sorvin Region were "
            "closed until Friday.",
            "Region",
        ),
        # a rare English word before the lower-case head is a place's name too
        (
            "A mother from the Kelmor District brought her children to the clinic. In 2022 "
            "an outbreak in the Plover district killed dozens.",
            "District",
        ),
        # a sentence-case headline of a whole clause is running text
        (
            "Tamsel issues alert for Vorga Basin as monsoon rain is forecast to top 300 "
            "millimetres\n\nThe weather service issued an alert for the Vorga River basin "
            "in the east of the country.",
            "Basin",
        ),
    ],
)
def test_lowered_head_hits(text, word):
    assert _caps(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # the writer capitalises the head after names as often as it lowers it
        "Trains stop at Velko Station and Tulmar Station, but not at Dorvik station.",
        # the pair repeated with its capital is a name
        "The Velko Station opened in 1901. The Velko Station is the oldest beside Dorvik station.",
        # a capital after the head goes on with a longer name
        "The Birsk District Council said on Monday that the Zarva region needed doctors.",
        "Trains reach Dorvik station, and the Tulmar Station of the Arts is next to it.",
        # the name before the head is an English word or a nationality
        "Trains leave Grand Central Station for Dorvik station every hour.",
        "The Kelmor Regional State said the Zarva region had no doctors.",
        "Clinics in the Russian region were full, and the Velko District was quiet.",
        # a day, a month or an English word before a lower-case head is no place's name
        "Trains reached Velko Station late. On Monday station staff went on strike.",
        "Work at the Velko Station ended in June. By March station fares had doubled.",
        "The Kelmor District was quiet, though the Big region of the north flooded.",
        # the name before the capitalised head must be no English word, however rare
        "A mother from the Plover District brought her children to the Kelmor district.",
        # a head in lower case only at a sentence start is no evidence
        "Tamsel station opened in May. Trains now reach Velko Station at night.",
        # a head in lower case after no name is a short form, no evidence
        "The Vorga River flooded again. The river rose two metres overnight.",
        "The Drenna Barrier held. Engineers said the barrier had worked as planned.",
        # title case lines and titles of works
        "Trains Return to Velko Station After Ten Years\n\nTrains reached Dorvik station "
        "on Monday.",
        "She read “Velko Station” on the train to Dorvik station.",
    ],
)
def test_lowered_head_quiet(text):
    assert _caps(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # official names with capitals
        "The Tarvian Senate passed the budget, and the Tarvian Central Bank kept rates.",
        "The Kelmor District Council met the Zarva Regional Assembly on Tuesday.",
        "The Halvik Port Authority said the Drenna Harbour Board would pay for the dredging.",
        "She works for the Sorvin Valley Water Company, which supplies Zarva.",
        "The Supreme Court of Tarvia ruled against the Vorga Basin Commission.",
        "Officials of the Birsk Regional Hospital met the Zarva Health Ministry.",
        # titles of works
        "He wrote “The Velko Station Murders”, a novel set in Dorvik.",
        "The opera The Tamsel Bridge was staged in Zarva in May.",
        "Her film, Winter at Drenna Lake, won the jury prize.",
        # headlines in title case
        "Zarva Region Braces for Floods as Vorga River Rises",
        "Why Birsk District Farmers Fear the New Rules",
        # names of ships
        "The ferry Halvik Star left the Drenna Harbour terminal at dawn.",
        "The research ship Vorga Explorer docked at Tamsel Port on Friday.",
        # teams
        "Velko Rovers beat Tulmar Athletic 2-1 at Dorvik Park on Saturday.",
        "The Zarva Wolves and the Birsk Bears meet in the final.",
        # laws
        "The Vorga River Protection Act took effect in January.",
        "Under the Tamsel Harbour Act 1998, the port pays for its own dredging.",
        # events
        "The Drenna Lake Festival opens on Friday, and the Kelmor Valley Marathon on Sunday.",
        "Thousands ran in the Zarva City Half Marathon last year.",
        # storms
        "Hurricane Varnel hit the Tamsel coast on Monday, and Storm Lusk followed.",
        "Typhoon Pellan weakened over the Sorvin Strait before reaching Halvik.",
    ],
)
def test_names_stay_quiet(text):
    assert _caps(text) == []
