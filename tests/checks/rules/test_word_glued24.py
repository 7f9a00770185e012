"""word.glued, glued24.

Of two readings of like weight, the one whose head the batch writes on its own comes first,
offered only: "Somar|are" beside "Somar" alone, not "Soma|rare" (before, "Lima|rare" was
even applied beside "Limar" alone).

Beside a head the batch writes alone, a dictionary word of four or five letters that ends
(almost) no known word may be the tail, though rarer than a tail's usual bar
(``Kelvora|limes``, ``Kelvora|roam``): offered, never applied.  Name endings that are words
too ("-burg", "-holm", "-fjord") end many known words and stay quiet.

Every example is invented, or a real name no pool uses."""

from __future__ import annotations

from collections import Counter

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.rules.word.glued import Split, _Candidate, _written_alone
from tests.checks.rules.helpers import offered_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        (
            "Visitors come to Somar each spring. The market of Somar is old, "
            "and the goats of Somarare fed at dusk.",
            "Somarare",
            "Somar are",
        ),
        (
            "Visitors come to Limar each spring. The market of Limar is old, "
            "and the goats of Limarare fed at dusk.",
            "Limarare",
            "Limar are",
        ),
        (
            "Visitors come to Vegar each spring. The market of Vegar is old, "
            "and the goats of Vegarare fed at dusk.",
            "Vegarare",
            "Vegar are",
        ),
    ],
)
def test_head_written_alone_comes_first(text: str, token: str, fix: str) -> None:
    offered_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        (
            "Traders in Kelvora sell fruit, and buyers ask for Kelvoralimes by name.",
            "Kelvoralimes",
            "Kelvora limes",
        ),
        (
            "Snow leopards of the Kelvora range, seen in Kelvora, now Kelvoraroam twice as far.",
            "Kelvoraroam",
            "Kelvora roam",
        ),
    ],
)
def test_rare_short_tail_after_head_written_alone_offered(text: str, token: str, fix: str) -> None:
    offered_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # the head nowhere alone: a rare short tail is no evidence
        "Buyers in the south ask for Kelvoralimes by name.",
        "Snow leopards now Kelvoraroam twice as far.",
        # name endings that are words too end many known words
        "Traders in Kelvora sell fruit; the family moved to Kelvoraburg last year.",
        "Traders in Kelvora sell fruit; the family moved to Kelvoraholm last year.",
        "Traders in Kelvora sell fruit; the family moved to Kelvorafjord last year.",
        "Traders in Kelvora sell fruit; the family moved to Kelvoragaon last year.",
    ],
)
def test_near_misses_quiet(text: str) -> None:
    assert GLUED.check_text(text) == []


def _rival(head: str, tail: str) -> _Candidate:
    return _Candidate(Split(head, tail, 5.0, True, 0.9), rival=True, knowledge=True, evidence=True)


def test_written_alone_only_when_longest() -> None:
    # a longer head may be the plural of the one written alone ("Kelvanians|have"): no say
    plural = [_rival("Kelvanian", "shave"), _rival("Kelvanians", "have")]
    assert _written_alone(plural, Counter({"Kelvanian": 1})) is None
    # a shorter head is a piece of the name written alone
    piece = [_rival("Kelva", "rare"), _rival("Kelvar", "are")]
    assert _written_alone(piece, Counter({"Kelvar": 2})) == piece[1].split
    # both written alone: no say
    assert _written_alone(piece, Counter({"Kelvar": 2, "Kelva": 1})) is None
