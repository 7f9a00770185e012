"""pronoun.gender: a plural of a person noun after "one of" and a determiner names one person
("one of her rivals withdrew and asked his supporters to back her"), someone a pronoun may
mean besides the person named.  Names invented."""

import pytest

from tests.checks.rules.helpers import flagged_pronouns

COUNCIL = (
    "Varsk council elects its first woman mayor\n\n"
    "Ilse Varnow, 41, won four of the council's seven votes on the third ballot, after "
    "{who} withdrew and asked {pronoun} supporters to back her."
)


@pytest.mark.parametrize(
    "who", ["one of her rivals", "one of the candidates", "one of the older councillors"]
)
def test_one_of_a_plural_of_people_is_someone_the_pronoun_may_mean(who: str) -> None:
    assert flagged_pronouns(COUNCIL.format(who=who, pronoun="his")) == []


@pytest.mark.parametrize("who", ["the second round", "one of the blocs", "all of her rivals"])
def test_no_one_person_and_the_slip_shows(who: str) -> None:
    assert flagged_pronouns(COUNCIL.format(who=who, pronoun="his")) == ["his"]
