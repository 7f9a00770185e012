"""word.glued: two guards against splitting a whole word.  An adverbial particle English
prefixes to verbs and nouns ("outkicks", "overran") is no glued word of its own before a
content word (resources/word/particle_prefixes.txt); a function word after it is still glue
("outthe").  And a bare "n" makes a demonym only after "a" ("Kenyan", "Samoan"): a name in
-in before a short tail ("Balinago") is no "Bali" adjective glued to "ago"."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Varsk wins the hill race\n\nTARVEL, Varskia — The race was run on Saturday. "


def _glued(text: str) -> list[tuple[str, bool]]:
    return [(i.matched(text), i.safe) for i in run("word.glued", text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamberg outkicks Varnow on the last climb to win by two seconds.",
        "The project overran its budget, and the contractor underbid the next one.",
        "The club will offload two players and upskill its coaches this winter.",
        "In the Balinago Territory on the east coast, about 3,000 people live by fishing.",
    ],
)
def test_whole_words_stay_whole(sentence: str) -> None:
    assert _glued(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        ("He carried outthe plan before dawn, the police said.", "outthe"),
        ("She waited for the bus onthe corner near the market.", "onthe"),
        ("The team saidthe result was fair.", "saidthe"),
        # a preposition glued to its noun is glue: only verb-making particles are prefixes
        ("The council acted inresponse to the floods, the mayor said.", "inresponse"),
        ("She spoke onbehalf of the families at the inquiry.", "onbehalf"),
    ],
)
def test_a_function_word_or_a_prepositions_noun_is_still_glue(sentence: str, piece: str) -> None:
    assert [p for p, _ in _glued(LEAD + sentence)] == [piece]
