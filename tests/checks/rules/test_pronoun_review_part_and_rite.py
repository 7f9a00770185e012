"""pronoun.gender: fresh_bu's blind run.  A surname the text writes whole ("Fakirani") is no
glue of another person's shorter name ("Fakir") and a common word ("ani"); a review's part, set off
before the actor who plays it, takes the actor's gender; a rite after a time of day ("the
morning Mass") is no one.  Every name is invented."""

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


REVIEW = (
    "The film had its premiere on Saturday night before about 3,000 people.\n\n"
    "Kelvari, played by Ilse Varnow, is a pharmacist in her late 20s who has lived in the "
    "city since she was a schoolgirl. {0} comes back to the village to bury her grandmother.\n\n"
    "The strongest performance belongs to Jonas Tamberg as the fisherman, Kelvari’s "
    "great-uncle."
)


def test_a_part_set_off_before_its_actor_takes_the_actors_gender() -> None:
    assert flagged_pronouns(REVIEW.format("He")) == ["He"]
    assert flagged_pronouns(REVIEW.format("She")) == []


PRIEST = (
    "The ruling came on Tuesday.\n\n"
    "The parish priest, the Rev. Jonas Tamberg, said he had offered a prayer of thanks at the "
    "morning Mass on Wednesday. He said {0} had also prayed for the workers at the plant."
)


def test_a_rite_after_a_time_of_day_is_no_one() -> None:
    assert flagged_pronouns(PRIEST.format("she")) == ["she"]
    assert flagged_pronouns(PRIEST.format("he")) == []
