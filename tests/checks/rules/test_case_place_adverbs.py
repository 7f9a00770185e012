"""case.capitalised-noun: an everyday adverb capitalised after a place's head named behind
a capital ("the Indian Ocean Usually runs"), where no surname can follow, and a past tense
that is only a verb's closing a subordinate clause that has no other verb ("since more
flights … to Tarvelistan Began.").  All names are invented."""

import pytest

from tests.checks.rules.test_case_verb_clauses import flagged

LEAD = "Storm season ends early in the south\n\nTARVEL, Varskia — The season opened.\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The season for cyclones in the southwest Indian Ocean Usually runs from November"
            " to April, forecasters said.",
            "Usually",
        ),
        ("Ice on the northern Varsk Sea Still forms in January, fishermen said.", "Still"),
        ("In a cold year the Tarvel Gulf Often freezes as far as the port.", "Often"),
        ("The small ferries across the Varsk Strait Rarely sail in the winter months.", "Rarely"),
    ],
)
def test_an_adverb_after_a_places_head_is_found(sentence, word):
    assert flagged(LEAD + sentence) == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        # a firm's or a title's words after a head with no place's name before it
        "The Sea Shell company and the Ocean Quickly brand were sold last year.",
        "She sang Ocean Often with the choir.",
        # a surname after a role may be an adverb's word (unchanged)
        "The rower Kaisu Still won the final.",
    ],
)
def test_a_head_with_no_place_before_it_stays_quiet(sentence):
    assert flagged(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Tourists had grown in number since more flights from Europe to Tarvelistan Began.",
            "Began",
        ),
        (
            "Prices rose sharply and stayed high until the first tourists from Varsk Came.",
            "Came",
        ),
    ],
)
def test_a_subordinate_clauses_only_verb_is_found(sentence, word):
    assert flagged(LEAD + sentence) == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        # a title after "of" or a work's noun
        "Sales have doubled since the release of Tarvel Unplugged.",
        "Sales have doubled since the album Tarvel Revisited.",
        # a past that is an adjective too ends clubs' names
        "The club was in debt long before Varsk United.",
        # the clause has a verb of its own
        "He has stayed since the team moved to Varsk Began.",
        # no clause opener before it
        "The exhibition Varsk Revealed.",
        # a past that is a participle too ends titles and surnames
        "Attendance at the memorial has doubled since the first Tarvel Remembered.",
        "Tickets sold out within an hour, although not for Tarvelo Unplugged.",
        "No statement has come since Tuesday's detention of the activist Bakary Said.",
    ],
)
def test_a_clause_with_a_verb_or_a_title_stays_quiet(sentence):
    assert flagged(LEAD + sentence) == []
