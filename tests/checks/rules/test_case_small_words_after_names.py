"""case.capitalised-noun: small words and verbs capitalised after a name where nothing
follows that a name could end before: a verb in a short quotation its attribution marks
as speech, a reflexive pronoun, "That" before a quantifier's subject and its verb, and a
subordinator before a quotation that opens in lower case.  All names are invented."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY

RULES = ("case.capitalised-noun", "case.mid-sentence-capital")

_BEFORE = "Farmers near the river said prices at the farm gate had barely moved this season. "


def flagged(text: str) -> list[str]:
    engine = Engine(checks=[REGISTRY.get(r) for r in RULES])
    return [text[i.offset : i.offset + i.length] for i in engine.check_text(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a short quotation closed by a comma and its attribution is speech, not a title
        (_BEFORE + '"The price in Port Varnela Went up," she said.', "Went"),
        (_BEFORE + "“The price in Port Varnela Went up,” Rosa Velk said.", "Went"),
        (_BEFORE + '"The price in Port Varnela Went up," said Rosa Velk.', "Went"),
        # a reflexive pronoun ends no name
        (_BEFORE + "Many teachers learned science in French or Tarvic Themselves.", "Themselves"),
        (_BEFORE + "The growers in Ostrel Themselves are worried, she said.", "Themselves"),
        # "That", a quantifier and "of", then the subject's verb: a clause
        (
            _BEFORE + "Pupils got new books, replacing books in French and Tarvic That many "
            "of them could barely read, the ministry said.",
            "That",
        ),
        # a subordinator before a quotation that opens in lower case and ends the sentence
        (
            _BEFORE + 'Rosa Velk, 63, said she had voted for Tarvesh Because "she was the '
            'only one who came here twice".',
            "Because",
        ),
    ],
)
def test_a_small_word_or_a_verb_after_a_name_is_found(text, word):
    assert flagged(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # a title in title case stays a title, with a comma and an attribution after it
        _BEFORE + '"Tarvela Went Home," she said, was the film\'s first title.',
        _BEFORE + "“Korvina Rose Again,” he said, is the song they close with.",
        # a quotation that ends in no comma and has no attribution may be a title
        _BEFORE + 'Her first novel was "Port Varnela Went Quiet" in 2011.',
        # a reflexive pronoun after a verb ends a title ("Express Yourself")
        _BEFORE + "The band played Express Yourself and Love Yourself at the end.",
        # "That" before a capital, or before no quantifier's clause
        _BEFORE + "The choir sang All That Many Wanted, a hymn by Rosa Velk.",
        _BEFORE + "She read Tarvic That Many of Us Lost, a memoir, in one night.",
        # a subordinator before a quotation that opens on a capital
        _BEFORE + 'They voted for Tarvesh because "She Came Twice" was the slogan.',
        # the same sentences written correctly
        _BEFORE + '"The price in Port Varnela went up," she said.',
        _BEFORE + "Many teachers learned science in French or Tarvic themselves.",
        _BEFORE + 'Rosa Velk said she had voted for Tarvesh because "she came twice".',
    ],
)
def test_titles_and_correct_text_stay_quiet(text):
    assert flagged(text) == []
