"""case.capitalised-noun: readings mended after fresh_dg's blind run.

- The adjectives of territories with a government of their own are demonyms
  ("Martinican", "Bermudian"; resources/case/demonyms.txt).  A suffix "-can" from "-que"
  was tried and taken back: it read surnames and slips as places ("the Marcan
  Foundation", "the Musican Orchestra"; review 26c).
- A preposition and "a" opening a headline after its kicker's colon open a phrase, as at a
  sentence's start ("Review: In a Martinican Town, a bèlè singer"): the pair is one of many.
- "A" or "An" opening a lede after its dateline's dash is the article, no title's first word
  ("CUSHENDALL, Northern Ireland — An Atlantic Storm brought gusts"), but not before a
  member of the body the pair names ("— A Swiss Guard fainted", "— A Vietnamese Communist
  died").  After a kicker's colon the pair is one of many only when the apposition runs on
  with no comma of its own ("Dining: At a Mexican Village, a chain with six branches in
  Dallas, the tamales sell out" names a business).
- A participle in "-ed" before a lower-case noun after the pair is a compound's half with
  its hyphen dropped, no verb ("— A European Union backed fund will invest").
A kind of place before a figure joined to a word ("in rural English Town 80-mile round
trips", fresh_dd's hold-out) was tried and taken back: real places' names stand there in
headlines ("troubled Spanish Town 24-hour spree"; review 26f).

Every name but well-known places is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import capitalised_noun_flags as _flags


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In a Martinican Town, a singer and her nephew drum through the night.", "Town"),
        (
            "Review: In a Martinican Town, a bèlè singer and her nephew drum through the "
            "night\n\nSAINTE-MARIE, Martinique — The singer stood in the yard.",
            "Town",
        ),
        (
            "CUSHENDALL, Northern Ireland — An Atlantic Storm brought gusts of up to 87mph "
            "on Friday.",
            "Storm",
        ),
        (
            "WASHINGTON, Dec 7 (Reuters) - A Chinese Company agreed to pay $5 million on Monday.",
            "Company",
        ),
        ("Two Bermudian Fishermen were rescued on Monday after the storm.", "Fishermen"),
    ],
)
def test_fresh_dg_capitals_are_flagged(text: str, word: str) -> None:
    assert _flags(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "He was ordained a Dominican Friar in 1990 and taught in the capital.",
        "CUSHENDALL, Northern Ireland — A Pacific Islander living in the village said no.",
        "Review: In the Atlantic Room, a quartet plays Haydn.",
        "VATICAN CITY — A Swiss Guard fainted during the blessing on Sunday.",
        "HANOI, Vietnam — A Vietnamese Communist turned dissident died at 91 on Monday.",
        "Dining: At a Mexican Village, a chain with six branches in Dallas, the tamales sell out.",
        "The Marcan Foundation, which funds rural clinics, said it would double its grants.",
        "BRUSSELS — A European Union backed fund will invest 2 billion euros in ports.",
        "Gunmen kill three in troubled Spanish Town 24-hour spree\n\nKINGSTON, Jamaica — No.",
        # a body's name may qualify the phrase a figure opens
        "Welsh Water 5-year plan approved by regulator\n\nCARDIFF, Wales — It was approved.",
        "The new Welsh Water 5-year plan was approved on Monday.",
    ],
)
def test_names_stay_quiet(text: str) -> None:
    assert _flags(text) == []
