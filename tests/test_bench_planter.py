"""bench/eval_families.py's pronoun planter: who counts as named again by surname alone.

A person named in full and later as a speaker by the surname alone is someone a swapped
pronoun could mean, whatever the given name ("Kelly McDonald … McDonald said"); the full
name said again is no use of the surname alone, however long the given name.
"""

from __future__ import annotations

import pytest

from bench import eval_families


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Kelly Oyelaran rode first. Later, Oyelaran said it was hard.", True),
        ("Jo Oyelaran won. The judges and Oyelaran told us so.", True),
        ("Jo Oyelaran rode first. Jo Oyelaran said it was hard.", False),
        ("Kelly Oyelaran rode first. Kelly Oyelaran said it was hard.", False),
        ("Xochitlanez Oyelaran rode first. Xochitlanez Oyelaran told us.", False),
        ("Tuy Oyelaran rode first. On Monday, Tuy Oyelaran wrote.", False),
    ],
)
def test_surname_alone_as_speaker(text: str, alone: bool) -> None:
    given = text.split()[0]
    assert given.lower() not in eval_families.given_names()  # else named whatever follows
    assert ("Oyelaran" in eval_families._surnames(text)) is alone
