"""pronoun.gender: a place read as a person took a pronoun from the mayor it follows.

- A count after a place and a comma ("In Varskold, 1,614 voters backed it") was read as
  an age in apposition ("Haddad, 54,"), which makes a person of a lone name.
- A "who" after a place that follows a person's name and "of" ("Mayor Peter Tarvik of
  Varskold, who campaigned") was read as the place's, though it speaks of the mayor.

Either way the place, named last before the pronoun, stood as its antecedent, and its
gender was unknown, so a pronoun that contradicted the mayor went unflagged.  Every
person and place is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

OPENING = (
    "Merger approved\n\nVARSKOLD, Tarvenia — Voters in two communes approved a merger on "
    "Sunday.\n\n"
)
REPORT = (
    " said the result in the village had been closer than he expected and that she understood why."
)


@pytest.mark.parametrize(
    ("before", "mayor"),
    [
        ("In Varskold, 1,614 voters backed it.", "Mayor Peter Tarvik of Varskold"),
        (
            "In Varskold, turnout was 71%.",
            "Mayor Peter Tarvik of Varskold, who campaigned for the merger,",
        ),
    ],
)
def test_a_place_after_a_mayors_name_takes_no_pronoun_of_his(before, mayor):
    text = OPENING + before + " In Berdal, the vote was close.\n\n" + mayor + REPORT
    assert flagged_pronouns(text) == ["she"]


@pytest.mark.parametrize(
    "text",
    [
        # after an English word before "of", however rare, the "who" is the name's own
        # (review19d): the "She" is Holst's
        "Mayor Peter Kassimi spoke on Friday. The Mausoleum of Tarvena Holst, who founded the "
        "city hospital, was restored. She had asked to be buried by the sea.",
        "Mayor Peter Kassimi spoke on Friday. The Friends of Tarvena Holst, who died in 2019, "
        "raised the money. She had run the library for 30 years.",
        # a title before "of" and a place, then the person's own name (review19c)
        "Governor Folake Adeyemi-Ojo spoke. She welcomed the Ooni of Ife Adeyeye Ogunwusi, "
        "who arrived with a large retinue. He thanked the governor.",
        "Governor Folake Adeyemi-Ojo spoke. The Ooni of Ife, who arrived with a large "
        "retinue, thanked her. He said he was glad.",
        # a count after a lone name in a results sentence is no place's (review19c)
        "Mayor Peter Kassimi won easily. Tholvanna, 12,345 votes, came second. She said she "
        "would stand again.",
    ],
)
def test_a_who_after_a_works_or_a_bodys_word_and_of_stays_the_names(text):
    assert flagged_pronouns(text) == []
