"""word.glued: a place's name glued to "town" after a lower-case adjective or determiner is a
town described, not a settlement's own name ("this small Northumberlandtown", fresh_dd's
shape): split, and applied when the text writes the place alone too.  Names known whole
("Chinatown", "Georgetown"), built on a given name ("Elizabethtown") or standing after a
preposition ("in Irishtown") are left as they are."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    ("text", "piece", "split", "safe"),
    [
        (
            "Patients in Northumberland wait. In this small Northumberlandtown they wait.",
            "Northumberlandtown",
            "Northumberland town",
            True,
        ),
        (
            "Patients in this small Yorkshiretown and the farms around it wait weeks.",
            "Yorkshiretown",
            "Yorkshire town",
            False,
        ),
    ],
)
def test_a_place_glued_to_town_after_a_description_splits(text, piece, split, safe):
    assert glued_splits(text) == [(piece, split, safe)]


@pytest.mark.parametrize(
    "text",
    [
        "They visited a lively Chinatown and a quiet Georgetown square.",
        "He grew up in a small Elizabethtown suburb.",
        "They met in Yorkshiretown on Sunday.",
        # built on a surname, or after a word that describes nothing (review26a)
        "Floods hit rural Watsontown as the river rises.",
        "Trains stopped at Milton and Wilkentown on Tuesday.",
        "The growing Taylorstown area voted on Sunday.",
        # its state after a comma, or a noun it qualifies (review 26d)
        "Crews reached rural Carrolltown, Pennsylvania, on Monday.",
        "The tiny Floridatown community voted on Sunday.",
        "Police in nearby Franklintown said the road was closed.",  # no determiner (26e)
    ],
)
def test_a_settlement_known_whole_or_named_after_a_preposition_is_left(text):
    assert glued_splits(text) == []
