"""pronoun.gender: a person noun that is an adjective too ("local", "official") before a
noun that is no verb names no one ("a local council", "the official residence"), even
when the dictionary knows that noun as an adjective of its own ("council"): it blocked
the "he" for a woman lawyer (fresh_x's shape).  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

STORY = (
    "Their lawyer, Ilse Varnow, said the ruling was the first to order a {0} to restore a "
    "water supply by a fixed date. She said {1} would return to court if the pump failed."
)


@pytest.mark.parametrize("phrase", ["local council", "local authority"])
def test_a_he_for_the_woman_after_an_adjective_before_a_noun_is_flagged(
    phrase: str,
) -> None:
    assert flagged_pronouns(STORY.format(phrase, "she")) == []
    assert flagged_pronouns(STORY.format(phrase, "he")) == ["he"]


def test_the_person_noun_standing_alone_still_blocks() -> None:
    # "a local" is someone: "he" may be the local
    text = STORY.format("local", "he").replace("to restore", "who wanted to restore")
    assert flagged_pronouns(text) == []


def test_the_person_noun_before_a_verb_still_blocks() -> None:
    # "the official runs": a person and a verb, not a compound
    text = (
        "Their lawyer, Ilse Varnow, met an official who said the local runs the pump. "
        "She said he would return to court if the pump failed."
    )
    assert flagged_pronouns(text) == []


@pytest.mark.parametrize(
    "rest",
    [
        # an adjective after the person, with its preposition; an adverb; a preposition
        "an official familiar with the case said he expected a ruling soon.",
        "the official eligible for the post said he would apply.",
        "the suspect now faces trial and he could be jailed.",
        "the official inside the building told her he was afraid.",
        "the official first told her he would fix it.",
    ],
)
def test_a_person_before_an_adjective_or_an_adverb_still_blocks(rest: str) -> None:
    text = f"Ilse Varnow, a lawyer, met officials on Monday. She said {rest}"
    assert flagged_pronouns(text) == []
