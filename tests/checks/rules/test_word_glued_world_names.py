"""word.glued on the world's personal names: a rare name's letters often split into two
English words, and `fix` must never apply such a split.

- A given name many countries give (resources/word/given_names_any.txt) is no glue at all.
- A tail of no English word class ("rwanda") is a name's part as likely: offered (a given
  name there, "hanna", makes a compound given name: test_word_glued_set_off_name.py).
- An article, a preposition, a conjunction or an auxiliary before punctuation or "who"
  needs a word after it ("Bell|are,", "Stone|in,"): offered.
- A name set off by commas after a role noun closes on a surname ("Her daughter, Ilse
  Hillmet,"): no glue; a role glued there is still one.
- A preposition split off the word between a role noun and a capital, where a given name
  stands ("The farmer Rockto Okafor"): offered; a content word split off the word between a
  title's abbreviation and a capital ("Dr. Sisomphone Vongkhamsao"): no glue.
Near misses: the same tails where a glue is the likelier reading stay safe.  Surnames are
invented; the given names are real ones the list holds."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Harvest ends early in the valley\n\nTARVEL, Varskia — Rain fell on Monday. "


def _glued(text: str) -> list[tuple[str, bool]]:
    return [(i.matched(text), i.safe) for i in run("word.glued", text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Arnoldas, the harvest was late.",
        "It was Ianis who found the boat.",
        "Benthe Varkoni said on Tuesday that the plan had failed.",
        "The singer Justinas Tarvelo said the tour would go ahead.",
    ],
)
def test_a_given_name_of_the_world_list_is_no_glue(sentence: str) -> None:
    assert _glued(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        ("The committee's chair, Maria Asirwanda, will attend the talks.", "Asirwanda"),
        ("Police said Maria Nuribella was arrested at the border.", "Nuribella"),
    ],
)
def test_a_tail_of_no_word_class_is_only_offered(sentence: str, piece: str) -> None:
    assert _glued(LEAD + sentence) == [(piece, False)]


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        ("The committee's chair, Maria Bellare, will attend the talks.", "Bellare"),
        ("According to Stonein, the harvest was late.", "Stonein"),
        ("It was Hillthe who found the boat.", "Hillthe"),
        ("It was Rockvia who found the boat.", "Rockvia"),
    ],
)
def test_a_word_that_needs_another_before_a_stop_is_only_offered(sentence: str, piece: str) -> None:
    assert _glued(LEAD + sentence) == [(piece, False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her daughter, Ilse Hillmet, was present at the hearing.",
        "Her daughter, Ilse Rockset, was present at the hearing.",
    ],
)
def test_a_name_in_apposition_after_a_role_closes_on_a_surname(sentence: str) -> None:
    assert _glued(LEAD + sentence) == []


def test_a_preposition_split_off_a_given_name_after_a_role_is_only_offered() -> None:
    text = LEAD + "The farmer Rockto Okafor sold his maize in the market."
    assert _glued(text) == [("Rockto", False)]


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        # a verb of saying may close an apposition-like aside: still a glue
        ("The minister Kim Myong Sikthen said the road was shut.", "Sikthen"),
        ("There is also Lena Marquezminister present at the ceremony.", "Marquezminister"),
        # a preposition before what it takes, not before a stop
        ("Shares fell in the Londonmarket Friday, traders said.", "Londonmarket"),
    ],
)
def test_glues_where_the_tail_goes_on_stay_safe(sentence: str, piece: str) -> None:
    assert _glued(LEAD + sentence) == [(piece, True)]


def test_a_role_glued_inside_an_apposition_is_still_a_glue() -> None:
    text = LEAD + "The envoy, Lena Marquezminister, was present at the ceremony."
    assert [piece for piece, _ in _glued(text)] == ["Marquezminister"]


def test_a_given_name_after_a_titles_abbreviation_is_no_glue() -> None:
    text = LEAD + "A food scientist, Dr. Sisomphone Vongkhamsao, said small food makers grew."
    assert _glued(text) == []


def test_a_link_word_after_a_titles_abbreviation_is_still_a_glue() -> None:
    text = LEAD + "Talks with Dr. Marquezand Tarvel ended on Monday."
    assert _glued(text) == [("Marquezand", True)]


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        # a finite verb after a titled surname is the commonest glue of all
        ("Gen. Milleywarned Congress about the risks on Tuesday.", "Milleywarned"),
        # English strands a preposition after its own words
        ("It is the company he investedin.", "investedin"),
        ("That is exactly what the union askedfor.", "askedfor"),
        # a preposition before the phrase it opens outweighs a given name's letters
        ("The project was launched by Josephin 2019 with public money.", "Josephin"),
        ("Officials met Alexin the capital on Tuesday.", "Alexin"),
        # an adverb or a reflexive may close an apposition
        ("The lawyer, Maria Lopezherself, declined to comment.", "Lopezherself"),
        ("The coach, Carlo Ancelottiagain, praised the players.", "Ancelottiagain"),
    ],
)
def test_a_reviews_glues_stay_safe(sentence: str, piece: str) -> None:
    assert _glued(LEAD + sentence) == [(piece, True)]


def test_a_name_before_an_age_in_commas_closes_on_a_surname() -> None:
    text = LEAD + "One of the first to cross, Tesfaye Gebreyes, 47, said the road was good."
    assert _glued(text) == []
    # a role glued there is still one
    assert _glued(LEAD + "Talks with Lena Marquezminister, 52, ended.") == [
        ("Marquezminister", True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Hekmet, 51, runs a bakery in the old town.",
        "The bakery is run by Maria Hekmet, 51, who opened it in 1999.",
        "Ivo Brentwon, 63, said the harvest was late.",
    ],
)
def test_a_surname_before_an_age_may_end_in_a_clause_verb(sentence: str) -> None:
    # a clause's verb ("met", "told") never stands before an age in commas
    assert _glued(LEAD + sentence) == []


def test_a_full_name_before_a_comma_keeps_a_surname_a_noun_would_split() -> None:
    text = LEAD + "The committee's chair, Maria Galenzone, will attend the talks."
    assert _glued(text) == []
    # a verb of saying or a home glued there is still split
    assert _glued(LEAD + "Talks were led by Maria Kovacssaid, the minister.") == [
        ("Kovacssaid", True)
    ]


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        # an adjective after a name is its verb's complement, an agent noun its role
        ("The jury found Maria Kovacsguilty, and the judge spoke.", "Kovacsguilty"),
        ("The statement was read out by Maria Kovacssolicitor, officials said.", "Kovacssolicitor"),
        ("The victim was named as Peter Novakguilty, 47, of Varsk.", "Novakguilty"),
    ],
)
def test_a_complement_or_a_role_after_a_full_name_is_still_a_glue(
    sentence: str, piece: str
) -> None:
    assert _glued(LEAD + sentence) == [(piece, True)]
