"""case.capitalised-noun: a shoreline's pair before a noun ("the Tarvian Coast region") may
be a coast's name, but not in a headline when the story never writes the pair again ("… to
win Senegalese Coast wrestling title"; fresh_do's blind run): a name the headline gives, the
story goes on to use.  Not before a division's noun ("Kenyan Coast region governors": Kenya's
and Tanzania's Coast regions; review 43b).  Moving "Balkan" to the regions' adjectives, for
"the Balkan Mountains", was tried and taken back: after a region's adjective people's nouns
("Balkan Leaders") went unflagged (review 43b).  Every name but well-known places is
invented."""

from __future__ import annotations

from tests.checks.rules.helpers import capitalised_noun_flags as _flags

COAST = (
    "Young fisherman throws two-time champion to win Senegalese Coast wrestling title\n\n"
    "MBOUR, Senegal — A 24-year-old fisherman threw the two-time champion on Sunday to win "
    "the wrestling title of the coast south of Dakar, in front of a crowd of thousands."
)


def test_a_shoreline_pair_only_in_a_headline_is_flagged() -> None:
    assert _flags(COAST) == ["Coast"]


def test_a_shoreline_pair_the_story_uses_again_stays() -> None:
    text = COAST + " The Senegalese Coast wrestling league has run since 2004."
    assert _flags(text) == []


def test_a_shoreline_pair_before_a_division_stays() -> None:
    text = (
        "Kenyan Coast region governors reject plan to move port jobs inland to Naivasha\n\n"
        "MOMBASA, Kenya — Governors of the coast rejected the plan on Monday, saying the jobs "
        "would go."
    )
    assert _flags(text) == []


def test_a_shoreline_pair_inside_a_longer_name_stays() -> None:
    # "French Somali Coast", a colony's name (review 44b)
    text = (
        "Rare French Somali Coast stamps fetch record price at auction in Geneva on Friday\n\n"
        "GENEVA — Stamps of the former colony sold for a record price on Friday."
    )
    assert _flags(text) == []
