"""case.capitalised-noun: a currency's units counted after an amount are common nouns after
any capitalised words, a formal name's too (AP: "New Zealand dollars"; ``142 million New
Taiwan Dollars``: fresh_db's hold-out run), and before any word: units qualify no noun
(``40 Varsk Dollars last year``).  A counted plural that is no currency keeps the old
rule: a name English knows before it ("20 Premier League Clubs"), or a noun after it
("40,000 Kaizer Chiefs shirts"), leaves it alone, and a noun after the units, too: the pair
is a brand's or a prize's ("30 Two Pesos restaurants").  Invented places and firms."""

import pytest

from tests.checks.rules.helpers import first_fixes, run

RULE = "case.capitalised-noun"
HEAD = "Sales rise\n\nVARSK, Tarvel — The company reported its results on Monday morning.\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Revenue rose to 142 million New Taiwan Dollars, about 4.6 million U.S. dollars.",
            "Dollars",
        ),
        ("The firm said it earned 40 New Zealand Dollars last year from each visitor.", "Dollars"),
        ("She said she paid about 300 Hong Kong Dollars for it at the market.", "Dollars"),
        ("The firm said it spent 280 million Varsk Dollars over two years on a plant.", "Dollars"),
        ("She bought 500 Ghana Cedis worth of maize on Monday at the market.", "Cedis"),
    ],
)
def test_counted_currency_units_are_lowered(sentence, word):
    text = HEAD + sentence + "\n"
    assert first_fixes(RULE, text) == [(word, word.lower(), False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The club has won 20 Premier League Clubs awards since it was founded.",
        "The shop sold 40,000 Kaizer Chiefs shirts in the first week of the season.",
        "The town will host the 2030 Lisbon Games, the mayor said on Monday.",
        # a brand's, a prize's or a team's name before what it qualifies (review A)
        "The chain bought 30 Two Pesos restaurants in 1993, the company said.",
        "The club has won 4 Golden Pounds awards since it was founded in Varsk.",
        "She pitched in 12 Sand Dollars games last season for the club.",
        # a word before the units makes a brand's name (review D)
        "He said he ate 3 Ding Dongs last night at the party in the town.",
        "Taco Cabana bought 30 Two Pesos last year, the company said on Monday.",
    ],
)
def test_near_misses(sentence):
    text = HEAD + sentence + "\n"
    assert run(RULE, text) == []
