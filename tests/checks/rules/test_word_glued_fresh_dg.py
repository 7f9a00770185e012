"""word.glued: the Dutch particles "ter" and "ten" glued to a given name the lists know,
before a capitalised surname, split safely ("Judge Femketer Horst wrote", fresh_dg's blind
run): no given name ends in them unless it is known whole ("Walter", "Kristen").  After a
given name in "s" the split is offered only: Scandinavian and English surnames end so."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    ("text", "piece", "split"),
    [
        ("The ruling, Judge Femketer Horst wrote, was final.", "Femketer", "Femke ter"),
        ("The plan was drawn up by Pieterten Brink last year.", "Pieterten", "Pieter ten"),
    ],
)
def test_a_given_name_glued_to_ter_or_ten_splits(text: str, piece: str, split: str) -> None:
    assert glued_splits(text) == [(piece, split, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Walter Peters and Kristen Walters met Chester Dexter in Manchester on Easter Sunday.",
        "The coach, Erik ten Hag, and the judge, Femke ter Horst, spoke.",
    ],
)
def test_names_ending_so_are_left(text: str) -> None:
    assert glued_splits(text) == []


def test_after_a_given_name_in_s_the_split_is_offered_only() -> None:
    # Scandinavian and English surnames end so: "Hansten", "Dennister" (review 26d)
    assert glued_splits("Ingrid Hansten Bakke, 27, won the women's sprint.") == [
        ("Hansten", "Hans ten", False)
    ]
    assert glued_splits("Hansten said the race was hard.") == []


@pytest.mark.parametrize(
    "text",
    [
        # "ten" ends Swedish surnames after words that are no given names (review 26e)
        "Karin Wallsten Berg, 34, said the walls would be repaired. Walls fell in 2019.",
        "Swedish striker Emil Banksten Holm scored twice. Banks in Stockholm were closed.",
        # a territory's people written whole: a demonym, no split
        "Curaçaoan officials said the port would reopen on Monday.",
    ],
)
def test_surnames_in_ten_and_demonyms_stay_whole(text: str) -> None:
    assert glued_splits(text) == []
