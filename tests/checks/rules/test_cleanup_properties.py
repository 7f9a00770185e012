"""Properties of the cleanup families' safe fixes on generated messy text."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.checks.fixer import fix_text
from tests.checks.rules.helpers import family_engine

PIECES = [
    "Kim",
    "arrived",
    "in",
    "Russia",
    "the",
    "U.S.",
    "1.5",
    "10.30",
    "bbc.co.uk",
    "’s",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    ".",
    "..",
    "...",
    "…",
    ",",
    ",,",
    ";",
    ":",
    "?",
    "!",
    "“",
    "”",
    '"',
    "(",
    ")",
    "’",
    "‘",
    "-",
    "—",
    "café",
    "Â£",
    "â€™",
    "\u200b",
    "\ufffd",
]
ENGINE = family_engine("space", "punct")


def _alnum(text: str) -> str:
    return "".join(regex.findall(r"[\p{L}\p{N}]", text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_space_and_punct_fixes_never_touch_letters_or_digits(pieces):
    text = "".join(pieces)
    out = fix_text(ENGINE, text).text
    assert _alnum(out) == _alnum(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_every_issue_lies_inside_the_text(pieces):
    text = "".join(pieces)
    for issue in family_engine("space", "punct", "encoding").check_text(text):
        assert 0 <= issue.offset <= issue.end <= len(text)
