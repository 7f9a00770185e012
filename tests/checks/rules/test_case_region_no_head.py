"""case.capitalised-noun: after an adjective of region ("Pacific", "Antarctic") a capital needs
evidence that no name goes on, and a word that heads no name is such evidence: a preposition
("from the Pacific Over the Andes") or a verb's -ing form before its object ("from the
Antarctic Meeting a moist front").  A meeting that is a name ("the Antarctic Meeting of
ministers", "the Antarctic Meeting was held") stays quiet."""

import pytest

from tests.checks.rules.test_case_verb_clauses import flagged

LEAD = "Snow closes the pass\n\nTARVEL, Varskia — Snow fell on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Warm air from the Pacific Over the Andes melted the snow.", "Over"),
        ("Cold air from the Antarctic Meeting a moist front brought snow.", "Meeting"),
    ],
)
def test_a_word_that_heads_no_name_is_found(sentence: str, word: str) -> None:
    assert flagged(LEAD + sentence) == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegates of the Antarctic Meeting of ministers voted on Monday.",
        "Delegates said the Antarctic Meeting was held in a tent.",
        # "Spring" is no verb's -ing form; titles of works and events (review's false alarms)
        "The square has been quiet since the Arab Spring a decade ago.",
        "Uprisings across the Arctic Spring a decade ago were few.",
        "The film “Arctic Under the Ice” opened the festival on Friday.",
        "She starred in Atlantic Crossing the following year.",
        "The crew of the Atlantic Crossing the organisers chartered sailed on Monday.",
    ],
)
def test_a_name_after_a_region_stays_quiet(sentence: str) -> None:
    assert flagged(LEAD + sentence) == []
