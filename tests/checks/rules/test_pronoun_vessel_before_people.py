"""pronoun.gender: a vessel noun that qualifies a noun of people right after it ("Boat owners
who carry visitors", "ferry passengers") names no ship a "she" may be (fresh_bz's Kadavu
study, tunable since its run); a vessel's possessive ("the tanker's crew") and a vessel noun
before another noun ("the ferry company") still stand for the ship.  Every name is
invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

ISLET = (
    "Seabirds return to islet\n\nVARSK, Tarvelia — Seabirds have returned to the islet, a "
    "study found on Monday.\n\n{0} who carry visitors from the village to the island have "
    "agreed to check bags on the beach. A fisherman who ferries researchers to the island, "
    "Jonas Tamberg, said {1} had once turned back halfway across after finding a mouse in a "
    "sack of taro."
)


@pytest.mark.parametrize("people", ["Boat owners", "Ferry passengers"])
def test_a_vessel_noun_before_people_is_no_ship(people: str) -> None:
    assert flagged_pronouns(ISLET.format(people, "she")) == ["she"]


def test_a_vessel_itself_may_still_be_the_she() -> None:
    text = ISLET.replace("{0} who carry visitors", "The boat that carries visitors").replace(
        "have agreed", "has been"
    )
    assert flagged_pronouns(text.format("", "she")) == []


# fresh_ck's blind run: a "she" who intends or plans is a person, not the vessel before her
# ("the only vessel she intends to command"); a "she" who is built, would run or would
# replace another may be a ship (the review).
RETIRED = (
    "Tug captains retire\n\nVARSK, Tarvelia — Jonas Tamberg, 64, has steered tugs in the "
    "port since 1986.\n\nTamberg plans to spend the winter fishing on a lake, where, he "
    "said, the only vessel {} intends to command is a folding chair."
)


def test_a_she_who_intends_is_no_ship() -> None:
    assert flagged_pronouns(RETIRED.format("she")) == ["she"]
    now = RETIRED.replace("{} intends", "{} now intends")  # the second review
    assert flagged_pronouns(now.format("she")) == ["she"]
    assert flagged_pronouns(RETIRED.format("he")) == []


def test_a_vessel_before_a_comma_may_still_be_the_she() -> None:
    text = RETIRED + " His tug is 50 years old, and {} still breaks the ice."
    assert flagged_pronouns(text.format("he", "she")) == []


@pytest.mark.parametrize(
    "clause",
    ["the ship {} was built to replace had sunk", "the ferry {} would replace was older"],
)
def test_a_she_after_a_vessel_noun_may_still_be_a_ship(clause: str) -> None:
    text = RETIRED.replace("the only vessel {} intends to command is a folding chair", clause)
    assert flagged_pronouns(text.format("she")) == []
