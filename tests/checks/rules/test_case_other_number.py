"""case.capitalised-noun: a noun capitalised after a capitalised word once, where the
text writes the same pair in lower case in the noun's other number ("Velish shrines"
beside "a restored Velish Shrine"): one description, written two ways.  Only after "a" or
"an": after "the" or a possessive the pair may name a body beside its kind in the plural
("the Catholic Church" beside "Catholic churches"), or another thing ("the Times" beside
"the time") (invented examples)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"
WHY = "written in lower case elsewhere"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Pilgrims returned on Friday to a restored Velish Shrine in the south of the "
            "country.\n\nVelish shrines in the region have been attacked in the past.",
            "Shrine",
        ),
        (
            "The Tarvic churches of the valley were shut. On Sunday an old Tarvic Church "
            "in the hills held a service for the miners.",
            "Church",
        ),
    ],
)
def test_hits(text, word):
    issues = run(RULE, text)
    assert [i.matched(text) for i in issues] == [word]
    assert WHY in issues[0].message


@pytest.mark.parametrize(
    "text",
    [
        # after "the" the other number may be another thing: a newspaper, a games
        "He read the Times on the train. It was the time of year when markets close.",
        "Athletes arrived for the Games, and the game of the day was the final.",
        # after "the" or a possessive: a body's name beside its kind in the plural (review)
        "Voters gave the Communist Party 14 seats. Communist parties in the region have "
        "struggled since 1991.",
        "The bishop said the Catholic Church would reopen 12 parishes. Catholic churches in "
        "the north were looted.",
        "Three former prime ministers urged a delay, and the Prime Minister said she would "
        "press ahead.",
        "The country's Armed Forces were put on alert. An armed force of 200 men crossed.",
        # a name the text repeats with its capital
        "The Velish Shrine Trust owns the Velish Shrine. Velish shrines are older.",
    ],
)
def test_near_misses(text):
    assert [i.matched(text) for i in run(RULE, text)] == []
