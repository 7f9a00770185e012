"""case.capitalised-noun: two more shapes of a common word capitalised as a name.  A side of
a place before "of" and the place ("the Caribbean Side of Central America", as "the Italian
Part of Switzerland"); a market verb after a name before "by", a word of degree and a
percentage ("Tarvelistan Rose by almost 30%"), not before points, a poll's margin, nor
after a title.  A superlative is no evidence: it compares a name's editions ("the hottest
Australian Open on record").  All names are invented."""

import pytest

from tests.checks.rules.test_case_verb_clauses import flagged

LEAD = "Exports rise in the east\n\nTARVEL, Varskia — Exports rose on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Cold fronts bring days of rain to the Caribbean Side of Central America.", "Side"),
        ("Shells landed on the Serbian Side of the border overnight, the army said.", "Side"),
        (
            "Exports of silk from this town in eastern Tarvelistan Rose by almost 30% in the"
            " first ten months.",
            "Rose",
        ),
        ("Shares in Varsk Mining Fell by 4.2% on Monday, traders said.", "Fell"),
    ],
)
def test_a_common_noun_or_verb_is_found(sentence: str, word: str) -> None:
    assert flagged(LEAD + sentence) == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        # a side named by a compass word, or a work's title
        "Crowds filled the South Side of Chicago and sang The Dark Side of the Moon.",
        # a noun after the pair: it may be a name that qualifies it
        "The newest British Museum gallery opened on Monday.",
        "He joined the largest Serbian Party branch in the north.",
        # after a given name "by" and a share are no market report, nor a poll's margin
        "A portrait of Anna Rose by 40 artists went on show.",
        "A new poll shows Mayor Ilse Varnow trailing Councillor Rose by about 5 points.",
        "Varnow leads Senator Rose by nearly 10% among women, the poll found.",
        "The Varsk Lions beat the Tarvel Rose by just 3 points on Saturday.",
        # a superlative compares a name's editions
        "Organisers said it was the hottest Australian Open on record.",
        "Critics called it the weakest European Commission in decades.",
        "It was the most divided Arab League in years, diplomats said.",
    ],
)
def test_names_and_near_misses_stay_quiet(sentence: str) -> None:
    assert flagged(LEAD + sentence) == []


SEA = "Court orders wall torn down\n\nVARSK, Tarvel — A resort in the Tarvan Sea must go.\n\n"


def test_a_coast_after_a_sea_the_text_names_is_a_shoreline() -> None:
    text = SEA + "Disputes have multiplied along the Tarvan Coast as tourism has grown."
    assert flagged(text) == ["Coast"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an English word names a region ("the Coral Coast"), a noun after the pair is
        # qualified by it, and a sea the text never names says nothing
        "Hotels on the Coral Coast stayed calm near the Coral Sea, officials said.",
        "Prices on the Tarvan Coast highway rose, officials said.",
        "Fishermen on the Varsk Coast waited for the storm to pass.",
        # the text writes the pair with the capital again: its own name for the region
        "The Tarvan Coast festival opened. Visitors to the Tarvan Coast came by bus.",
    ],
)
def test_coasts_that_may_be_names_stay_quiet(sentence: str) -> None:
    assert flagged(SEA + sentence) == []


def test_a_coast_after_a_listed_region_is_left_to_the_nationality_rule() -> None:
    # "the Atlantic Coast" may be the United States' region (AP capitalises it so)
    text = (
        "Storm nears\n\nVARSK, Tarvel — A storm crossed the Atlantic Ocean.\n\n"
        "Voters on the Atlantic Coast and in the Midwest waited."
    )
    assert flagged(text) == []
