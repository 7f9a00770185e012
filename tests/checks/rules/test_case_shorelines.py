"""case.capitalised-noun: a country's coast or shore in lower case, and passages with
capitals that must stay quiet (invented examples; precision first: official names,
titles of works, headlines, ships, teams, laws and events keep their capitals)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a country's shoreline, ending its phrase: punctuation, a small word, a verb
        ("Divers counted fish at four reefs off the Albanian Coast, and found fewer.", "Coast"),
        ("It was the worst spill on the Kenyan Coast in a decade, officials said.", "Coast"),
        ("Fishing boats along the Danish Shore stayed in port for a week.", "Shore"),
        ("The Norwegian Coastline stretches for thousands of kilometres.", "Coastline"),
        ("Seals returned to the Portuguese Coast after the storms ended.", "Coast"),
        ("Ferries to the Turkish Shore were cancelled until Friday.", "Shore"),
        # a sea's or an ocean's shoreline, and a region's the text shows
        ("Boats moved along the Caspian Shore until the storm passed on Tuesday.", "Shore"),
        ("The road runs from the Indian Ocean Coast through the hills to the border.", "Coast"),
        ("The family moved to Tarvela and lives on the Tarvelian Coast, where he fished.", "Coast"),
        # an apposition after a shoreline defines no name
        ("Ferries ran along the Adriatic Coast, a short drive from the town.", "Coast"),
        ("She lived on the Ionian Coast, an hour's sail from the island, for years.", "Coast"),
        ("She sailed along the Adriatic Coast, stopping in small ports.", "Coast"),
        ("The Baltic Coast draws visitors from across the region every summer.", "Coast"),
    ],
)
def test_shoreline_hits(text, word):
    assert _caps(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # coasts that are names: a region's, a continent's, a nation's inside a state,
        # a language's, or the pair before a noun or another capital
        "Storms battered the Pacific Coast on Tuesday, forecasters said.",
        "Hotels along the Basque Coast filled up in August.",
        "He walked the length of the Swahili Coast in 1990.",
        "The Kenyan Coast is a region of its own, and the Kenyan Coast votes as a bloc.",
        "The Albanian Coast Guard rescued six sailors on Sunday.",
        "Tourism on the Kenyan Coast region grew last year.",
        "Work on the Welsh Coast Path ended in May.",
        "She sailed past the Ivory Coast and the Gold Coast in one week.",
        "Exports from Ivory Coast rose, and the Ivorian coast was calm.",
        # a period's or a town's coast is a name; a sea's before another capital is one
        "We walked the Jurassic Coast in May, and later the Amalfi Coast, she said.",
        "The Adriatic Coast Guard said the Baltic Coast Highway was shut on Monday.",
        # an apposition that says what the pair is makes it a name: a business, a ship
        "Forecasters warned that heavy rain would continue through the weekend. They ate "
        "at the Mediterranean Coast, a new seafood restaurant in Soho.",
        "Forecasters warned that heavy rain would continue through the weekend. The Baltic "
        "Shore, a cargo ship registered in Malta, ran aground.",
        # the pair before a plural noun and its verb qualifies the noun
        "The Albanian Coast resorts were full in August, the ministry said.",
        # the Americas' regions: "the Atlantic Coast", "the Caribbean Coast", "Arctic Coast"
        "Storms hit the Atlantic Coast and the Caribbean Coast on Tuesday, forecasters said.",
        "Tourism on the Arctic Coast, a region of small hamlets, grew by a third.",
        # official names with capitals
        "The Danish Parliament passed the bill on Thursday.",
        "The Kenyan High Court ruled against the ban.",
        "Officials at the British Museum said the vase would stay.",
        "The French Open starts in May, and the Australian Open in January.",
        "The Chinese Communist Party met in Beijing on Monday.",
        "Troops from the Korean War were honoured at the ceremony.",
        "The Spanish Armada sailed in 1588.",
        "The Swiss Guard protects the pope.",
        "The German Bundestag voted on Friday, and the Dutch Senate followed.",
        "She joined the Irish Red Cross in 2004.",
        "The Mexican Football Federation fined the club.",
        # titles of works
        "She read “The English Patient” on the train to Leeds.",
        "He starred in The Italian Job and later in The Russia House.",
        "The Hungarian Rhapsodies were played at the opening.",
        "Her novel The Tarvian Garden won a prize last year.",
        "The band played “Spanish Harlem” as an encore.",
        # headlines in title case
        "Why Danish Farmers Fear the New Rules",
        "Portuguese Bakers Win Top Prize at Lyon Show",
        "How Tarvian Schools Beat the Odds",
        # names of ships
        "The ferry Norwegian Star left port at dawn.",
        "The liner Queen Mary docked at noon.",
        # teams
        "The Welsh Dragons beat the Irish Wolves 24-10, and the Welsh Dragons went top.",
        "Fans of the Brazilian National Team waited at the airport.",
        "The British and Irish Lions toured in 2021.",
        # laws and events
        "The Finnish Data Act took effect in January.",
        "He won gold at the Arab Games and the Commonwealth Games.",
        "The Italian Grand Prix was held at Monza.",
        "The African Championship final drew a record crowd.",
        "Parliament passed the Tarvian Citizenship Act in 2019.",
        "She spoke at the Danish Film Festival in Aarhus.",
        # a nationality before a lower-case noun, or a name that goes on
        "Kenyan runners took the first three places.",
        "The British Chambers of Commerce cut its forecast.",
        "She teaches at the Royal Danish Academy of Fine Arts.",
        "The Swedish Academy awards the prize every October.",
        "He met the Japanese Emperor in Tokyo on Tuesday.",
    ],
)
def test_shoreline_quiet(text):
    assert _caps(text) == []
