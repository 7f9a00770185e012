"""pronoun.gender: a pronoun after "every", "each", "any" or "no" and a person noun in its
clause is that noun's, anyone of the kind ("no worker would lose her place"), not the
person named before it; so is one after one of a group as its clause's subject ("the last
of them rents his saddle")."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

YARD = (
    "Council closes the drying yard\n\n"
    "VARSK, Tarvelia — The town council voted on Monday to close the fish-drying yard on the "
    "beach.\n\n"
    "The parish priest, the Rev. Jonas Tamberg, said {0} would keep {1} place at the new "
    "yard. He said the council had promised it in writing."
)


@pytest.mark.parametrize(
    "who", ["every worker", "each woman", "no fisherwoman", "any young mother"]
)
def test_a_quantified_persons_own_pronoun_is_not_the_named_mans(who: str) -> None:
    assert flagged_pronouns(YARD.format(who, "her")) == []


def test_past_the_quantified_clause_the_named_person_is_judged() -> None:
    # a comma closes the clause of "every worker": the "she" after it is Tamberg's slip
    text = YARD.format("every worker", "a").replace("yard. He said", "yard, and she said")
    assert flagged_pronouns(text) == ["she"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamberg thanked every volunteer by name before she left the hall.",
        "Tamberg said every player had given everything and that she was proud of them.",
        "Tamberg had no son to whom she could leave the farm.",
        "Tamberg was no longer mayor when she signed the lease.",
        "Tamberg had no child of her own, the priest said.",
    ],
)
def test_the_named_persons_own_pronoun_after_a_quantifier_is_still_judged(
    sentence: str,
) -> None:
    text = (
        "Council closes the drying yard\n\n"
        "VARSK, Tarvelia — Jonas Tamberg, the mayor, spoke on Monday. He was 70.\n\n" + sentence
    )
    assert flagged_pronouns(text) in (["she"], ["her"])


REVIEW = (
    "Novel follows three generations\n\n"
    "VARSK, Tarvelia — Ilse Varnow's first novel follows three generations of cowhands, from "
    "the 1950s to the present, when {0} rents {1} saddle to tourists by the hour."
)


@pytest.mark.parametrize("group", ["the last of them", "one of the farmers", "each of them"])
def test_one_of_a_group_as_the_subject_owns_the_possessive(group: str) -> None:
    # fresh_ca's Nicoya review: the last cowhand's saddle, not the novelist's
    assert flagged_pronouns(REVIEW.format(group, "his")) == []


def test_one_of_a_group_that_is_no_set_of_people_is_still_judged() -> None:
    # "the last of the seasons" is no one: the "his" is read against the novelist
    assert flagged_pronouns(REVIEW.format("the last of the seasons", "his")) == ["his"]
