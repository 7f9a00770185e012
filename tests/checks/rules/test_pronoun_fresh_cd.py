"""pronoun.gender: shapes of fresh_cd's blind run: a place named with a given name, and a
people's plural beside the one person a pronoun means.

- "the Vernon Islands", named all through an article, is a place
  (resources/pronoun/place_name_heads.txt), not the article's male subject whose presence
  would keep every man's "said he" from voting.
- "for Tongans living abroad": a demonym's plural is many people, no rival to the farmer a
  "he" or "she" in the next sentence means.
- "Jonas Strait … Strait said she": a place's kind that is also a surname ("George Strait",
  "Frank Ocean") stays a person's name, and its given name counts.
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


@pytest.mark.parametrize("surname", ["Strait", "Ocean", "Street", "Valley"])
def test_a_surname_that_is_a_place_word_keeps_its_given_name(surname: str) -> None:
    text = (
        LEAD + f"Jonas {surname} will play four more concerts next summer. {surname} said "
        "{0} had not planned to tour again."
    )
    assert flagged_pronouns(text.format("he")) == []
    assert flagged_pronouns(text.format("she")) == ["she"]
