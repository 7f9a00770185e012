"""case.mid-sentence-capital: a capitalised subject or relative pronoun after a name a
preposition governs, before a word that may be its verb ("flights to Tarvel They do not
want"): the name is an object, so the pronoun repeats no subject and opens no sentence
(invented examples)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.mid-sentence-capital"
HEAD = "Farmers sell taro\n\nVARSK, Tarvel (AP) — The harvest rose this year.\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("By the time they get to Tarvel They do not want another small plane.", "They"),
        ("In Velmora She said the strike had failed.", "She"),
        ("The envoy flew on to the Varsk Islands We are told.", "We"),
        # a relative pronoun too: a capital is wrong there, clause or sentence
        ("The final was played in a hall in Tarvel That was full an hour early.", "That"),
        ("The boats go from Velmora Which lies on the river to the coast.", "Which"),
        # a compass adjective between the preposition and the name (fresh_db's hold-out run)
        ("He keeps a shop in one of the valleys in central Tarvel That are home to monks.", "That"),
        ("The rains in northern Velmora They say came late this year.", "They"),
    ],
)
def test_hits(sentence, word):
    text = HEAD + sentence + "\n"
    issues = run(RULE, text)
    assert [i.matched(text) for i in issues] == [word]
    assert issues[0].replacements[0] == word.lower()
    assert not issues[0].safe


@pytest.mark.parametrize(
    "sentence",
    [
        # a named subject repeated: word.duplicated-subject's, not a stray capital
        "The envoy Orvel Varkossi He arrived in Varsk on Tuesday.",
        # "He" a Chinese name, given or family, in either order
        "Talks with Liu He ended on Friday.",
        "A second paper by Minjie He found similar losses in wheat.",
        # a title's or a band's "Who" is no relative pronoun
        "Her first role in Doctor Who was a small one.",
        # a band's or a person's name ending in "That" (review19e)
        "A reunion concert by Take That drew 80,000 fans.",
        "Talks with Nguyen Van That ended on Friday.",
        # no verb after the pronoun
        "The spectrum shows lines of H He and Li.",
        # the pair repeated: a name ("the Tarvel We" twice)
        "Tickets for Tarvel We sell fast. Fans of Tarvel We sing along.",
        # the pronoun opens a sentence
        "They flew to Tarvel. They are not coming back.",
        # a compass adjective before a name and a noun of time ("That year")
        "He moved to western Tarvel That year and stayed.",
    ],
)
def test_near_misses(sentence):
    text = HEAD + sentence + "\n"
    assert [i.matched(text) for i in run(RULE, text)] == []
