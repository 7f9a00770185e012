"""pronoun.gender: a subject "he" or "she" the same clause calls a noun of the other gender.

"He is the first woman to lead the city" contradicts itself whoever the pronoun means, so it
is flagged even where the antecedent is unclear; the fix is offered, never applied.  Only
nouns that say the gender by themselves count ("woman", "mother"; not "chairman", which news
uses for women too), and only when articles, ordinals and adjectives stand between.

Every example is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import pronoun_issues


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        (
            "Tarvela Osk, 46, was elected mayor after the Kelvo Alliance won nine seats. "
            "He is the first woman to lead the city.",
            "He",
            "She",
        ),
        ("Berit Lundvik joined the crew in May. He was the only woman on board.", "He", "She"),
        ("Omar Tesfamar won the race. She has been the fastest local man for years.", "She", "He"),
    ],
)
def test_a_pronoun_called_a_noun_of_the_other_gender_is_flagged(text, word, fix):
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == word
    assert issue.replacements == (fix,)
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "Berit Lundvik joined the crew in May. She was the only woman on board.",
        "Omar Tesfamar won the race. He is the woman's son, the coach said.",
        "Berit Lundvik runs the board. She is the chairman of the fund.",  # used for women too
        "Berit Lundvik spoke. “He is the first woman to do it,” she said of the team.",
        "Omar Tesfamar won. He is a man of few words and the fastest local runner.",
    ],
)
def test_a_noun_that_agrees_or_says_no_gender_stays_quiet(text):
    assert pronoun_issues(text) == []
