"""pronoun.gender: when no one is named in the two sentences before a "he" or "she", the
person whom the nearest "he" or "she" before it voted for goes on, across a paragraph of
quotation ("Ilse Varnow, a teacher, said…. ⏎⏎“We had an hour,” she said. “Then the road was
gone.”⏎⏎He said the school would reopen."), unless someone of the pronoun's own gender is
in play, a name or a person noun stands near, or a capitalised word between the two
pronouns may name someone new.  The people are invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

TEXT = (
    "The school reopened on Monday after the floods, officials said.\n\n"
    "Ilse Varnow, a teacher, said the water came fast.\n\n"
    "“We had an hour,” she said. “Then the road was gone.”\n\n"
    "{0} said the school would reopen."
)


def test_the_speaker_of_the_quotation_goes_on() -> None:
    assert flagged_pronouns(TEXT.format("She")) == []
    assert flagged_pronouns(TEXT.format("He")) == ["He"]


def test_a_man_named_before_may_be_the_he() -> None:
    text = TEXT.replace(
        "officials said.\n\n",
        "officials said.\n\nJonas Tamberg, the mayor, said the army had helped.\n\n",
    )
    assert flagged_pronouns(text.format("He")) == []


def test_a_new_name_between_the_two_pronouns_may_be_the_he() -> None:
    # "Oyuntamsk, …, voted": someone new, whom the "He" after may mean
    text = TEXT.replace(
        " “Then the road was gone.”\n\n{0} said",
        "\n\nOyuntamsk, a 63-year-old retired teacher who uses only one name, voted in a "
        "school in the district. {0} said",
    )
    assert flagged_pronouns(text.format("He")) == []


def test_a_pronoun_of_its_gender_before_keeps_it_quiet() -> None:
    # the coach is named by his role only, and the quotation calls him "He"
    text = (
        "The coach of the national team resigned on Tuesday after six defeats. Ilse Varnow, "
        "who captains the side, said she was sad to see him go. “He gave everything,” she "
        "said. “We let him down.”\n\nHe will be replaced by his assistant."
    )
    assert flagged_pronouns(text) == []
