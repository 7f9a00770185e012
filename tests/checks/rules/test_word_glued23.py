"""word.glued and word.stray-fragment, glued23.

word.glued: a long noun English knows (a building's or a place's kind) that ends a run of
names, glued to "on", "in" or "at" before what a preposition takes, is split even after a
given name, at a seam where no known word ends in the head's last three letters and the tail
(``Tarnowen Crematorium|on Monday``); an unknown surname after a given name, glued to "of"
before a name or a determiner and a name, at a seam few known words have, is offered
(``Dr. Lukas Kelvanstutz|of the University``), never applied: a rare surname may end in "-of".

word.stray-fragment: one stray capital before a plural possessive (``Tfarmers’ union``) is
dropped as before a singular one; before a capitalised word, an everyday adjective of four
letters (a name's first word lower-cased, ``Tdark Horse``) is offered, not applied.

At a sentence start, a glue whose token less its first letter is an everyday word commoner
than the split's head (``Tabout``: "Tab|out" against a stray capital before "about") is only
offered, so `fix` drops the stray capital instead.

Every example is invented, or a real name no pool uses."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_text
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split, offered_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])
STRAY = Engine(checks=[REGISTRY.get("word.stray-fragment")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a long noun ending a run of names, before a date or a name, after a given name
        (
            "The funeral will be at Tarnowen Crematoriumon Monday at noon.",
            "Crematoriumon",
            "Crematorium on",
        ),
        (
            "The final was played inside the Drevanik Gymnasiumat Kaldera.",
            "Gymnasiumat",
            "Gymnasium at",
        ),
        (
            "The talks were held at the Velmar Observatoryon Friday.",
            "Observatoryon",
            "Observatory on",
        ),
    ],
)
def test_long_noun_before_preposition_applied(text: str, token: str, fix: str) -> None:
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        (
            "The historian, Dr. Lukas Kelvanstutzof the University of Korvin, said so.",
            "Kelvanstutzof",
            "Kelvanstutz of",
        ),
        ("Prof. Anna Drevanitzof Velmora College spoke.", "Drevanitzof", "Drevanitz of"),
    ],
)
def test_unknown_surname_before_of_offered(text: str, token: str, fix: str) -> None:
    offered_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # "of" before a time, not an institution: a name in "-of" may stand there
        "He spoke to Ivan Kelvanof the next day.",
        # "-hof" ends known words and names (Bischof)
        "The scientist, Dr. Anna Kelvanhof the University, said so.",
        # the long noun as a word of the name, and real rare names before "of"
        "The Tarnowen Crematorium opened on Monday.",
        "She met Ian Walkingshaw of the University of Korvin.",
        "Prime Minister Alikhan Smailov met Anderson of Sunderland.",
    ],
)
def test_glued_near_misses(text: str) -> None:
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("The talks ended.\n\nTfarmers’ union met on Monday.", "Tfarmers", "Farmers"),
        ("The talks ended.\n\nVlandlords' groups said no.", "Vlandlords", "Landlords"),
    ],
)
def test_stray_capital_before_plural_possessive_applied(text: str, token: str, fix: str) -> None:
    applied_split(STRAY, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("The race ended.\n\nTdark Horse crossed the line first.", "Tdark", "Dark"),
        ("The race ended.\n\nPwild Rover won the race.", "Pwild", "Wild"),
    ],
)
def test_stray_capital_before_short_adjective_offered(text: str, token: str, fix: str) -> None:
    offered_split(STRAY, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # a name attested on its own, with a plural possessive
        "The talks ended.\n\nSwales' amendment failed.",
        # a short noun before a name may be a surname ("Park"), three letters a place's word
        "The talks ended.\n\nMpark Ji-ho spoke.",
        "The talks ended.\n\nKfar Saba is a city.",
    ],
)
def test_stray_near_misses(text: str) -> None:
    assert STRAY.check_text(text) == []


BOTH = Engine(checks=[REGISTRY.get("word.glued"), REGISTRY.get("word.stray-fragment")])


def test_stray_capital_before_everyday_word_outranks_a_sentence_start_glue() -> None:
    # "Tab|out" reads as two words, but "about" is far commoner than "Tab": a stray capital
    text = "The ministry said on Sunday.\n\nTabout 410,000 books were printed."
    glued = [i for i in BOTH.check_text(text) if i.rule == "word.glued"]
    assert [(i.matched(text), i.replacements[0], i.safe) for i in glued] == [
        ("Tabout", "Tab out", False)
    ]
    assert fix_text(BOTH, text).text == text.replace("Tabout", "About")
