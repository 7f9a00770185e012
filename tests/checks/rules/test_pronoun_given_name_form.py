"""pronoun.gender: a given name no list knows whose form only one sex bears (Arabic,
Persian and Urdu compounds with "Allah" or "al-Din": "-ullah", "-uddin", "-eddine") says
which of a "he" and a "she" the text gives that person is the slip, as a surname's form does;
it is no vote.  A look-alike of the other sex ("Amatullah") and a given name and surname
whose forms disagree leave the plain tie ("one of the two is wrong").  Every name is
invented or unlisted."""

from __future__ import annotations

import pytest

from copydesk.checks.rules.pronoun import _people
from tests.checks.rules.helpers import run

FROST = (
    "Farmers in the valley count losses after a late frost\n\n"
    "VARSK, Tarvelia — Farmers in the irrigated valley south of the city counted their "
    "losses on Monday after a late frost killed the blossom on thousands of apricot trees.\n\n"
    "{name}, who grows apricots and melons on 12 hectares near the canal, said {one} had "
    "come out two hours before dawn to light fires between the rows. {two} said the frost "
    "had killed most of the blossom anyway and the orchard would give almost nothing.\n\n"
    "The regional agriculture office said it would pay growers a small sum for each "
    "hectare lost, but gave no date for the payments.\n"
)
GIVEN = ("Rahmatullah", "Fathollah", "Zainuddin", "Kamaleddine", "Amatullah")


def _flags(text: str) -> list[tuple[str, str]]:
    return [(i.matched(text), i.replacements[0]) for i in run("pronoun.gender", text)]


def test_the_given_names_are_unlisted() -> None:
    listed = _people.first_names() | _people.census_first_names()
    listed |= _people.world_first_names()
    assert not [n for n in GIVEN if _people.fold(n.lower()) in listed]


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("Rahmatullah", "m"),
        ("Fathollah", "m"),
        ("Zainuddin", "m"),
        ("Kamaleddine", "m"),
        ("Amatullah", None),  # "handmaid of God": a woman's
        ("Amtullah", None),
        ("Mennatallah", None),  # "gift of God": a woman's
        ("Hebatallah", None),
        ("Hibatullah", None),  # borne by women and men
        ("Amat-ullah", None),  # in parts: the first tells, the ending cannot
        ("Rahmat-ullah", None),
        ("Tolkabek", None),
    ],
)
def test_the_sex_a_given_name_form_gives(given: str, gender: str | None) -> None:
    assert _people.given_name_form_gender(given) == gender


@pytest.mark.parametrize("given", ["Rahmatullah", "Zainuddin"])
def test_the_given_name_says_which_of_two_pronouns_is_the_slip(given: str) -> None:
    name = f"{given} Sorvani"
    assert _flags(FROST.format(name=name, one="he", two="She")) == [("She", "He")]
    assert _flags(FROST.format(name=name, one="she", two="He")) == [("she", "he")]
    assert _flags(FROST.format(name=name, one="he", two="He")) == []


def test_the_message_names_the_given_name() -> None:
    text = FROST.format(name="Rahmatullah Sorvani", one="he", two="She")
    (issue,) = run("pronoun.gender", text)
    assert "given name has a man's form" in issue.message


def _tie_only(text: str) -> bool:
    """Every issue is the plain tie: "one of the two is wrong", no form named."""
    issues = run("pronoun.gender", text)
    return bool(issues) and all("one of the two is wrong" in i.message for i in issues)


def test_forms_that_disagree_leave_a_plain_tie() -> None:
    # a man's given name beside a woman's surname form: neither form is believed
    assert _people.name_form("Rahmatullah", "Sorvatova") == (None, "surname")
    assert _tie_only(FROST.format(name="Rahmatullah Sorvatova", one="he", two="She"))


def test_a_woman_named_so_is_a_plain_tie() -> None:
    # "Amatullah" ends as the men's names do but is a woman's: no form, either may be wrong
    assert _tie_only(FROST.format(name="Amatullah Sorvani", one="she", two="He"))
