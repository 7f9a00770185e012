"""pronoun.gender: fresh_bs's blind run.  A role phrase may close on "the Rev." before its
name; a plural day ("Sundays") names no one; a role that opens its sentence may run to
twenty words before its name; herders and marketeers are people; a past participle's
opening phrase points forward to the subject after it.  Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

MINISTER = (
    "The drivers retired in March.\n\n"
    "The minister of the town’s Methodist chapel, the Rev. Jonas Tamberg, said he had often seen "
    "the lorry pass the chapel in the dark. {0} said he had made a habit of praying for "
    "the drivers on snowy Sundays, and that {1} intended to go on praying."
)


def test_a_role_phrase_may_close_on_the_rev_before_its_name() -> None:
    assert flagged_pronouns(MINISTER.format("He", "he")) == []
    assert flagged_pronouns(MINISTER.format("She", "he")) == ["She"]


def test_a_plural_day_names_no_one_who_could_be_meant() -> None:
    assert flagged_pronouns(MINISTER.format("He", "she")) == ["she"]


STITCHER = (
    "Orders rose by a third this year.\n\n"
    "A woman who has stitched balls for the company in a village south of the city for 22 "
    "years, Kelvari Osk, said {0} could finish three balls on a good day."
)
MARKETEER = (
    "The road was paved in June.\n\n"
    "A marketeer who has carried plantains and cassava to the coast for 25 years, Kelvari "
    "Osk, said {0} used to lose a third of the load."
)


def test_a_long_opening_role_of_twenty_words_is_the_names() -> None:
    assert flagged_pronouns(STITCHER.format("she")) == []
    assert flagged_pronouns(STITCHER.format("he")) == ["he"]


def test_a_marketeer_is_a_person() -> None:
    assert flagged_pronouns(MARKETEER.format("she")) == []
    text = MARKETEER.format("he") + " She said she planned to go every week now."
    assert flagged_pronouns(text) == ["he"]


ASKED = (
    "Two drivers retire\n\n"
    "ALSTON, England — Ewan Tweddle and Glenys Hodgins drove the gritter for 30 years. "
    "Hodgins said she would walk the pass in summer.\n\n"
    "Asked whether {0} would miss the work, Tweddle looked at the lorry for a long time."
)


def test_a_past_participles_opening_phrase_points_forward_to_its_subject() -> None:
    # "whether he would": an auxiliary after the pronoun is its own clause's, no sign that
    # the participle is a clause's subject
    assert flagged_pronouns(ASKED.format("he")) == []


def test_a_past_participles_subject_is_no_antecedent_of_its_own() -> None:
    # the second review: "his" is the minister's, named later in the sentence
    text = (
        "Opposition files complaint\n\n"
        "VARSK, Tarvelia — Angered by his remarks about women, Maria Tamm, the opposition "
        "leader, said she would file a complaint against the minister, Jon Kelvik."
    )
    assert flagged_pronouns(text) == []
