"""pronoun.gender: fresh_bt's one run.  The hand someone shakes is another's.  A titled
expert who opens a paragraph ("A doctor at the hospital, Dr. …, said he") may speak of the
man named before: that reading was tried for fresh_bt's police officer and taken back.
Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

TITLED = (
    "The climber was found on Tuesday.\n\n"
    "Rescuers carried Jonas Tamberg down the ridge after two nights in the open.\n\n"
    "A doctor at the regional hospital, {0}Ilse Varnow, said he was suffering from exhaustion."
)


def test_a_titled_expert_opening_a_paragraph_may_speak_of_the_man_before() -> None:
    # A title before the name is no evidence that the pronoun is the speaker's own: the
    # rescued man is still the story's subject (the review of fresh_bt's first mend).
    assert flagged_pronouns(TITLED.format("Dr. ")) == []
    assert flagged_pronouns(TITLED.format("Mrs. ")) == []


HANDSHAKE = (
    "The count ended on Thursday night. Jonas Tamberg, a shipping agent, and Ilse Varnow, a "
    "teacher, had each received 1,184 votes.\n\n"
    "“I have never been so frightened of a piece of paper,” Ilse Varnow said afterward, "
    "surrounded by supporters who draped her in garlands. “The children taught me patience.\n\n"
    "“Today, I needed every bit of it.”\n\n"
    "Tamberg shook {0} hand on the stage and told the crowd that he accepted the result. He "
    "said he would not challenge it in court."
)


def test_the_hand_someone_shakes_is_anothers() -> None:
    assert flagged_pronouns(HANDSHAKE.format("her")) == []


def test_the_head_someone_shakes_is_their_own() -> None:
    text = HANDSHAKE.format("her").replace("shook her hand", "shook her head")
    assert flagged_pronouns(text) == ["her"]
