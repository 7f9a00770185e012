"""word.glued: an adjective of identity style guides capitalise ("Indigenous", "Aboriginal";
resources/case/identity_adjectives.txt) is capitalised by rule, as a demonym is, so glued
to a noun it splits safely ("Indigenousland claims", fresh_ce's shape): no name is built on
it.  A demonym glued to a word before a place's kind is no place's name either ("a
Sovietcollective farm", fresh_ce's): a name written whole opens with no demonym.  Invented
names."""

import pytest

from tests.checks.rules.helpers import run


def _issues(text: str) -> list[tuple[str, str, bool]]:
    return [
        (text[i.offset : i.offset + i.length], i.replacements[0], i.safe)
        for i in run("word.glued", text)
    ]


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
        (
            "He worked for 30 years on a Sovietcollective farm, where he ran the vines.",
            "Sovietcollective",
            "Soviet collective",
        ),
        ("She trained at a Sovietsports school in the city.", "Sovietsports", "Soviet sports"),
    ],
)
def test_a_word_capitalised_by_rule_glued_to_a_noun_splits(text, piece, split):
    assert _issues(text) == [(piece, split, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The Indigenous Land Corporation bought the farm.",
        "The pastures of the Greyhad valley were flooded.",  # a place's name before its kind
        "They met at the Tarvelmont farm on Sunday.",
    ],
)
def test_names_before_a_kind_stay_whole(text):
    assert _issues(text) == []
