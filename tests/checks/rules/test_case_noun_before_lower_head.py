"""case.capitalised-noun: a common noun capitalised between a place's name or a nationality
and a body's or an event's head in lower case ("the Varsk Film festival", "the Tarvel
Health centre", "the Frisian Water board") is a stray capital: a name capitalises its head.
Brands on an English word ("Apple Music"), plurals ("Lions"), heads of names ("Union"),
heads a company's name ends in ("company") and a capitalised head stay quiet.  Names are
invented but for well-known places and brands."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY

LEAD = "The council met on Monday. "


def _flagged(text: str) -> list[str]:
    engine = Engine(checks=[REGISTRY.get("case.capitalised-noun")])
    full = LEAD + text
    return [full[i.offset : i.offset + i.length] for i in engine.check_text(full)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The film won the top prize at the Varsk Film festival on Sunday.", "Film"),
        ("A nurse at the Tarvel Health centre said adults came too.", "Health"),
        ("The Frisian Water board is responsible for the dikes.", "Water"),
        ("Videos are on the Kelvo Wrestling federation's channel.", "Wrestling"),
        ("Donations may be sent to the Tarvel Music school his wife taught at.", "Music"),
        ("The storm, the first of the Indian Ocean Cyclone season, was far out.", "Cyclone"),
    ],
)
def test_a_common_noun_before_a_lower_case_head_is_flagged(text: str, word: str) -> None:
    assert _flagged(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Fans of the Apple Music service complained on Monday.",
        "The Kenya Power company cut supply to the district.",
        "The Cannes Lions festival opened in the city.",
        "It was the last game of the Premier League season in the city.",
        "The Tarvel Union council met in the town hall.",
        "The Varsk Film Festival opened on Sunday with a short.",
        "She teaches at the Varsk Music school and the Varsk Music school choir sang.",
    ],
)
def test_names_brands_and_plurals_stay_quiet(text: str) -> None:
    assert _flagged(text) == []
