"""pronoun.gender: fresh_dh's misses, read after its one run.  A relative clause on a name
that says what the person was ("who for 40 years was the nurse") gives the name's own role,
not someone else a pronoun could mean; a capitalised common word after a rite's noun ("her
funeral Mass") is the rite.  Every name is invented."""

from __future__ import annotations

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


def test_someone_else_a_relative_clause_tells_of_is_still_someone() -> None:
    text = (
        "The lorry was found on Friday.\n\n"
        "Ilse Tamberg, who told police the driver was a man in a red coat, said {0} had "
        "driven off toward the harbor."
    )
    assert flagged_pronouns(text.format("he")) == []


def test_a_role_that_ties_the_name_to_another_leaves_the_other_someone() -> None:
    text = (
        "The festival opened on Friday.\n\n"
        "Chiara Bellandi, who for years was the partner of the late tenor, said {0} had sung "
        "his last concert knowing he was ill."
    )
    assert flagged_pronouns(text.format("he")) == []


def test_after_a_sentence_that_speaks_of_someone_the_role_still_counts() -> None:
    text = (
        "The intruder fled through a window, police said.\n\n"
        "Fatima Benali, who for eight years was the night receptionist at the clinic, raised "
        "the alarm. {0} was wearing a grey hood and gloves, she told officers."
    )
    assert flagged_pronouns(text.format("He")) == []


def test_someone_else_named_after_the_clause_is_still_someone() -> None:
    text = (
        "Fatima Benali, who for six years was the nurse on the ward, was with the veteran at "
        "the end. {0} died on Sunday, three days short of his 101st birthday."
    )
    assert flagged_pronouns(text.format("He")) == []


def test_a_role_held_at_someone_s_place_leaves_that_one_someone() -> None:
    text = (
        "The billionaire was arrested at his villa on Monday.\n\n"
        "Ingrid Dahl, who for 20 years was the housekeeper at the billionaire's estate, said "
        "{0} rarely left his study."
    )
    assert flagged_pronouns(text.format("he")) == []


def test_a_person_after_a_noun_of_people_is_still_someone() -> None:
    for noun in ("accompanist", "caddie", "spouse", "sibling"):
        text = (
            "The season ended on Sunday.\n\n"
            f"Ilse Tamberg thanked her {noun} Brook after the last round, and he bowed twice."
        )
        assert flagged_pronouns(text) == [], noun
