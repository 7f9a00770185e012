"""pronoun.gender: a role joined by "and" to what the person is, inside the person's own
clause, is the person again ("who has been a volunteer for 46 years and chief for 19 of
them"), not someone else a "she" could mean.  A role after "and" that opens a clause of its
own ("and the chief said") is another person.

Every example is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

_TAIL = " He said his crew was ready."


@pytest.mark.parametrize(
    "text",
    [
        "The fire chief, Orvel Tarkossi, 67, who has been a volunteer for 46 years and chief "
        "for 19 of them, said she had backed the merger." + _TAIL,
        "Orvel Tarkossi, who was a deckhand for a decade and the captain since 2015, said she "
        "would sell the boat." + _TAIL,
        "Orvel Tarkossi, who has been a teacher in the village and headmaster, said she would "
        "retire." + _TAIL,
    ],
)
def test_a_role_joined_to_the_persons_own_predicate_leaves_the_slip_flagged(text):
    assert flagged_pronouns(text) == ["she"]


@pytest.mark.parametrize(
    "text",
    [
        # "the chief" opens its own clause: she may be the chief
        "Orvel Tarkossi was a volunteer for years and the chief said she was tired." + _TAIL,
        # the role is the object of a preposition, someone else's
        "Orvel Tarkossi was married to a teacher for 20 years and a farmer for ten. She "
        "said the farm was sold." + _TAIL,
        # "of" puts both roles in the predicate's own phrase: two other people
        "Orvel Tarkossi was a friend of the mayor and the chief. She said the town was "
        "safe." + _TAIL,
    ],
)
def test_a_role_that_may_be_someone_else_stays_a_referent(text):
    assert flagged_pronouns(text) == []
