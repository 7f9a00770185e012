"""pronoun.gender: a bare role joined by "and" to what the person is, inside the person's
own clause, is the person again ("who has been a volunteer for 46 years and chief for 19 of
them"), not someone else a "she" could mean.  A role after "and" and an article may be
another person ("was a passenger and the driver. She…"), and so is one that opens a clause
of its own ("and the chief said").

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
        "Orvel Tarkossi, who was a deckhand for a decade and captain since 2015, said she "
        "would sell the boat." + _TAIL,
        "Orvel Tarkossi, who has been a teacher in a village school and principal, said she "
        "would retire." + _TAIL,
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
        # after an article the role may be another person (reviewers' probes)
        "Orvel Tarkossi was a passenger and the driver. She was taken to hospital." + _TAIL,
        "Orvel Tarkossi was a student at the school and the headmaster. She expelled him "
        "in 1998." + _TAIL,
        "Orvel Tarkossi was a nurse in the ward and the doctor in charge said she had warned "
        "him." + _TAIL,
        # the role may share a preposition's object, or its gender says someone else
        "Orvel Tarkossi served as an interpreter for the general and ambassador. She thanked "
        "him." + _TAIL,
        "Orvel Tarkossi was a guard at the prison and warden. She told him to lock up." + _TAIL,
        "Orvel Tarkossi is a teacher in a village and headmistress. She praised him." + _TAIL,
        # "of" puts both roles in the predicate's own phrase: two other people
        "Orvel Tarkossi was a friend of the mayor and the chief. She said the town was "
        "safe." + _TAIL,
    ],
)
def test_a_role_that_may_be_someone_else_stays_a_referent(text):
    assert flagged_pronouns(text) == []
