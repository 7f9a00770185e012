"""pronoun.gender: a nation's adjective inside the body a name's "of" gives.

"Dr. <Name> of a British research institute, who was not involved": "who" reaches back
to the scientist, and the institute is no one a pronoun may mean, as it is without the
adjective ("of the county sheriff's office, who").  Read as someone, the institute
blocked a slipped pronoun in the next sentence (fresh_cx's hold-out run: nine plants on
one site).  The adjective must be a nation's (resources/case/demonyms.txt), never a
capital that may be a name's ("of the Varnow family, who").  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

STUDY = (
    "Corals survive heat waves, study finds\n\n"
    "TAMSEL, Tarvelia — Corals off the coast survived three heat waves, a study found.\n\n"
    "Another scientist, Dr. Ilse Varnow of {0}, who was not involved in the study, said "
    "the findings were valuable because long-term data were scarce. {1} said the study "
    "should be repeated.\n\n"
    "The reefs will be surveyed again next year."
)


@pytest.mark.parametrize(
    "body",
    ["a British research institute", "the Kenyan marine institute", "a Dutch university"],
)
def test_a_slip_after_a_body_with_a_nations_adjective_is_flagged(body: str) -> None:
    assert flagged_pronouns(STUDY.format(body, "She")) == []
    assert flagged_pronouns(STUDY.format(body, "He")) == ["He"]


def test_the_body_without_the_adjective_was_already_no_one() -> None:
    assert flagged_pronouns(STUDY.format("a research institute", "He")) == ["He"]


def test_a_capital_that_may_be_a_name_still_stands_between() -> None:
    # "of the Tamberg family, who": the capital is no nation's adjective, and the family
    # may be whom "who" means; the pronoun after is left alone
    assert flagged_pronouns(STUDY.format("the Tamberg family", "He")) == []


def test_the_adjective_counts_for_no_word_of_the_reach() -> None:
    # "of an Argentine public research council": three words before the noun besides the
    # adjective, as many as "of a public research council" has
    assert flagged_pronouns(STUDY.format("an Argentine public research council", "He")) == ["He"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun of no body after the adjective may be a person no list holds: "who" and
        # the "he" may be the dissident's
        "Ana Ruiz, a lawyer for the Russian dissident, who was jailed in 2021, said he "
        "would appeal the verdict.",
        "Ilse Varnow, a friend of the Kenyan veteran, who fought in the war, said he had "
        "died at home.",
        # a person's possessive after the adjective: the office is the president's, whom
        # the "she" may mean
        "Tomas Berger of the French president's office, who drafted the speech, said she "
        "would deliver it on Friday.",
    ],
)
def test_a_person_after_the_adjective_still_stands_between(text: str) -> None:
    assert flagged_pronouns(text) == []
