"""pronoun.gender: shapes of fresh_cd's blind run: a place named with a given name, and a
people's plural beside the one person a pronoun means.

- "the Vernon Islands", named all through an article, is a place
  (resources/pronoun/place_name_heads.txt), not the article's male subject whose presence
  would keep every man's "said he" from voting.
- "for Tongans living abroad": a demonym's plural is many people, no rival to the farmer a
  "he" or "she" in the next sentence means.
- "Zhanvera Tamsk plays Jairo": an actor whose gender the text does not give is no rival
  to the part they play; the part's gender is the actor's.
Every person's name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

LEAD = "Village news\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"
ISLANDS = (
    "Clinics open in Vernon Islands villages\n\nVARSK, Vernon Islands — Nurses in the Vernon "
    "Islands have screened 2,000 people, officials said on Monday.\n\nThe Vernon Islands "
    "program began in May, and the Vernon Islands health office pays for it.\n\n"
)

CASES = [
    (
        ISLANDS,
        "A farmer from a nearby village, Tolkabek Varnow, said {0} had been screened in June. "
        "{1} said the nurses had found nothing in his mouth.",
    ),
    (
        LEAD,
        "A farmer from a neighboring village, Tolkabek Varnow, said {0} had switched to "
        "growing taro for Tongans living abroad. {1} said one bad season had nearly cost him "
        "his land.",
    ),
    (
        LEAD,
        "A herder from the valley, Yerkanat Tolkun, said {0} had sold half his flock this "
        "year, and that Kazakhs paid more than local traders. {1} said the price had been fair "
        "to him.",
    ),
]


@pytest.mark.parametrize(("lead", "text"), CASES)
def test_the_clean_paragraph_raises_nothing(lead: str, text: str) -> None:
    assert flagged_pronouns(lead + text.format("he", "He")) == []


@pytest.mark.parametrize(("lead", "text"), CASES)
@pytest.mark.parametrize(("first", "second", "slip"), [("she", "He", 0), ("he", "She", 1)])
def test_either_slip_is_flagged(lead: str, text: str, first: str, second: str, slip: int) -> None:
    assert flagged_pronouns(lead + text.format(first, second)) == [(first, second)[slip]]


REVIEW = (
    "Review: a grandson builds a canoe\n\nVARSK, Tarvelia — A new film opened on Monday.\n\n"
    "The story is simple. Jairo, 20, comes home to his grandfather's village after being "
    "deported. He speaks English better than Spanish.\n\nZhanvera Tamsk plays Jairo with a "
    "quiet anger. In the final scenes, in which {0} paddles the canoe alone, {1} seems to have "
    "stopped acting."
)


@pytest.mark.parametrize(("first", "second"), [("he", "he"), ("she", "she")])
def test_an_actor_of_unknown_gender_who_is_always_one_gender_raises_nothing(
    first: str, second: str
) -> None:
    assert flagged_pronouns(REVIEW.format(first, second)) == []


@pytest.mark.parametrize(("first", "second"), [("she", "he"), ("he", "she")])
def test_the_slip_against_the_part_is_flagged(first: str, second: str) -> None:
    assert flagged_pronouns(REVIEW.format(first, second)) == ["she"]
