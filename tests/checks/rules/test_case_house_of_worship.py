"""case.capitalised-noun: a settlement's own house of worship is a building, not a name.

"The pastor of the town's Anglican Church, the Rev. …", "at the hamlet's Anglican Church.":
after a town's, a village's or a hamlet's possessive, an adjective of religion and a house
of worship that ends its phrase is one building of the faith, which agency copy writes in
lower case ("the village's Catholic church").  The country's or the island's may be the
institution ("the country's Catholic Church"), "of" goes on with a name ("… Church of St.
Nicholas"), a saint's possessive opens one ("St. Mary's Anglican Church"), and a noun after
it makes the pair a modifier ("Church leaders").  Every place is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

LEAD = "Village news\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The pastor of the town's Anglican Church, the Rev. Jonas Toata, opened the meeting.",
        "Her funeral will be held on Friday at the hamlet's Anglican Church.",
        "The minister of the village's Presbyterian Church, the Rev. Ilse Kyei, said so.",
    ],
)
def test_a_settlements_house_of_worship_is_flagged(sentence: str) -> None:
    text = LEAD + sentence
    assert [text[i.offset : i.end] for i in run("case.capitalised-noun", text)] == ["Church"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He prayed at St. Mary's Anglican Church on Sunday.",
        "The island's Catholic Church has run the school since 1950.",
        "The country's Catholic Church said so.",
        "The village's Orthodox Church of St. Nicholas was rebuilt.",
        "The town's Catholic Church leaders met.",
        # ... nor does "in", "at" or "on" and a capital (a review's probes)
        "The town's Presbyterian Church in America congregation voted to leave.",
        "The village's Anglican Church at Varsk is a listed building.",
    ],
)
def test_a_name_or_an_institution_is_left_alone(sentence: str) -> None:
    assert run("case.capitalised-noun", LEAD + sentence) == []
