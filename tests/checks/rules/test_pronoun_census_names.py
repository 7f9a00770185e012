"""pronoun.gender: given names of one sex in the US birth counts that the hand-made list
lacks (resources/pronoun/first_names_census.txt, built by bench/build_census_names.py)."""

import pytest

from bench import build_census_names as build
from copydesk.checks.data import data_lines
from copydesk.checks.rules.pronoun._people import census_first_names, first_names
from tests.checks.rules.helpers import pronoun_issues

run = pronoun_issues


def _names(name: str) -> set[str]:
    return {line.split()[0] for line in data_lines("pronoun", name)}


SHOP = (
    "{} Quellmann runs a print shop in the old town. Quellmann said paper prices had "
    "doubled. {} said the shop would close in May."
)


@pytest.mark.parametrize(
    ("given", "pronoun", "replacement", "whose"),
    [("Jarrod", "She", "He", "a man's"), ("Lorene", "He", "She", "a woman's")],
)
def test_a_census_given_name_establishes_the_gender(given, pronoun, replacement, whose):
    assert given.lower() not in first_names()  # not the hand-made list's
    text = SHOP.format(given, pronoun)
    (issue,) = run(text)
    assert issue.matched(text) == pronoun and issue.replacements == (replacement,)
    assert f"usually {whose}" in issue.message and not issue.safe


def test_a_census_name_outweighs_one_pronoun_against_one():
    text = (
        "Dustin Klemtner trains horses near the river. Klemtner said he had sold four this "
        "year. In March, she bought a new stable."
    )
    (issue,) = run(text)
    assert issue.matched(text) == "she"


@pytest.mark.parametrize(
    "text",
    [
        # a name the other sex bears in another language (first_names_not_one_gender.txt)
        SHOP.format("Toni", "She"),
        SHOP.format("Andrea", "He"),
        SHOP.format("Marian", "He"),
        # two people of one surname, a man and a woman
        "Jarrod Quellmann and Lorene Quellmann, who are not related, run print shops in the "
        "old town. Quellmann said paper prices had doubled. She said the shop would close.",
        # quoted speech about someone else
        "“She has never let us down,” Jarrod Quellmann said of the shop’s manager. "
        "Quellmann said paper prices had doubled.",
        # a woman named after a man's possession
        "Jarrod Quellmann runs a print shop in the old town. Quellmann’s daughter runs the "
        "till. She said the shop would close in May.",
    ],
)
def test_census_near_misses_stay_quiet(text):
    assert run(text) == []


def test_census_names_are_only_the_pronoun_checks():
    census = census_first_names()
    assert len(census) > 500 and set(census.values()) == {"m", "f"}
    # the hand-made list decides its own names, and every other rule reads only it
    assert not census.keys() & _names("first_names.txt")
    assert not census.keys() & _names("first_names_not_one_gender.txt")
    assert "jarrod" in census and "jarrod" not in first_names()


def test_build_keeps_only_strongly_one_sided_names():
    years = set(range(1990, 2010))
    assert build._one_sided([9800, 0], [years, set()]) == "m"
    assert build._one_sided([0, 9800], [set(), years]) == "f"
    # 2.5% of the other sex: both
    assert build._one_sided([9750, 250], [years, years]) is None
    # no other sex recorded, but up to 4 a year unrecorded in 50 years: 600 of <= 800
    assert build._one_sided([600, 0], [set(range(1950, 2000)), set()]) is None
    # too few births to tell
    assert build._one_sided([400, 0], [{2001}, set()]) is None


@pytest.mark.parametrize(
    ("name", "common"),
    [("hope", True), ("grant", True), ("preston", True), ("clinton", True), ("jarrod", False)],
)
def test_build_leaves_out_words_places_and_frequent_names(name, common):
    assert build.common_word(name) is common
