"""word.glued: "an" is no article before a word that opens with a consonant's letter, so a
name ending in "-an" before a surname ("Judge Boltan Kvarsk") is no word glued to "an";
before a vowel, an "h" or an abbreviation's capitals the article may still be glued on.
Invented names."""

import pytest

from tests.checks.rules.helpers import run


def _pieces(text: str) -> list[str]:
    return [text[i.offset : i.offset + i.length] for i in run("word.glued", text)]


@pytest.mark.parametrize("name", ["Boltan", "Lastan", "Hillan"])
def test_a_given_name_ending_in_an_before_a_surname_stays_whole(name: str) -> None:
    text = f'"It is not a park," Judge {name} Kvarsk wrote in the ruling.'
    assert _pieces(text) == []


@pytest.mark.parametrize(
    ("next_word", "consonant"),
    [("Kvarsk", True), ("Gvinadze", True), ("hour", False), ("MP", False), ("ox", False)],
)
def test_what_an_may_stand_before(next_word: str, consonant: bool) -> None:
    from copydesk.checks.rules.word.glued import _an_before_consonant

    assert _an_before_consonant("an", next_word) is consonant
    assert _an_before_consonant("and", next_word) is False
