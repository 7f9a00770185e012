"""pronoun.gender: readings mended after fresh_da's blind run.

* "his" or "him" after a relative a possessive owns ("her husband") in its sentence or the
  one before, in its paragraph, is no clear vote for the one named: the husband's, perhaps.
* A name of a day or a season standing as a time ("until the New Year", "the New Year
  holidays") is no ship a "she" may mean.
* One of the commonest words, capitalised only where it opens a sentence that a comma and
  "he said" or "she said" close ("Work began in 2023, she said"), is no person of unknown
  gender who blocks a pronoun.
* The pronoun "his own" after "her husband's" is the husband's.
A participle role before a name ("A German sailor anchored in the bay, <Name>, said") was
tried and taken back: two reviews found vox pops about the article's subject it flagged.
Every name is invented; given names the list lacks stand for fresh_da's."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

UNIT = (
    "Hospital opens dialysis unit\n\n"
    "The head of the unit, Dr. Laurentine Ngassam, a nephrologist, said {0} was proud of "
    "the staff.\n\n"
    "Ngassam said she had trained in the capital and had worked there for ten years.\n\n"
    "Ngassam said {1} hoped to add a third shift in the new year.\n\n"
    "At the door on Friday, a woman asked whether her husband could be added to the list. "
    "Ngassam wrote his name down and told her to bring him on Monday."
)


def test_his_and_him_after_her_husband_are_no_vote_for_the_one_named() -> None:
    # "she" twice for Ngassam: the "his" and "him" that follow the husband were two votes
    # for a man, which left the slip between them unseen
    assert flagged_pronouns(UNIT.format("she", "she")) == []
    assert flagged_pronouns(UNIT.format("she", "he")) == ["he"]


DANCES = (
    "Villages rehearse Christmas dances\n\n"
    "TAMSEL, Tarvelia — Villages on the atoll rehearse new dances every night.\n\n"
    "Tekaibeti Nakara, 62, has composed the songs for his village's church group for 27 "
    "years, and he writes them at night. The fishing boats stay in the lagoon until the "
    "New Year.\n\nNakara said {0} had already begun thinking about next year's song."
)


def test_a_day_named_before_is_no_ship_a_she_may_mean() -> None:
    assert flagged_pronouns(DANCES.format("he")) == []
    assert flagged_pronouns(DANCES.format("she")) == ["she"]


RUNWAY = (
    "Flights return after runway is rebuilt\n\n"
    "TAMSEL, Tarvelia — The provincial director of transport, Tchilombo Cassinda, said "
    "the runway had cost about 31 billion kwanzas. Work began in 2023 and was delayed for "
    "most of 2025, {0} said, by a dispute with the contractor.\n\n"
    "Cassinda said she expected demand to grow. She said the fare would be reviewed."
)


def test_a_common_word_opening_a_sentence_is_no_one_who_blocks() -> None:
    assert flagged_pronouns(RUNWAY.format("she")) == []
    assert flagged_pronouns(RUNWAY.format("he")) == ["he"]


@pytest.mark.parametrize("opener", ["Work", "Water"])
def test_a_common_word_the_text_capitalises_mid_sentence_may_be_a_name(opener: str) -> None:
    # the text names "the Work" mid-sentence too: a name, whose gender is unknown
    text = RUNWAY.format("he").replace("the runway had cost", f"the {opener} had cost")
    text = text.replace("Work began", f"{opener} began")
    assert flagged_pronouns(text) == []


PLAY = (
    "Review: a family quarrel in a cornfield\n\n"
    "Tzulub Pech, as the son, has the harder part, and he plays it without making the son "
    "a villain. {0} loves his mother; he also has a mortgage."
)


def test_his_after_a_noun_with_an_article_still_votes() -> None:
    # "the son" is the part Pech plays, no relative someone owns: "his mother" is still
    # a vote for Pech, whose given name the list lacks, and the slipped "She" is seen
    assert flagged_pronouns(PLAY.format("He")) == []
    assert flagged_pronouns(PLAY.format("She")) == ["She"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the pronoun "his own" after "her husband's": the husband's (fresh_bi's review,
        # whose headline's "Review" had blocked it by chance until common openers stopped
        # counting as people)
        (
            "Early in the novel by Meenakshi Parakkal, a pepper merchant's widow opens her "
            "husband's account books and finds every debt in the town written there except "
            "his own.",
            [],
        ),
        # "his own" before a noun is still the person's own
        ("Ana Ruiz rebuilt her late father's boat with his own hands.", ["his"]),
    ],
)
def test_the_pronoun_own_after_a_relative_is_the_relatives(text: str, flagged: list[str]) -> None:
    assert flagged_pronouns(text) == flagged


@pytest.mark.parametrize(
    "text",
    [
        # a given name on the list opening its sentence is someone (review D)
        "Ingrid Solberg, 52, opened the bakery in 2010 and now employs six people. Mark "
        "bakes the bread, and he starts at 4 a.m.",
        # a boat may bear a season's name where a ship stands (reviews C and D)
        "Yacht runs aground\n\nA yacht ran aground off the island on Saturday.\n\nHamish "
        "Grant bought the Endless Summer in 2001. She was built in Hobart in 1978.",
    ],
)
def test_the_narrowed_readings_leave_these_alone(text: str) -> None:
    assert flagged_pronouns(text) == []
