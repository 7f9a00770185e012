"""repeat.phrase: in "X and <modifier> X" a word only a verb can be before the copy governs
it, so the copy names no kind of X ("learn at home and come home": fresh_de's clean text);
a noun or an adjective before it still makes a subset slip ("drinks and even sports
drinks")."""

import pytest

from tests.checks.rules.helpers import run

RULE = "repeat.phrase"


@pytest.mark.parametrize(
    "text",
    [
        "The children should be able to learn at home and come home after school.\n",
        "They pledged to fight poverty and end poverty by 2030.\n",
    ],
)
def test_a_verb_before_the_copy_is_no_slip(text: str) -> None:
    assert run(RULE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The kiosk sells juice, drinks and even sports drinks to runners.\n",
        "The cooperative may sell the farms seeds, tractors and even old tractors.\n",
        # after "even", or in a list, a word the lexicon calls a verb is a modifier (review C)
        "The town has two hospitals, pharmacies, clinics and even vet clinics.\n",
        "The stall sells tea, coffee and iced coffee.\n",
        # a plural copy is a kind, whatever the lexicon calls the word before it (review E)
        "Police found a stash of guns and stun guns in the car.\n",
    ],
)
def test_a_modifier_before_the_copy_is_flagged(text: str) -> None:
    assert len(run(RULE, text)) == 1
