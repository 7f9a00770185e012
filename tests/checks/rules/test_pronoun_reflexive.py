"""pronoun.gender: a reflexive and the subject pronoun of its clause of the other gender
("…wood she had not chosen himself") cannot both be right.  The sentence's other pronouns
tell which is the slip when they all agree with one of the two (fresh_ap's obituary, where
no name stands near enough for the usual check).  Every name is invented."""

from __future__ import annotations

from tests.checks.rules import test_pronoun_carried_subject as carried
from tests.checks.rules.helpers import flagged_pronouns

# the drum maker's obituary of test_pronoun_carried_subject, its clean reading
CLEAN = carried.OBITUARY.format("he", "He")
CLAUSE = "wood he had not chosen himself"
assert CLAUSE in CLEAN


def _with(subject: str, reflexive: str) -> str:
    return CLEAN.replace(CLAUSE, f"wood {subject} had not chosen {reflexive}")


def test_the_clean_obituary_raises_nothing() -> None:
    assert flagged_pronouns(_with("he", "himself")) == []


def test_the_subject_that_disagrees_with_the_sentence_is_flagged() -> None:
    assert flagged_pronouns(_with("she", "himself")) == ["she"]


def test_the_reflexive_that_disagrees_with_the_sentence_is_flagged() -> None:
    assert flagged_pronouns(_with("he", "herself")) == ["herself"]


def test_a_sentence_of_both_genders_leaves_the_pair_alone() -> None:
    text = (
        "She said he told visitors he did not like wood she had not chosen himself, and "
        "that her husband agreed."
    )
    assert flagged_pronouns(text) == []
