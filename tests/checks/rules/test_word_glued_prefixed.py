"""word.glued: a productive prefix that is no word of its own in a phrase, before a content
word, makes a derived word the lexicon lacks ("superblack"), whatever other split its letters
allow ("superb lack", real MT output's false alarm).  A function word before a word is still a
glue ("presentedevidence" has no prefix at all), and so is a fragment that merely starts many
words before a word ("intheir" is "in their", not "int" + "heir")."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Black holes grow fast\n\nTARVEL, Varskia — "


def _glued(text: str) -> list[str]:
    return [i.matched(text) for i in run("word.glued", text)]


def test_a_prefixed_word_is_no_glue():
    assert _glued(LEAD + "There may be a massive superblack hole at their center.") == []


def test_two_words_with_no_prefix_are_still_a_glue():
    text = LEAD + "The court presentedevidence on Monday about the superblack hole."
    assert _glued(text) == ["presentedevidence"]


@pytest.mark.parametrize(
    "sentence, glue",
    [
        ("Hundreds of farmers gathered intheir tractors.", "intheir"),
        ("The union urged members fromall regions to stay.", "fromall"),
        ("No option remained thatall sides could accept.", "thatall"),
        ("The talks willover the weekend resume.", "willover"),
    ],
)
def test_a_fragment_before_a_word_is_no_prefix(sentence: str, glue: str):
    assert _glued(LEAD + sentence) == [glue]
