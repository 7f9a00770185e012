"""case.capitalised-noun (trial25): a person's title of common words after the possessive of
a lower-case noun, before no name, is a common noun in news style ("the agency's budget
director"); a title before a name, an institution after a possessive and a name's own words
stay.  All names are invented."""

import pytest

from tests.checks.rules import helpers


def run(text: str):
    return helpers.run("case.capitalised-noun", text)


def test_title_in_apposition_after_a_possessive_is_flagged_word_by_word():
    text = "Ilse Varnow, the agency's Budget Director, told the committee the cuts would hurt."
    issues = run(text)
    assert [text[i.offset : i.offset + i.length] for i in issues] == ["Budget", "Director"]
    assert [(i.replacements[0], i.safe) for i in issues] == [("budget", False), ("director", False)]


@pytest.mark.parametrize(
    "text",
    [
        "The plan came from the agency's Budget Director Ilse Varnow on Monday.",
        "The university's Research Centre said so, and the union's Facebook page agreed.",
        "The ministry's Tolvik Programme director said the money had arrived.",
    ],
)
def test_title_before_a_name_or_no_title_stays(text: str):
    assert run(text) == []
