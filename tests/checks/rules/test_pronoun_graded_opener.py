"""pronoun.gender: a comparative or superlative opening a sentence ("Fewer boats meant less
noise") is no name, so it no longer stands between a man named just before and a "she" that
reports him (fresh_cs's blind miss; every name invented)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run


def _flags(text: str) -> list[str]:
    return [i.matched(text) for i in run("pronoun.gender", text)]


REPORT = (
    "A marine biologist with the park, Dr. Ernesto Valdivia, said the ferry would cut the "
    "number of crossings from about 14 a day to six. {opener} boats meant less noise and "
    "less risk of collisions with wildlife, {pronoun} said.\n"
)


@pytest.mark.parametrize("opener", ["Fewer", "Larger", "Slower"])
def test_the_slip_after_a_graded_opener_is_flagged(opener: str) -> None:
    assert _flags(REPORT.format(opener=opener, pronoun="she")) == ["she"]


@pytest.mark.parametrize("opener", ["Fewer", "Larger", "Slower"])
def test_the_right_pronoun_is_left_alone(opener: str) -> None:
    assert _flags(REPORT.format(opener=opener, pronoun="he")) == []


@pytest.mark.parametrize(
    "text",
    [
        # a word that is a base or a noun of its own may be a name: "Elder", "Best"
        REPORT.format(opener="Elder", pronoun="she"),
        REPORT.format(opener="Best", pronoun="she"),
        # before a verb, even one that is a noun too, the word may be a surname
        "A marine biologist with the park, Dr. Ernesto Valdivia, said the ferry would cut "
        "the number of crossings. Richer beat him to the post, and she said the vote was "
        "fair.\n",
        "A marine biologist with the park, Dr. Ernesto Valdivia, said the ferry would cut "
        "the number of crossings. Shorter finished the survey, and she said the vote was "
        "fair.\n",
        # a woman named between the man and the "she"
        "A marine biologist with the park, Dr. Ernesto Valdivia, said the ferry would cut "
        "the number of crossings. Fewer boats meant less noise, the skipper, Marta Quispe, "
        "said. Turtles were safer, she said.\n",
    ],
)
def test_a_possible_person_still_stands(text: str) -> None:
    assert _flags(text) == []
