"""word.glued: the Spanish "del" glued to a given name before the family name is split
(``Eustaquiodel Varo`` -> "Eustaquio del Varo": fresh_db's hold-out run).  A given name of
any source counts, five letters or more, ending in a vowel as Romance given names do: "del"
ends short ones ("Fidel", "Abdel", "Wendel") and, after a consonant, Filipino and Germanic
ones ("Rosendel", "Strandel"), which stay whole.  Invented surnames."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "The head of the growers' association, Eustaquiodel Varo, said prices fell.",
            "Eustaquio del",
        ),
        ("A letter from Casimirodel Orvas reached the council on Monday.", "Casimiro del"),
        ("Gumersindodel Tarvel, 71, has farmed garlic on the slope since 1978.", "Gumersindo del"),
    ],
)
def test_a_given_name_glued_to_del_is_split(text: str, split: str) -> None:
    assert glued_splits(text)[0][1] == split
    assert glued_splits(text)[0][2]  # applied: safe


@pytest.mark.parametrize(
    "text",
    [
        "Fidel Varo and Wendel Orvas met Abdel Tarvel on Monday.",
        "The model Orvas was sold in the Handel Varo shop.",
        # a head of any source ending in a consonant: Filipino and Germanic names (reviews)
        "Rosendel Siason, a purchasing officer at the plant, said the machines arrived.",
        "The Swedish defender Oskar Strandel Nilsson joined the club on loan.",
    ],
)
def test_names_ending_in_del_stay_whole(text: str) -> None:
    assert glued_splits(text) == []
