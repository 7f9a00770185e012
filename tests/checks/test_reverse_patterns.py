"""Patterns searched from the end (``regex.REVERSE``) find what the forward search finds.

Each is anchored at ``\\Z`` and asked of a window before a position; searched forward, it
tries every start in the window, searched from the end, it tries one.  These tests hold
each against its forward twin (the same pattern without the flag), on the window each
caller uses, over real prose and random strings of the characters the patterns turn on:
the same span and the same groups, or no match for both.
"""

from __future__ import annotations

import random

import pytest
import regex

from copydesk.checks import tokens
from copydesk.checks.rules.case import _stray, capitalised_noun
from copydesk.checks.rules.consistency import names

# (pattern, the window its caller searches: characters before the position)
REVERSED = {
    "tokens._TRAILING_WORD": (tokens._TRAILING_WORD, 12),
    "names._BEFORE": (names._BEFORE, 40),
    "names._ROLE_BEFORE": (names._ROLE_BEFORE, 61),
    "names._PARTICLE_BEFORE": (names._PARTICLE_BEFORE, 60),
    "capitalised_noun._WORD_BEFORE": (capitalised_noun._WORD_BEFORE, 40),
    "capitalised_noun._NAME_BEFORE": (capitalised_noun._NAME_BEFORE, 60),
    "_stray._LONG_NAME_BEFORE": (_stray._LONG_NAME_BEFORE, 80),
    "_stray._JOINED_NAME_BEFORE": (_stray._JOINED_NAME_BEFORE, 80),
    "_stray._PREV_WORD": (_stray._PREV_WORD, 40),
    "_stray._QUOTE_THEN_NAME": (_stray._QUOTE_THEN_NAME, 80),
}

PROSE = (
    "“We will not wait any longer,” Marta Kowalska told reporters in Gdansk. The Minister "
    "of Agriculture, Karen Holmgaard, said the Bank of the North Korean Studies had met.\n"
    "Charles de Gaulle Airport and Hamad bin Saeed al-Mansouri's office; the State "
    "Attorney's Office (the Tribunal on Forest Crimes) said: “The University of North "
    'Korean Studies,” Van Dijkstra Said. "She left\u00a0Río del Mar." O\'Neill-Ross 2.05 '
    "Élise Müller, 54, Ana García-Lorca y Pérez. Dmitry  Gromov\tsaid; Bin Laden's"
)
PIECES = [
    *"aAbBdeElnN \u00a0\t\n.,;:!?“”\"'’(-É0ç",
    "of ", "for ", "the ", "The ", "and ", "& ", "on ", "de ", "del ", "bin ", "al-",
    "Bank ", "Of ", "’s ", "'s ", "Minister ", "Rosa ", "  ", ", “", "!\" ", "Kim",
]  # fmt: skip


def _same(pattern: regex.Pattern[str], window: int, text: str) -> None:
    forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
    for end in range(len(text) + 1):
        start = max(0, end - window)
        a = forward.search(text, start, end)
        b = pattern.search(text, start, end)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text[start:end]


@pytest.mark.parametrize("name", sorted(REVERSED))
def test_a_reversed_pattern_finds_what_the_forward_search_finds(name):
    pattern, window = REVERSED[name]
    assert pattern.flags & regex.REVERSE
    _same(pattern, window, PROSE)
    rng = random.Random(name)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        _same(pattern, window, text)


def test_the_reversed_patterns_find_something_in_the_prose():
    """The comparison above is not between two searches that never match."""
    for name, (pattern, window) in REVERSED.items():
        found = [
            end for end in range(len(PROSE) + 1) if pattern.search(PROSE, max(0, end - window), end)
        ]
        assert found, name
