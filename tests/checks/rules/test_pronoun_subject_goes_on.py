"""pronoun.gender: when no one is named near a pronoun, an obituary's or a profile's subject
goes on being its person while the pronouns before it, in its sentence and the one before,
are all the subject's and no one else is mentioned there: "… for him to travel to the
forests where he had always found his wood. She told visitors" is a slip for "He".  A
person noun of the pronoun's gender or a relative there ("Her son, 58, will keep the
stall") is someone else it may mean.  The people are invented."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues

OBITUARY = (
    "Balafon maker Jonas Tamberg dies at 81\n\n"
    "Jonas Tamberg, who made balafons for musicians across the region, died on Sunday in "
    "Tarvel. He was 81.\n\n"
    "Tamberg learned the craft from his father and opened his own workshop in 1968. "
    "Tamberg said he tuned every instrument by ear.\n\n"
    "Tamberg charged little for an instrument and often gave balafons to schools.\n\n"
    "In recent years, the conflict in the north made it difficult for him to travel to "
    "the forests where he had always found his wood, and he bought timber from traders "
    "instead. {0} told visitors he did not like wood he had not chosen himself."
)


def _flagged(text: str) -> list[str]:
    return [text[i.offset : i.end] for i in pronoun_issues(text)]


def test_a_slip_in_a_chain_of_the_subjects_pronouns_is_flagged() -> None:
    assert _flagged(OBITUARY.format("He")) == []
    assert _flagged(OBITUARY.format("She")) == ["She"]


def test_a_relative_mentioned_there_may_be_the_pronouns_person() -> None:
    text = OBITUARY.replace("and he bought timber", "and his daughter bought timber")
    assert _flagged(text.format("She")) == []
