"""pronoun.gender: shapes of fresh_cc's blind run: slips hidden behind no one, and a Hmong name.

- "the puller at the back who wraps the rope": "who" reaches back past a position that
  "at the" takes (resources/pronoun/position_nouns.txt) to whoever holds it.
- "the cows did not care who had won": after "not", "to" or an auxiliary, with no comma,
  the word before "who" is a verb, no one ("complained to security, who" is someone).
- "Varnow grew up in the settlement and was the first person to": after "and" the copula
  shares the first verb's subject, so "the first person" is Varnow again ("and so was the
  driver" has its own).
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


@pytest.mark.parametrize(
    "text",
    [
        # the second review's probes: a trade's premises keep their tradesman, a person a
        # preposition takes stays a person, "to" and a comma before "who" make no verb, and
        # "so was" or "there was" after "and" has a subject of its own
        "Maria Lind, who managed the dentist's practice for 20 years until he retired, said so.",
        "Ilse Varnow read out a letter from the intern who said he had been unpaid for months.",
        "Maria Lind complained to security, who said he could do nothing without a report.",
        "Ilse Varnow was shaken, and so was the driver, who said he had never seen such a thing.",
        "Ilse Varnow called for help and there was a neighbour who came; he broke the door down.",
    ],
)
def test_someone_else_stays_someone(text: str) -> None:
    assert flagged_pronouns(LEAD + text) == []


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
