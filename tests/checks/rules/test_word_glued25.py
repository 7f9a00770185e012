"""word.glued, glued25.

A preposition's object, a name glued to a bare noun that names no role, before a capitalised
word, would leave a lower-case noun inside a run of names ("at Gulf mill Securities"): a
firm's one-word name, so the split is offered, never applied, even when the batch writes the
head alone.  A role noun before a name, any noun after a people's adjective, and a verb
after a name with no preposition before it, still split safely.

A name, then a word that can only be an adjective, then a verb ("Lima rare fed") is no
English: another reading may be meant ("Limar are fed"), so that split is offered too.

Every example is invented, or a real word no pool uses in this shape."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split, offered_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        (
            "Tanker traffic in the Gulf rose in May. Omar Kassem, an analyst at "
            "Gulfmill Securities in Doha, said prices would fall.",
            "Gulfmill",
            "Gulf mill",
        ),
        (
            "Boats left the Delta at dawn. Ines Varga, who works at Deltabridge Capital "
            "in Lyon, said the market was calm.",
            "Deltabridge",
            "Delta bridge",
        ),
    ],
)
def test_a_bare_noun_inside_a_run_of_names_is_offered(text: str, token: str, fix: str) -> None:
    offered_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        (
            "Trams run on the line. The city bought eight trams from the Slovakmaker "
            "Kelvar for the route.",
            "Slovakmaker",
            "Slovak maker",
        ),
        (
            "Most travellers took Slovakcoastal ferries last year, the port said.",
            "Slovakcoastal",
            "Slovak coastal",
        ),
        (
            "Fans in Kelvo cheered. The Kelvominister Anna Berg opened the stadium.",
            "Kelvominister",
            "Kelvo minister",
        ),
        (
            "Kelvessa ran well in May. Kenya's Tarvino and Ethiopia's Kelvessawin Kelvo Marathon.",
            "Kelvessawin",
            "Kelvessa win",
        ),
    ],
)
def test_a_role_or_a_noun_after_a_peoples_adjective_still_splits(
    text: str, token: str, fix: str
) -> None:
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("The goats of Limarare fed at dusk, the herders said.", "Limarare", "Lima rare"),
        ("The goats of Somarare grazed on the hill all winter.", "Somarare", "Soma rare"),
    ],
)
def test_a_name_then_an_adjective_then_a_verb_is_offered(text: str, token: str, fix: str) -> None:
    """No other text writes the head alone: "Lima rare fed" is no English, so "Limar are"
    may be meant, and the split is left to the editor."""
    offered_split(GLUED, text, token, fix)
