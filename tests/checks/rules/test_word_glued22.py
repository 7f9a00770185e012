"""word.glued, glued22: splits the rule offered only, or did not see, and may apply.

A name the text writes alone, glued to "for" before a span an adverb closes (``Kelvamont|for
12 years before``), is no name in "-for"; a name the text writes alone, glued to a present
tense of no other word class before its object (``Tarvela|nears the coast``), is a subject
and its verb; a name English knows, glued to "this" before a period (``Rankine|this week``),
is followed by an adverbial of time.

Every example is invented, or a real name no pool uses."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split, offered_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "for" before a span an adverb closes, after a head the text writes alone
        (
            "Ravi cut cane at Kelvamontfor 12 years before taking a job. The Kelvamont estate "
            "closed in 2019.",
            "Kelvamontfor",
            "Kelvamont for",
        ),
        (
            "The Kelvamont mill shut in May. Ravi had worked at Kelvamontfor six years "
            "before that.",
            "Kelvamontfor",
            "Kelvamont for",
        ),
        # a present tense of no other class before a determiner, after a head written alone
        (
            "Tarvela was upgraded on Monday. Forecasters said Cyclone Tarvelanears the coast.",
            "Tarvelanears",
            "Tarvela nears",
        ),
        # "this" before a period, after a name English knows
        (
            "Temperatures fell to 400 degrees Rankinethis week, the engineers said.",
            "Rankinethis",
            "Rankine this",
        ),
    ],
)
def test_applied(text: str, token: str, fix: str) -> None:
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "for" before a span: a head the text never writes alone may be a name in "-for"
        (
            "Ravi cut cane at Kelvamontfor 12 years before taking a job.",
            "Kelvamontfor",
            "Kelvamont for",
        ),
        ("A header by Okevafor 20 minutes into the game won it.", "Okevafor", "Okeva for"),
    ],
)
def test_offered(text: str, token: str, fix: str) -> None:
    offered_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # a rare verb after a head the text never writes alone: no evidence, no issue
        "Forecasters said Cyclone Tarvelanears the coast.",
        # ... nor before anything but a determiner
        "Tarvela was upgraded on Monday. Forecasters said Tarvelanears, they said.",
        # "this" after a head no lexicon knows, which no preposition takes
        "Nights fell to minus 5 degrees Kelvanothis week.",
        # real rare names that end in English words stay whole
        "Ian Walkingshaw nears the end of his term. Walkingshaw said so.",
        "Sunderland hears the appeal this week, the club said.",
        "Bauyrzhan Alikhan and Jomart Aliyev spoke this week.",
    ],
)
def test_quiet(text: str) -> None:
    assert GLUED.check_text(text) == []


def test_a_noun_tail_stays_offered() -> None:
    """A present tense that is also a noun ("leaves") may end a name's run ("Fish and
    Game|leaves"): the plain-verb floor does not reach it, so the split stays unsafe."""
    text = "Kelvora was founded in 1990. The Kelvora Fish and Gameleaves a fleet idle."
    assert not any(i.safe for i in GLUED.check_text(text))
