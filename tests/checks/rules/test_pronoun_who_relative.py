"""pronoun.gender: a person whose own "who" clause names the antecedent ("a historian, Dr.
Rouba Khayrani, who recorded Varsani's memories") stays on stage: an attribution's "she"
after it may be hers, so it is no slip about the man her clause names, as after a "whose"
clause.  Before, that was flagged on clean copy (fresh_cm's obituary, once "Fewer" opening
the next sentence no longer counted as a name; every name invented)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

OBITUARY = (
    "Tarik Varsani, soap maker, dies at 84\n\n"
    "ALEPPO, Syria — Tarik Varsani, who made laurel soap in the old city for six decades, "
    "died on Nov. 2. He was 84.\n\n"
    "He reopened his workshop in 2018 with four workers. His son said he worked every day "
    "until the spring.\n\n"
)


def _flags(text: str) -> list[str]:
    return [i.matched(text) for i in run("pronoun.gender", text)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Soap making in the city had more than a hundred workshops, according to a historian "
        "of the old city's crafts, Dr. Rouba Khayrani, who recorded Varsani's memories in a "
        "series of interviews in 2022. Only 20 now work in the old city, she said.\n",
        "Soap making had more than a hundred workshops, according to a historian, Dr. Rouba "
        "Khayrani, 61, who recorded Varsani's memories in 2022. Twenty now work in the old "
        "city, she said.\n",
    ],
)
def test_the_who_clause_host_may_be_the_speaker(paragraph: str) -> None:
    assert _flags(OBITUARY + paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # the host is a man the text makes one: no rival for a "she"
        "Soap making had more than a hundred workshops, according to a historian, Samir "
        "Haddad, who recorded Varsani's memories in 2022. He said he had kept the tapes. "
        "Twenty now work in the old city, she said.\n",
        # a band or a club is given a "who" too, but it is no one a "She said" means
        "His last soaps were sold by Radiohead, who invited Varsani to London in 2019. She "
        "said the shop would stay open.\n",
        "The workshop ended its talks with Chelsea, who signed Varsani in 2019. She said the "
        "shop would stay open.\n",
        # a pronoun that does not speak, after a titled host: not the host's by this rule
        "He was treated by Dr. Sam Okafor, who operated on Varsani twice in May. She was "
        "admitted on April 30 after a fall at home.\n",
    ],
)
def test_the_slip_is_still_flagged(paragraph: str) -> None:
    assert "she" in [word.lower() for word in _flags(OBITUARY + paragraph)]
