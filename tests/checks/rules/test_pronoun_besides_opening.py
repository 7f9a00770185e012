"""pronoun.gender: a role in a phrase that opens its sentence with a preposition of someone
else ("Besides his son and daughter, Varnholt is survived by…", "Like her father, …") is no
apposition to the name after its comma, so it says nothing of that person's gender.  Given
names are invented and unlisted, so the text alone gives the gender."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

OBITUARY = (
    "Tolkabek Varnholt, maker of lutes, dies at 84\n\n"
    "VARSK, Tarvelia — Tolkabek Varnholt, a craftsman who carved more than 3,000 lutes, "
    "died on Monday at his home in the valley. He was 84.\n\n"
    "Varnholt made the first lute at 15 from the trunk of a fallen apricot tree, in a "
    "mud-brick workshop behind his house.\n\n"
    "{opening} Varnholt is survived by five grandchildren. {pronoun} was buried on "
    "Wednesday beside his wife."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Besides his son and daughter,",
        "In addition to his daughter,",
        "Like his sister,",
    ],
)
def test_a_besides_phrase_gives_the_name_after_it_no_role(opening: str) -> None:
    assert flagged_pronouns(OBITUARY.format(opening=opening, pronoun="He")) == []
    assert flagged_pronouns(OBITUARY.format(opening=opening, pronoun="She")) == ["She"]


def test_a_phrase_of_being_is_the_subjects_own_role() -> None:
    # "Besides being a grandmother of nine,": her own role, so "he" after it is a slip
    text = (
        "A baker retires\n\n"
        "VARSK, Tarvelia — The village bakery closed on Saturday after 60 years.\n\n"
        "Besides being a grandmother of nine, Ilse Varnholt ran the bakery alone. Varnholt "
        "said he would miss the early mornings."
    )
    assert flagged_pronouns(text) == ["he"]
