"""pronoun.gender: an office that almost only men hold in the faiths that have it (imam,
mullah, ayatollah, cardinal) counts one point for its holder, as "spokesman" does: alone it
never outvotes the text's own pronoun, but it says which of a "he" and a "she" is the slip.
Given names are invented and unlisted."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

STREETS = (
    "Town council renames its streets\n\n"
    "VARSK, Tarvelia — The town council voted on Monday to give the streets of the old "
    "quarter the names that residents have long used for them.\n\n"
    "{title} Aurvile Okafor, who preaches at the town's main mosque and sat on the committee "
    "that chose the names, said {one} had insisted that the street passing the mosque keep "
    "its old name. {two} said the names belonged to the people who had given them.\n\n"
    "The new signs will go up in the spring.\n"
)


def _flags(text: str) -> list[tuple[str, str]]:
    return [(i.matched(text), i.replacements[0]) for i in run("pronoun.gender", text)]


@pytest.mark.parametrize("title", ["Imam", "Mullah", "Ayatollah", "Cardinal"])
def test_the_office_says_which_pronoun_is_the_slip(title: str) -> None:
    assert _flags(STREETS.format(title=title, one="she", two="He")) == [("she", "he")]
    assert _flags(STREETS.format(title=title, one="he", two="She")) == [("She", "He")]
    assert _flags(STREETS.format(title=title, one="he", two="He")) == []


def test_alone_the_office_never_outvotes_the_texts_one_pronoun() -> None:
    text = STREETS.format(title="Imam", one="she", two="The preacher")
    assert _flags(text) == []


def test_an_office_women_hold_too_leaves_the_pair_to_either() -> None:
    # the Rev. may be a woman: "he" once and "she" once, either may be the slip
    flags = _flags(STREETS.format(title="Pastor", one="she", two="He"))
    assert [word for word, _ in flags] != [("she", "he")]
    assert _flags(STREETS.format(title="Pastor", one="she", two="She")) == []
