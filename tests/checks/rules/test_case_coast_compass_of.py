"""case.capitalised-noun: after a possessive or "a", a place's head before a point of the
compass and "of" is common: the pair says where the place lies, as before a preposition
(``off Russia’s Pacific Coast north of Japan``: fresh_de's blind run).  After "the" the
pair may be a name, and a name before a noun keeps its capital ("the Pacific Coast
Highway").  Invented places."""

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"
HEAD = "Storm closes schools\n\nVARSK, Tarvel — Snow closed the city's schools on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The island, which lies off Russia’s Pacific Coast north of Japan, is hit every winter.",
        "The ferry runs along a Chilean Coast south of Valdivia every week.",
    ],
)
def test_a_coast_before_a_point_of_the_compass_and_of_is_common(sentence):
    text = HEAD + sentence + "\n"
    issues = run(RULE, text)
    assert [i.matched(text) for i in issues] == ["Coast"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Pacific Coast Highway was closed in winter, the forecasters said.",
        "The island lies off the Pacific Coast north of Japan, the forecasters said.",
        # a fleet's or a quarter's name may go on so (review D)
        "The base is at Russia’s Pacific Fleet north of Japan, officials said on Monday.",
        "The hotel is in Jerusalem’s Armenian Quarter south of Jaffa Gate, the guide said.",
    ],
)
def test_names_keep_their_capitals(sentence):
    text = HEAD + sentence + "\n"
    assert run(RULE, text) == []
