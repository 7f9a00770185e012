"""pronoun.gender: an animal English may call "he" or "she" (resources/pronoun/
animal_nouns.txt), named in the pronoun's sentence or the one before, may be whom an
object or a possessive means ("His last eagle … would release her": the bird; fresh_ca's
blind run).  A subject "he" or "she" is still read as a person's.  Every name is
invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

OBITUARY = (
    "Eagle hunter Tolvo Gerrasen dies at 81\n\nVARSK, Tarvelia — Tolvo Gerrasen, who trained "
    "golden eagles for 60 years, died on Monday. He was 81.\n\n"
    "Gerrasen hunted foxes in the hills every winter, and he taught his son the craft.\n\n"
    "His last {0}, a six-year-old female, is now kept by his son, who said the family would "
    "release her in four years, as his father had planned."
)


def test_an_animal_named_before_may_be_the_object() -> None:
    assert flagged_pronouns(OBITUARY.format("eagle")) == []


def test_without_the_animal_the_slip_shows() -> None:
    assert flagged_pronouns(OBITUARY.format("yurt").replace(", a six-year-old female", "")) == [
        "her"
    ]


def test_an_animal_given_no_sex_or_a_verb_blocks_nothing() -> None:
    # reviewer's probes: a word of an animal that is a verb, or an animal the text gives
    # no sex, leaves the slip to be flagged
    lede = "Yard saved\n\nVARSK, Tarvelia — The yard was saved on Monday.\n\n"
    assert flagged_pronouns(
        lede + "Peter Holm said the deal would seal the future of the yard. Workers "
        "cheered her announcement."
    ) == ["her"]
    assert flagged_pronouns(
        lede + "Peter Holm said a wolf had killed 12 of his sheep in May. The attack cost "
        "her 3,000 crowns."
    ) == ["her"]
