"""pronoun.gender: a capitalised word that only qualifies a plural subject ("Circassian
names are often long") or a verb's participle made from a name ("Arabized") is no person a
pronoun could mean, so it no longer shields a slip about the one person named near (every
name invented; the given names are ones copydesk's list does not know)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run


def _flags(text: str) -> list[str]:
    return [i.matched(text) for i in run("pronoun.gender", text)]


OPENING = (
    "Among the owners was Zaurbek Hatukay, 74, a retired sergeant. Hatukay said he "
    "supported the measure.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "Varsian families are often large, and Hatukay said his family had lived "
        "there for a century. She said the house was old.\n",
        OPENING + "Varsian names were often shortened, and Hatukay said his family name had "
        "been spelled in several ways. She said the spelling was his grandfather's.\n",
        OPENING + "Many family names were Arabized in Jordan, and Hatukay said his family "
        "name had been spelled in several ways. She said the spelling was his "
        "grandfather's.\n",
    ],
)
def test_the_slip_is_flagged(text: str) -> None:
    assert _flags(text) == ["She"]


@pytest.mark.parametrize(
    "text",
    [
        # a person opening the sentence, before a verb: still someone
        OPENING + "Varsenka names the streets in her books, and Hatukay said his family "
        "liked them. She said the house was old.\n",
        # a singular verb after the -s word: "Varsenka says"
        OPENING + "Varsenka says the house is old, and Hatukay said his family agreed. She "
        "said the roof would hold.\n",
        # a possessive: someone's plural ("Tolkabek's hopes are high")
        OPENING + "Zhanvera Tolkabek's hopes are high, and Hatukay said his family backed "
        "the plan. She said the roof would hold.\n",
        # an emphatic "does" before a verb, not the plural of "doe"
        OPENING + "Varsenka does have the deeds, Hatukay said, and his family agreed. She "
        "said the roof would hold.\n",
        # a full name before the plural may still be someone's
        OPENING + "Zhanvera Varga supporters were outside, and Hatukay said his family had "
        "joined them. She said the house was old.\n",
    ],
)
def test_a_possible_person_still_stands(text: str) -> None:
    assert _flags(text) == []


def test_a_surname_named_in_full_before_still_stands() -> None:
    # "Tolkabek fans were there": the surname of someone named in full is still that
    # person, who is then called "he" once and "She" once: the plain tie, both asked
    text = (
        "Pension rules\n\nVARSK, Tarvelia — Officials met.\n\nYerkanat Tolkabek said he backed "
        "the plan. Tolkabek fans were there. She said the vote was close.\n"
    )
    assert _flags(text) == ["he", "She"]
