"""pronoun.gender: the part of one gender an actor plays ("Kelvari Tamsk, a veteran of
television, plays the father") counts one point for the actor's gender, beside the
pronouns, so one "he" and the part make the actor a man and a "she" for him is flagged;
an actress who plays a king is a woman by her pronouns all the same.  Names invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

REVIEW = (
    "The play opened on Friday at the old theatre.\n\n"
    "Kelvari Tamsk, a veteran of television, plays the father with a stillness that holds "
    "the stage. Tamsk has few lines, and he makes each one count.\n\n"
    "Tamsk said after the premiere that {0} had rehearsed for three months."
)


def test_the_part_and_one_pronoun_make_the_actor_a_man() -> None:
    assert flagged_pronouns(REVIEW.format("he")) == []
    assert flagged_pronouns(REVIEW.format("she")) == ["she"]


def test_an_actress_playing_a_king_keeps_her_pronouns() -> None:
    text = (
        "The play opened on Friday at the old theatre.\n\n"
        "Kelvari Tamsk plays the king with a stillness that holds the stage. Tamsk has few "
        "lines, and she makes each one count. She said she had rehearsed for months.\n\n"
        "Tamsk said after the premiere that she would tour with the play."
    )
    assert flagged_pronouns(text) == []


def test_one_part_beside_a_noun_that_tells_adds_nothing() -> None:
    # "the actor" already counts for a man (news uses it for women too): the part is no
    # second point, and two parts count once
    actor = (
        "The theatre reopened on Monday. The actor Kelvari Tamsk plays the king in the new "
        "Lear. Tamsk said she had waited years for the part."
    )
    dame = (
        "The theatre reopened on Monday. Kelvari Tamsk plays the dame in the pantomime this "
        "winter. Tamsk played the widow in another last year. He said the costumes were heavy."
    )
    assert flagged_pronouns(actor) == []
    assert flagged_pronouns(dame) == []
