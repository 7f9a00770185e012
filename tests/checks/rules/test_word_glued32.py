"""word.glued: a preposition glued off a capitalised token whose head is an everyday word
takes its object after it, so where a quotation or a bracket closes right after the token,
or another preposition that opens no object follows ("in", "at", "on"…), the token is one
word ("sold under the name “Fidju di Bulkon”", fresh_dc's blind run, where "Bulk on" was
applied).  A preposition before its object still splits, after a name or in a lower-case
token before "about", "over" or "into" too.  Invented names but for well-known places."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    "text",
    [
        "The wine is sold under the name “Fidju di Bulkon” (“Child of the Volcano”) in Kriolu.",
        'The wine is sold under the name "Fidju di Bulkon" in the shops of Praia.',
        "The wine is sold as Bulkon in Praia and in the villages around the crater.",
    ],
)
def test_a_name_ending_in_a_preposition_without_an_object_stays_whole(text: str) -> None:
    assert glued_splits(text) == []


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Within an hour a forecaster in Lisbonon the coast had sent the warning.", "Lisbon on"),
        # after a name, or in a lower-case token, before an object that opens with "about",
        # "over" or "into" (the review's probes of lost catches)
        ("She lived in Accrafor about 20 years before moving home.", "Accra for"),
        ("He worked at Reutersfor over a decade.", "Reuters for"),
        ("Shares roseby about 4 percent on Monday.", "rose by"),
        ("The talks wenton into the night.", "went on"),
        ("“These are the people we workwith”, said the nurse.", "work with"),
        # a capital a sentence, a quotation or a bracket gives (the third review's probes)
        ("Movingon to the budget, the council agreed to raise fees.", "Moving on"),
        ("Visitors are welcome (Comein at 9 a.m.) on weekdays.", "Come in"),
    ],
)
def test_a_preposition_before_its_object_still_splits(text: str, split: str) -> None:
    assert [(s, safe) for _, s, safe in glued_splits(text)] == [(split, True)]
