"""pronoun.gender: a participle that opens its sentence ("Born on March 3, 1945, in …",
"Raised by …") is no one of unknown gender standing between a name and its pronoun: it
blocked the "She" for a man in an obituary (fresh_ay's shape).  Every name is
invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

STORY = (
    "Jonas Tamberg, a bandleader who played at every carnival for 50 years, died on "
    "Sunday in Varsk. He was 79.\n\n"
    "{0} on March 3, 1945, in a mining camp south of Varsk, Tamberg was the son of a miner "
    "and a baker. {1} learned the trumpet at 12 in the camp's band."
)


@pytest.mark.parametrize("opening", ["Born", "Raised"])
def test_a_she_for_the_man_after_an_opening_participle_is_flagged(opening: str) -> None:
    assert flagged_pronouns(STORY.format(opening, "He")) == []
    assert flagged_pronouns(STORY.format(opening, "She")) == ["She"]


def test_a_name_that_opens_the_sentence_still_blocks() -> None:
    # "Velna" is a person of unknown gender: the "She" may be hers
    text = STORY.format("Born", "She").replace("Born on March 3", "Velna said that on March 3")
    assert flagged_pronouns(text) == []


def test_a_name_that_is_a_participle_before_its_verb_still_blocks() -> None:
    # "Hung said": a name (a past participle to the dictionary) and its verb
    text = "Ilse Varnow said she had tried to call. Hung said he was not home."
    assert flagged_pronouns(text) == []
