"""word.glued: a given name of any source glued to the Dutch and Afrikaans "van" before the
family name (``Gerhardus|van Rooyen``), to the Portuguese "dos" and "das" (``Januário|dos
Reis``) or to the Arabic "bin" (``Saif|bin Huwaidi``); the pronoun list's given names
already counted.
"van" ends few words and no given name, but South Indian names end in "-van" after a short
stem ("Aryavan"), and "Sullivan" is known whole."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("The finance director, Gerhardusvan Rooyen, said the board had agreed.",
         "Gerhardusvan", "Gerhardus van"),
        ("The coach, Hendrikusvan der Kelwyk, named his side on Friday.",
         "Hendrikusvan", "Hendrikus van"),
        # fresh_ca's Esik obituary and fresh_bz's Lospalos report: "Saif" and "Januário"
        # are in no pronoun list, but many name sources know them
        ("A neighbour who visited him, Saifbin Huwaidi, said the two men met in 1990.",
         "Saifbin", "Saif bin"),
        ("The leader of one of the teams, Januáriodos Reis, said some families hid cases.",
         "Januáriodos", "Januário dos"),
        ("The singer Mirandadas Neves performed on Friday.", "Mirandadas", "Miranda das"),
    ],
)  # fmt: skip
def test_a_given_name_of_any_source_before_its_particle(text: str, token: str, fix: str) -> None:
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # short stems, and names and words known whole
        "The engineer Aryavan Pillai inspected the bridge on Monday.",
        "The Sullivan Road bridge reopened on Monday.",
        "The Jacobin Club met in the monastery in 1789.",
        "He painted the cabin Robin built with Tobin Kessler.",
        "The islands of Barbados and the Bermudas were hit.",
        "The singer Armando Pardos performed on Friday.",
    ],
)
def test_short_stems_and_known_words_stay_whole(text: str) -> None:
    assert GLUED.check_text(text) == []
