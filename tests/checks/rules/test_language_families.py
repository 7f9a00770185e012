"""Adjectives of language families (resources/case/language_families.txt), the ISO 639-2
and 639-5 families' names in -ic, "Turkic" among them since fresh_dk's miss (`belongs to the
Turkicfamily`): word.glued splits one glued to the word for its kind ("family"), not to any
other ("Indicsoft", "Turkicwords" are brands; reviews 46a, 47a), and case.capitalised-noun
flags a noun of its languages capitalised after one, not a name it begins."""

from __future__ import annotations

from tests.checks.rules.helpers import capitalised_noun_flags, glued_splits


def test_a_family_glued_to_a_word_is_split_safely() -> None:
    text = "The language belongs to the Turkicfamily, and is distantly related to Georgian."
    assert glued_splits(text) == [("Turkicfamily", "Turkic family", True)]


def test_a_noun_of_language_after_a_family_is_flagged() -> None:
    text = "It is the only Turkic Language written in that alphabet, scholars said."
    assert capitalised_noun_flags(text) == ["Language"]


def test_a_name_a_family_begins_stays() -> None:
    text = "Ministers of the Turkic Council met in Baku, and the Uralic Society hosted them."
    assert capitalised_noun_flags(text) == []


def test_a_family_glued_to_another_word_stays() -> None:
    text = "The firm Indicsoft won a contract, and the app Turkicwords grew."
    assert glued_splits(text) == []
