"""consistency.name-variant: a son's or a daughter's family name, introduced by a father's
possessive ("His son, Karel Varsela"), is the father's, so one spelling away from a surname
the article writes again and again it is a slip, though the two people have different given
names (fresh_db's hold-out run: a fisherman's son).  A neighbour, a grandchild or a
stepchild may have another family's name, and two full names with different given names
elsewhere stay two people.  Invented names."""

import pytest

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import Settings

NAMES = "consistency.name-variant"
ARTICLE = (
    "Fishermen fear for the inlet\n\n"
    "VARSK, Tarvel — Joseph Varsella has fished the inlet for 40 years. Varsella said the "
    "tour coaches scare the fish away.\n\n"
    '"It was quiet once," Varsella said.\n\n'
    "{intro}, Karel {spelling}, who works the boat with him, said the council had not "
    "listened. Varsella agreed.\n"
)


def _variants(text: str) -> list[tuple[str, str]]:
    engine = Engine(Settings(), checks=[REGISTRY.get(NAMES)])
    (result,) = engine.check_batch([BatchMember("a.txt", text)])
    return [(text[i.offset : i.end], i.replacements[0]) for i in result.issues]


@pytest.mark.parametrize("intro", ["His son", "His eldest son", "His daughter"])
def test_a_childs_surname_one_letter_off_the_fathers_is_a_slip(intro: str) -> None:
    text = ARTICLE.format(intro=intro, spelling="Varsela")
    assert _variants(text) == [("Varsela", "Varsella")]


@pytest.mark.parametrize("intro", ["His neighbour", "His stepson", "His grandson", "Her son"])
def test_other_relatives_and_neighbours_may_be_another_family(intro: str) -> None:
    text = ARTICLE.format(intro=intro, spelling="Varsela")
    assert _variants(text) == []


def test_the_same_spelling_is_no_variant() -> None:
    assert _variants(ARTICLE.format(intro="His son", spelling="Varsella")) == []


@pytest.mark.parametrize(
    ("father", "daughter"),
    [("Kowalski", "Kowalska"), ("Dvorský", "Dvorská"), ("Ozols", "Ozola")],
)
def test_a_daughters_feminine_form_of_the_name_is_no_slip(father: str, daughter: str) -> None:
    text = ARTICLE.replace("Varsella", father).format(intro="His daughter", spelling=daughter)
    assert _variants(text) == []


def test_a_father_with_a_given_name_the_lists_lack_counts_too() -> None:
    # fresh_db's fisherman, "Ċensu Bonnici": the surname ends a full name all the same
    text = ARTICLE.replace("Joseph Varsella", "Ċensu Varsella").format(
        intro="His son", spelling="Varsela"
    )
    assert _variants(text) == [("Varsela", "Varsella")]


def test_a_last_letter_slip_in_no_feminine_ending_is_flagged() -> None:
    text = ARTICLE.format(intro="His son", spelling="Varsello")
    assert _variants(text) == [("Varsello", "Varsella")]


def test_a_double_surname_with_the_fathers_spelling_is_no_slip() -> None:
    # "Iker Zavala Zabala": the father's surname, then the mother's (review D)
    text = ARTICLE.format(intro="His son", spelling="Varsella Varsela")
    assert _variants(text) == []


def test_a_second_family_named_twice_is_no_slip() -> None:
    # the rarer spelling names another adult in full too: his son, not the first man's (review B)
    text = ARTICLE.format(intro="His son", spelling="Varsela").replace(
        "Varsella agreed.", "A trader, Tomas Varsela, also spoke. Varsella agreed."
    )
    assert _variants(text) == []
