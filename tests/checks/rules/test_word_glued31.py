"""word.glued, glued31.

After "a", "an" or "the" and before a noun of a place's kind, a capitalised token is read as
the place's own name, written whole ("the Greyhad valley").  A token that opens with a
demonym before an adjective, an -ing word or a noun of a landscape, after "a" or "an", is no
such name: "an Algeriandesert town" and "a Kenyanfishing village" lost a space (fresh_cv's
hold-out run missed the first twice).  After "the" it may be one ("the Frenchglen road"),
and so may a token ending as names do ("a Swissgarden hotel") or one English knows whole.

Every example is invented, or a real name no pool uses."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        (
            "The two women have taught an Algeriandesert town's women to drive.",
            "Algeriandesert",
            "Algerian desert",
        ),
        (
            "She grew up in a Kenyanfishing village near the lake.",
            "Kenyanfishing",
            "Kenyan fishing",
        ),
    ],
)
def test_a_demonym_glued_before_a_place_noun_is_split(text: str, token: str, fix: str) -> None:
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        "He learned the throw in the Greyhad valley from his uncle.",
        # after "the", a name may be built on a demonym ("Frenchglen", "Swisshome")
        "Cattle were driven along the Frenchglen road to the railhead.",
        "The bus stops in the Swisshome village twice a day.",
        # after "a", a name's own ending, a "-man", a word English knows whole, a verb
        "Ranchers met at a Dutchmans creek camp before the drive.",
        "Volunteers replanted an Indiangrass field north of the city.",
        "The family runs a Swissgarden hotel near the lake.",
        "The excavation uncovered a Danishmend village near the river.",
    ],
)
def test_a_place_name_before_its_kind_stays_whole(text: str) -> None:
    assert GLUED.check_text(text) == []
