"""pronoun.gender: fresh_bu's blind run.  A surname the text writes whole ("Fakirani") is no
glue of another person's shorter name ("Fakir") and a common word ("ani"); a rite after a time
of day ("the morning Mass") is no one, but a name whose clause goes on is someone ("the night
Varnow and his brother vanished").  A review's part takes its own pronoun, whoever plays it.
Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

SINGER = (
    "Ilse Tarvani, a singer whose voice was heard at the river fairs for 70 years, died on "
    "Wednesday. She was 88.\n\n"
    "Her son, Jonas Tarv, said she had asked to hear the boats.\n\n"
    "Tarvani was born in 1938 in a fishing village. {0} began singing at village fairs at 12, "
    "and at 17 she married a player of the fiddle."
)


def test_a_surname_written_whole_is_no_glue_of_a_shorter_one() -> None:
    assert flagged_pronouns(SINGER.format("He")) == ["He"]
    assert flagged_pronouns(SINGER.format("She")) == []


PART = (
    "The revival opened on Friday.\n\n"
    "{0}, played by {1}, dominates the second act. {2} sweeps onto the stage in a hat."
)


def test_a_part_may_be_played_by_an_actor_of_the_other_sex() -> None:
    # a review's part takes its own pronoun, whoever plays it (tried and taken back)
    assert flagged_pronouns(PART.format("Lady Bracknell", "Jonas Tamberg", "She")) == []


PRIEST = (
    "The ruling came on Tuesday.\n\n"
    "The parish priest, the Rev. Jonas Tamberg, said he had offered a prayer of thanks at the "
    "morning Mass on Wednesday. He said {0} had also prayed for the workers at the plant."
)


def test_a_rite_after_a_time_of_day_is_no_one() -> None:
    assert flagged_pronouns(PRIEST.format("she")) == ["she"]
    assert flagged_pronouns(PRIEST.format("he")) == []


def test_a_name_after_a_time_whose_clause_goes_on_is_someone() -> None:
    text = (
        "The boat was found on Friday.\n\n"
        "Ilse Tamberg said that on the night Varnow and {0} brother vanished, he had called "
        "her from the harbor."
    )
    assert flagged_pronouns(text.format("his")) == []
