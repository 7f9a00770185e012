"""pronoun.gender: a paragraph that opens by naming someone new in full, and the role words
that stood a pronoun pair aside.

"… He said some smaller firms might have to raise prices.⏎⏎One of the porters who gave
evidence, <given> <surname>, 29, said he had first climbed the mountain at 17. She told
the court he had once walked down at night" (fresh_au's court story, unlisted given name):
the lawyer's "He" at the end of the paragraph before kept the porter's own "said he" from
voting, and "mountain", read as a role word by its ending ("captain"), stood the one-to-one
reading aside.  A pronoun of the paragraph before belongs to the people it left behind when
the new paragraph introduces its person in full; and of the nouns in "-ain" only a few name
people.

Every name is invented; neither given name is on copydesk's list."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

COURT = (
    "Lawyers for the firms argued that porters were paid by the trip. A lawyer for three of "
    "the firms, Orvel Varov, told the court that many porters earned more from tips.\n\n"
    "Varov said after the hearing that his clients would study the ruling. He said some "
    "smaller firms might have to raise their prices.\n\n"
    "One of the porters who gave evidence, Tarvo Kelmani, 29, said he had first climbed the "
    "mountain with a load at the age of 17. {0} told the court {1} had once walked down from "
    "a high camp at night with a climber who had fallen ill."
)


def test_the_clean_story_raises_nothing():
    assert flagged_pronouns(COURT.format("He", "he")) == []


def test_the_new_speakers_own_report_votes_despite_the_paragraph_before():
    assert flagged_pronouns(COURT.format("He", "she")) == ["she"]


def test_a_mountain_is_no_role_that_stands_the_pair_aside():
    assert flagged_pronouns(COURT.format("She", "he")) == ["She"]


def test_a_pronoun_of_the_paragraph_before_still_counts_without_a_full_name():
    # "Kelmani" alone introduces no one: the lawyer may still be the "he"
    text = COURT.format("He", "she").replace("evidence, Tarvo Kelmani, 29,", "evidence, Kelmani,")
    assert flagged_pronouns(text) == []


def test_the_subjects_pronoun_in_the_paragraph_before_still_counts():
    # an obituary: "Her notes" voted for no one, and the director's "said she" is the
    # subject's, whom his "He" does not contradict (fresh_s's false alarm in review)
    text = (
        "Ilse Varnek, who kept the lighthouse on the island for 27 years, has died. She was "
        "91.\n\n"
        "Her death was announced by her son, Orvel Varnek, who said she had been in hospital "
        "since a fall.\n\n"
        "The book was published in 1998. Her notes fill 31 boxes in the museum's archive.\n\n"
        "Tarvo Kelmani, the museum's director, said she had given the archive a memory it "
        "could not have built without her. He said the logbooks would be digitised next year."
    )
    assert flagged_pronouns(text) == []
