"""pronoun.gender: a role of two words that opens its sentence ("Her daughter,", "His son,")
is the role of the name in apposition after it even past a title's abbreviation ("Her
daughter, Dr. Latsamy Inthavong, said"), so a pronoun of the other gender about that person
is flagged; a noun before a name that closes no apposition ("with the girl, Dr. Bek said")
is still someone else's (invented names)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

OPENING = "Weaver obituary\n\nVARSK, Tarvelia — Kham Vongsa died on Monday. {p} was 79.\n\n"


def _flags(text: str) -> list[str]:
    return [i.matched(text) for i in run("pronoun.gender", text)]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        (
            OPENING.format(p="She") + "Her daughter, Dr. Latsamy Inthavong, said he had "
            "chosen medicine.\n",
            "he",
        ),
        (
            OPENING.format(p="He") + "His son, Dr. Latsamy Inthavong, said she had chosen "
            "medicine.\n",
            "she",
        ),
        (
            OPENING.format(p="She") + "The eldest daughter, Prof. Latsamy Inthavong, said he "
            "would teach in the spring.\n",
            "he",
        ),
    ],
)
def test_the_role_past_a_title_is_the_names(text: str, slip: str) -> None:
    assert _flags(text) == [slip]


@pytest.mark.parametrize(
    "text",
    [
        OPENING.format(p="She") + "Her daughter, Dr. Latsamy Inthavong, said she had "
        "chosen medicine.\n",
        "Nurses stayed with the girl, Dr. Yerkanat Bek said. He said the girl was safe.\n",
    ],
)
def test_no_slip(text: str) -> None:
    assert _flags(text) == []
