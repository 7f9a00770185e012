"""case.capitalised-noun: a pair after a word that counts or the indefinite article is one
of many, not a name, and a region's adjective after a nationality is capitalised by rule.

- An apposition after the pair ("…, a married woman", "…, a father and daughter") defines
  no name when "many" or "several" stands before it ("as in many African Countries, a
  married woman usually keeps her name", fresh_cz's hold-out), nor when a preposition and
  "a" open the sentence before it ("On a Cape Verdean Volcano, a father and daughter make
  wine", fresh_dc's blind run): the comma's phrase is the clause's subject.  After "a"
  elsewhere the pair may be a brand's ("ordered a Canadian Club, a rye whisky"), and a
  capital "A" opens a work's title.
- An institution's head after "a" and a nationality, before a verb ("Researchers from a
  Chilean University surveyed", fresh_dc's blind run), is one of many, as a place's was.
- "a Swiss Alpine valley town" (fresh_dc's blind run, a false alarm): "Alpine" is a
  region's adjective (resources/case/region_adjectives.txt), capitalised by rule.

Every name but well-known places is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import capitalised_noun_flags as _flags


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "In the Central African Republic, as in many African Countries, a married woman "
            "usually keeps her own family name.",
            "Countries",
        ),
        (
            "In Tarvela, as in several Asian Countries, a farmer keeps a goat or two.",
            "Countries",
        ),
        (
            "On a Cape Verdean Volcano, a father and daughter make wine from vines replanted "
            "in the lava.",
            "Volcano",
        ),
        (
            "Researchers from a Chilean University surveyed 96 old beaver ponds and meadows "
            "on the island.",
            "University",
        ),
    ],
)
def test_a_pair_one_of_many_is_flagged(text: str, word: str) -> None:
    assert _flags(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # "the" and an apposition with "a": a name, as before
        "They booked the English Teacher, a four-piece band from the valley, for the feast.",
        # a body's name before a verb after a possessive is the owner's own, as before
        "Edinburgh's Scottish Parliament voted on Tuesday to back the plan for the ferries.",
        # a region's adjective after a nationality
        "A teacher became the first woman to lead a Swiss Alpine valley town after a runoff.",
        "Hunters in the Canadian Arctic said the ice came late this year.",
        # a capital "A" opens a work's title, and a brand takes "a" (the review's probes)
        "She starred in A French Village, a drama set in occupied France, before Lyon.",
        "The documentary A Mexican Church premiered at the festival on Sunday.",
        "He ordered a Canadian Club, a rye whisky, and sat down by the window.",
        # after an opening preposition and "a", only a kind of place is one of many: a store
        # (the third review's probe)
        "At a Canadian Tire, a clerk said the shelves were empty by noon on Friday.",
        # lower case, as news style writes it
        "Researchers from a Chilean university surveyed 96 old beaver ponds on the island.",
    ],
)
def test_names_and_regions_stay_quiet(text: str) -> None:
    assert _flags(text) == []


_FOGO = (
    "On a Cape Verdean Volcano, a father and daughter make wine from vines in the lava\n\n"
    "Their wine is sold under the name “Fidju di Bulkon” ({title}) in Kriolu, the Creole "
    "spoken across the islands."
)


def test_a_capital_in_a_quoted_title_is_no_evidence_of_a_name() -> None:
    # the translated title's "Volcano" is title case, not the word used as a name
    # (fresh_dc's blind run)
    assert _flags(_FOGO.format(title="“Child of the Volcano”")) == ["Volcano"]


def test_a_quoted_nickname_is_the_name_used_alone() -> None:
    # no small word in lower case: a nickname, not a title (the third review's probe)
    text = "The runner, nicknamed “The Lion”, won again. The Ethiopian Lion ran his last race."
    assert _flags(text) == []


def test_a_capital_used_alone_in_prose_still_is() -> None:
    text = _FOGO.format(title="named for the Volcano, as islanders call the peak,")
    assert _flags(text) == []
