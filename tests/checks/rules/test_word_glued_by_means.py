"""word.glued: a place glued to "by" before a way of going that "by" takes bare
(``Czechoslovakia|by rail``, ``Estonia|by sea``; resources/word/travel_means.txt), as before
a given name (``Derry|by Niamh``).  Places that end in "-by" are known whole."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("The brewery sent beer across Czechoslovakiaby rail before the war.",
         "Czechoslovakiaby", "Czechoslovakia by"),
        ("The timber went on to Estoniaby sea in the spring.", "Estoniaby", "Estonia by"),
    ],
)  # fmt: skip
def test_a_place_glued_to_by_before_a_way_of_going(text: str, token: str, fix: str) -> None:
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        "The Whitby rail line reopened on Monday.",
        "Fans travelled from Grimsby by coach and from Derby by train.",
    ],
)
def test_places_ending_in_by_stay_whole(text: str) -> None:
    assert GLUED.check_text(text) == []
