"""case.capitalised-noun: a person noun after an adjective of religion that goes on to no
place ("of") and no name is a stray capital ("the Anglican Priest who serves Varsk"): news
writes "priest"; a title before a name or a place stays ("the Catholic Bishop of Varsk",
"the Anglican Bishop Jonas Tamberg"), and so does a body's name ("the Catholic Church")."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY


def _flagged(text: str) -> list[str]:
    engine = Engine(checks=[REGISTRY.get("case.capitalised-noun")])
    full = "The council met on Monday. " + text
    return [full[i.offset : i.offset + i.length] for i in engine.check_text(full)]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Tamberg, the Anglican Priest who serves the town, said a short prayer.",
        "She thanked the Orthodox Priest.",
    ],
)
def test_a_priest_after_a_religion_is_flagged(text: str) -> None:
    assert _flagged(text) == ["Priest"]


@pytest.mark.parametrize(
    "text",
    [
        "He met the Catholic Bishop of Varsk on Monday.",
        "The Anglican Bishop Jonas Tamberg led the service.",
        "The Catholic Church said it would help the families.",
    ],
)
def test_titles_and_bodies_stay_quiet(text: str) -> None:
    assert _flagged(text) == []
