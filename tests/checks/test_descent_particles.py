"""A word of descent between two parts of a person's name ("Moulaye Zeine ould Cheikhna",
"Hana welet Mariam") is the name's own word: neither the spelling filter nor word.glued
reads it as "would" or "we let".  Beside words English knows ("Why ould I", "EU ould
Consider") it is a slip again (invented names)."""

from __future__ import annotations

import pytest

from copydesk.checks.language import inside_a_name
from tests.checks.rules.helpers import run


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chief, Moulaye Zeine ould Cheikhna, said so.", "ould"),
        ("Fatima bint Mubarak opened the hospital.", "bint"),
        ("Hana welet Mariam and Selam welet Tekle spoke.", "welet"),
        ("Mohamed wuld Salem, the mayor, said the road would open.", "wuld"),
    ],
)
def test_inside_a_name(text: str, word: str) -> None:
    assert inside_a_name(text, *_at(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"Why ould I lie?" he asked.', "ould"),
        ("The EU ould Consider sanctions, officials said.", "ould"),
        ("Officials in Nouakchott ould not say.", "ould"),
        ("The farmers welet the cattle out.", "welet"),
    ],
)
def test_not_inside_a_name(text: str, word: str) -> None:
    assert not inside_a_name(text, *_at(text, word))


def test_no_glue_is_split_inside_a_name() -> None:
    text = "The farmer Tesfaye welet Giorgis said the rains came late."
    assert run("word.glued", text) == []
