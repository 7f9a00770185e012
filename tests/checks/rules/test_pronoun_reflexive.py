"""pronoun.gender: a reflexive and the subject pronoun of its clause of the other gender
("…wood she had not chosen himself") cannot both be right.  The sentence's other pronouns
tell which is the slip when they all agree with one of the two (fresh_ap's obituary, where
no name stands near enough for the usual check).  Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues

OBITUARY = (
    "Tarvo Kelmani, a maker of drums played across the region, died on Saturday at his "
    "home in Tamsel. He was 79.\n\n"
    "Kelmani was born in 1946 near Tamsel and learned to carve from an uncle. He made his "
    "first drum at 15, he liked to say.\n\n"
    "Kelmani charged a month's wages for a drum. His workshop was a meeting place for "
    "musicians passing through the town, who would test new drums late into the night.\n\n"
    "In recent years, the conflict in northern Varsk made it hard for him to travel to the "
    "forests where he had always found his wood, and he bought timber from traders "
    "instead. He told visitors he did not like wood {0} had not chosen {1}, but that he "
    "had no choice.\n\n"
    "His son said that his father had kept working until the week of his death."
)


def _flagged(text: str) -> list[str]:
    return [text[i.offset : i.end] for i in pronoun_issues(text)]


def test_the_clean_obituary_raises_nothing() -> None:
    assert _flagged(OBITUARY.format("he", "himself")) == []


def test_the_subject_that_disagrees_with_the_sentence_is_flagged() -> None:
    assert _flagged(OBITUARY.format("she", "himself")) == ["she"]


def test_the_reflexive_that_disagrees_with_the_sentence_is_flagged() -> None:
    assert _flagged(OBITUARY.format("he", "herself")) == ["herself"]


def test_a_sentence_of_both_genders_leaves_the_pair_alone() -> None:
    text = (
        "She said he told visitors he did not like wood she had not chosen himself, and "
        "that her husband agreed."
    )
    assert _flagged(text) == []
