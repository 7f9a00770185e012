"""word.glued: an adjective of identity style guides capitalise that is no noun too
("Indigenous"; resources/case/identity_adjectives.txt) is a head no family name is built on,
as a demonym is, so glued to a noun it splits safely ("Indigenousland claims", fresh_ce's
shape); where a company's name stands ("Indigenousland's board met") it is offered only, as
a demonym's is; not "Native" or "Traveller", which brands and inns are named with.  A demonym
and "town" written as one word where a place's name stands, after a preposition or nothing,
may be the settlement's own name ("in Irishtown"): offered, never applied.  Invented names
but for real places."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    ("text", "piece", "split"),
    [
        (
            "The court cited a law that recognizes Indigenousland claims. Varnow wrote it.",
            "Indigenousland",
            "Indigenous land",
        ),
        (
            "Lawyers who represent Indigenouscommunities in the north said so.",
            "Indigenouscommunities",
            "Indigenous communities",
        ),
        (
            "The Aboriginalcommunity of the town met on Monday.",
            "Aboriginalcommunity",
            "Aboriginal community",
        ),
    ],
)
def test_a_word_capitalised_by_rule_glued_to_a_noun_splits(text, piece, split):
    assert glued_splits(text) == [(piece, split, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The Indigenous Land Corporation bought the farm.",
        "The pastures of the Greyhad valley were flooded.",  # a place's name before its kind
        "They stayed at the Pacificview hotel in Orsk.",  # the review's: a hotel's name
        "The Frenchglen hotel reopened in April after the fire.",
        "The deodorant brand Nativeland said it would recall 12,000 units.",
        "The Orskon Indigenous Council met on Monday.",  # no date word after "-on"
        # the second review's: a place's name before a kind after "a" (a hotel in Frenchglen)
        "The family bought a Frenchglen hotel in 1990 and sold it in 2004.",
        "They met at the Tarvelmont farm on Sunday.",
    ],
)
def test_names_stay_whole(text):
    assert glued_splits(text) == []


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("They met in Irishtown on Sunday.", False),  # a settlement's own name, maybe
        ("He grew up in Frenchburg, a village in the hills.", False),
        ("They met in a small Irishtown on Sunday.", True),  # a town, described
        ("It is an Irishtown of 3,000 people.", True),
        ("A farmer from near this northern Latviantown won the title.", True),
        ("Irishtown residents voted on Sunday.", False),
        ("The meeting ended late. Irishtown residents voted on Sunday.", False),
        ("Sri Lankantown votes to move its fish yard\n\nNEGOMBO, Sri Lanka — It did.", True),
    ],
)
def test_a_demonym_and_town_as_one_word_is_applied_only_where_no_name_stands(text, safe):
    [(_piece, _split, applied)] = glued_splits(text)
    assert applied is safe


def test_a_name_built_on_indigenous_where_a_company_stands_is_offered_only():
    [(_piece, split, applied)] = glued_splits("Indigenousland's board met on Monday.")
    assert (split, applied) == ("Indigenous land", False)
