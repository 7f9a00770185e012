"""word.glued: the place a wire dateline names in capitals ("MANAMA, Bahrain —") is written
in the text as surely as a sentence would write it, so the place glued to a word after it
splits as a name written alone does (``in Manamatrading on Sunday`` -> "Manama trading",
fresh_df's hold-out run).  Not a place English knows as a word ("READING", "BATH", a slug's
"UPDATE"), nor into a name built on the place (review 27c): a second part that ends names
("Chesterbrook", "Corkman") or a capitalised word or an apposition after ("Doverson
Haulage", "Kievstar, a mobile operator").  Invented places where the test needs an unknown one."""

import pytest

from tests.checks.rules.helpers import glued_splits

BODY = "The company's profit rose 3.1% in {0}trading on Sunday, the exchange said.\n"


def test_the_datelines_place_glued_to_a_word_splits() -> None:
    text = "VARNOSA, Corvania — Shares rose.\n\n" + BODY.format("Varnosa")
    assert glued_splits(text) == [("Varnosatrading", "Varnosa trading", True)]


def test_without_the_dateline_the_unknown_place_is_left() -> None:
    assert glued_splits("Shares rose.\n\n" + BODY.format("Varnosa")) == []


def test_another_capitalised_line_is_no_dateline() -> None:
    # capitals with no country and dash after them name no place
    text = "VARNOSA TRADING\n\nShares rose.\n\n" + BODY.format("Varnosa")
    assert glued_splits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "CHESTERVALE, Ontario — Water was cut.\n\nChestervalebrook residents said on Monday "
        "that the water was unsafe.\n",
        "VARNOSA, Corvania — Lorries queued.\n\nVarnosaman Orvik Tallan won the award.\n",
        "VARNOSA, Corvania — Lorries queued.\n\nVarnosason Haulage said it would close.\n",
        "VARNOSA, Corvania — Calls fell.\n\nVarnosastar, a mobile operator, said it would "
        "cut prices.\n",
        # a singular noun after the place: a firm's name (review 29c)
        "VARNOSA, Corvania — Calls fell.\n\nVarnosacell said on Sunday its network was back.\n",
    ],
)
def test_names_built_on_the_place_are_left(text: str) -> None:
    assert glued_splits(text) == []


def test_a_place_english_knows_as_a_word_attests_nothing() -> None:
    # "Reading tons" stays an offer, as with no dateline: "READING" is a word too
    text = "READING, England — A gas leak.\n\nReadingtons closed three shops on Monday.\n"
    assert glued_splits(text) == [("Readingtons", "Reading tons", False)]


def test_a_split_found_without_the_dateline_stands_as_it_was() -> None:
    # a place glued to "on" before a day: the glue is read without the dateline too
    body = "Talks resumed in Varnosaon Monday, officials said.\n"
    without = glued_splits("Talks.\n\n" + body)
    assert without == [("Varnosaon", "Varnosa on", False)]
    assert glued_splits("VARNOSA, Corvania — Talks.\n\n" + body) == without


def test_the_plural_of_a_peoples_name_in_i_is_left() -> None:
    text = "VARNOSA, Corvania — Polls.\n\nVarnosais of all communities voted on Saturday.\n"
    assert glued_splits(text) == []


def test_a_compound_that_wants_its_hyphen_is_offered_only() -> None:
    text = "VARNOSA, Corvania — Goals.\n\nThe Varnosaborn striker scored twice on Sunday.\n"
    assert [(t, safe) for t, _, safe in glued_splits(text)] == [("Varnosaborn", False)]


def test_a_plural_that_is_a_verb_too_before_a_noun_gains_nothing() -> None:
    # "Lusakatimes readers": a paper's name; the dateline makes no split safe (review 30c)
    body = "Varnosatimes readers flooded the site with comments.\n"
    assert glued_splits("VARNOSA, Corvania — A row.\n\n" + body) == glued_splits(
        "A row.\n\n" + body
    )
    assert all(not safe for _, _, safe in glued_splits("VARNOSA, Corvania — A row.\n\n" + body))
