from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.checks.tokens import (
    bounded,
    paragraphs,
    sentence_spans,
    sentences,
    word_spans,
    words,
    words_in,
)


def test_words_keep_apostrophes_hyphens_and_spans():
    text = "Kim Jong-un’s train, Covid-19."
    spans = list(words(text))
    assert [s.text for s in spans] == ["Kim", "Jong-un’s", "train", "Covid-19"]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_sentences_split_on_punctuation_and_lines_but_not_abbreviations():
    text = (
        "Mr. Kim met Dr. Lee in the U.S. on Monday. “Yes,” he said. Then J. Smith left!\nHeadline"
    )
    got = [s.text for s in sentences(text)]
    assert got == [
        "Mr. Kim met Dr. Lee in the U.S. on Monday.",
        "“Yes,” he said.",
        "Then J. Smith left!",
        "Headline",
    ]


def test_a_time_abbreviation_ends_a_sentence_only_before_a_capital():
    text = "It opens at 10 a.m. on Saturday. It shut at 9 p.m. The next day it rained."
    assert [s.text for s in sentences(text)] == [
        "It opens at 10 a.m. on Saturday.",
        "It shut at 9 p.m.",
        "The next day it rained.",
    ]
    # in capitals too ("10 A.M. on Saturday")
    assert [s.text for s in sentences("It opens at 10 A.M. on Saturday. Then it shut.")] == [
        "It opens at 10 A.M. on Saturday.",
        "Then it shut.",
    ]
    # the same word with no period, or a lower-case word after a plain word, is no case
    assert len(list(sentences("He left at noon. then it rained."))) == 2


def test_paragraphs_are_non_empty_lines():
    assert [p.text for p in paragraphs("One.\n\n  \nTwo two.\n")] == ["One.", "Two two."]


# Text built from pieces that make words, joins and sentence ends, so that bounds fall
# inside words, on hyphens and apostrophes, and at sentence ends.
_PIECES = st.lists(
    st.sampled_from(["Kim", "jong", "-", "un", "’s", "'", " ", "  ", ".", "\n", "19", "é", "Mr."]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PIECES, st.integers(0, 60), st.integers(0, 60))
def test_words_in_is_the_bounded_match_wherever_the_bounds_fall(text, a, b):
    start, end = min(a, b), max(a, b)
    assert list(words_in(text, start, end)) == list(words(text, start, end))


def test_words_in_a_cut_inside_a_word_is_matched_alone():
    # bounded() cuts a "sentence" without white space inside a word: the pieces'
    # words are what a match bounded by the piece finds, not the whole word.
    text = "Unbreakablewordwithoutspaces and more"
    pieces = list(bounded(text, sentences(text), 10))
    assert [[w.text for w in words_in(text, p.start, p.end)] for p in pieces][:2] == [
        ["Unbreakabl"],
        ["ewordwitho"],
    ]
    assert [w.text for w in words_in(text, 0, len(text))] == [
        "Unbreakablewordwithoutspaces",
        "and",
        "more",
    ]


def test_the_shared_splits_equal_the_plain_ones():
    text = "Mr. Kim met Dr. Lee. “Yes,” he said.\nHeadline\n\nThe the end!"
    assert sentence_spans(text) == tuple(sentences(text))
    assert word_spans(text) == tuple(words(text))


def test_police_and_clergy_titles_end_no_sentence():
    text = "A spokeswoman, Insp. Ilse Varnow, met Det. Jonas Tamberg and Fr. Kelvari Osk. He left."
    assert [s.text for s in sentences(text)] == [
        "A spokeswoman, Insp. Ilse Varnow, met Det. Jonas Tamberg and Fr. Kelvari Osk.",
        "He left.",
    ]


def test_a_town_that_spells_a_title_ends_its_sentence():
    text = "Travellers must change trains in Brig. The railway said so."
    assert [s.text for s in sentences(text)] == [
        "Travellers must change trains in Brig.",
        "The railway said so.",
    ]
