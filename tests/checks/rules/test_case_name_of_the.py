"""case.capitalised-noun: a capital the text drops elsewhere is still a name's last word
after "the", a capitalised common word and "of the" when it can only be an adjective ("the
Day of the Dead" beside "the dead woman"); a noun there, or after a person's name, a
lower-case word or "for the", is the capital in question (invented examples)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Families build altars each year for the Day of the Dead in early November. A "
        "photograph of the dead woman stands beside a mirror.",
        "The sect calls itself the Order of the Righteous, though few think the righteous "
        "are many.",
        "The Day of the Dead falls on a Monday this year. The dead are remembered at home.",
    ],
)
def test_a_names_last_word_is_left_alone(text: str) -> None:
    assert _caps(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun after "the X of the": a machine translation's double capital
        ("The Head of the Convoy said the convoy would leave at dawn.", "Convoy"),
        (
            "The Government of the Country met on Monday. The country has no budget.",
            "Country",
        ),
        # a lower-case word before "of the": no name
        ("The head of the Convoy said the convoy would leave at dawn.", "Convoy"),
        # a person's name before "of the": the capital in question
        (
            "Officials said Anna Berg of the Council would speak. The council meets on Monday.",
            "Council",
        ),
        # a sentence's first word before "of the": no evidence of a name
        ("Leaders of the Convoy said the convoy would leave at dawn.", "Convoy"),
        # "for the" follows names in running text
        (
            "The team reached the World Cup for the First time. It was the first time in a decade.",
            "First",
        ),
    ],
)
def test_the_capital_in_question_is_still_flagged(text: str, word: str) -> None:
    assert _caps(text) == [word]
