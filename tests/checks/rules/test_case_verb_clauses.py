"""case.capitalised-noun: a verb capitalised after a name, where what follows shows it is the
clause's verb: a long regular past tense before a comma and a participle's clause, and a
third person whose only other candidate verb is a noun a large number counts.  All names
are invented."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY

RULES = ("case.capitalised-noun", "case.mid-sentence-capital")


def flagged(text: str) -> list[str]:
    engine = Engine(checks=[REGISTRY.get(r) for r in RULES])
    return [text[i.offset : i.offset + i.length] for i in engine.check_text(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The port closed as Cyclone Tarvi Approached, bringing winds of 150 km/h.", "Approached"),
        ("Ports shut as Storm Shakira Approached, cutting power to 9,000 homes.", "Approached"),
        ("The crowd in Ostrava Cheered, waving flags and scarves.", "Cheered"),
        (
            "Under the ruling, Valea Nicu Holds about 1.5 million bottles in galleries.",
            "Holds",
        ),
        ("Last year Port Kelvo Shipped 4 million tonnes in barges.", "Shipped"),
    ],
)
def test_a_verb_after_a_name_is_found(text, word):
    assert flagged(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "She read Paradise Lost, reading it twice.",
        "Edward Said, speaking in 1998, was clear.",
        "The ruling on Tesco Stores, citing 2 million complaints, was upheld.",
        "He starred in The Deer Hunter, winning an award.",
        "Maria Blessed, smiling, took the stage.",
        "The retailer Zara Stores 2 million items in its Madrid warehouse.",
        "We met at the Lodge Reserved, a club for members.",
        "Sales at Tesco Stores rose by 5 million pounds.",
        # a surname that is a long past tense, before the clause's verb (review18a)
        "The week began quietly. The actor Colin Blessed narrated the film.",
        # a title set off by commas after its noun (review18a)
        "The week began quietly. The exhibition, Korvin Revealed, showing his drawings, opens"
        " on Friday.",
        "The week began quietly. The radio series, Maltby Explored, following the poet's"
        " life, ends on Sunday.",
    ],
)
def test_names_and_titles_before_a_comma_or_a_count_stay_quiet(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The children sang the Romanian Hymn "Cu noi" before the mass.', "Hymn"),
        ("He read the Irish Novel “Ulysses” twice.", "Novel"),
        ("The band closed with the Spanish Song “La Paloma”.", "Song"),
    ],
)
def test_a_works_kind_before_its_quoted_title_is_found(text, word):
    assert flagged(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        'She told the Irish Times "we are ready" on Monday.',
        "He wrote in the German Review “Neue Blätter” last year.",
        "The children sang the Romanian hymn “Cu noi” before the mass.",
        "Romanian Hymn “Cu Noi” Sung At Cathedral Reopening",
        # a title's own "!" ends no sentence of a title-case headline (review18a)
        "Moldovan Anthem “Rise, Brothers!” Marks 30 Years",
    ],
)
def test_a_quote_after_a_name_that_is_no_works_kind_stays_quiet(text):
    assert flagged(text) == []
