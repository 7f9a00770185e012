"""case.capitalised-noun: the adjective of a language family is a language's name
(resources/case/language_adjectives.txt), so a noun of language after it in mid-sentence is
a stray capital (``the only Semitic Language written``: fresh_db's hold-out run), after
"the" and a lower-case word too.  A body or a museum it names keeps its capital.  Invented
languages."""

import pytest

from tests.checks.rules.helpers import first_fixes, run

RULE = "case.capitalised-noun"
HEAD = (
    "Schools add a language\n\nVARSK, Tarvel — The ministry said on Monday that classes begin.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Tarvish is the only Semitic Language written in the Latin alphabet, teachers say.",
            "Language",
        ),
        ("Orvan is a Germanic Language with many loans from its neighbours.", "Language"),
        ("Velmi is one of the few Germanic Languages taught at the school.", "Languages"),
        ("The Cushitic Word for camel is borrowed, the teacher said.", "Word"),
        ("Germanic Tribes crossed the Rhine in the fifth century, the guide said.", "Tribes"),
    ],
)
def test_a_noun_of_language_after_a_family_is_lowered(sentence, word):
    text = HEAD + sentence + "\n"
    assert first_fixes(RULE, text) == [(word, word.lower(), False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Semitic Museum reopened its doors to the public on Monday.",
        "She teaches at the Germanic Institute in Varsk.",
        "The ferry crossed the Celtic Sea in a storm.",
    ],
)
def test_names_keep_their_capitals(sentence):
    text = HEAD + sentence + "\n"
    assert run(RULE, text) == []
