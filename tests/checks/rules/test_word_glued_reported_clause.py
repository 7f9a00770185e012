"""word.glued: a surname glued to "said" before "was" or "is" is split when the text writes
the surname alone elsewhere: "which Kyomugisha said was her mother's recipe" reports a
relative clause's verb, so "was" is no second finite verb that makes the token a subject's
name.  A head the text never writes alone keeps the token whole (invented names)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

LEAD = (
    "Dairy profit doubles\n\nVARSK, Tarvelia — Grace Kyomugisha runs a dairy. Kyomugisha said "
    "sales rose.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "It sells a ghee made with spices, which Kyomugishasaid was her mother's recipe.\n",
        "The recipe, which Kyomugishasaid is the oldest, sold well.\n",
    ],
)
def test_split_after_a_surname_written_alone(sentence: str) -> None:
    text = LEAD + sentence
    (issue,) = run("word.glued", text)
    assert issue.matched(text) == "Kyomugishasaid"
    assert issue.replacements[0] == "Kyomugisha said"
    assert issue.safe


def test_a_head_never_written_alone_stays_whole() -> None:
    text = "The coach, Marian Wessellsaid was the best, left the club in June.\n"
    assert run("word.glued", text) == []
