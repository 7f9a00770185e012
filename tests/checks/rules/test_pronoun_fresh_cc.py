"""pronoun.gender: shapes of fresh_cc's blind run: slips hidden behind no one, and a Hmong name.

- "who has run the chemist's shop": a trade's possessive before premises that someone
  runs is the kind of place, no other person ("took the boy to the doctor's surgery,
  where she examined him" still has the doctor).
- "the puller at the back who wraps the rope": "who" reaches back past what a preposition
  takes to a noun of one who does something, even one the list lacks.
- "the cows did not care who had won": after "not", "to" or an auxiliary the word before
  "who" is a verb, no one.
- "Varnow grew up in the settlement and was the first person to": after "and" the copula
  shares the first verb's subject, so "the first person" is Varnow again.
- "Her husband, Thao A Seng,": a capital "A" between two capitals is part of the name.
- "The minister of the village's parish church, the Rev. <Name>,": the title's "the"
  stands in the apposition, and the role is the name's.
Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

LEAD = "Village news\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"

CASES = [
    (
        "Ewan Rhind, who has run the chemist's shop for 22 years, said {0} had seen the "
        "strain on patients.",
        "he",
        "she",
    ),
    (
        "Jonas Petrauskas, 52, has led the team since 2015. He trains on a rope tied to a "
        "tractor in his barn.\n\nHis son, Tolkabek Petrauskas, 19, the youngest man on the "
        "team and its anchor, the puller at the back who wraps the rope around his body, "
        "said {0} had been able to see the flag only between his father's shoulders.",
        "he",
        "she",
    ),
    (
        "Jonas Petrauskas said the team would celebrate at his farm, since the cows did not "
        "care who had won. {0} said the tractor needed a new tire.",
        "He",
        "She",
    ),
    (
        "Maria Osmanovic grew up in the settlement and was the first person from it to "
        "graduate, in 2009. {0} has worked for 15 years in social services.",
        "She",
        "He",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), CASES)
def test_the_clean_sentence_raises_nothing(text: str, right: str, wrong: str) -> None:
    assert flagged_pronouns(LEAD + text.format(right)) == []


@pytest.mark.parametrize(("text", "right", "wrong"), CASES)
def test_the_slip_is_flagged(text: str, right: str, wrong: str) -> None:
    assert flagged_pronouns(LEAD + text.format(wrong)) == [wrong]


def test_premises_one_goes_to_keep_their_keeper() -> None:
    text = LEAD + "Ewan Rhind took the boy to the doctor's surgery, where she examined him."
    assert flagged_pronouns(text) == []


def test_a_capital_a_inside_a_hmong_name_keeps_the_name_whole() -> None:
    # "Thao A Seng" read as "Thao" and an article made the husband one with his wife, whose
    # clan name he shares, and her own "her" a slip
    text = LEAD + (
        "A Hmong farmer in a village near the town, Thao Seo Mai, said her family had lost "
        "two of its three buffalo on Tuesday night.\n\nHer husband, Thao A Seng, said he "
        "would have to borrow money to buy a young buffalo."
    )
    assert flagged_pronouns(text) == []


SANGSTER = (
    "The minister of the village's parish church, the Rev. Tolkabek Sangster, who chaired "
    "the meeting, said she had been struck by the turnout. She said the vote had been the "
    "largest turnout for a meeting {0} could remember."
)


def test_a_role_before_the_rev_is_the_names_whose_given_name_the_list_lacks() -> None:
    # the comma before "the Rev." stood between the role and the name, so the minister
    # stayed someone else and none of the three pronouns voted
    assert flagged_pronouns(LEAD + SANGSTER.format("she")) == []
    assert flagged_pronouns(LEAD + SANGSTER.format("he")) == ["he"]
