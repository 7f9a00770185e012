"""pronoun.gender: a role with its relative clause, then the name in apposition, is that
person: "A local outfitter who rents huts to visitors, Ilse Varnow, said he supported
the deadline" blocked its "he" on "outfitter", as if the role were someone else
(fresh_av's shape).  Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

STORY = (
    "The council voted on Tuesday to move the deadline for ice huts to March 1.\n\n"
    "A local outfitter who rents huts to visitors, Ilse Varnow, said {0} supported the new "
    "deadline, although it would cost the business two weeks of rentals."
)


def test_the_clean_story_raises_nothing() -> None:
    assert flagged_pronouns(STORY.format("she")) == []


def test_a_he_for_the_woman_named_after_her_role_is_flagged() -> None:
    assert flagged_pronouns(STORY.format("he")) == ["he"]


def test_a_role_and_another_persons_name_said_apart_still_blocks() -> None:
    # the name is no apposition here: "Ilse Varnow said" reports what the man said
    text = (
        "A local outfitter who rents huts to visitors, Ilse Varnow said, claimed he "
        "supported the new deadline."
    )
    assert flagged_pronouns(text) == []


TITLED = (
    "The two nurses retired on Friday after 30 years on the islands.\n\n"
    "A doctor who has worked with them since 2003, Dr. Ilse Varnow, said the women had "
    "kept dozens of people out of hospital. {0} said they knew most families by heart."
)


def test_a_title_before_the_name_in_apposition_is_the_roles_person() -> None:
    assert flagged_pronouns(TITLED.format("She")) == []
    assert flagged_pronouns(TITLED.format("He")) == ["He"]
