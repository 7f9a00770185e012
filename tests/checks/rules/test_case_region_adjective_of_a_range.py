"""case.capitalised-noun: the adjective of a mountain range is one of region
(resources/case/region_adjectives.txt), so a place's noun after it is common on the
evidence an institution noun needs, after "this", "a" or a possessive (``this Carpathian
Town’s pottery``: fresh_db's hold-out run).  A name after it keeps its capital ("the
Appalachian Trail"), and so does a plural an apposition with "a" describes ("Appalachian
Voices, a charity").  "Sahelian" is read as a place's adjective made from "Sahel", as
before.  Invented towns."""

import pytest

from tests.checks.rules.helpers import first_fixes, run

RULE = "case.capitalised-noun"
HEAD = "Potters return\n\nVARSK, Tarvel — The school opened its doors on Monday morning.\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The glazes of this Carpathian Town’s pottery are brown, green and yellow.", "Town"),
        ("The cheese of a Pyrenean Village sold out at the fair in March.", "Village"),
        ("Goats graze near a Sahelian Town where the well ran dry.", "Town"),
    ],
)
def test_a_place_noun_after_a_ranges_adjective_is_lowered(sentence, word):
    text = HEAD + sentence + "\n"
    assert first_fixes(RULE, text) == [(word, word.lower(), False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They hiked the Appalachian Trail in May and June.",
        "The Carpathian Mountains were cold that winter, the potter said.",
        # a plural with no "the" that an apposition with "a" describes: a name (review A)
        "Appalachian Voices, a Boone charity, said the permit would harm streams.",
        "He told Himalayan Echoes, a Kathmandu radio show, that the road was shut.",
    ],
)
def test_names_keep_their_capitals(sentence):
    text = HEAD + sentence + "\n"
    assert run(RULE, text) == []
