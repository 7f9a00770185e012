"""pronoun.gender: fresh_dh's misses, read after its one run.  A relative clause on a name
that says what the person was ("who for 40 years was the nurse") gives the name's own role,
not someone else a pronoun could mean; a capitalised common word after a rite's noun ("her
funeral Mass") is the rite.  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

NURSE = (
    "Kelvari Osk, who for four decades was the nurse and midwife on this island, died on "
    "Thursday at her home in the village. {0} was 86.\n\n"
    "Her son, Jonas Tarv, said she had been ill since August and died in her sleep.\n\n"
    "Osk was born in 1940 on the island. In 1959, she went to train as a nurse in the capital, "
    "and she returned in 1963 to the clinic she would run for four decades.\n\n"
    "Her funeral Mass was held on Saturday in the church, and {1} was buried beside her husband."
)


def test_what_a_relative_clause_says_the_person_was_is_her_role() -> None:
    assert flagged_pronouns(NURSE.format("He", "she")) == ["He"]
    assert flagged_pronouns(NURSE.format("She", "she")) == []


def test_a_capitalised_word_after_a_rite_is_no_one() -> None:
    assert flagged_pronouns(NURSE.format("She", "he")) == ["he"]


@pytest.mark.parametrize(
    "text",
    [
        # someone else the relative clause tells of
        "The lorry was found on Friday.\n\nIlse Tamberg, who told police the driver was a man "
        "in a red coat, said he had driven off toward the harbor.",
        # a role tied to another person (review 31a)
        "The festival opened on Friday.\n\nChiara Bellandi, who for years was the partner of "
        "the late tenor, said he had sung his last concert knowing he was ill.",
        # a sentence before the name's that speaks of someone (review 35a)
        "The intruder fled through a window, police said.\n\nFatima Benali, who for eight "
        "years was the night receptionist at the clinic, raised the alarm. He was wearing a "
        "grey hood and gloves, she told officers.",
        # someone else named after the clause (review 36a)
        "Fatima Benali, who for six years was the nurse on the ward, was with the veteran at "
        "the end. He died on Sunday, three days short of his 101st birthday.",
        # a role held at someone's place (review 33a)
        "The billionaire was arrested at his villa on Monday.\n\nIngrid Dahl, who for 20 "
        "years was the housekeeper at the billionaire's estate, said he rarely left his study.",
    ],
)
def test_the_other_person_a_role_points_to_stays_someone(text: str) -> None:
    assert flagged_pronouns(text) == []


def test_a_rite_of_someone_unnamed_leaves_that_one_someone() -> None:
    # "the" rite of someone unnamed (review 34b)
    text = (
        "Olga Petrova wept as the funeral Cortege passed her window. He was only 23, she told "
        "reporters."
    )
    assert flagged_pronouns(text) == []


def test_a_person_after_a_noun_of_people_is_still_someone() -> None:
    for noun in ("accompanist", "caddie", "spouse", "sibling"):
        text = (
            "The season ended on Sunday.\n\n"
            f"Ilse Tamberg thanked her {noun} Brook after the last round, and he bowed twice."
        )
        assert flagged_pronouns(text) == [], noun
