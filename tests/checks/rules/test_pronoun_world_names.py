"""pronoun.gender: given names of one sex in the consensus of name sources from many
countries that the other lists lack (resources/pronoun/first_names_world.txt, built by
bench/build_world_names.py from nomquamgender 0.1.4)."""

import pytest

from bench import build_world_names as build
from copydesk.checks.data import data_lines
from copydesk.checks.rules.pronoun._people import (
    census_first_names,
    first_names,
    world_first_names,
)
from tests.checks.rules.helpers import flagged_pronouns, pronoun_issues


def _names(name: str) -> set[str]:
    return {line.split()[0] for line in data_lines("pronoun", name)}


DEPOT = (
    "{} Quellmann runs the bus depot in the old town. Quellmann said fuel prices had "
    "doubled. {} said the depot would close in May."
)


@pytest.mark.parametrize(
    ("given", "pronoun", "replacement"),
    [
        ("Abderrahman", "She", "He"),
        ("Soukaina", "He", "She"),
        ("Rosane", "He", "She"),
        # fresh_bn's and fresh_br's: a few hundred bearers, a common name's 97%
        ("Radomir", "She", "He"),
        ("Marija", "He", "She"),
    ],
)
def test_a_world_given_name_establishes_the_gender(given, pronoun, replacement):
    key = given.lower()
    assert key not in first_names() and key not in census_first_names()
    text = DEPOT.format(given, pronoun)
    (issue,) = pronoun_issues(text)
    assert issue.matched(text) == pronoun and issue.replacements == (replacement,)


@pytest.mark.parametrize(
    "text",
    [
        # the name's own pronoun
        DEPOT.format("Soukaina", "She"),
        # a name the sources split between the sexes is no evidence ("Valery": a Russian
        # man's, an English woman's)
        DEPOT.format("Valery", "She"),
        DEPOT.format("Valery", "He"),
        # after an article the name is a thing's: a car, a train, a shop
        "Kelvari Tamsk, a technician, drove a Soukaina Duster to work for a decade. He said "
        "the car never broke down.",
    ],
)
def test_world_names_near_misses_stay_quiet(text):
    assert flagged_pronouns(text) == []


def test_world_names_are_only_the_pronoun_checks():
    world = world_first_names()
    assert len(world) > 4000 and set(world.values()) == {"m", "f"}
    decided = (
        _names("first_names.txt")
        | _names("first_names_not_one_gender.txt")
        | _names("first_names_census.txt")
    )
    assert not world.keys() & decided


def test_no_world_name_opens_a_large_citys_name():
    """A place's word is no given name: "Santo" of "Santo Domingo" is left out."""
    firsts = {line.split()[0] for line in data_lines("pronoun", "large_cities.txt")}
    assert not world_first_names().keys() & firsts


def test_build_keeps_only_names_the_sources_agree_on():
    assert build.one_sided(30, 50_000, 0.995) == "f"
    assert build.one_sided(30, 50_000, 0.004) == "m"
    assert build.one_sided(30, 50_000, 0.9) is None  # split between the sexes
    assert build.one_sided(5, 50_000, 0.999) is None  # too few sources
    assert build.one_sided(30, 200, 0.999) is None  # too few bearers
    assert build.one_sided(30, 500, 0.999) == "f"  # a few hundred, if the sources agree
    assert build.one_sided(30, 50_000, 0.97) == "f"  # a common name's few errors
    assert build.one_sided(30, 5_000, 0.97) is None  # a rarer name's are no errors
    assert build.common_word("grace") and build.common_word("milton")
    assert not build.common_word("soukaina")
