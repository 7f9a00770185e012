"""case.capitalised-noun: a demonstrative before a region's adjective and its noun, a
past tense that is a base too after a name, a third person inside a quotation, a sea's
adjective and an ocean's name, a sea named after its short form, and a language after
a people's adjective in -an (invented names; the names stay quiet)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a demonstrative picks one of many: a name needs none
        ("The race climbs from this Andean Village to the refuge below the summit.", "Village"),
        ("Trucks queued in every Andean Village on the route for two days.", "Village"),
        # ... and so does a common noun's possessive
        ("It holds a third of the world's wild Atlantic Salmon, and most of its cod.", "Salmon"),
        # ... a quarter is one of a town's, unlike a sea
        ("The council banned cars from its old Italian Quarter on Tuesday.", "Quarter"),
        # a past tense that is also a base ("found"), before "that" or an object
        (
            "Surveys on Varskoti Found that coral cover in the lagoon had fallen by half.",
            "Found",
        ),
        ("Researchers in Varskoti Found a way to count the fish.", "Found"),
        # a third person inside a quotation, its clause ended by ", but"
        (
            '"Everybody in Tarvelstan Knows this story, but here people see it new," '
            "she said after the premiere.",
            "Knows",
        ),
        # ... and one whose sentence goes on past ", but" with a verb of its own
        (
            "Everyone in Tarvelstan Knows the song, but few can sing the second verse.",
            "Knows",
        ),
        # a sea's adjective is a region's: its coast before "of" and a place is a shoreline
        ("The road runs along the Caspian Coast of Varskadia to the border.", "Coast"),
        ("A Tyrrhenian Port on the route handled most of the cargo.", "Port"),
        # an ocean's name qualifies a noun as a region's adjective does
        ("Varnatoll, an Indian Ocean Nation of about 900 islands, is at risk.", "Nation"),
        # a language after a people's adjective in -an the lists lack
        ("Naro is one of the Varsgan Languages known for their click sounds.", "Languages"),
        # a demonstrative before a kind of place and a verb (fresh_ca's "this Adriatic
        # Resort rejected"): one resort of many
        ("The council of this Adriatic Resort rejected the budget on Friday.", "Resort"),
        # "for" and a figure after the pair continues no name (fresh_ca's "Baltic
        # Competitions for 19 years")
        ("She has judged at national and Baltic Competitions for 19 years.", "Competitions"),
    ],
)
def test_flagged(text: str, word: str) -> None:
    assert word in _caps(text)


@pytest.mark.parametrize(
    "text",
    [
        # a treaty or a fleet may take a demonstrative: only kinds of place are one of many
        "Under this Antarctic Treaty, no state may claim new land.",
        "Sailors of this Pacific Fleet, the admiral said, are ready.",
        # a peninsula is no kind of settlement: its name after "this"
        "Tensions are high on this Korean Peninsula as the drills begin.",
        # a past that ends names ("Fed", "Hung", "Won")
        "A survey by the Dallas Fed that was published on Monday showed factories slowing.",
        "The court sentenced Tran Minh Hung to ten years in prison on Tuesday.",
        "The government named Ha Won its new ambassador to the islands.",
        # a name outside a quotation: the quoted words are its clause's
        'The chain "has been losing money on almost every bottle it sells" at Tarvesco '
        "Stores in Leeds.",
        'Hikers near Varsk Falls in the north, "stranded for the night without food or any '
        'warm clothing," were rescued.',
        # quoted speech with no verb of its own
        '"A disaster for the shoppers at Tarvesco Stores in Leeds," she said.',
        "The union called it “a black day for the workers at Varsk Works in the docks” and "
        "vowed to fight.",
        # ", but" and an aside with no verb: the clause goes on
        "Shoppers at Tarvesco Stores in Leeds, but also in York, complained about prices.",
        "Anglers below Varsk Falls on the river, but only in summer, catch trout.",
        # a sea or islands are one of a kind, whoever's they are
        "The ship sank in Greece's Ionian Sea on Monday after the storm.",
        "Greece's Ionian Islands had a record season, officials said.",
        "The ship crossed a stormy Aegean Sea on Monday.",
        # a body after a common noun's possessive, or after an adjective of religion
        "The bloc's European Commission, which proposed the rule, said it would wait.",
        "The country's Catholic Church, which opposed the law, said it would appeal.",
        # a contraction is no possessive
        "He said that's Pacific Salmon, not trout from the lake.",
        # a noun after the pair: the pair qualifies it
        "They stayed in this Atlantic Coast town for a week before the storm.",
        # a plural before "that" may be a name's noun with its relative clause
        "Two of the Tarvesco Stores that opened last year have closed.",
        # a quoted title's words are no clause's
        'She saw the play "Varsk Knows Best" at the Tarvel theatre on Friday.',
        # ", but not": a phrase inside the clause, whose verb follows
        "Shoppers at Tarvesco Stores in Leeds, but not in York, said prices rose.",
        # a sea spoken of in lower case, then named
        "The sea was calm that week. Boats crossed the Adriatic Sea at night.",
        "The ocean was rough. The ferry crossed the Indian Ocean in four days.",
        "The Indian Ocean Commission met on Monday in the capital.",
        # a body's name before "for" and a word goes on ("for the Protection of Birds")
        "She joined the Irish Society for the Protection of Birds in 2019.",
        # a plural that names one event, counted by its editions, in a text that writes its
        # adjective before a common noun too (clean pools fresh_v, fresh_z)
        "The region has produced more Olympic wrestling champions than most countries.\n\n"
        "The referee, who has worked at two Olympic Games, said the crowd was loud.",
        "She is the first Olympic judo medallist from the town.\n\nThe win carries ranking "
        "points toward the next Olympic Games.",
        # a resort's name before a noun it qualifies
        "They stayed in this Adriatic Resort town for a week.",
        # a book or a body after an adjective in -an may be named so
        "Scholars consulted the Varsgan Dictionary at the library on Monday.",
    ],
)
def test_quiet(text: str) -> None:
    assert _caps(text) == []
