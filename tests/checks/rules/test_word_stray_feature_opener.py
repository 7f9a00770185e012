"""word.stray-fragment: one stray capital fused to a feature noun that opens a place's name
(resources/word/name_opening_features.txt), at a paragraph's start before the rest of the
name, is debris: ``Rlake Varnava`` -> "Lake Varnava" (fresh_db's hold-out run).  A given name
or a word English knows whole stays.  Invented places."""

import pytest

from tests.checks.rules.helpers import first_fixes, run

RULE = "word.stray-fragment"
HEAD = "The race was rowed in fog.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "token", "fixed"),
    [
        ("Rlake Varnava, which lies below the old town, froze in 2006.", "Rlake", "Lake"),
        ("Gisland Orvas has two harbours and one school.", "Gisland", "Island"),
        ("Tforest Hills lost power on Sunday night.", "Tforest", "Forest"),
    ],
)
def test_a_capital_before_a_names_feature_noun_is_dropped(paragraph, token, fixed):
    text = HEAD + paragraph + "\n"
    assert first_fixes(RULE, text) == [(token, fixed, True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # names English knows whole
        "Blake Varnava said the lake froze in 2006.",
        "Flake Orvas is the brand the shop sells.",
        # not a feature noun that opens names: a given name may read so ("Kwame")
        "Kwame Varnava said the lake froze in 2006.",
        # mid-paragraph: no drop cap's place
        "The crew said Rlake Varnava froze in 2006.",
    ],
)
def test_near_misses(paragraph):
    text = HEAD + paragraph + "\n"
    assert run(RULE, text) == []
