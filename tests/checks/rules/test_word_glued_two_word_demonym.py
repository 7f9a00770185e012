"""word.glued: a two-word demonym's second word after its first ("Sierra Leonean", "Sri
Lankan"; resources/case/demonyms.txt) is no name's start, so a word glued to it is split as
after a one-word demonym ("most Sierra Leoneansbut", fresh_dj's hold-out run), unless the
country's name leaves a word as well ("Sri Lanka|nearly") or the singular and the plural
both read ("Puerto Rican|sat", "Ricans|at"): the other readings decide then.  After such a
head a role takes no apposition comma ("the Cape Verdean musician" is attributive, as "the Kenyan
minister").  Invented names but for well-known places."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    ("text", "token", "split"),
    [
        (
            "The fares are out of the reach of most Sierra Leoneansbut paid by many traders.",
            "Leoneansbut",
            "Leoneans but",
        ),
        ("She drank Sri Lankantea every morning before work.", "Lankantea", "Lankan tea"),
        ("The Puerto Ricanflag flew over the stadium on Sunday.", "Ricanflag", "Rican flag"),
        ("The Cape Verdeanmusician sang for an hour.", "Verdeanmusician", "Verdean musician"),
    ],
)
def test_a_word_glued_to_a_two_word_demonym_is_split(text: str, token: str, split: str) -> None:
    assert glued_splits(text) == [(token, split, True)]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Sri Lankanearly doubled its exports of tea last year.", "Lankanearly"),
        ("The Cape Verdeanthem was played twice at the ceremony.", "Verdeanthem"),
    ],
)
def test_a_country_name_glued_to_a_word_is_no_demonym(text: str, token: str) -> None:
    # "Sri Lanka|nearly", "Cape Verde|anthem": the country's name leaves a word too, the
    # likelier reading, so the demonym's split is never applied (review 42a)
    assert all(not safe or found != token for found, _, safe in glued_splits(text))
    assert all(split.split()[0] not in ("Lankan", "Verdean") for _, split, _ in glued_splits(text))


def test_a_function_word_beside_a_content_word_reads_one_way() -> None:
    # "Puerto Ricans have", not "Puerto Rican shave" (review 43a)
    text = "Puerto Ricanshave voted on statehood four times."
    assert glued_splits(text) == [("Ricanshave", "Ricans have", True)]


def test_a_two_word_demonym_that_reads_two_ways_is_left_to_the_other_readings() -> None:
    # "the Puerto Rican sat" or "the Puerto Ricans at": no demonym's split (review 44a)
    text = "At the medal ceremony the Puerto Ricansat in the front row."
    assert glued_splits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Sierra Leoneans at the meeting and Sierra Leonean officials agreed.",
        # the second word alone, with no first word before it, is left to the other readings
        "Ms. Leoneansbut arrived from Freetown on Monday.",
    ],
)
def test_a_two_word_demonym_written_apart_stays(text: str) -> None:
    assert glued_splits(text) == []
