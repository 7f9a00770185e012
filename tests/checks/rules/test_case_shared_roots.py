"""case.capitalised-noun: a noun of roots the last of several peoples' adjectives shares
after "of", and a plural after a point of the compass and a region's adjective; with
passages that must stay quiet (invented examples)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the last of several adjectives after "of" shares the noun of roots
        (
            "Sikhs are one of several communities in the town, beside families of Punjabi, "
            "Gujarati and Urdu Descent.",
            "Descent",
        ),
        ("Many voters of Punjabi and Urdu Ancestry backed the mayor.", "Ancestry"),
        ("Most workers were people of Gujarati or Urdu Origin, the survey found.", "Origin"),
        # a point of the compass is part of a region's adjective: the word before decides
        (
            "Dr. Ana Velt, a scientist at the University of Tarvia who studies South "
            "Pacific Whales, said warmer seas were to blame.",
            "Whales",
        ),
        ("The ship sailed through Western Arctic Currents all winter.", "Currents"),
    ],
)
def test_shape_hits(text, word):
    assert _caps(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # a longer name runs through the list
        "She is a patron of the Centre of Urdu, Gujarati and Punjabi Heritage in Velko.",
        "The Museum of Urdu and Punjabi Heritage opened on Monday.",
        "The Society of Gujarati Origin Studies met in May.",
        # "the" or a name before the compass word
        "Funds for the South Pacific Whales project ran out, she said.",
        "Shares of North Atlantic Airways rose 3% on Monday.",
        "Delegates of the North Atlantic Treaty Organization met in Brussels.",
        "The Western Arctic Currents survey ends in June.",
        "He toured the South Pacific Islands for years.",
        # the nouns in lower case
        "Families of Urdu and Punjabi descent live in the town.",
        "She studies South Pacific whales and Western Arctic currents.",
        # a title in title case and a work's title
        "Why South Pacific Whales Are Getting Stronger",
        "He read “Western Arctic Currents” on the flight to Dorvik.",
    ],
)
def test_shape_quiet(text):
    assert _caps(text) == []
