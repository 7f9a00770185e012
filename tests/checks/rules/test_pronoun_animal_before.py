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
    assert flagged_pronouns(
        OBITUARY.format("yurt").replace(", a six-year-old female", "")
    ) == ["her"]
