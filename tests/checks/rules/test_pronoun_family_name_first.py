"""pronoun.gender: a name written family name first takes its given name from its second word.

"Councillor Tan Mei Ling … Tan said … He said" (fresh_ap): the first word was read as the
given name, which the list does not know, so the listed "Mei" never counted.  A name of
three words or more whose first word the text uses alone puts the family name first.

Every name is invented but the listed given names ("Mei", "Abdul")."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues


def test_a_name_whose_first_word_is_used_alone_takes_the_second_as_given_name():
    text = (
        "Councillor Varn Mei Tarsa, who chairs the licensing committee, said the stalls "
        "would move to the new site. Varn said the council had agreed to put up signs. "
        "He said the buses would run every 15 minutes."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "He"


def test_a_name_whose_last_word_is_used_alone_keeps_its_unknown_given_name():
    # "Tarsa said": the family name comes last, and "Varn", the given name, is unknown
    text = (
        "Councillor Varn Mei Tarsa, who chairs the licensing committee, said the stalls "
        "would move to the new site. Tarsa said the council had agreed to put up signs. "
        "He said the buses would run every 15 minutes."
    )
    assert pronoun_issues(text) == []


def test_a_longer_first_word_used_alone_is_a_given_name_the_list_lacks():
    # "Noraini Abdul Rahman" … "Noraini said": a given name first, her father's after it
    text = (
        "Mayor Ngarvi Abdul Tarsa said the council did not want to stop tourism. Ngarvi "
        'said rents had tripled in 10 years. "A city needs people living in it," she said.'
    )
    assert pronoun_issues(text) == []
