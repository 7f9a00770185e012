"""pronoun.gender: nouns of trade the person nouns lacked until fresh_ca's blind run
("merchant", "grower", "surveyor"): a person a pronoun may mean, so "the merchant
decided to sell his van" after two women named is the merchant's van.  Every name is
invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

PROFILE = (
    "Two women retire from the fish van\n\nVARSK, Tarvelia — Anna Varnow and Maria Tamberg "
    "made their last round on Friday.\n\nVarnow, 68, and Tamberg, 66, met in 1988 working at "
    "a fish {0}'s in the town. When the {0} decided to sell his van in 1990, they borrowed "
    "4,000 pounds and bought it between them."
)


@pytest.mark.parametrize("noun", ["merchant", "grower"])
def test_a_trade_noun_is_someone_a_pronoun_may_mean(noun: str) -> None:
    assert flagged_pronouns(PROFILE.format(noun)) == []
