"""case.capitalised-noun: a person noun after an adjective of religion that goes on to no
place ("of") and no name is a stray capital ("the Anglican Priest who serves Varsk"): news
writes "priest"; a title before a name or a place stays ("the Catholic Bishop of Varsk",
"the Anglican Bishop Jonas Tamberg"), and so does a body's name ("the Catholic Church"),
a member of an order ("a Christian Brother") and a given name ("Christian Baker"): only
the clergy's nouns count (resources/case/clergy_nouns.txt)."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY


def _flagged(text: str) -> list[str]:
    engine = Engine(checks=[REGISTRY.get("case.capitalised-noun")])
    full = "The council met on Monday. " + text
    return [full[i.offset : i.offset + i.length] for i in engine.check_text(full)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jonas Tamberg, the Anglican Priest who serves the town, said a short prayer.", "Priest"),
        ("She thanked the Orthodox Priest.", "Priest"),
        # a minister after a church's adjective is clergy (fresh_bk review)
        (
            "Tavo Kelmani, a Presbyterian Minister in the town who also grows coffee, spoke.",
            "Minister",
        ),
        ("The Methodist Minister who married them retired last year.", "Minister"),
    ],
)
def test_a_priest_after_a_religion_is_flagged(text: str, word: str) -> None:
    assert _flagged(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "He met the Catholic Bishop of Varsk on Monday.",
        "The Anglican Bishop Jonas Tamberg led the service.",
        "The Catholic Church said it would help the families.",
        # a given name, members of an order and movements' names (review)
        "Christian Baker, 34, was arrested in the town on Monday.",
        "The Christian Brother who taught him was later jailed.",
        "She joined the Catholic Worker movement in 1933.",
        # a church's adjective names churches and unions; a minister before a name is titled
        "The Methodist Church and the Baptist Union met on Monday.",
        "The Presbyterian Minister Tavo Kelmani led the service.",
        "The Methodist Minister of Varsk led the service.",
    ],
)
def test_titles_and_bodies_stay_quiet(text: str) -> None:
    assert _flagged(text) == []
