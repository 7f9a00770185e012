"""word.glued, glued26.

A capitalised word no lexicon knows, written once, whose head the batch writes alone (in
either case) glued to a function word is offered as the two (``the Mass|and, in his
homily`` beside "a Mass at noon"; ``Tolvik|for "salt"`` beside "Tolvik"), never applied:
a surname may end so.  A surname English knows whole ("Hanson" beside "Hans") and a head
the batch never writes alone stay quiet, and so does a name after "the" before a lower-case
noun of a place's kind ("the Greyhad valley": a real name so built was once split safely;
fresh_am).

Every example is invented, or a real name no pool uses."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import offered_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        (
            "The bishop said a Mass at noon. Later the rector led the Massand, in his homily, "
            "thanked the families.",
            "Massand",
            "Mass and",
        ),
        (
            "Ads ran in Tolvik and Omvo, and the Tolvikfor “salt” campaign began on Monday.",
            "Tolvikfor",
            "Tolvik for",
        ),
        (
            "The old fortress above the town is closed. The play runs at the Varna Fortresson "
            "Fridays and Saturdays.",
            "Fortresson",
            "Fortress on",
        ),
    ],
)
def test_head_written_alone_offers_the_split(text: str, token: str, fix: str) -> None:
    offered_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        "The Hanson family lives near Hans, who runs the mill.",
        "Later the rector led the Velmassand, in his homily, thanked the families.",
        # a place's name after "the" and before its kind's noun is written whole
        "He learned the throw on the pastures of the Greyhad valley from his uncle.",
    ],
)
def test_known_surname_or_unwritten_head_stays_quiet(text: str) -> None:
    assert GLUED.check_text(text) == []
