"""word.glued: a run of names split before a word that opens a clause ("Iva|then") is only
offered, not applied, when punctuation follows: "then" before a comma opens no clause, so a
place's name in "-then" is as likely as a glue.  Before a verb the split is still applied
("Kim Myong Sikthen said").  All names are invented."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Snow cuts off mountain villages\n\nTARVEL, Varskia — Snow fell on Monday. "


def _glued(text: str) -> list[tuple[str, bool]]:
    return [(i.matched(text), i.safe) for i in run("word.glued", text)]


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        ("In a village above the town of Dorsk Nath Ivathen, Seda Varnow, 67, spoke.", "Ivathen"),
        ("The road to Varsk Tol Irathen. Crews were out at dawn.", "Irathen"),
    ],
)
def test_a_clause_opener_before_punctuation_is_only_offered(sentence: str, piece: str) -> None:
    assert _glued(LEAD + sentence) == [(piece, False)]


def test_a_clause_opener_before_a_verb_is_still_applied() -> None:
    text = LEAD + "The minister Kim Myong Sikthen said the road was shut."
    assert _glued(text) == [("Sikthen", True)]
