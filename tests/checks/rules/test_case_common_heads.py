"""case.capitalised-noun: a head the sentence itself shows is common (invented examples).

A body's head before "of" and an indefinite article ("the Varnak Office of a charity"),
a noun for a word before "for" ("the Vorandi Name for the fish"), a pastime after a
language's name ("Kashubian Dancing"), and a bare plural of people after a word in -an
the text writes once ("take Varnan Players to"); and passages that stay quiet.
"""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a body's or a branch's head before "of", "a" or "an" and a lower-case word
        ("She runs the Varnak Office of a conservation group in the capital.", "Office"),
        ("He joined the Tarvel Branch of an old trading bank in 2019.", "Branch"),
        ("The Varnak Court of a small district heard the case on Monday.", "Court"),
        ("Aid came through the Kenyan Office of a small charity, officials said.", "Office"),
        # a noun for a word or a name, after an article, before "for"
        ("Catches of the fish, the Vorandi Name for a small sardine, fell last year.", "Name"),
        ("He said the Kelvani Word for the river means slow water.", "Word"),
        ("Nobody knew a Tarvani Term for the tool, the potter said.", "Term"),
        # a pastime after a language's name
        ("She has played Kashubian Football for her village since she was six.", "Football"),
        ("Crowds in the square heard Tigrinya Music until late.", "Music"),
        ("The hotel now serves Sundanese Cuisine to its guests.", "Cuisine"),
        # a bare plural of people after a word in -an the text writes once
        ("The club asked for a grant to take Varnan Players to matches abroad.", "Players"),
        ("Money from the fund helps Tarvan Fishermen in the lean months.", "Fishermen"),
    ],
)
def test_common_heads_hit(text, word):
    assert _caps(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # "of" and a capital or "the" carries a name on, or says which one
        "She runs the Varnak Office of Tourism, which opened in May.",
        "He heads the Tarvel Office of the president and the Office of Fair Trading.",
        "The Varnak Office said the permit of a kind it had never issued was valid.",
        # the pair the text repeats with its capital is a name
        "The Varnak Office of a conservation group opened in May, and the Varnak Office "
        "hired six divers in June.",
        # an apposition or a capital after the head
        "The Varnak Office, a conservation group, said the count was high.",
        "She works for the Tarvel Branch Office of a large bank.",
        # a noun of language with no "for", or not after an article
        "He kept the Kelvani Name after the merger, the owners said.",
        "She teaches at the Varni School for the Deaf in the old town.",
        # a language's name before what a name may head, or a longer name
        "The Zulu King opened the festival, and the Tamil Tigers were banned.",
        "She joined the Kashubian Football Association in 2010.",
        "The Asturian Dancing Troupe toured in May.",
        # plurals of people: a band or a family, "the" before, a team named again,
        # a noun after the plural, a given name
        "The festival paid to bring Varnan Brothers to the stage.",
        "The grant will take the Varnan Players to London.",
        "Tarvan Women beat Dorvia by six wickets, and Tarvan Women play again on Sunday; "
        "for Tarvan the win was the first in a year.",
        "The board signed Varnan Players union members to the panel.",
        "The award went to Logan Farmers at the ceremony.",
    ],
)
def test_common_heads_quiet(text):
    assert _caps(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Results came after a count in Tarvel That lasted three days, officials said.",
        "Voters want a ferry to Varnholm That carried cars before the war, she said.",
    ],
)
def test_that_before_a_past_tense_is_a_relative_pronoun(text):
    assert _caps(text) == ["That"]


@pytest.mark.parametrize(
    "text",
    [
        # an idiom's past tense before a comma would open a sentence
        "He left Tarvel That settled, he kept the flat near the harbour for his son.",
        "He left Tarvel That said, he kept the flat near the harbour for his son.",
        # after English words "That" may end a name; before a capital, a title's
        "Tickets for Take That sold out in Leeds on Monday.",
        "She read Tarvel That Vanished in one night.",
    ],
)
def test_that_before_a_past_tense_quiet(text):
    assert _caps(text) == []
