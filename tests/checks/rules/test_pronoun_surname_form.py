"""pronoun.gender: a surname whose form only one sex bears ("-ova", "-ienė", "-dóttir"), for a
person whose given name no list knows, says which of a "he" and a "she" the text gives that
person is the slip.  It is no vote: beside a stray pronoun it establishes nothing.  Given names
are invented and unlisted.

So does, when the surname has no such form, an unlisted given name whose form only one sex
bears (Arabic, Persian and Urdu compounds with "Allah" or "al-Din": "-ullah", "-uddin",
"-eddine").  A look-alike of the other sex ("Amatullah") and a given name and surname whose
forms disagree leave the plain tie ("one of the two is wrong")."""

from __future__ import annotations

import pytest

from copydesk.checks.rules.pronoun import _people
from tests.checks.rules.helpers import run

GIVEN = ("Zhanvera", "Yerkanat", "Aurvile", "Tolkabek")
COMPOUND_GIVEN = ("Rahmatullah", "Fathollah", "Zainuddin", "Kamaleddine", "Amatullah")

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


def _flags(text: str) -> list[tuple[str, str]]:
    return [(i.matched(text), i.replacements[0]) for i in run("pronoun.gender", text)]


def test_the_given_names_are_unlisted() -> None:
    listed = _people.first_names() | _people.census_first_names()
    listed |= _people.world_first_names()
    assert not [n for n in GIVEN + COMPOUND_GIVEN if _people.fold(n.lower()) in listed]


@pytest.mark.parametrize(
    ("surname", "gender"),
    [
        ("Tolmukhambetova", "f"),
        ("Sabitov", "m"),
        ("Kuandykeva", "f"),
        ("Zhaksylykuly", "m"),
        ("Kazlauskienė", "f"),
        ("Jonaitytė", "f"),
        ("Wielgoszewska", "f"),
        ("Kowalska", "f"),
        ("Nowicka", "f"),
        ("Nováková", "f"),
        ("Sigurðardóttir", "f"),
        ("Kovalevskaya", "f"),
        # Italian and Spanish men's surnames, and words English uses
        ("Casanova", None),
        ("Villanova", None),
        ("Cordova", None),
        ("Geneva", None),
        # the men's -ski is American women's too; -son is anyone's
        ("Murkowski", None),
        ("Magnusson", None),
        ("Okafor", None),
        # men's surnames of other languages that end alike
        ("Villanueva", None),
        ("Jayadeva", None),
        ("Karaova", None),
        ("Hruska", None),
        ("Hrdlicka", None),
    ],
)
def test_the_sex_a_surname_form_gives(surname: str, gender: str | None) -> None:
    assert _people.surname_gender(surname) == gender


def test_the_surname_says_which_of_two_pronouns_is_the_slip() -> None:
    woman = "Zhanvera Tolmukhambetova"
    assert _flags(FROST.format(name=woman, one="she", two="He")) == [("He", "She")]
    assert _flags(FROST.format(name=woman, one="he", two="She")) == [("he", "she")]
    man = "Yerkanat Sabitov"
    assert _flags(FROST.format(name=man, one="he", two="She")) == [("She", "He")]
    assert _flags(FROST.format(name=man, one="he", two="He")) == []
    assert _flags(FROST.format(name=woman, one="she", two="She")) == []


def test_alone_it_never_outvotes_the_texts_one_pronoun() -> None:
    text = FROST.format(name="Yerkanat Sabitov", one="she", two="The farmer")
    assert _flags(text) == []


def test_a_surname_of_no_such_form_leaves_the_pair_to_either() -> None:
    # "he" once and "she" once with nothing else: either may be the slip, and both are named
    flags = _flags(FROST.format(name="Aurvile Okafor", one="she", two="He"))
    assert [word for word, _ in flags] == ["she", "He"]


def test_a_stray_pronoun_beside_the_form_establishes_nothing() -> None:
    # the "She" is the harbour master's; were the form a vote, it and her "She" would make
    # the owner a woman and his "he" a slip
    text = (
        "Storm keeps the fleet in port\n\n"
        "VARSK, Tarvelia — Fishing boats stayed in port on Monday as a storm crossed the "
        "coast.\n\n"
        "Ilse Varnow, the harbour master, said the boats would stay in until the wind "
        "dropped. The owner of the largest boat, Tolkabek Sarnova, said he had lost a week "
        "of fishing. She said the port would reopen on Friday.\n"
    )
    assert _flags(text) == []


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
