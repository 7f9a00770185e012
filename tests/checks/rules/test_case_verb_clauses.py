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


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # long sentences with other verbs around: the capital before "on"/"with"/"for"
        # is the clause's verb however many other verbs the sentence has
        (
            "Selim Tarvoudi, 52, grows cashews. Documents write the family name first, so"
            " that Tarvoudi Appears on the register as TARVOUDI Selim, a form farmers use.",
            "Appears",
        ),
        (
            "Prices rose this year, as buyers from Norvia and Kelmistan Compete for a"
            " harvest that was smaller than usual after a cold spring.",
            "Compete",
        ),
        (
            "Rudo Tavengwa plays the mother. The subplot is resolved too quickly, and in"
            " one scene Tavengwa Argues with a man from the power company.",
            "Argues",
        ),
        # after a verb of saying a clause opens
        (
            "Selim Tarvoudi was arrested in May. His lawyers said Tarvoudi Eats at a stall"
            " near the court every day.",
            "Eats",
        ),
        (
            "Selim Tarvoudi was arrested in May. When Tarvoudi Appears before the"
            " court, his family waits outside.",
            "Appears",
        ),
        # nouns after a preposition, an adjective or a noun are no later verb (review19e)
        (
            "Selim Tarvoudi was charged. Police said Tarvoudi Appears in court on Monday to"
            " face fraud charges.",
            "Appears",
        ),
        (
            "Selim Tarvoudi was charged. When Tarvoudi Appears before the court in a blue"
            " suit, his family waits.",
            "Appears",
        ),
    ],
)
def test_a_verb_only_word_before_a_preposition_after_a_name_is_found(text, word):
    assert flagged(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # after a preposition or a verb, the name may be a brand's or a show's start
        "She orders from Tarvik Eats in the city every week, she said on Monday.",
        "Millions watched Varna Decides on television, the network said on Monday.",
        # after a determiner: a thing's name
        "The Varnak Speaks on climate series began in May and runs until June.",
        # capitalised elsewhere too: a surname
        "The singer Lena Sings was born in Varna. Lena Sings with a band in the city now.",
        # a noun as well as a verb may end a company's name
        "Profits at Tarvik Stores in the north rose by a fifth last year, it said.",
        # a capital after the preposition: a title's
        "The scene in which Tavengwa Argues With God opens the second act, she said.",
        # a brand's or a show's name: no person's surname there (review19a)
        "Glovo and Tarvik Eats in the city have raised their fees, drivers said.",
        "Channels Television's Varnia Decides on election night drew the largest audience.",
        "The director said that Varnia Decides on election night drew 4 million viewers.",
        # a slogan's bare verb after one name: no plural subject (review19a)
        "The Tarvenia Unite for peace concert raised $40,000 on Saturday.",
        "Tickets for Tarvenia Unite for the youth of the city sold out in an hour.",
        # a work named for a person after a preposition, a noun or a comma (review19d)
        "Selim Tarvoudi spoke first. The new series of Selim Tarvoudi Investigates on the"
        " streaming service looks at gangs.",
        "Selim Tarvoudi spoke first. Her record Tarvoudi Sings with its spare arrangements"
        " has been reissued.",
        "Selim Tarvoudi spoke first. His podcast, Tarvoudi Asks about the issues, has"
        " 100,000 listeners.",
        # two names and a slogan's verb after a determiner or a noun (review19d)
        "The Norvia and Kelmistan Unite for peace concert raised $40,000.",
        "The campaign Norvia and Kelmistan Arise for change held its first rally.",
        # a past tense that is a given name too, after a surname (review19c)
        "Information Minister Tarvo Manh Hung on behalf of the government signed the deal.",
        # a title's clause has its own verb later (review19c)
        "Critics agree that Tarvoudi Sings with its spare arrangements is her finest record."
        " Selim Tarvoudi recorded it.",
        # the title's verb after an aside in commas, or after "is" (review19e)
        "Critics agree that Tarvoudi Sings with its spare arrangements, recorded in 1965, is"
        " her finest record. Selim Tarvoudi made it.",
        "The best of them is Selim Tarvoudi Speaks in its new French edition.",
        # a verb that is only a verb after a noun is the title's clause's (review19e)
        "Selim Tarvoudi hosted it. Varnia TV's Tarvoudi Decides on election night ran for 12"
        " hours.",
        # "told" takes its object first (review19c)
        "The minister told Tarvoudi Speaks in an episode that taxes would rise. Selim"
        " Tarvoudi hosts it.",
    ],
)
def test_names_brands_and_titles_before_a_preposition_stay_quiet(text):
    assert flagged(text) == []
