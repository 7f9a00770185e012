"""pronoun.gender: a name a word counts ("many more Niueans", "several Varnians") is a
people, not someone a "he" or "she" could mean, so it does not stand a one-against-one pair
of pronouns aside for a person whose given name the list lacks (a fresh_cz hold-out miss:
"Many more Niueans live in New Zealand…⏎⏎A visitor …, <Name>, said she… He said…").  A
person named there still does.  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

_STORY = (
    "The village council voted on Tuesday to pause the hunt for two years.\n\n"
    "The island has about 1,700 people. {before} live in Tarvelund, and families come "
    "home for the holidays in December.\n\n"
    "A visitor who had come back for a family wedding, Tavoli Kesmaru, said {one} had not "
    "been able to find a single crab for the feast. {two} said nobody had complained.\n"
)


def _flags(before: str, one: str, two: str) -> list[str]:
    return flagged_pronouns(_STORY.format(before=before, one=one, two=two))


@pytest.mark.parametrize("before", ["Many more Varnians", "Several thousand Varnians"])
def test_a_counted_people_stands_no_pair_aside(before: str) -> None:
    assert _flags(before, "she", "He") == ["she", "He"]


@pytest.mark.parametrize("before", ["Many more Varnians", "Merevi Tolan's children"])
def test_agreeing_pronouns_raise_nothing(before: str) -> None:
    assert _flags(before, "he", "He") == []


@pytest.mark.parametrize(
    "before",
    [
        "Merevi Tolan's children",
        "The most Tolan would offer",
        # a surname in -s before a verb (the third review's probe)
        "Tavi Santos is the mayor. More Santos would not say, and many",
    ],
)
def test_a_person_named_before_still_stands_the_pair_aside(before: str) -> None:
    # a superlative's "most" counts no people (the review's probe)
    assert _flags(before, "she", "He") == []
