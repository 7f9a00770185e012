"""The shared language tools (checks/language.py) and that the checks use them."""

from __future__ import annotations

import pytest

from copydesk.checks import language
from copydesk.checks.grammar import harper_engine
from copydesk.checks.rules.consistency import names
from copydesk.checks.rules.pronoun import _people
from copydesk.checks.rules.repetition import _data


@pytest.mark.parametrize(
    ("word", "folded"),
    [("José", "Jose"), ("Bjørn", "Bjorn"), ("Łódź", "Lodz"), ("Straße", "Strasse"), ("Han", "Han")],
)
def test_fold(word, folded):
    assert language.fold(word) == folded


def test_strip_marks_keeps_letters_without_marks():
    assert language.strip_marks("Erdoğan") == "Erdogan"
    assert language.strip_marks("Bjørn") == "Bjørn"


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("goverment", "government", 1), ("recieve", "receive", 1), ("abc", "abc", 0), ("", "ab", 2)],
)
def test_edit_distance(a, b, distance):
    assert language.edit_distance(a, b) == distance


def test_one_edit_apart_counts_a_transposition_as_two():
    assert language.one_edit_apart("morozov", "morosov")
    assert language.one_edit_apart("morozov", "morozo")
    assert not language.one_edit_apart("morozov", "morozov")
    assert not language.one_edit_apart("recieve", "receive")


def test_word_lists():
    assert {"the", "of", "and"} <= language.function_words()
    assert "minister" not in language.function_words()
    assert {"Mr", "U.S"} <= language.abbreviations()


def test_checks_share_one_copy():
    # One implementation each, not copies that can drift apart.
    assert _people.fold is language.fold
    assert _people.function_words is language.function_words
    assert _people.one_edit_apart is language.one_edit_apart
    assert names.edit_distance is language.edit_distance
    assert names.strip_marks is language.strip_marks
    assert harper_engine.edit_distance is language.edit_distance
    assert _data.function_words() is language.function_words()
