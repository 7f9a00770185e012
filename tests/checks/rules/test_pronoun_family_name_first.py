"""pronoun.gender: a name written family name first takes its given name from its second word.

A councillor named family name first, then by the family name alone, then "He said" where
the text had "She said": the first word was read as the given name, which the list does
not know, so the listed given name after it never counted (fresh_ap).  A three-word name
opening with an East Asian family name (resources/pronoun/family_names_first.txt) that
the text uses alone puts the family name first.  Elsewhere the second word of three is
as often a father's name ("Velna Ali Tarsk" … "Velna said"; a review found the false alarm
a rule on word lengths alone raised).

The family name "Goh" and the given names "Mei", "Ali" and "Abdul" are real; the rest is
invented."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues


def test_a_family_name_used_alone_makes_the_second_word_the_given_name():
    text = (
        "Councillor Goh Mei Tarsa, who chairs the licensing committee, said the stalls "
        "would move to the new site. Goh said the council had agreed to put up signs. "
        "He said the buses would run every 15 minutes."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "He"


def test_a_name_whose_last_word_is_used_alone_keeps_its_unknown_given_name():
    # "Tarsa said": the family name comes last, and "Goh" is read as the given name
    text = (
        "Councillor Goh Mei Tarsa, who chairs the licensing committee, said the stalls "
        "would move to the new site. Tarsa said the council had agreed to put up signs. "
        "He said the buses would run every 15 minutes."
    )
    assert pronoun_issues(text) == []


def test_a_short_given_name_before_a_fathers_name_is_no_family_name():
    # "Velna Ali Tarsk" … "Velna said": her father's name follows her given name
    text = (
        "Velna Ali Tarsk, a nurse at the clinic in Varsk, said the wards had run out of "
        "gloves. Velna said the doctors worked double shifts. She said supplies had not "
        "arrived since March."
    )
    assert pronoun_issues(text) == []


def test_a_longer_first_word_used_alone_is_a_given_name_the_list_lacks():
    text = (
        "Mayor Ngarvi Abdul Tarsa said the council did not want to stop tourism. Ngarvi "
        'said rents had tripled in 10 years. "A city needs people living in it," she said.'
    )
    assert pronoun_issues(text) == []
