"""pronoun.gender: a date before a name is no part of it, and "miss" the verb is no title.

"On Saturday Lyall Pollitt, 67, and …": news often leaves out the comma after the day, and
the day read as the name's first word hid the given name, so nothing the name says about
the man was known.  A month that is a given name too stays with the name ("a letter from
June Varnow").  And "Asked what he would miss, Arslan said": the verb "miss" was read as
the title "Miss", a woman's, and made the man's own "he" a slip.  Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

LEAD = "Umpires retire\n\nVARSK, Tarvelia — Two umpires retired on Saturday.\n\n"


def test_a_day_before_a_name_leaves_the_given_name_to_tell() -> None:
    assert flagged_pronouns(LEAD + "On Saturday Ilse Varnow said he would retire.") == ["he"]


def test_the_clean_sentence_after_the_day_raises_nothing() -> None:
    assert flagged_pronouns(LEAD + "On Saturday Ilse Varnow said she would retire.") == []


def test_a_month_that_is_a_given_name_stays_with_the_name() -> None:
    text = LEAD + "A letter from June Varnow said she would retire."
    assert flagged_pronouns(text) == []


def test_the_verb_miss_is_no_womans_title() -> None:
    text = LEAD + (
        "Tolkabek Arslan, 69, has umpired for 35 years. When he started, Arslan said, the "
        "crowds were small. Asked what he would miss, Arslan said it was the drive home."
    )
    assert flagged_pronouns(text) == []


def test_the_title_miss_still_tells() -> None:
    text = LEAD + "Miss Aurvile Tamberg, 69, said he would retire."
    assert flagged_pronouns(text) == ["he"]


def test_a_place_after_the_day_before_a_role_stays_a_modifier() -> None:
    # "Charlotte" names the police, not a woman: the chief's slip is still flagged
    text = LEAD + "On Friday Charlotte police chief Johnny Jennings said she would retire."
    assert flagged_pronouns(text) == ["she"]


def test_a_small_word_after_the_name_leaves_it_a_name() -> None:
    text = LEAD + "On Saturday Ilse Varnow of the Green Party said he would not stand again."
    assert flagged_pronouns(text) == ["he"]
