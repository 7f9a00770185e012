"""case.mid-sentence-capital: a capitalised possessive paired with a lower-case one.

"the given name of His or her father" (fresh_da's blind run): a capital before "and" or
"or" is left alone as a title standing alone ("starred in It and…"), but a possessive
paired with a lower-case possessive is no title: it is lower-cased, safely.  Every name is
invented."""

from __future__ import annotations

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine

RULE = "case.mid-sentence-capital"


def _issues(text: str) -> list[tuple[str, bool]]:
    [result] = Engine().check_batch([BatchMember("t.txt", text)])
    return [(text[i.offset : i.end], i.safe) for i in result.issues if i.rule == RULE]


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("Children take the given name of His or her father, so brothers share it.", "His"),
        ("The head said the school is proud of Their and our pupils alike.", "Their"),
    ],
)
def test_a_paired_possessive_is_lowered_safely(text: str, cap: str) -> None:
    assert _issues(text) == [(cap, True)]
    [result] = Engine().check_batch([BatchMember("t.txt", text)])
    fixed = apply_edits(text, [i.edit() for i in result.issues if i.rule == RULE]).text
    assert fixed == text.replace(cap, cap.lower(), 1)


@pytest.mark.parametrize(
    "text",
    [
        "She starred in It and later in a film about the sea.",
        "Tickets for the film His and Hers sold out on Friday.",
        "Children take the given name of his or her father, so brothers share it.",
    ],
)
def test_titles_and_lower_case_pairs_are_left_alone(text: str) -> None:
    assert _issues(text) == []
